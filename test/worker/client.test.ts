import * as fs from "fs";
import * as path from "path";
import { analyzeWorkbook } from "../../src/core";
import { readWorkbookBytes } from "../../src/read";
import { AnalysisCancelled, startAnalysis, type Progress } from "../../src/worker/client";
import { analyzeWithProgress } from "../../src/worker/engine";
import type { AnalyzeRequest, EngineMessage } from "../../src/worker/protocol";

const SAMPLE = path.join(__dirname, "..", "fixtures", "giai-ngan-huyen-mau-2023.xlsx");

/** A worker that runs the engine in this process, answering as the real one does, asynchronously. */
class FakeWorker {
  onmessage: ((e: MessageEvent<EngineMessage>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  postMessage(request: AnalyzeRequest): void {
    setTimeout(() => {
      const send = (m: EngineMessage) => !this.terminated && this.onmessage?.({ data: m } as MessageEvent<EngineMessage>);
      const analysis = analyzeWithProgress(request.grid, (done, total, sheet) => send({ type: "progress", done, total, sheet }));
      send({ type: "done", analysis });
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

async function twoSheets() {
  const grid = await readWorkbookBytes(fs.readFileSync(SAMPLE), "sample.xlsx");
  return { sheets: [grid.sheets[0], { ...grid.sheets[0], name: "Huyện 2" }] };
}

describe("the engine's worker", () => {
  it("gives analyzeWorkbook's result, telling progress after each sheet, then ends the worker", async () => {
    const grid = await twoSheets();
    const progress: Progress[] = [];
    const worker = new FakeWorker();
    const analysis = await startAnalysis(grid, (p) => progress.push(p), () => worker as unknown as Worker).result;
    expect(analysis).toEqual(analyzeWorkbook(grid));
    expect(analysis.findings.length).toBeGreaterThan(0);
    expect(progress).toEqual([
      { done: 1, total: 2, sheet: grid.sheets[0].name },
      { done: 2, total: 2, sheet: "Huyện 2" },
    ]);
    expect(worker.terminated).toBe(true);
  });

  it("Hủy terminates the worker and settles the run as cancelled", async () => {
    const worker = new FakeWorker();
    const run = startAnalysis(await twoSheets(), () => undefined, () => worker as unknown as Worker);
    run.cancel();
    await expect(run.result).rejects.toBeInstanceOf(AnalysisCancelled);
    expect(worker.terminated).toBe(true);
  });
});
