import { useEffect, useRef } from "react";

/**
 * Gives the focus back, when a dialog closes, to what had it when the dialog opened (Fluent's
 * dialog does so only for a DialogTrigger; ours open from the pane's state). The opener is taken
 * while rendering the opening, before the dialog's own effect moves the focus into it.
 */
export function useReturnFocus(open: boolean): void {
  const opener = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(false);
  if (open && !wasOpen.current && typeof document !== "undefined") {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  }
  wasOpen.current = open;
  useEffect(() => {
    if (open) return;
    const target = opener.current;
    opener.current = null;
    if (target && target.isConnected) target.focus();
  }, [open]);
}
