import { Body1Strong, Caption1, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { FillResult } from "../../core/fill";
import { useLanguage } from "../language";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, overflowWrap: "anywhere" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  details: { fontSize: tokens.fontSizeBase200 },
  summary: { cursor: "pointer", fontWeight: tokens.fontWeightSemibold },
});

/** What a fill will do (`done` false: the preview) or did: the sources matched, then what was left out and why. */
export function FillSummary({ result, form, done }: { result: FillResult; form: string; done: boolean }) {
  const styles = useStyles();
  const { lang, m } = useLanguage();
  const count = (kind: string) => result.writes.filter((w) => w.kind === kind).length;
  const byReason = new Map<string, string[]>();
  for (const s of result.skipped) byReason.set(s.reason[lang], [...(byReason.get(s.reason[lang]) ?? []), s.cell]);

  return (
    <section className={styles.root} aria-label={m.fill.mappingHeading} data-testid={done ? "fill-result" : "fill-preview"}>
      <Body1Strong>{(done ? m.fill.filled : m.fill.willFill)(result.filled, form)}</Body1Strong>
      {result.filled > 0 && <Caption1>{m.fill.byKind(count("source"), count("derived"))}</Caption1>}
      {result.formulasKept > 0 && <Caption1>{m.fill.formulasKept(result.formulasKept)}</Caption1>}
      {result.sourceErrors
        .filter((e) => e.count > 0)
        .map((e) => (
          <MessageBar key={`${e.source}\u0000${e.sheet}`} intent="warning">
            <MessageBarBody>{m.fill.sourceErrors(e.sheet, e.count)}</MessageBarBody>
          </MessageBar>
        ))}
      <Details title={m.fill.mappingHeading} open>
        {result.sources.map((u) => (
          <li key={`${u.source}\u0000${u.formSheet}`}>{u.sheet ? m.fill.sourceUse(u.source, u.cells) : m.fill.sourceUnused(u.source)}</li>
        ))}
      </Details>
      {byReason.size > 0 && (
        <Details title={m.fill.skipped(result.skipped.length)}>
          {[...byReason].map(([reason, cells]) => (
            <li key={reason}>
              {reason}: {cells.join(", ")}
            </li>
          ))}
        </Details>
      )}
      {result.unplaced.length > 0 && (
        <Details title={m.fill.unplaced(result.unplaced.length)}>
          {result.unplaced.map((u, i) => (
            <li key={i}>
              {u.sheet}
              {u.row !== undefined && ` · ${u.column ?? ""}${u.row}`} “{u.label}”: {u.reason[lang]}
            </li>
          ))}
        </Details>
      )}
      {result.notes.length > 0 && (
        <Details title={m.fill.notes(result.notes.length)}>
          {result.notes.map((n, i) => (
            <li key={i}>
              {n.cell && `${n.cell}: `}
              {n.message[lang]}
            </li>
          ))}
        </Details>
      )}
    </section>
  );
}

/** A list that opens on demand (native details: keyboard and screen readers for free). */
function Details({ title, open, children }: { title: string; open?: boolean; children: ReactNode }) {
  const styles = useStyles();
  return (
    <details className={styles.details} open={open}>
      <summary className={styles.summary}>{title}</summary>
      <ul className={styles.list}>{children}</ul>
    </details>
  );
}
