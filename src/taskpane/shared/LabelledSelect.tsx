import { Label, makeStyles, tokens, useId } from "@fluentui/react-components";

/** Griffel takes borders side by side (its `shorthands` helper would add 4 KiB). */
const sides = (color: string) => ({
  borderTopColor: color,
  borderRightColor: color,
  borderBottomColor: color,
  borderLeftColor: color,
});

const useStyles = makeStyles({
  field: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  // A native select in Fluent's colours: the pane's script stays small (Fluent's Select costs 12 KiB).
  select: {
    minHeight: "32px",
    maxWidth: "100%",
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderTopStyle: "solid",
    borderRightStyle: "solid",
    borderBottomStyle: "solid",
    borderLeftStyle: "solid",
    borderTopWidth: tokens.strokeWidthThin,
    borderRightWidth: tokens.strokeWidthThin,
    borderBottomWidth: tokens.strokeWidthThin,
    borderLeftWidth: tokens.strokeWidthThin,
    ...sides(tokens.colorNeutralStroke1),
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    ":hover": { ...sides(tokens.colorNeutralStroke1Hover), borderBottomColor: tokens.colorNeutralStrokeAccessibleHover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
    ":disabled": { color: tokens.colorNeutralForegroundDisabled, ...sides(tokens.colorNeutralStrokeDisabled) },
  },
});

interface SelectOption {
  value: string;
  label: string;
}

/** A labelled drop-down list. */
export function LabelledSelect(props: {
  label: string;
  value: string;
  options: SelectOption[];
  disabled?: boolean;
  className?: string;
  onChange: (value: string) => void;
}) {
  const styles = useStyles();
  const id = useId("select");
  return (
    <div className={props.className ? `${styles.field} ${props.className}` : styles.field}>
      <Label htmlFor={id} weight="semibold">
        {props.label}
      </Label>
      <select id={id} className={styles.select} value={props.value} disabled={props.disabled} onChange={(e) => props.onChange(e.target.value)}>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
