/** The state of the "Đối chiếu văn bản" view: the pasted text, the check and its result, selecting a named cell. */
import { useState } from "react";
import type { WorkbookGrid } from "../../core/grid";
import type { Finding } from "../../core/types";
import { readWorkbook, selectCell } from "../../excel";
import { startAnalysis } from "../../worker/client";
import { spawnEngine } from "../../worker/spawn";
import { nextFrame, useExclusive } from "../shared/useExclusive";
import { compareText, sheetCellOf, type TextCheck } from "./compareText";

export type TextPhase = "idle" | "reading" | "checking" | "ready";

export interface TextCheckModel {
  text: string;
  setText(text: string): void;
  phase: TextPhase;
  result?: TextCheck;
  /** The workbook could not be read: the text was checked alone. */
  alone: boolean;
  busy: boolean;
  error?: unknown;
  check(): void;
  select(finding: Finding): void;
  dismissError(): void;
}

export function useTextCheck(): TextCheckModel {
  const [text, setText] = useState("");
  const [phase, setPhase] = useState<TextPhase>("idle");
  const [result, setResult] = useState<TextCheck>();
  const [alone, setAlone] = useState(false);
  const { busy, error, setError, run } = useExclusive();

  return {
    text,
    setText,
    phase,
    result,
    alone,
    busy,
    error,

    check: () =>
      void run(async () => {
        if (text.trim() === "") return;
        setPhase("reading");
        try {
          let grid: WorkbookGrid | undefined;
          let failure: unknown;
          try {
            grid = (await readWorkbook()).grid;
          } catch (e) {
            // The text's own arithmetic can still be checked; the failure is shown beside it.
            failure = e;
          }
          setPhase("checking");
          await nextFrame();
          // The sheets are analysed in the engine's worker, as by a scan: the page stays responsive.
          const workbook = grid && { grid, analysis: await startAnalysis(grid, () => undefined, spawnEngine).result };
          setResult(compareText(text, workbook));
          setAlone(!workbook);
          if (failure !== undefined) setError(failure);
        } finally {
          setPhase("ready");
        }
      }),

    select: (finding) => {
      const ref = sheetCellOf(finding);
      if (ref) selectCell(ref).catch(setError);
    },

    dismissError: () => setError(undefined),
  };
}
