import { useState } from "react";
import { Button, FluentProvider, Subtitle2, Tab, TabList, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { LanguageProvider, useLanguage } from "./language";
import { VIEWS } from "./views";

const useStyles = makeStyles({
  provider: { minHeight: "100vh" },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tabs: { padding: `0 ${tokens.spacingHorizontalS}` },
  view: { padding: tokens.spacingHorizontalM },
});

export function App() {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} className={styles.provider}>
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
  return (
    <div lang={lang}>
      <header className={styles.header}>
        <Subtitle2 as="h1">{m.appTitle}</Subtitle2>
        <Button
          appearance="subtle"
          size="small"
          aria-label={m.otherLanguageLabel}
          onClick={() => setLang(lang === "vi" ? "en" : "vi")}
        >
          {m.otherLanguage}
        </Button>
      </header>
      <TabList
        size="small"
        className={styles.tabs}
        aria-label={m.tabs.label}
        selectedValue={selected}
        onTabSelect={(_, data) => setSelected(String(data.value))}
      >
        {VIEWS.map((v) => (
          <Tab key={v.id} value={v.id} id={`tab-${v.id}`} aria-controls={`view-${v.id}`}>
            {v.label(m)}
          </Tab>
        ))}
      </TabList>
      {/* Every view stays mounted so that switching tabs keeps its results. */}
      {VIEWS.map(({ id, Component }) => (
        <section key={id} id={`view-${id}`} role="tabpanel" aria-labelledby={`tab-${id}`} hidden={id !== selected} className={styles.view}>
          <Component />
        </section>
      ))}
    </div>
  );
}
