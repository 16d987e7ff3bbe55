import { afterEach, describe, expect, it } from 'vitest'
import {
  browserLanguage,
  LANGUAGE_STORAGE_KEY,
  languageQuery,
  setLanguage,
  startLanguage,
  useCalculator,
  useLanguage,
} from '../../src/store'
import { syncUrlWithInputs } from '../../src/store/url-sync'

const setBrowser = (languages: string[]) =>
  Object.defineProperty(navigator, 'languages', { value: languages, configurable: true })

afterEach(() => {
  setBrowser(['fr-FR'])
  window.history.replaceState(null, '', '/')
})

describe('the page’s language', () => {
  it('follows the first of the browser’s languages the page speaks, else French', () => {
    expect(browserLanguage(['en-US', 'fr'])).toBe('en')
    expect(browserLanguage(['de-DE', 'fr-CA', 'en'])).toBe('fr')
    expect(browserLanguage(['EN-gb'])).toBe('en')
    expect(browserLanguage(['de', 'it'])).toBe('fr')
    expect(browserLanguage([])).toBe('fr')
  })

  it('opens as the link says, else as last chosen, else as the browser', () => {
    expect(startLanguage('?lang=en', ['fr-FR'])).toBe('en')
    expect(startLanguage('?lang=fr', ['en-US'])).toBe('fr')
    expect(startLanguage('', ['en-US'])).toBe('en')
    setLanguage('fr', { chosen: true })
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('fr')
    expect(startLanguage('', ['en-US'])).toBe('fr')
    expect(startLanguage('?lang=en', ['fr-FR'])).toBe('en')
    // An unknown or corrupt value counts as absent.
    expect(startLanguage('?lang=de', ['en-US'])).toBe('fr')
    localStorage.setItem(LANGUAGE_STORAGE_KEY, '{"oops"')
    expect(startLanguage('?lang=xx', ['en-US'])).toBe('en')
  })

  it('is in the link unless the page is French in a French browser', () => {
    expect(languageQuery('fr', ['fr-FR'])).toBeNull()
    expect(languageQuery('en', ['fr-FR'])).toBe('en')
    expect(languageQuery('fr', ['en-US'])).toBe('fr')
    expect(languageQuery('en', ['en-US'])).toBe('en')
  })

  it('is written into the address as it changes, with the inputs', () => {
    const stop = syncUrlWithInputs()
    expect(new URLSearchParams(window.location.search).get('lang')).toBeNull()
    setLanguage('en', { chosen: true })
    expect(new URLSearchParams(window.location.search).get('lang')).toBe('en')
    useCalculator.getState().setInput('tjmEurPerDay', 650)
    const params = new URLSearchParams(window.location.search)
    expect([params.get('lang'), params.get('tjm')]).toEqual(['en', '650'])
    setLanguage('fr', { chosen: true })
    expect(new URLSearchParams(window.location.search).get('lang')).toBeNull()
    // Not an input: a reset leaves the language alone.
    useCalculator.getState().reset()
    expect(useLanguage.getState().language).toBe('fr')
    stop()
  })
})
