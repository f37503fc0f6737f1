/**
 * The state of the "Điền biểu mẫu" view: read the workbook for forms and sources, preview the
 * fill, fill (asking before figures are overwritten), insert a standard form, undo either.
 */
import { useMemo, useState } from "react";
import type { FillResult } from "../../core/fill";
import type { WorkbookGrid } from "../../core/grid";
import { cellAt, parseAddress } from "../../core/grid";
import type { CellSnapshot, CellWriteRequest } from "../../excel";
import { applyWrites, contentsFromGrid, deleteSheet, insertSheet, readWorkbook, restoreCells } from "../../excel";
import { nextFrame, useExclusive } from "../shared/useExclusive";
import { cellWrites, choicesIn, overwrittenCells, planFill, proposal, type Choices } from "./fillPlan";
import type { StandardForm } from "./templates";

type UndoEntry = { kind: "fill"; snapshots: CellSnapshot[] } | { kind: "insert"; sheet: string; form: StandardForm };

/** Cells an action left alone because they were edited after Soát read (fill) or wrote (undo) them. */
export interface Skipped {
  kind: "fill" | "undo";
  cells: string[];
}

/** A fill waiting for the user's answer: these cells already hold figures. */
export interface PendingOverwrite {
  grid: WorkbookGrid;
  cells: string[];
}

export interface FillModel {
  phase: "idle" | "reading" | "ready";
  choices?: Choices;
  form?: string;
  sources: string[];
  /** What a fill would do now (from the workbook as last read). */
  preview?: FillResult;
  /** What the last fill did. */
  result?: FillResult;
  /** The sheet the last insertion added. */
  inserted?: string;
  confirm?: PendingOverwrite;
  /** The inserted sheet to delete holds more than was inserted: waiting for the user's answer. */
  confirmDelete?: string;
  skipped?: Skipped;
  busy: boolean;
  error?: unknown;
  /** What Hoàn tác would undo. */
  lastAction?: UndoEntry["kind"];
  read(): void;
  chooseForm(name: string): void;
  toggleSource(name: string, on: boolean): void;
  fill(): void;
  answerOverwrite(answer: "overwrite" | "empty-only" | "cancel"): void;
  answerDelete(answer: "delete" | "cancel"): void;
  insert(form: StandardForm): void;
  undo(): void;
  dismissError(): void;
}

export function useFill(): FillModel {
  const [phase, setPhase] = useState<FillModel["phase"]>("idle");
  const [grid, setGrid] = useState<WorkbookGrid>();
  const [form, setForm] = useState<string>();
  const [sources, setSources] = useState<string[]>([]);
  const [result, setResult] = useState<FillResult>();
  const [inserted, setInserted] = useState<string>();
  const [confirm, setConfirm] = useState<PendingOverwrite>();
  const [confirmDelete, setConfirmDelete] = useState<string>();
  const [skipped, setSkipped] = useState<Skipped>();
  const [undoStack, setUndoStack] = useState<UndoEntry[]>([]);
  const { busy, error, setError, run } = useExclusive();

  const choices = useMemo(() => grid && choicesIn(grid), [grid]);
  const preview = useMemo(() => (grid && form ? planFill(grid, form, sources, false) : undefined), [grid, form, sources]);

  /**
   * Reads the workbook. The user's form and sources stay chosen while their sheets exist (a new
   * appendix is ticked); otherwise
   * (and for `prefer`, a sheet just inserted) a form and its sources are proposed.
   */
  async function load(prefer?: string): Promise<void> {
    setPhase("reading");
    try {
      const fresh = (await readWorkbook()).grid;
      await nextFrame();
      const found = choicesIn(fresh);
      const kept = !prefer && form !== undefined && found.forms.some((f) => f.name === form);
      const offer = kept ? { form, sources: keptSources(found) } : proposal(found, prefer);
      setGrid(fresh);
      setForm(offer.form);
      setSources(offer.sources);
      setResult(undefined);
    } finally {
      setPhase("ready");
    }
  }

  /** The sources still there, and the appendices that appeared since the last read (ticked, as proposed). */
  function keptSources(found: Choices): string[] {
    const known = new Set((choices?.sources ?? []).map((c) => c.name));
    return found.sources.map((c) => c.name).filter((name) => name !== form && (known.has(name) ? sources.includes(name) : true));
  }

  async function write(fresh: WorkbookGrid, overwrite: boolean): Promise<void> {
    if (!form) return;
    const plan = planFill(fresh, form, sources, overwrite);
    if (!plan) return;
    const writes: CellWriteRequest[] = cellWrites(plan).map((w) => ({ ...w, expect: contentsFromGrid(readCell(fresh, w.sheet, w.cell)) }));
    const outcome = await applyWrites(writes);
    setUndoStack((stack) => [...stack, { kind: "fill", snapshots: outcome.undo }]);
    setSkipped(outcome.changed.length ? { kind: "fill", cells: outcome.changed.map((c) => c.cell) } : undefined);
    setResult(plan);
  }

  /** Undoes the last insertion; a sheet the user typed into is deleted only with `force` (after asking). */
  async function undoInsert(entry: Extract<UndoEntry, { kind: "insert" }>, force: boolean): Promise<void> {
    const outcome = await deleteSheet(entry.sheet, entry.form, { force });
    if (outcome === "edited") {
      setConfirmDelete(entry.sheet);
      return;
    }
    setUndoStack((stack) => stack.slice(0, -1));
    setResult(undefined);
    setInserted(undefined);
    await load();
  }

  return {
    phase,
    choices,
    form,
    sources,
    preview,
    result,
    inserted,
    confirm,
    confirmDelete,
    skipped,
    busy,
    error,
    lastAction: undoStack[undoStack.length - 1]?.kind,

    read: () => void run(() => load()),

    chooseForm: (name) => {
      setForm(name);
      setSources((prev) => prev.filter((s) => s !== name));
      setResult(undefined);
    },

    toggleSource: (name, on) => {
      setSources((prev) => (on ? [...prev.filter((s) => s !== name), name] : prev.filter((s) => s !== name)));
      setResult(undefined);
    },

    // The workbook is read again first: a figure typed since the last read is never overwritten unasked.
    fill: () =>
      void run(async () => {
        if (!form) return;
        const fresh = (await readWorkbook()).grid;
        setGrid(fresh);
        await nextFrame();
        const withOverwrite = planFill(fresh, form, sources, true);
        if (!withOverwrite) {
          // The form sheet was renamed or deleted since the last read: propose again.
          const offer = proposal(choicesIn(fresh));
          setForm(offer.form);
          setSources(offer.sources);
          return;
        }
        const cells = overwrittenCells(fresh, withOverwrite);
        if (cells.length > 0) {
          setConfirm({ grid: fresh, cells });
          return;
        }
        await write(fresh, false);
      }),

    answerOverwrite: (answer) => {
      const pending = confirm;
      setConfirm(undefined);
      if (!pending || answer === "cancel") return;
      void run(() => write(pending.grid, answer === "overwrite"));
    },

    insert: (template) =>
      void run(async () => {
        const sheet = await insertSheet(template);
        setUndoStack((stack) => [...stack, { kind: "insert", sheet, form: template }]);
        setInserted(sheet);
        await load(sheet);
      }),

    undo: () =>
      void run(async () => {
        const last = undoStack[undoStack.length - 1];
        if (!last) return;
        if (last.kind === "insert") return undoInsert(last, false);
        const outcome = await restoreCells(last.snapshots);
        setSkipped(outcome.changed.length ? { kind: "undo", cells: outcome.changed.map((c) => c.cell) } : undefined);
        setUndoStack((stack) => stack.slice(0, -1));
        setResult(undefined);
      }),

    answerDelete: (answer) => {
      setConfirmDelete(undefined);
      const last = undoStack[undoStack.length - 1];
      if (answer === "cancel" || last?.kind !== "insert") return;
      void run(() => undoInsert(last, true));
    },

    dismissError: () => setError(undefined),
  };
}

function readCell(grid: WorkbookGrid, sheet: string, cell: string) {
  const s = grid.sheets.find((x) => x.name === sheet);
  const at = parseAddress(cell);
  return s && at ? cellAt(s, at.row, at.col) : undefined;
}
