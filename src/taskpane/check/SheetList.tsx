import { Badge, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { SheetReport } from "../../core/types";
import { useLanguage } from "../language";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, overflowWrap: "anywhere" },
  name: { fontWeight: tokens.fontWeightSemibold },
});

/** Each sheet with the kind of appendix recognised in it and its unit. */
export function SheetList({ sheets }: { sheets: SheetReport[] }) {
  const styles = useStyles();
  const { m } = useLanguage();
  return (
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
  );
}
