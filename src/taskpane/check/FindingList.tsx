import { Badge, Button, Subtitle2, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Analysis, Finding, Severity, SheetReport } from "../../core/types";
import { useLanguage } from "../language";
import { displayValue, isPercentFinding } from "../shared/display";
import type { FindingId } from "./useCheck";

const SEVERITIES: Severity[] = ["error", "warning", "info"];
const SEVERITY_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

const useStyles = makeStyles({
  sheet: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalL },
  sheetHeader: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  sheetName: { margin: 0, overflowWrap: "anywhere" },
  group: { margin: 0, display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, fontSize: tokens.fontSizeBase200 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalXS,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalXS,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  info: { borderLeftColor: tokens.colorNeutralStroke1 },
  fixed: { opacity: 0.6 },
  select: {
    flexGrow: 1,
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
  cell: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalS },
  values: { fontVariantNumeric: "tabular-nums" },
  message: { display: "block", color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export interface FindingListProps {
  analysis: Analysis;
  fixed: ReadonlySet<FindingId>;
  busy: boolean;
  onSelect: (id: FindingId) => void;
  onFix: (ids: FindingId[]) => void;
}

/** Findings grouped by sheet, then by severity. */
export function FindingList({ analysis, fixed, busy, onSelect, onFix }: FindingListProps) {
  const styles = useStyles();
  const { m } = useLanguage();
  const indexed = analysis.findings.map((finding, id) => ({ finding, id }));
  const sheetNames = [...new Set([...analysis.sheets.map((s) => s.name), ...analysis.findings.map((f) => f.sheet)])];

  return (
    <>
      {sheetNames.map((name) => {
        const inSheet = indexed.filter((x) => x.finding.sheet === name);
        if (inSheet.length === 0) return null;
        const report = analysis.sheets.find((s) => s.name === name);
        const fixable = inSheet.filter((x) => x.finding.fix && !fixed.has(x.id)).map((x) => x.id);
        return (
          <section key={name} className={styles.sheet} aria-label={name}>
            <div className={styles.sheetHeader}>
              <Subtitle2 as="h3" className={styles.sheetName}>
                {name}
              </Subtitle2>
              {fixable.length > 0 && (
                <Button size="small" disabled={busy} onClick={() => onFix(fixable)} aria-label={m.fixAllOf(name)}>
                  {m.fixAll}
                </Button>
              )}
            </div>
            {SEVERITIES.map((severity) => {
              const group = inSheet.filter((x) => x.finding.severity === severity);
              if (group.length === 0) return null;
              return (
                <div key={severity}>
                  <h4 className={styles.group}>
                    <Badge color={SEVERITY_COLOR[severity]} size="small" />
                    {m.severity[severity]} ({group.length})
                  </h4>
                  <ul className={styles.list}>
                    {group.map(({ finding, id }) => (
                      <FindingItem
                        key={id}
                        finding={finding}
                        report={report}
                        fixed={fixed.has(id)}
                        busy={busy}
                        onSelect={() => onSelect(id)}
                        onFix={() => onFix([id])}
                      />
                    ))}
                  </ul>
                </div>
              );
            })}
          </section>
        );
      })}
    </>
  );
}

interface FindingItemProps {
  finding: Finding;
  report?: SheetReport;
  fixed: boolean;
  busy: boolean;
  onSelect: () => void;
  onFix: () => void;
}

/** One finding: the cell, stated → expected, the message. The whole text is a button that selects the cell. */
function FindingItem({ finding, report, fixed, busy, onSelect, onFix }: FindingItemProps) {
  const styles = useStyles();
  const { lang, m } = useLanguage();
  const percent = isPercentFinding(finding, report);
  const stated = displayValue(finding.stated, percent, lang, m);
  const expected = finding.expected === null ? undefined : displayValue(finding.expected, percent, lang, m);
  const place = finding.cell ?? (finding.line !== undefined ? `#${finding.line}` : "");

  return (
    <li className={mergeClasses(styles.item, styles[finding.severity], fixed && styles.fixed)} data-cell={finding.cell}>
      <button type="button" className={styles.select} onClick={onSelect} title={finding.cell ? m.selectCell(finding.cell) : undefined}>
        <span className={styles.line}>
          <span className={styles.cell}>{place}</span>
          <span className={styles.values}>{expected === undefined ? stated : `${stated} → ${expected}`}</span>
        </span>
        <span className={styles.message}>{finding.message[lang]}</span>
      </button>
      {fixed ? (
        <Badge appearance="tint" color="success">
          {m.fixed}
        </Badge>
      ) : (
        finding.fix && (
          <Button size="small" disabled={busy} onClick={onFix} aria-label={m.fixCell(finding.fix.cell)}>
            {m.fix}
          </Button>
        )
      )}
    </li>
  );
}
