import { Body1, Button, Caption1, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useLanguage } from "../language";
import { ErrorBar } from "../shared/ErrorBar";
import { ConfirmDeleteDialog } from "./ConfirmDeleteDialog";
import { ConfirmOverwriteDialog } from "./ConfirmOverwriteDialog";
import { FillSummary } from "./FillSummary";
import { FormPicker } from "./FormPicker";
import { InsertStandardForm } from "./InsertStandardForm";
import { useFill } from "./useFill";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** The "Điền biểu mẫu" tab: pick a form and its sources, fill it in one click, undo in one click; insert a standard form. */
export function FillView() {
  const styles = useStyles();
  const { m } = useLanguage();
  const fill = useFill();
  const shown = fill.result ?? fill.preview;

  return (
    <div className={styles.root}>
      <div className={styles.toolbar}>
        <Button appearance={fill.choices ? "secondary" : "primary"} onClick={fill.read} disabledFocusable={fill.busy}>
          {fill.choices ? m.fill.reread : m.fill.read}
        </Button>
        <Button
          disabledFocusable={fill.busy || !fill.lastAction}
          onClick={fill.undo}
          aria-describedby={fill.lastAction ? "fill-undo-hint" : undefined}
        >
          {m.undo}
        </Button>
      </div>
      {fill.lastAction && (
        <Caption1 id="fill-undo-hint">{fill.lastAction === "insert" ? m.fill.undoInsert : m.fill.undoFill}</Caption1>
      )}

      <div role="status" aria-live="polite">
        {fill.busy && <Spinner size="tiny" labelPosition="after" label={fill.phase === "reading" ? m.fill.reading : m.fill.busy} />}
      </div>

      {fill.phase === "idle" && <Body1>{m.fill.readHint}</Body1>}
      {fill.error !== undefined && <ErrorBar error={fill.error} onDismiss={fill.dismissError} />}
      {fill.skipped && (
        <MessageBar intent="warning" data-testid="fill-skipped">
          <MessageBarBody>
            {fill.skipped.kind === "fill" ? m.fill.changedSinceRead(fill.skipped.cells.join(", ")) : m.changedSinceWrite(fill.skipped.cells.join(", "))}
          </MessageBarBody>
        </MessageBar>
      )}

      {fill.choices && fill.choices.forms.length === 0 && (
        <MessageBar intent="info">
          <MessageBarBody>{m.fill.noForm}</MessageBarBody>
        </MessageBar>
      )}
      {fill.choices && fill.choices.forms.length > 0 && (
        <FormPicker
          choices={fill.choices}
          form={fill.form}
          sources={fill.sources}
          disabled={fill.busy}
          onForm={fill.chooseForm}
          onSource={fill.toggleSource}
        />
      )}
      {fill.form && shown && <FillSummary result={shown} form={fill.form} done={fill.result !== undefined} />}
      {fill.form && (
        <div className={styles.toolbar}>
          <Button appearance="primary" onClick={fill.fill} disabledFocusable={fill.busy || fill.sources.length === 0}>
            {m.fill.fill}
          </Button>
        </div>
      )}

      <InsertStandardForm busy={fill.busy} inserted={fill.inserted} onInsert={fill.insert} />
      <ConfirmOverwriteDialog cells={fill.confirm?.cells} onAnswer={fill.answerOverwrite} />
      <ConfirmDeleteDialog sheet={fill.confirmDelete} onAnswer={fill.answerDelete} />
    </div>
  );
}
