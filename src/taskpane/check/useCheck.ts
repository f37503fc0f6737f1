/** The state of the Soát view: scanning, selecting, fixing, undoing and marking, one Excel call at a time. */
import { useState } from "react";
import { analyzeWorkbook } from "../../core";
import type { Analysis } from "../../core/types";
import type { CellFix, CellMark, CellRef, CellSnapshot, SavedFill } from "../../excel";
import { applyFixes, applyMarks, readWorkbook, removeMarks, restoreCells, selectCell } from "../../excel";
import { nextFrame, useExclusive } from "../shared/useExclusive";

export type Phase = "idle" | "reading" | "analysing" | "ready";

/** Findings are known by their index in `analysis.findings`. */
export type FindingId = number;

interface UndoEntry {
  snapshots: CellSnapshot[];
  ids: FindingId[];
}

export interface PendingConfirmation {
  ids: FindingId[];
  formulaCells: CellRef[];
}

export interface CheckModel {
  phase: Phase;
  analysis?: Analysis;
  /** A write to Excel is under way. */
  busy: boolean;
  error?: unknown;
  fixed: ReadonlySet<FindingId>;
  canUndo: boolean;
  marked: boolean;
  confirm?: PendingConfirmation;
  scan(): void;
  select(id: FindingId): void;
  fix(ids: FindingId[]): void;
  confirmFix(): void;
  cancelFix(): void;
  undo(): void;
  toggleMarks(): void;
  dismissError(): void;
}

export function useCheck(): CheckModel {
  const [phase, setPhase] = useState<Phase>("idle");
  const [analysis, setAnalysis] = useState<Analysis>();
  const [fixed, setFixed] = useState<ReadonlySet<FindingId>>(new Set());
  const [confirm, setConfirm] = useState<PendingConfirmation>();
  const [undoStack, setUndoStack] = useState<UndoEntry[]>([]);
  const [savedFills, setSavedFills] = useState<SavedFill[]>();
  const { busy, error, setError, run: exclusive } = useExclusive();

  function fixesFor(ids: FindingId[]): CellFix[] {
    return ids.flatMap((id) => {
      const f = analysis?.findings[id];
      return f?.fix && !fixed.has(id) ? [{ sheet: f.sheet, cell: f.fix.cell, value: f.fix.value }] : [];
    });
  }

  async function writeFixes(ids: FindingId[], overwriteFormulas: boolean): Promise<void> {
    const open = ids.filter((id) => analysis?.findings[id]?.fix && !fixed.has(id));
    if (open.length === 0) return;
    const outcome = await applyFixes(fixesFor(open), { overwriteFormulas });
    if (outcome.kind === "needs-confirmation") {
      setConfirm({ ids: open, formulaCells: outcome.formulaCells });
      return;
    }
    setUndoStack((stack) => [...stack, { snapshots: outcome.undo, ids: open }]);
    setFixed((prev) => new Set([...prev, ...open]));
  }

  return {
    phase,
    analysis,
    busy,
    error,
    fixed,
    canUndo: undoStack.length > 0,
    marked: savedFills !== undefined,
    confirm,

    scan: () =>
      void exclusive(async () => {
        setPhase("reading");
        try {
          const grid = await readWorkbook();
          setPhase("analysing");
          await nextFrame();
          setAnalysis(analyzeWorkbook(grid));
          setFixed(new Set());
        } finally {
          setPhase("ready");
        }
      }),

    select: (id) => {
      const f = analysis?.findings[id];
      if (!f?.cell) return;
      selectCell({ sheet: f.sheet, cell: f.cell }).catch(setError);
    },

    fix: (ids) => void exclusive(() => writeFixes(ids, false)),

    confirmFix: () => {
      if (!confirm) return;
      setConfirm(undefined);
      void exclusive(() => writeFixes(confirm.ids, true));
    },

    cancelFix: () => setConfirm(undefined),

    undo: () =>
      void exclusive(async () => {
        const last = undoStack[undoStack.length - 1];
        if (!last) return;
        await restoreCells(last.snapshots);
        setUndoStack((stack) => stack.slice(0, -1));
        setFixed((prev) => new Set([...prev].filter((id) => !last.ids.includes(id))));
      }),

    toggleMarks: () =>
      void exclusive(async () => {
        if (savedFills) {
          await removeMarks(savedFills);
          setSavedFills(undefined);
          return;
        }
        const marks: CellMark[] = (analysis?.findings ?? []).flatMap((f, id) =>
          f.cell && !fixed.has(id) && f.severity !== "info" ? [{ sheet: f.sheet, cell: f.cell, level: f.severity }] : [],
        );
        setSavedFills(await applyMarks(marks));
      }),

    dismissError: () => setError(undefined),
  };
}
