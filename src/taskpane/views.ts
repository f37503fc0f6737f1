/**
 * The pane's tabs. A new view is one component plus one line here (and its strings in messages.ts).
 */
import type { ComponentType } from "react";
import type { Messages } from "./messages";
import { CheckView } from "./check/CheckView";
import { FillView } from "./fill/FillView";
import { TextView } from "./text/TextView";

export interface PaneView {
  id: string;
  label: (m: Messages) => string;
  Component: ComponentType;
}

export const VIEWS: PaneView[] = [
  { id: "check", label: (m) => m.tabs.check, Component: CheckView },
  { id: "text", label: (m) => m.tabs.text, Component: TextView },
  { id: "fill", label: (m) => m.tabs.fill, Component: FillView },
];
