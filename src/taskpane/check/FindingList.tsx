import { memo, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Badge, Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Analysis, Finding, Severity, SheetReport } from "../../core/types";
import { useLanguage } from "../language";
import { displayValue, isPercentFinding } from "../shared/display";
import { placeFinder, placeText } from "./describe";
import type { FindingId } from "./useCheck";

const SEVERITIES: Severity[] = ["error", "warning", "info"];
const SEVERITY_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;
/** Items rendered per group before "Hiện thêm": thousands of findings stay quick to show and to act on. */
const PAGE = 100;
/** Groups start open until this many findings are shown; the others start folded (one line each). */
const OPEN_BUDGET = 100;
/** Sheets listed before "Hiện thêm … trang tính": a workbook of 600 districts starts with 50. */
const SHEET_PAGE = 50;

const useStyles = makeStyles({
  sheet: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalL },
  sheetHeader: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  sheetName: { margin: 0, minWidth: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  toggle: {
    background: "none",
    border: "none",
    padding: `${tokens.spacingVerticalXXS} 0`,
    font: "inherit",
    color: "inherit",
    cursor: "pointer",
    textAlign: "left",
    overflowWrap: "anywhere",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  count: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  group: { margin: 0, display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, fontSize: tokens.fontSizeBase200 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    alignItems: "start",
    columnGap: tokens.spacingHorizontalXS,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalXS,
    // Off-screen items skip layout and paint.
    contentVisibility: "auto",
    containIntrinsicSize: "auto 72px",
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  info: { borderLeftColor: tokens.colorNeutralStroke1 },
  fixed: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
  select: {
    minWidth: 0,
    textAlign: "left",
    background: "none",
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalXS,
    font: "inherit",
    color: "inherit",
    cursor: "pointer",
    overflowWrap: "anywhere",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  line: { display: "block" },
  cell: { fontWeight: tokens.fontWeightSemibold },
  values: { fontVariantNumeric: "tabular-nums" },
  fixedValues: { textDecorationLine: "line-through" },

  place: { display: "block", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground1 },
  message: { display: "block", color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  related: {
    gridColumn: "1 / -1",
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    paddingLeft: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  link: {
    background: "none",
    border: "none",
    padding: `0 ${tokens.spacingHorizontalXXS}`,
    font: "inherit",
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: "underline",
    cursor: "pointer",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

export interface FindingListProps {
  analysis: Analysis;
  fixed: ReadonlySet<FindingId>;
  onSelect: (id: FindingId) => void;
  onSelectCell: (sheet: string, cell: string) => void;
  onFix: (ids: FindingId[]) => void;
}

interface SheetGroup {
  name: string;
  report?: SheetReport;
  /** By severity, then in the engine's order. */
  ids: FindingId[];
}

/**
 * Findings grouped by sheet (each group folds), then by severity. Items are memoised and get only
 * their own state, so that a fix re-renders the item fixed and its group's header, and a pane-wide
 * busy state none of them. After a fix, focus moves to the next open finding.
 */
export const FindingList = memo(function FindingList({ analysis, fixed, onSelect, onSelectCell, onFix }: FindingListProps) {
  const { m } = useLanguage();
  const groups = useMemo(() => groupBySheet(analysis), [analysis]);
  // Findings shown once group i is open too.
  const openUntil = useMemo(() => {
    let sum = 0;
    return groups.map((g) => (sum += Math.min(PAGE, g.ids.length)));
  }, [groups]);
  const root = useRef<HTMLDivElement>(null);
  const focusAfter = useRef<FindingId>();
  const [sheetsShown, setSheetsShown] = useState(SHEET_PAGE);

  const fix = useCallback(
    (ids: FindingId[]) => {
      focusAfter.current = ids[ids.length - 1];
      onFix(ids);
    },
    [onFix],
  );

  useEffect(() => {
    const after = focusAfter.current;
    if (after === undefined || !fixed.has(after)) return;
    focusAfter.current = undefined;
    const order = groups.flatMap((g) => g.ids);
    const at = order.indexOf(after);
    const next = [...order.slice(at + 1), ...order.slice(0, at)].find((id) => !fixed.has(id) && analysis.findings[id].fix);
    const target =
      (next !== undefined && root.current?.querySelector<HTMLElement>(`[data-finding="${next}"] button`)) ||
      root.current?.querySelector<HTMLElement>(`[data-finding="${after}"] button`);
    target?.focus();
  }, [fixed, groups, analysis]);

  return (
    <div ref={root}>
      {groups.slice(0, sheetsShown).map((g, i) => (
        <SheetSection
          key={g.name}
          group={g}
          startOpen={i === 0 || openUntil[i] <= OPEN_BUDGET}
          findings={analysis.findings}
          fixed={fixed}
          onSelect={onSelect}
          onSelectCell={onSelectCell}
          onFix={fix}
        />
      ))}
      {sheetsShown < groups.length && (
        <Button appearance="secondary" size="small" onClick={() => setSheetsShown(sheetsShown + SHEET_PAGE)}>
          {m.showMoreSheets(Math.min(SHEET_PAGE, groups.length - sheetsShown), groups.length - sheetsShown)}
        </Button>
      )}
    </div>
  );
});

function groupBySheet(analysis: Analysis): SheetGroup[] {
  const byName = new Map<string, SheetGroup>();
  for (const s of analysis.sheets) byName.set(s.name, { name: s.name, report: s, ids: [] });
  analysis.findings.forEach((f, id) => {
    let g = byName.get(f.sheet);
    if (!g) byName.set(f.sheet, (g = { name: f.sheet, ids: [] }));
    g.ids.push(id);
  });
  const rank = (id: FindingId) => SEVERITIES.indexOf(analysis.findings[id].severity);
  return [...byName.values()].filter((g) => g.ids.length > 0).map((g) => ({ ...g, ids: [...g.ids].sort((a, b) => rank(a) - rank(b) || a - b) }));
}

interface SheetSectionProps {
  group: SheetGroup;
  startOpen: boolean;
  findings: Finding[];
  fixed: ReadonlySet<FindingId>;
  onSelect: (id: FindingId) => void;
  onSelectCell: (sheet: string, cell: string) => void;
  onFix: (ids: FindingId[]) => void;
}

/** A section re-renders only when one of its own findings is fixed or undone. */
const SheetSection = memo(SheetSectionView, (a, b) => {
  const { fixed: fa, ...ra } = a;
  const { fixed: fb, ...rb } = b;
  const same = (Object.keys(ra) as (keyof typeof ra)[]).every((k) => ra[k] === rb[k]);
  return same && (fa === fb || a.group.ids.every((id) => fa.has(id) === fb.has(id)));
});

function SheetSectionView({ group, startOpen, findings, fixed, onSelect, onSelectCell, onFix }: SheetSectionProps) {
  const styles = useStyles();
  const { m } = useLanguage();
  const [open, setOpen] = useState(startOpen);
  const [shown, setShown] = useState(PAGE);
  const place = useMemo(() => placeFinder(group.report), [group.report]);
  const fixable = group.ids.filter((id) => findings[id].fix && !fixed.has(id));
  const visible = group.ids.slice(0, shown);
  const listId = `sheet-${group.name.replace(/\W/g, "_")}-${group.ids[0]}`;

  return (
    <section className={styles.sheet} aria-label={group.name}>
      <div className={styles.sheetHeader}>
        <h3 className={styles.sheetName}>
          <button type="button" className={styles.toggle} aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
            {open ? "▾ " : "▸ "}
            {group.name} <span className={styles.count}>({m.groupCount(group.ids.length)})</span>
          </button>
        </h3>
        {open && fixable.length > 0 && (
          <Button size="small" onClick={() => onFix(fixable)} aria-label={m.fixAllOf(group.name)}>
            {m.fixAll}
          </Button>
        )}
      </div>
      <div id={listId} hidden={!open}>
        {open &&
          SEVERITIES.map((severity) => {
            const ids = visible.filter((id) => findings[id].severity === severity);
            if (ids.length === 0) return null;
            const total = group.ids.filter((id) => findings[id].severity === severity).length;
            return (
              <div key={severity}>
                <h4 className={styles.group}>
                  <Badge color={SEVERITY_COLOR[severity]} size="small" />
                  {m.severity[severity]} ({total})
                </h4>
                <ul className={styles.list}>
                  {ids.map((id) => (
                    <FindingItem
                      key={id}
                      id={id}
                      finding={findings[id]}
                      report={group.report}
                      where={placeText(place(findings[id].cell))}
                      fixed={fixed.has(id)}
                      onSelect={onSelect}
                      onSelectCell={onSelectCell}
                      onFix={onFix}
                    />
                  ))}
                </ul>
              </div>
            );
          })}
        {open && shown < group.ids.length && (
          <Button appearance="secondary" size="small" onClick={() => setShown(shown + PAGE * 5)}>
            {m.showMore(Math.min(PAGE * 5, group.ids.length - shown))}
          </Button>
        )}
      </div>
    </section>
  );
}

interface FindingItemProps {
  id: FindingId;
  finding: Finding;
  report?: SheetReport;
  /** `Dự án 2 · Tỷ lệ giải ngân (%)`: a string, so that the memoised item compares equal. */
  where?: string;
  fixed: boolean;
  onSelect: (id: FindingId) => void;
  onSelectCell: (sheet: string, cell: string) => void;
  onFix: (ids: FindingId[]) => void;
}

/** One finding: the cell, stated → expected, where it is in the table, why; related cells; its fix. */
const FindingItem = memo(function FindingItem({ id, finding, report, where, fixed, onSelect, onSelectCell, onFix }: FindingItemProps) {
  const styles = useStyles();
  const { lang, m } = useLanguage();
  const percent = isPercentFinding(finding, report);
  const stated = displayValue(finding.stated, percent, lang, m);
  const expected = finding.expected === null ? undefined : displayValue(finding.expected, percent, lang, m);
  const cell = finding.cell ?? (finding.line !== undefined ? `#${finding.line}` : "");
  const describedBy = `finding-${id}-where finding-${id}-why`;
  const related = finding.related.filter((r) => r !== finding.cell);

  return (
    <li className={mergeClasses(styles.item, fixed ? styles.fixed : styles[finding.severity])} data-cell={finding.cell} data-finding={id}>
      {/* The name is the first line, seen and heard alike (WCAG 2.5.3); place and reason are its description. */}
      <button type="button" className={styles.select} onClick={() => onSelect(id)} aria-describedby={describedBy}>
        <span className={styles.line}>
          <span className={styles.cell}>{cell}</span>
          <span className={mergeClasses(styles.values, fixed && styles.fixedValues)}>{m.statedExpected(stated, expected)}</span>
        </span>
        <span className={styles.place} id={`finding-${id}-where`} aria-hidden="true">
          {where}
        </span>
        <span className={styles.message} id={`finding-${id}-why`} aria-hidden="true">
          {finding.message[lang]}
        </span>
      </button>
      {fixed ? (
        <Badge appearance="filled" color="success">
          {m.fixed}
        </Badge>
      ) : (
        finding.fix && (
          <Button size="small" onClick={() => onFix([id])} aria-label={m.fixCell(finding.fix.cell)}>
            {m.fix}
          </Button>
        )
      )}
      {related.length > 0 && (
        <span className={styles.related}>
          {m.related}
          {related.map((r) => (
            <button key={r} type="button" className={styles.link} onClick={() => onSelectCell(finding.sheet, r)} aria-label={m.selectCell(r)}>
              {r}
            </button>
          ))}
        </span>
      )}
    </li>
  );
});
