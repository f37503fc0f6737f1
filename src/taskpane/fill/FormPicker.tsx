import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useLanguage } from "../language";
import { LabelledSelect } from "../shared/LabelledSelect";
import type { Choices } from "./fillPlan";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  group: { border: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXXS },
  // Native check boxes in the brand colour (Fluent's Checkbox costs 10 KiB of script).
  source: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalS, overflowWrap: "anywhere", cursor: "pointer" },
  box: {
    margin: "3px 0 0",
    width: "16px",
    height: "16px",
    flexShrink: 0,
    accentColor: tokens.colorBrandBackground,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  kind: { color: tokens.colorNeutralForeground3 },
});

interface FormPickerProps {
  choices: Choices;
  form?: string;
  sources: string[];
  disabled: boolean;
  onForm: (name: string) => void;
  onSource: (name: string, on: boolean) => void;
}

/** The form sheet to fill (empty forms first) and the sheets to take figures from (one per district). */
export function FormPicker({ choices, form, sources, disabled, onForm, onSource }: FormPickerProps) {
  const styles = useStyles();
  const { m } = useLanguage();
  const candidates = choices.sources.filter((s) => s.name !== form);
  return (
    <div className={styles.root}>
      <LabelledSelect
        label={m.fill.formLabel}
        value={form ?? ""}
        disabled={disabled}
        options={choices.forms.map((f) => ({ value: f.name, label: f.empty ? m.fill.emptyForm(f.name) : f.name }))}
        onChange={onForm}
      />
      <fieldset className={styles.group} disabled={disabled}>
        <legend className={styles.legend}>{m.fill.sourcesLabel}</legend>
        {candidates.length === 0 && <Caption1>{m.fill.noSources}</Caption1>}
        {candidates.map((s) => (
          <label key={s.name} className={styles.source}>
            <input
              type="checkbox"
              className={styles.box}
              checked={sources.includes(s.name)}
              onChange={(e) => onSource(s.name, e.target.checked)}
            />
            <span>
              {s.name} <span className={styles.kind}>· {m.kind[s.kind]}</span>
            </span>
          </label>
        ))}
        {candidates.length > 1 && <Caption1>{m.fill.sourcesHint}</Caption1>}
      </fieldset>
    </div>
  );
}
