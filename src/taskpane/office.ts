/** What Office tells the pane about the user: display language and theme (absent outside Office). */

interface OfficeContextLike {
  displayLanguage?: string;
  officeTheme?: { bodyBackgroundColor?: string };
}

function context(): OfficeContextLike | undefined {
  try {
    return (globalThis as { Office?: { context?: OfficeContextLike } }).Office?.context;
  } catch {
    return undefined;
  }
}

/** `vi-VN`, `en-US`, … */
export function officeDisplayLanguage(): string | undefined {
  try {
    return context()?.displayLanguage || undefined;
  } catch {
    return undefined;
  }
}

/** Office's own theme is dark (Black or Dark Gray): its body background is dark. */
export function officeIsDark(): boolean {
  try {
    const hex = context()?.officeTheme?.bodyBackgroundColor;
    const m = hex && /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i.exec(hex);
    if (!m) return false;
    const [r, g, b] = m.slice(1).map((x) => parseInt(x, 16) / 255);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
  } catch {
    return false;
  }
}
