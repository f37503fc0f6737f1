import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Spinner,
  Subtitle2,
  ToggleButton,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Analysis } from "../../core/types";
import { useLanguage } from "../language";
import { ConfirmFormulaDialog } from "./ConfirmFormulaDialog";
import { ErrorBar } from "../shared/ErrorBar";
import { FindingList } from "./FindingList";
import { SheetList } from "./SheetList";
import { useCheck, type CheckModel } from "./useCheck";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  progress: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
});

/** The "Soát" tab: scan the workbook, list what was recognised and what is wrong, fix and mark. */
export function CheckView() {
  const styles = useStyles();
  const { m } = useLanguage();
  const check = useCheck();
  const running = check.phase === "reading" || check.phase === "analysing";
  const { analysis } = check;

  return (
    <div className={styles.root}>
      <div className={styles.toolbar}>
        <Button appearance="primary" onClick={check.scan} disabled={check.busy}>
          {analysis ? m.rescan : m.scan}
        </Button>
        {analysis && (
          <>
            <ToggleButton
              checked={check.marked}
              disabled={check.busy || (!check.marked && !hasMarkable(analysis))}
              onClick={check.toggleMarks}
              title={m.markHint}
            >
              {m.mark}
            </ToggleButton>
            <Button disabled={check.busy || !check.canUndo} onClick={check.undo}>
              {m.undo}
            </Button>
          </>
        )}
      </div>

      <div role="status" aria-live="polite">
        {running && (
          <div className={styles.progress}>
            <Spinner size="tiny" labelPosition="after" label={check.phase === "reading" ? m.reading : m.analysing} />
            <ProgressBar thickness="medium" />
          </div>
        )}
        {!running && check.busy && <Spinner size="tiny" labelPosition="after" label={m.busy} />}
      </div>

      {check.phase === "idle" && <Body1>{m.scanHint}</Body1>}
      {check.error !== undefined && <ErrorBar error={check.error} onDismiss={check.dismissError} />}
      {analysis && !running && <Results analysis={analysis} check={check} />}

      <ConfirmFormulaDialog cells={check.confirm?.formulaCells} onConfirm={check.confirmFix} onCancel={check.cancelFix} />
    </div>
  );
}

function Results({ analysis, check }: { analysis: Analysis; check: CheckModel }) {
  const styles = useStyles();
  const { m } = useLanguage();
  const recognised = analysis.sheets.some((s) => s.kind !== "other");
  return (
    <>
      <Subtitle2 as="h2" className={styles.heading}>
        {m.sheetsHeading}
      </Subtitle2>
      <SheetList sheets={analysis.sheets} />
      {!recognised && analysis.findings.length === 0 && (
        <MessageBar intent="info">
          <MessageBarBody>{m.noAppendix}</MessageBarBody>
        </MessageBar>
      )}
      {recognised && analysis.findings.length === 0 && (
        <MessageBar intent="success">
          <MessageBarBody>{m.noProblems}</MessageBarBody>
        </MessageBar>
      )}
      {analysis.findings.length > 0 && (
        <>
          <Subtitle2 as="h2" className={styles.heading}>
            {m.findingsHeading(analysis.findings.length)}
          </Subtitle2>
          <Caption1>{m.findingsHint}</Caption1>
          <FindingList
            analysis={analysis}
            fixed={check.fixed}
            busy={check.busy}
            onSelect={check.select}
            onFix={check.fix}
          />
        </>
      )}
    </>
  );
}

function hasMarkable(analysis: Analysis): boolean {
  return analysis.findings.some((f) => f.cell && f.severity !== "info");
}
