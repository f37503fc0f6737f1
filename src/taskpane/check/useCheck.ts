/**
 * The state of the Soát view: scanning (the engine in a worker, with progress and Hủy), selecting,
 * fixing, undoing and marking, one Excel call at a time. Every write is checked against what the
 * scan read (or what Soát wrote): cells edited since are left alone and reported.
 */
import { startTransition, useCallback, useRef, useState } from "react";
import { cellAt, parseAddress, type WorkbookGrid } from "../../core/grid";
import type { Analysis } from "../../core/types";
import type { CappedSheet, CellFix, CellMark, CellRef, CellSnapshot, ChangedCell, SavedFill } from "../../excel";
import { applyFixes, applyMarks, contentsFromGrid, readWorkbook, removeMarks, restoreCells, selectCell } from "../../excel";
import { AnalysisCancelled, startAnalysis, type Progress, type RunningAnalysis } from "../../worker/client";
import { spawnEngine } from "../../worker/spawn";
import { useExclusive } from "../shared/useExclusive";
import { useStableCallback } from "../shared/useStableCallback";

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

/** What the last action did, for the live region and the notices. */
export type Outcome =
  | { kind: "scanned"; findings: number; errors: number; sheets: number }
  | { kind: "cancelled" }
  | { kind: "fixed"; cells: string[]; changed: ChangedCell[] }
  | { kind: "undone"; cells: string[]; changed: ChangedCell[] }
  | { kind: "marked"; cells: number }
  | { kind: "unmarked" };

export interface CheckModel {
  phase: Phase;
  progress?: Progress;
  analysis?: Analysis;
  /** Sheets read only in part (a used range reaching far beyond the table). */
  capped: CappedSheet[];
  mergesInferred: boolean;
  /** A write to Excel is under way. */
  busy: boolean;
  error?: unknown;
  fixed: ReadonlySet<FindingId>;
  canUndo: boolean;
  marked: boolean;
  confirm?: PendingConfirmation;
  outcome?: Outcome;
  scan(): void;
  cancelScan(): void;
  select(id: FindingId): void;
  selectCell(sheet: string, cell: string): void;
  fix(ids: FindingId[]): void;
  confirmFix(): void;
  cancelFix(): void;
  undo(): void;
  toggleMarks(): void;
  dismissError(): void;
}

export function useCheck(): CheckModel {
  const [phase, setPhase] = useState<Phase>("idle");
  const [progress, setProgress] = useState<Progress>();
  const [analysis, setAnalysis] = useState<Analysis>();
  const [capped, setCapped] = useState<CappedSheet[]>([]);
  const [mergesInferred, setMergesInferred] = useState(false);
  const [fixed, setFixed] = useState<ReadonlySet<FindingId>>(new Set());
  const [confirm, setConfirm] = useState<PendingConfirmation>();
  const [undoStack, setUndoStack] = useState<UndoEntry[]>([]);
  const [savedFills, setSavedFills] = useState<SavedFill[]>();
  const [outcome, setOutcome] = useState<Outcome>();
  const grid = useRef<WorkbookGrid>();
  const running = useRef<RunningAnalysis>();
  const cancelled = useRef(false);
  const { busy, error, setError, run: exclusive } = useExclusive();

  /** The fixes of these findings, each with what the scan read in its cell. */
  function fixesFor(ids: FindingId[]): CellFix[] {
    return ids.flatMap((id) => {
      const f = analysis?.findings[id];
      if (!f?.fix || fixed.has(id)) return [];
      const sheet = grid.current?.sheets.find((s) => s.name === f.sheet);
      const at = parseAddress(f.fix.cell);
      const read = sheet && at ? cellAt(sheet, at.row, at.col) : undefined;
      return [{ sheet: f.sheet, cell: f.fix.cell, value: f.fix.value, expect: contentsFromGrid(read) }];
    });
  }

  async function writeFixes(ids: FindingId[], overwriteFormulas: boolean): Promise<void> {
    const open = ids.filter((id) => analysis?.findings[id]?.fix && !fixed.has(id));
    if (open.length === 0) return;
    const result = await applyFixes(fixesFor(open), { overwriteFormulas });
    if (result.kind === "needs-confirmation") {
      setConfirm({ ids: open, formulaCells: result.formulaCells });
      return;
    }
    const written = new Set(result.undo.map((s) => `${s.sheet}\u0000${s.cell}`));
    const done = open.filter((id) => {
      const f = analysis!.findings[id];
      return written.has(`${f.sheet}\u0000${f.fix!.cell}`);
    });
    if (done.length > 0) {
      setUndoStack((stack) => [...stack, { snapshots: result.undo, ids: done }]);
      setFixed((prev) => new Set([...prev, ...done]));
    }
    setOutcome({ kind: "fixed", cells: result.undo.map((s) => s.cell), changed: result.changed });
  }

  const selectOne = useCallback((sheet: string, cell: string) => void selectCell({ sheet, cell }).catch(setError), [setError]);
  // The list's items are memoised: their callbacks keep one identity.
  const select = useStableCallback((id: FindingId) => {
    const f = analysis?.findings[id];
    if (f?.cell) selectOne(f.sheet, f.cell);
  });
  const fix = useStableCallback((ids: FindingId[]) => void exclusive(() => writeFixes(ids, false)));

  return {
    phase,
    progress,
    analysis,
    capped,
    mergesInferred,
    busy,
    error,
    fixed,
    canUndo: undoStack.length > 0,
    marked: savedFills !== undefined,
    confirm,
    outcome,

    scan: () =>
      void exclusive(async () => {
        cancelled.current = false;
        setPhase("reading");
        setProgress(undefined);
        const settled = analysis ? "ready" : "idle";
        try {
          const read = await readWorkbook();
          if (cancelled.current) throw new AnalysisCancelled();
          setPhase("analysing");
          setProgress({ done: 0, total: read.grid.sheets.length });
          running.current = startAnalysis(read.grid, setProgress, spawnEngine);
          const result = await running.current.result;
          grid.current = read.grid;
          // A transition: React renders thousands of findings in slices, so the page never freezes.
          startTransition(() => {
            setAnalysis(result);
            setCapped(read.capped);
            setMergesInferred(read.mergesInferred);
            setFixed(new Set());
            // The undo stack refers to the old findings: a new scan starts afresh.
            setUndoStack([]);
            setConfirm(undefined);
            setOutcome({
              kind: "scanned",
              findings: result.findings.length,
              errors: result.findings.filter((f) => f.severity === "error").length,
              sheets: result.sheets.length,
            });
            setPhase("ready");
          });
        } catch (e) {
          setPhase(settled);
          if (e instanceof AnalysisCancelled) setOutcome({ kind: "cancelled" });
          else throw e;
        } finally {
          running.current = undefined;
        }
      }),

    cancelScan: () => {
      cancelled.current = true;
      running.current?.cancel();
    },

    select,
    selectCell: selectOne,
    fix,

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
        const result = await restoreCells(last.snapshots);
        const restored = new Set(result.restored.map((c) => `${c.sheet}\u0000${c.cell}`));
        setUndoStack((stack) => stack.slice(0, -1));
        setFixed((prev) =>
          new Set(
            [...prev].filter((id) => {
              if (!last.ids.includes(id)) return true;
              const f = analysis!.findings[id];
              return !restored.has(`${f.sheet}\u0000${f.fix!.cell}`);
            }),
          ),
        );
        setOutcome({ kind: "undone", cells: result.restored.map((c) => c.cell), changed: result.changed });
      }),

    toggleMarks: () =>
      void exclusive(async () => {
        if (savedFills) {
          await removeMarks(savedFills);
          setSavedFills(undefined);
          setOutcome({ kind: "unmarked" });
          return;
        }
        const marks: CellMark[] = (analysis?.findings ?? []).flatMap((f, id) =>
          f.cell && !fixed.has(id) && f.severity !== "info" ? [{ sheet: f.sheet, cell: f.cell, level: f.severity }] : [],
        );
        const saved = await applyMarks(marks);
        setSavedFills(saved);
        setOutcome({ kind: "marked", cells: saved.length });
      }),

    dismissError: () => setError(undefined),
  };
}
