import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { MESSAGES, type Lang, type Messages } from "./messages";
import { officeDisplayLanguage } from "./office";

interface LanguageState {
  lang: Lang;
  m: Messages;
  setLang: (lang: Lang) => void;
}

const STORAGE_KEY = "soat.lang";
const LanguageContext = createContext<LanguageState>({ lang: "vi", m: MESSAGES.vi, setLang: () => undefined });

/** The user's last choice; else Office's display language (Vietnamese for vi-*, English for any other); else Vietnamese. */
export function initialLanguage(): Lang {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === "vi" || saved === "en") return saved;
  } catch {
    // Storage may be off (private mode, a locked-down webview): the choice is then not remembered.
  }
  const office = officeDisplayLanguage();
  if (!office) return "vi";
  return office.toLowerCase().startsWith("vi") ? "vi" : "en";
}

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLanguage);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // See initialLanguage.
    }
  }, []);
  const value = useMemo(() => ({ lang, m: MESSAGES[lang], setLang }), [lang, setLang]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageState {
  return useContext(LanguageContext);
}
