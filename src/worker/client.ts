/**
 * Running the engine off the page's thread: `startAnalysis` posts the grid to a worker, reports
 * each finished sheet, and `cancel` terminates the worker at once (Hủy). The engine is not in the
 * page's script at all: every browser that runs the pane (a module script) has workers.
 */
import type { WorkbookGrid } from "../core/grid";
import type { Analysis } from "../core/types";
import type { EngineMessage } from "./protocol";

export interface Progress {
  done: number;
  total: number;
  sheet?: string;
}

export interface RunningAnalysis {
  /** Settles with the analysis, or rejects with `AnalysisCancelled` after `cancel`. */
  result: Promise<Analysis>;
  cancel(): void;
}

export class AnalysisCancelled extends Error {
  constructor() {
    super("cancelled");
    this.name = "AnalysisCancelled";
  }
}

export function startAnalysis(grid: WorkbookGrid, onProgress: (p: Progress) => void, spawn: () => Worker): RunningAnalysis {
  const running = spawn();
  let reject: (e: unknown) => void = () => undefined;
  const result = new Promise<Analysis>((resolve, fail) => {
    reject = fail;
    running.onmessage = (event: MessageEvent<EngineMessage>) => {
      const m = event.data;
      if (m.type === "progress") onProgress({ done: m.done, total: m.total, sheet: m.sheet });
      else {
        running.terminate();
        if (m.type === "done") resolve(m.analysis);
        else fail(new Error(m.message));
      }
    };
    running.onerror = (event) => {
      running.terminate();
      fail(new Error(event.message || "worker error"));
    };
  });
  running.postMessage({ type: "analyze", grid });
  return {
    result,
    cancel: () => {
      running.terminate();
      reject(new AnalysisCancelled());
    },
  };
}
