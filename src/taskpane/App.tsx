import { Suspense, useState } from "react";
import { Button, FluentProvider, Spinner, Subtitle2, Tab, TabList, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { LanguageProvider, useLanguage } from "./language";
import { officeIsDark } from "./office";
import { VIEWS } from "./views";

const useStyles = makeStyles({
  // No 100vh: with the body's margin gone the page is exactly as tall as its content, so that
  // an always-shown scrollbar (Windows) appears only when needed and never a horizontal one.
  provider: { minHeight: "100%", boxSizing: "border-box", overflowWrap: "anywhere" },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0 },
  tabs: { padding: `0 ${tokens.spacingHorizontalS}`, flexWrap: "wrap" },
  view: { padding: tokens.spacingHorizontalM },
});

export function App() {
  const styles = useStyles();
  const dark = officeIsDark();
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} className={styles.provider} data-theme={dark ? "dark" : "light"}>
      <LanguageProvider>
        <Pane />
      </LanguageProvider>
    </FluentProvider>
  );
}

function Pane() {
  const styles = useStyles();
  const { lang, m, setLang } = useLanguage();
  const [selected, setSelected] = useState(VIEWS[0].id);
  // A view is mounted the first time its tab is opened (its chunk loads then) and stays mounted,
  // so that switching tabs keeps its results.
  const [opened, setOpened] = useState(() => new Set([VIEWS[0].id]));
  return (
    <div lang={lang}>
      <header className={styles.header}>
        <Subtitle2 as="h1" className={styles.title}>
          {m.appTitle}
        </Subtitle2>
        <Button appearance="subtle" size="small" aria-label={m.otherLanguageLabel} onClick={() => setLang(lang === "vi" ? "en" : "vi")}>
          {m.otherLanguage}
        </Button>
      </header>
      <nav aria-label={m.tabs.label}>
        <TabList
          size="small"
          className={styles.tabs}
          aria-label={m.tabs.label}
          selectedValue={selected}
          onTabSelect={(_, data) => {
            const id = String(data.value);
            setSelected(id);
            setOpened((prev) => (prev.has(id) ? prev : new Set([...prev, id])));
          }}
        >
          {VIEWS.map((v) => (
            <Tab key={v.id} value={v.id} id={`tab-${v.id}`} aria-controls={`view-${v.id}`}>
              {v.label(m)}
            </Tab>
          ))}
        </TabList>
      </nav>
      <main>
        {VIEWS.map(({ id, Component }) => (
          <section key={id} id={`view-${id}`} role="tabpanel" aria-labelledby={`tab-${id}`} hidden={id !== selected} className={styles.view}>
            {opened.has(id) && (
              <Suspense fallback={<Spinner size="tiny" labelPosition="after" label={m.loadingView} />}>
                <Component />
              </Suspense>
            )}
          </section>
        ))}
      </main>
    </div>
  );
}
