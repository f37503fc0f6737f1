import { Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useLanguage } from "../language";
import { LabelledSelect } from "../shared/LabelledSelect";
import { STANDARD_FORMS, type StandardForm } from "./templates";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalM,
  },
  heading: { margin: 0 },
  row: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  field: { flexGrow: 1 },
});

/** Chèn biểu mẫu chuẩn: adds a shipped form to the workbook as a new sheet. */
export function InsertStandardForm({ busy, inserted, onInsert }: { busy: boolean; inserted?: string; onInsert: (form: StandardForm) => void }) {
  const styles = useStyles();
  const { m } = useLanguage();
  const [file, setFile] = useState(STANDARD_FORMS[0]?.file ?? "");
  const chosen = STANDARD_FORMS.find((f) => f.file === file);
  return (
    <section className={styles.root} aria-labelledby="insert-heading">
      <Subtitle2 as="h2" id="insert-heading" className={styles.heading}>
        {m.fill.insertHeading}
      </Subtitle2>
      <Caption1>{m.fill.insertHint}</Caption1>
      <div className={styles.row}>
        <LabelledSelect
          className={styles.field}
          label={m.fill.templateLabel}
          value={file}
          options={STANDARD_FORMS.map((f) => ({ value: f.file, label: f.name }))}
          onChange={setFile}
        />
        <Button disabledFocusable={busy || !chosen} onClick={() => chosen && onInsert(chosen)}>
          {m.fill.insert}
        </Button>
      </div>
      {inserted && <Caption1 role="status">{m.fill.inserted(inserted)}</Caption1>}
    </section>
  );
}
