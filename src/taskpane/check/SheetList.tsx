import { Badge, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { SheetReport } from "../../core/types";
import { useLanguage } from "../language";

const useStyles = makeStyles({
  summary: { cursor: "pointer", fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  list: { listStyleType: "none", margin: `${tokens.spacingVerticalS} 0 0`, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, overflowWrap: "anywhere" },
  name: { fontWeight: tokens.fontWeightSemibold },
});

/** Each sheet with the kind of appendix recognised in it and its unit, folded into one summary line. */
export function SheetList({ sheets }: { sheets: SheetReport[] }) {
  const styles = useStyles();
  const { m } = useLanguage();
  const appendices = sheets.filter((s) => s.kind !== "other").length;
  return (
    <details open={sheets.length <= 3}>
      <summary className={styles.summary}>
        {m.sheetsHeading}: {m.sheetsSummary(sheets.length, appendices)}
      </summary>
      <ul className={styles.list}>
        {sheets.map((s) => (
          <li key={s.name} className={styles.item}>
            <span className={styles.name}>{s.name}</span>
            <Badge appearance={s.kind === "other" ? "outline" : "tint"} color={s.kind === "other" ? "informative" : "brand"}>
              {m.kind[s.kind]}
            </Badge>
            {s.unit && <Caption1>{m.unitOf(m.unit[s.unit])}</Caption1>}
          </li>
        ))}
      </ul>
    </details>
  );
}
