/** Filling standard forms from recognised appendices: the API the CLI and the task pane call. */
export { fillWorkbook } from "./fill";
export type * from "./types";
export { describeKey, describeEntity } from "./messages";
