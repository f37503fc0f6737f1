/**
 * The pane's tabs. A new view is one component plus one line here (and its strings in messages.ts).
 * The text and fill views are chunks of their own, loaded the first time their tab is opened.
 */
import { lazy, type ComponentType } from "react";
import type { Messages } from "./messages";
import { CheckView } from "./check/CheckView";

export interface PaneView {
  id: string;
  label: (m: Messages) => string;
  Component: ComponentType;
}

export const VIEWS: PaneView[] = [
  { id: "check", label: (m) => m.tabs.check, Component: CheckView },
  {
    id: "text",
    label: (m) => m.tabs.text,
    Component: lazy(() => import(/* webpackChunkName: "text-view" */ "./text/TextView").then((v) => ({ default: v.TextView }))),
  },
  {
    id: "fill",
    label: (m) => m.tabs.fill,
    Component: lazy(() => import(/* webpackChunkName: "fill-view" */ "./fill/FillView").then((v) => ({ default: v.FillView }))),
  },
];
