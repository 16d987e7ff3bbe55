import { z } from 'zod/mini'
import { create } from 'zustand'
import { safeLocalStorage } from './storage'

/** The languages the page speaks; French is the reference, and the prerendered page's. */
export const LanguageSchema = z.enum(['fr', 'en'])
export type Language = z.infer<typeof LanguageSchema>

/** The query name of the language in a link: `lang=en`. */
export const LANGUAGE_PARAM = 'lang'

/** Key of the language the person chose with the switch. */
export const LANGUAGE_STORAGE_KEY = 'calculateur-cto:lang'

/** The first of the browser's languages the page speaks (`en-US` → English), else French. */
export function browserLanguage(languages: readonly string[]): Language {
  for (const tag of languages) {
    const parsed = LanguageSchema.safeParse(tag.toLowerCase().split('-')[0])
    if (parsed.success) return parsed.data
  }
  return 'fr'
}

/**
 * The language a visit opens in: the link's `lang`, else the one the person chose last time, else
 * the browser's. An unknown value counts as absent.
 */
export function startLanguage(search: string, languages: readonly string[]): Language {
  const linked = LanguageSchema.safeParse(new URLSearchParams(search).get(LANGUAGE_PARAM))
  if (linked.success) return linked.data
  const saved = LanguageSchema.safeParse(safeLocalStorage.getItem(LANGUAGE_STORAGE_KEY))
  if (saved.success) return saved.data
  return browserLanguage(languages)
}

/**
 * The `lang` a link carries: none when it is French in a French browser, so that a French link
 * stays as it was; otherwise the language, so that the link opens as the page looked.
 */
export function languageQuery(language: Language, languages: readonly string[]): string | null {
  return language === 'fr' && browserLanguage(languages) === 'fr' ? null : language
}

type LanguageState = {
  /** The language the page is drawn in; its texts are loaded before this changes. */
  language: Language
}

/** The page's language: a view setting, not an input (scenarios and resets leave it alone). */
export const useLanguage = create<LanguageState>()(() => ({ language: 'fr' }))

/** Sets the page's language; `chosen` (the switch, not a link or the browser) remembers it. */
export function setLanguage(language: Language, { chosen }: { chosen: boolean }): void {
  if (chosen) safeLocalStorage.setItem(LANGUAGE_STORAGE_KEY, language)
  useLanguage.setState({ language })
}
