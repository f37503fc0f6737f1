/** The messages between the pane (or the web page) and the engine's worker. */
import type { WorkbookGrid } from "../core/grid";
import type { Analysis } from "../core/types";

export interface AnalyzeRequest {
  type: "analyze";
  grid: WorkbookGrid;
}

export type EngineMessage =
  /** `done` of `total` sheets checked; `sheet` is the one just finished. */
  | { type: "progress"; done: number; total: number; sheet: string }
  | { type: "done"; analysis: Analysis }
  | { type: "failed"; message: string };
