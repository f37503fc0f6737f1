import { createContext, useContext, useMemo, useState, type ReactNode } from "react";
import { MESSAGES, type Lang, type Messages } from "./messages";

interface LanguageState {
  lang: Lang;
  m: Messages;
  setLang: (lang: Lang) => void;
}

const LanguageContext = createContext<LanguageState>({ lang: "vi", m: MESSAGES.vi, setLang: () => undefined });

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [lang, setLang] = useState<Lang>("vi");
  const value = useMemo(() => ({ lang, m: MESSAGES[lang], setLang }), [lang]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageState {
  return useContext(LanguageContext);
}
