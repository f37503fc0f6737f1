import { createRoot } from "react-dom/client";
import { App } from "./App";

function start(): void {
  createRoot(document.getElementById("root")!).render(<App />);
}

// Without office.js (opened outside Office, or the CDN unreachable) the pane still renders and
// says what is wrong when it first needs Excel.
if (typeof Office !== "undefined") Office.onReady(start);
else start();
