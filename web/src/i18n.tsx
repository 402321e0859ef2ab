/**
 * Spanish and English throughout. Every visible string goes through `t(key)`; the choice is kept
 * in localStorage so that a booth keeps its language between shifts.
 */
import { createContext, useContext, useState, type ReactNode } from 'react';
import { messages, type Lang, type MessageKey } from './messages';

interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t(key: MessageKey, vars?: Record<string, string | number>): string;
}

const Ctx = createContext<I18n | null>(null);

function initialLang(): Lang {
  const saved = localStorage.getItem('atalaya.lang');
  if (saved === 'es' || saved === 'en') return saved;
  return navigator.language?.startsWith('en') ? 'en' : 'es';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = (l: Lang) => {
    localStorage.setItem('atalaya.lang', l);
    document.documentElement.lang = l;
    setLangState(l);
  };
  const t = (key: MessageKey, vars?: Record<string, string | number>) => {
    let s: string = messages[lang][key] ?? messages.en[key] ?? key;
    if (vars) for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v));
    return s;
  };
  return <Ctx.Provider value={{ lang, setLang, t }}>{children}</Ctx.Provider>;
}

export function useI18n(): I18n {
  const c = useContext(Ctx);
  if (!c) throw new Error('useI18n outside I18nProvider');
  return c;
}
