import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { App } from '../../src/App'
import { ctoFrance } from '../../src/domain'
import {
  type Catalogue,
  fr,
  type LazyCatalogues,
  LazyTextContext,
  TextContext,
} from '../../src/i18n'
import { frLazy } from '../catalogues'

/**
 * A pseudo-language: every string and message of the French catalogue wrapped in ‹ ›. Rendered
 * with it, any text of the page outside ‹ › was written somewhere else than the catalogue.
 */
function pseudo<T>(value: T): T {
  if (typeof value === 'string') return `‹${value}›` as T
  if (typeof value === 'function')
    return ((...args: unknown[]) => `‹${(value as (...a: unknown[]) => string)(...args)}›`) as T
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pseudo(v)])) as T
  return value
}

/** What the page shows that is data, not interface: the dataset's own words. */
const DATA_WORDS = [
  ctoFrance.role,
  ctoFrance.document,
  ctoFrance.salary.source,
  ctoFrance.salary.quote,
  ctoFrance.tjm.source,
  ctoFrance.tjm.quote,
  ...ctoFrance.tjm.bands.map((b) => b.label),
]

describe('the text catalogue', () => {
  it('holds every text of the page: a catalogue of another language replaces them all', async () => {
    const other: Catalogue = pseudo(fr)
    // The catalogue's lazily loaded parts.
    const lazy: LazyCatalogues = pseudo(frLazy)
    render(
      <TextContext.Provider value={other}>
        <LazyTextContext.Provider value={lazy}>
          <App />
        </LazyTextContext.Provider>
      </TextContext.Provider>,
    )
    // The charts arrive from their own chunk (jsdom has no IntersectionObserver: drawn at once).
    await screen.findAllByText(`‹${frLazy.charts.series.band}›`, {}, { timeout: 10_000 })
    const page = document.body.cloneNode(true) as HTMLElement
    // Not interface text: recharts names its legend icons "… legend icon", unheard inside the
    // chart's role="img" (its content is presentational); a technical error's detail (jsdom has
    // no Worker for the social model) is shown as given under the panel's own message.
    for (const e of page.querySelectorAll('[aria-label$="legend icon"], [role="alert"] .muted')) {
      e.remove()
    }
    const texts = [
      page.textContent ?? '',
      ...[...page.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label')),
    ].join('\n')
    let left = texts
    // Innermost first: a message may hold another (a label within a sentence).
    for (let before = ''; before !== left; ) {
      before = left
      left = left.replace(/‹[^‹›]*›/g, ' ')
    }
    for (const words of DATA_WORDS) left = left.replaceAll(words, ' ')
    // What remains may be figures, units and punctuation, never a word.
    expect(left.match(/\p{L}{2,}/gu) ?? []).toEqual([])
  })
})
