/** The engine's public surface: everything the task pane, the CLI and form filling use. */
export * from "./types";
export * from "./grid";
export * from "./numbers";
export { analyzeWorkbook, analyzeSheet } from "./analyze";
export { recognizeSheet } from "./tables/recognize";
