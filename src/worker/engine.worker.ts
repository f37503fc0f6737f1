/** The worker's entry: one analysis per request, progress after every sheet. */
import { analyzeWithProgress } from "./engine";
import type { AnalyzeRequest, EngineMessage } from "./protocol";

const post = (message: EngineMessage) => (self as unknown as { postMessage(m: EngineMessage): void }).postMessage(message);

self.onmessage = (event: MessageEvent<AnalyzeRequest>) => {
  try {
    const analysis = analyzeWithProgress(event.data.grid, (done, total, sheet) => post({ type: "progress", done, total, sheet }));
    post({ type: "done", analysis });
  } catch (e) {
    post({ type: "failed", message: e instanceof Error ? e.message : String(e) });
  }
};
