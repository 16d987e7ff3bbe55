import { Fragment, type ReactNode } from 'react'
import { setNumberLocale } from '../domain'
import { type Catalogue, fr, type LazyCatalogues, LazyTextContext, TextContext } from '../i18n'
import { type Language, setLanguage, useLanguage } from '../store'

type Texts = { catalogue: Catalogue; lazy: LazyCatalogues | null }

/** The languages whose texts are here: French always (first load), English once fetched. */
const loaded: Partial<Record<Language, Texts>> = { fr: { catalogue: fr, lazy: null } }

async function textsOf(language: Language): Promise<Texts> {
  const ready = loaded[language]
  if (ready) return ready
  const english = await import('../i18n/english')
  const texts = { catalogue: english.en, lazy: english.enLazy }
  loaded.en = texts
  return texts
}

/**
 * Draws the page in `language`: its texts are fetched first (English is a chunk of its own), then
 * the numbers' conventions, the document's language and title follow, and the page is drawn anew.
 * `chosen` is true for the person's own choice, which the next visit remembers.
 */
export async function switchLanguage(
  language: Language,
  { chosen }: { chosen: boolean },
): Promise<void> {
  const { catalogue } = await textsOf(language)
  const head = await catalogue.head()
  setNumberLocale(language)
  document.documentElement.lang = language
  document.title = head.title
  document.querySelector('meta[name="description"]')?.setAttribute('content', head.description)
  setLanguage(language, { chosen })
}

/**
 * Gives the page the texts of its language. The page is drawn anew when the language changes,
 * so that every figure is written again in the new conventions.
 */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const language = useLanguage((s) => s.language)
  const texts = loaded[language] ?? { catalogue: fr, lazy: null }
  return (
    <TextContext.Provider value={texts.catalogue}>
      <LazyTextContext.Provider value={texts.lazy}>
        <Fragment key={language}>{children}</Fragment>
      </LazyTextContext.Provider>
    </TextContext.Provider>
  )
}

/**
 * The other language, named in itself: "English" on the French page, "Français" on the English.
 * `onFailed` is told when its texts cannot be fetched (offline before the service worker holds
 * them): the page stays as it is.
 */
export function LanguageSwitch({ name, onFailed }: { name: string; onFailed: () => void }) {
  const language = useLanguage((s) => s.language)
  const other: Language = language === 'fr' ? 'en' : 'fr'
  return (
    <button
      type="button"
      className="secondary"
      lang={other}
      onClick={() => void switchLanguage(other, { chosen: true }).catch(onFailed)}
    >
      {name}
    </button>
  )
}
