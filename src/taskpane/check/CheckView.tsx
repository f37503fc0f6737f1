import { Body1, Button, Caption1, MessageBar, MessageBarBody, ProgressBar, Spinner, Subtitle2, ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import type { Analysis } from "../../core/types";
import type { ChangedCell } from "../../excel";
import { useLanguage } from "../language";
import type { Messages } from "../messages";
import { ConfirmFormulaDialog } from "./ConfirmFormulaDialog";
import { ErrorBar } from "../shared/ErrorBar";
import { FindingList } from "./FindingList";
import { SheetList } from "./SheetList";
import { useCheck, type CheckModel, type Outcome } from "./useCheck";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  progress: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  progressLine: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  heading: { margin: 0 },
  hint: { color: tokens.colorNeutralForeground2 },
});

/** The "Soát" tab: scan the workbook, list what is wrong (then the sheets recognised), fix and mark. */
export function CheckView() {
  const styles = useStyles();
  const { m } = useLanguage();
  const check = useCheck();
  const running = check.phase === "reading" || check.phase === "analysing";
  const { analysis } = check;

  return (
    <div className={styles.root}>
      <div className={styles.toolbar}>
        {/* disabledFocusable: a busy button keeps the focus, so that the keyboard user is not thrown to the page. */}
        <Button appearance="primary" onClick={check.scan} disabledFocusable={check.busy}>
          {analysis ? m.rescan : m.scan}
        </Button>
        {analysis && (
          <>
            <ToggleButton
              checked={check.marked}
              disabledFocusable={check.busy || (!check.marked && !hasMarkable(analysis))}
              onClick={check.toggleMarks}
            >
              {m.mark}
            </ToggleButton>
            <Button disabledFocusable={check.busy || !check.canUndo} onClick={check.undo} data-testid="undo">
              {m.undo}
            </Button>
          </>
        )}
      </div>
      {analysis && <Caption1 className={styles.hint}>{m.toolbarHint}</Caption1>}

      {running && (
        <div className={styles.progress}>
          <div className={styles.progressLine}>
            <Spinner size="tiny" labelPosition="after" label={progressLabel(check, m)} />
            <Button size="small" onClick={check.cancelScan}>
              {m.cancelScan}
            </Button>
          </div>
          <ProgressBar
            thickness="medium"
            aria-label={progressLabel(check, m)}
            value={check.progress && check.progress.total > 0 ? check.progress.done / check.progress.total : undefined}
          />
        </div>
      )}
      <div role="status" aria-live="polite" aria-atomic="true" data-testid="announcement">
        {!running && check.busy ? m.busy : check.outcome && !running ? announcement(check.outcome, m) : ""}
      </div>

      {check.phase === "idle" && (
        <>
          <Body1>{m.scanHint}</Body1>
          <MessageBar intent="info" data-testid="privacy">
            <MessageBarBody>{m.privacy}</MessageBarBody>
          </MessageBar>
        </>
      )}
      {check.error !== undefined && <ErrorBar error={check.error} onDismiss={check.dismissError} />}
      <Skipped outcome={check.outcome} />
      {analysis && !running && <Results analysis={analysis} check={check} />}

      <ConfirmFormulaDialog cells={check.confirm?.formulaCells} onConfirm={check.confirmFix} onCancel={check.cancelFix} />
    </div>
  );
}

function progressLabel(check: CheckModel, m: Messages): string {
  if (check.phase === "reading" || !check.progress) return m.reading;
  return `${m.analysing} ${m.progress(check.progress.done, check.progress.total)}`;
}

function announcement(outcome: Outcome, m: Messages): string {
  switch (outcome.kind) {
    case "scanned":
      return m.announce.scanned(outcome.findings, outcome.errors, outcome.sheets);
    case "cancelled":
      return m.announce.cancelled;
    case "fixed":
      return m.announce.fixed(outcome.cells);
    case "undone":
      return m.announce.undone(outcome.cells);
    case "marked":
      return m.announce.marked(outcome.cells);
    case "unmarked":
      return m.announce.unmarked;
  }
}

/** Cells left alone because they were edited after Soát read or wrote them. */
function Skipped({ outcome }: { outcome?: Outcome }) {
  const { m } = useLanguage();
  if (!outcome || (outcome.kind !== "fixed" && outcome.kind !== "undone") || outcome.changed.length === 0) return null;
  const cells = names(outcome.changed);
  return (
    <MessageBar intent="warning" data-testid="skipped">
      <MessageBarBody>{outcome.kind === "fixed" ? m.changedSinceScan(cells) : m.changedSinceWrite(cells)}</MessageBarBody>
    </MessageBar>
  );
}

function names(cells: ChangedCell[]): string {
  return cells.map((c) => c.cell).join(", ");
}

function Results({ analysis, check }: { analysis: Analysis; check: CheckModel }) {
  const styles = useStyles();
  const { m } = useLanguage();
  const recognised = analysis.sheets.some((s) => s.kind !== "other");
  return (
    <>
      {check.capped.map((c) => (
        <MessageBar key={c.sheet} intent="warning">
          <MessageBarBody>{m.capped(c.sheet, c.used, c.read)}</MessageBarBody>
        </MessageBar>
      ))}
      {check.mergesInferred && <Caption1 className={styles.hint}>{m.mergesInferred}</Caption1>}
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
          <Caption1 className={styles.hint}>{m.findingsHint}</Caption1>
          <FindingList analysis={analysis} fixed={check.fixed} onSelect={check.select} onSelectCell={check.selectCell} onFix={check.fix} />
        </>
      )}
      <SheetList sheets={analysis.sheets} />
    </>
  );
}

function hasMarkable(analysis: Analysis): boolean {
  return analysis.findings.some((f) => f.cell && f.severity !== "info");
}
