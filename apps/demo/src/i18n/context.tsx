import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { type Locale, MESSAGES, type MessageKey, render } from './messages.js';

const STORAGE_KEY = 'lsh-cyber-demo:locale';

/** What components get from {@link useI18n}. */
export interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  t(key: MessageKey, params?: Readonly<Record<string, string | number>>): string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLocale(): Locale {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'nl' || stored === 'en') return stored;
  } catch {
    // Storage may be blocked; Dutch is the default for a Dutch public-sector site.
  }
  return 'nl';
}

/** Holds the language, keeps `<html lang>` in step with it (screen readers pick their voice from it). */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = render(MESSAGES[locale]['app.title'], locale);
  }, [locale]);
  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembering the language is harmless.
    }
  }, []);
  const value = useMemo<I18n>(
    () => ({ locale, setLocale, t: (key, params) => render(MESSAGES[locale][key], locale, params) }),
    [locale, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language and its texts. */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}
