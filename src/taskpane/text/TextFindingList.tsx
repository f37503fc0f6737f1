import { Badge, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/types";
import { useLanguage } from "../language";
import { displayValue, isPercentClaim } from "../shared/display";
import { sheetCellOf } from "./compareText";

const SEVERITY_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: {
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalXS,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  info: { borderLeftColor: tokens.colorNeutralStroke1 },
  body: {
    display: "block",
    width: "100%",
    textAlign: "left",
    padding: tokens.spacingHorizontalXS,
    overflowWrap: "anywhere",
  },
  select: {
    background: "none",
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    font: "inherit",
    color: "inherit",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  place: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  where: { fontWeight: tokens.fontWeightSemibold },
  values: { display: "block", fontVariantNumeric: "tabular-nums" },
  span: { display: "block", fontStyle: "italic", color: tokens.colorNeutralForeground2 },
  message: { display: "block", color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** The text's findings in the order of the text; a mismatch with a sheet is a button that selects its cell. */
export function TextFindingList({ findings, onSelect }: { findings: Finding[]; onSelect: (finding: Finding) => void }) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {findings.map((finding, i) => (
        <li key={i} className={mergeClasses(styles.item, styles[finding.severity])} data-line={finding.line} data-rule={finding.rule}>
          <TextFinding finding={finding} onSelect={() => onSelect(finding)} />
        </li>
      ))}
    </ul>
  );
}

/** Line and cell, stated → expected, the claim as written (plain text) and why. */
function TextFinding({ finding, onSelect }: { finding: Finding; onSelect: () => void }) {
  const styles = useStyles();
  const { lang, m } = useLanguage();
  const percent = isPercentClaim(finding);
  const stated = displayValue(finding.stated, percent, lang, m);
  const values = finding.expected === null ? stated : `${stated} → ${displayValue(finding.expected, percent, lang, m)}`;
  const ref = sheetCellOf(finding);
  const content = (
    <>
      <span className={styles.place}>
        <span className={styles.where}>
          {finding.line !== undefined && m.text.line(finding.line)}
          {ref && ` · ${ref.sheet}!${ref.cell}`}
        </span>
        <Badge appearance="tint" size="small" color={SEVERITY_COLOR[finding.severity]}>
          {m.text.severity[finding.severity]}
        </Badge>
      </span>
      <span className={styles.values}>{values}</span>
      {finding.span && <q className={styles.span}>{finding.span}</q>}
      <span className={styles.message}>{finding.message[lang]}</span>
    </>
  );
  if (!ref) return <div className={styles.body}>{content}</div>;
  return (
    <button type="button" className={mergeClasses(styles.body, styles.select)} onClick={onSelect} title={m.selectCell(ref.cell)}>
      {content}
    </button>
  );
}
