/**
 * What this Excel can do beyond ExcelApi 1.1, the set the manifest asks for. Each newer API the
 * adapter uses is feature-detected here with `Office.context.requirements.isSetSupported`, so that
 * Excel 2016 (1.1–1.2), Excel 2019 (≤ 1.7) and older Microsoft 365 builds can scan too.
 */
export interface ExcelFeatures {
  /** 1.2: `getUsedRange(valuesOnly)`, so that formatting alone does not widen the used range. */
  valuesOnly: boolean;
  /** 1.2: column widths, row heights and merging, for an inserted standard form. */
  sheetLayout: boolean;
  /** 1.4: `getUsedRangeOrNullObject` (an empty sheet has no used range instead of A1). */
  nullObjects: boolean;
  /** 1.7: frozen panes, for an inserted standard form. */
  freezePanes: boolean;
  /** 1.9: `RangeFill.pattern` and tints (tell "no fill" from white; restore a tinted fill). */
  fillPattern: boolean;
  /** 1.13: `getMergedAreasOrNullObject`; without it header spans are inferred from blank cells. */
  mergedAreas: boolean;
}

function isSetSupported(version: string): boolean {
  const office = (globalThis as { Office?: { context?: { requirements?: { isSetSupported?: (n: string, v: string) => boolean } } } }).Office;
  const requirements = office?.context?.requirements;
  // Outside Office (unit tests, a plain browser) nothing can be asked: assume the newest Excel.
  if (!requirements || typeof requirements.isSetSupported !== "function") return true;
  try {
    return requirements.isSetSupported("ExcelApi", version);
  } catch {
    return false;
  }
}

export function excelFeatures(): ExcelFeatures {
  return {
    valuesOnly: isSetSupported("1.2"),
    sheetLayout: isSetSupported("1.2"),
    nullObjects: isSetSupported("1.4"),
    freezePanes: isSetSupported("1.7"),
    fillPattern: isSetSupported("1.9"),
    mergedAreas: isSetSupported("1.13"),
  };
}
