/**
 * The pane's tabs. A new view is one component plus one line here (and its strings in messages.ts).
 */
import type { ComponentType } from "react";
import type { Messages } from "./messages";
import { CheckView } from "./check/CheckView";

export interface PaneView {
  id: string;
  label: (m: Messages) => string;
  Component: ComponentType;
}

export const VIEWS: PaneView[] = [{ id: "check", label: (m) => m.tabs.check, Component: CheckView }];
