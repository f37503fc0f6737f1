import {
  Body1,
  Button,
  Caption1,
  Label,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import type { KeyboardEvent } from "react";
import { useLanguage } from "../language";
import { ErrorBar } from "../shared/ErrorBar";
import { sheetCellOf, type TextCheck } from "./compareText";
import { TextFindingList } from "./TextFindingList";
import { useTextCheck, type TextCheckModel } from "./useTextCheck";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  field: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  textarea: { width: "100%" },
  toolbar: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  heading: { margin: 0 },
});

/** The "Đối chiếu văn bản" tab: paste the report's text, check it alone and against the workbook's appendices. */
export function TextView() {
  const styles = useStyles();
  const { m } = useLanguage();
  const model = useTextCheck();
  const textId = useId("report-text");
  const running = model.phase === "reading" || model.phase === "checking";
  const empty = model.text.trim() === "";

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      model.check();
    }
  };

  return (
    <div className={styles.root}>
      <Body1>{m.text.hint}</Body1>
      <div className={styles.field}>
        <Label htmlFor={textId}>{m.text.label}</Label>
        <Textarea
          id={textId}
          aria-describedby={`${textId}-hint`}
          className={styles.textarea}
          resize="vertical"
          rows={8}
          value={model.text}
          placeholder={m.text.placeholder}
          onChange={(_, data) => model.setText(data.value)}
          onKeyDown={onKeyDown}
        />
        <Caption1 id={`${textId}-hint`}>{m.text.shortcut}</Caption1>
      </div>
      <div className={styles.toolbar}>
        <Button appearance="primary" onClick={model.check} disabledFocusable={model.busy || empty}>
          {m.text.run}
        </Button>
      </div>

      <div role="status" aria-live="polite">
        {running && <Spinner size="tiny" labelPosition="after" label={model.phase === "reading" ? m.text.reading : m.text.checking} />}
      </div>

      {model.error !== undefined && <ErrorBar error={model.error} onDismiss={model.dismissError} />}
      {model.result && !running && <Results result={model.result} model={model} />}
    </div>
  );
}

function Results({ result, model }: { result: TextCheck; model: TextCheckModel }) {
  const styles = useStyles();
  const { m } = useLanguage();
  const selectable = result.findings.some((f) => sheetCellOf(f) !== undefined);
  return (
    <>
      <Caption1>
        {model.alone ? m.text.alone : result.compared.length > 0 ? m.text.comparedWith(result.compared.join(", ")) : m.text.noSheet}
      </Caption1>
      {result.findings.length === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>{m.text.noProblems}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <Subtitle2 as="h2" className={styles.heading}>
            {m.findingsHeading(result.findings.length)}
          </Subtitle2>
          {selectable && <Caption1>{m.text.findingsHint}</Caption1>}
          <TextFindingList findings={result.findings} onSelect={model.select} />
        </>
      )}
    </>
  );
}
