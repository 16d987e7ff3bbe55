import { act, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { App } from '../../src/App'
import { LanguageProvider, switchLanguage } from '../../src/components/Language'
import { ctoFrance, formatEur } from '../../src/domain'
import { fr } from '../../src/i18n'
import { en, enLazy } from '../../src/i18n/english'
import { frFormulas } from '../../src/i18n/fr-formulas'
import { frNotes } from '../../src/i18n/fr-notes'
import { useLanguage } from '../../src/store'
import { frLazy } from '../catalogues'

/** Every catalogue, French and English, under one name each: the main one and all its parts. */
async function catalogues() {
  const [notes, formulas] = await Promise.all([en.honest.notes(), en.explain.formulas()])
  return {
    french: { main: fr, ...frLazy, notes: frNotes, formulas: frFormulas } as Record<
      string,
      unknown
    >,
    english: { main: en, ...enLazy, notes, formulas } as Record<string, unknown>,
  }
}

/** The shape of a catalogue: each key's path, with a function's number of parameters. */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path}(${value.length})`]
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => shape(v, `${path}.${k}`))
  }
  return [path]
}

/** Every text a catalogue can write: its strings, and its messages with sample values. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (typeof value === 'function') {
    const out = (value as (...a: unknown[]) => unknown)(...Array(value.length).fill('1'))
    return typeof out === 'string' ? [out] : []
  }
  if (value && typeof value === 'object') return Object.values(value).flatMap(texts)
  return []
}

const words = (text: string) => new Set(text.toLowerCase().match(/\p{L}{4,}/gu) ?? [])

describe('the English catalogue', () => {
  it('has every key and message of the French one, with the same parameters', async () => {
    const { french, english } = await catalogues()
    for (const part of Object.keys(french)) {
      expect(shape(english[part]), part).toEqual(shape(french[part]))
    }
  })

  it('leaves no French word in the page outside the terms kept in French', async () => {
    const { french, english } = await catalogues()
    // French-only words: in a French text of the catalogue, in no English one (the terms kept in
    // French, "micro-entreprise" or "portage salarial", are in both and so not counted).
    const englishWords = words(Object.values(english).flatMap(texts).join(' '))
    const frenchOnly = [...words(Object.values(french).flatMap(texts).join(' '))].filter(
      (w) => !englishWords.has(w),
    )
    expect(frenchOnly.length).toBeGreaterThan(300)

    await act(() => switchLanguage('en', { chosen: false }))
    render(
      <LanguageProvider>
        <App />
      </LanguageProvider>,
    )
    await screen.findAllByText(enLazy.charts.series.band, {}, { timeout: 10_000 })
    let page = [
      document.body.textContent ?? '',
      ...[...document.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label')),
      document.title,
    ].join('\n')
    // The dataset's own words are data, quoted as the source wrote them.
    const data = [
      ...[ctoFrance.role, ctoFrance.document, ctoFrance.salary.source, ctoFrance.salary.quote],
      ...[ctoFrance.tjm.source, ctoFrance.tjm.quote],
    ]
    // The bands are named from their years, not by the source's French labels.
    for (const band of ctoFrance.tjm.bands) expect(page).not.toContain(band.label)
    expect(page).toContain('“11–15 years” band')
    for (const quote of data) page = page.replaceAll(quote, ' ')
    const left = [...words(page)].filter((w) => frenchOnly.includes(w))
    expect(left).toEqual([])
    // The page did render English: the title, and numbers in English notation.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(en.title)
    expect(document.documentElement.lang).toBe('en')
    expect(formatEur(104410)).toBe('€104,410')
    expect(screen.getByTestId('revenue').textContent).toMatch(/^€\d{1,3}(,\d{3})+$/)
  })

  it('switches back to French with the page’s switch, numbers included', async () => {
    await act(() => switchLanguage('en', { chosen: false }))
    render(
      <LanguageProvider>
        <App />
      </LanguageProvider>,
    )
    await act(async () => screen.getByRole('button', { name: en.language.other }).click())
    await screen.findByRole('heading', { level: 1, name: fr.title })
    expect(useLanguage.getState().language).toBe('fr')
    expect(document.documentElement.lang).toBe('fr')
    expect(formatEur(104410)).toBe('104\u202f410\u00a0€')
    // The person's choice is remembered for the next visit.
    expect(localStorage.getItem('calculateur-cto:lang')).toBe('fr')
  })
})
