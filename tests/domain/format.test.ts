import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import {
  formatEur,
  formatEurCents,
  formatEurPrecise,
  formatNumber,
  formatPercent,
  setNumberLocale,
} from '../../src/domain'

const FORMATTERS = { formatEur, formatEurCents, formatNumber, formatPercent }

/** A minus sign before a figure that reads as zero: "-0 €", "-0,00 %". */
const NEGATIVE_ZERO = /^[-\u2212]0(?:[,.\s\u00a0\u202f%€]|$)(?!.*[1-9])/

describe.each(Object.entries(FORMATTERS))('%s', (_, format) => {
  it('never writes NaN, Infinity, undefined or a negative zero, whatever the number', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double(),
          fc.double({ min: -1, max: 1 }),
          fc.constantFrom(-0, 0, Number.NaN, Infinity, -Infinity, -0.4, -0.004, -0.0004),
        ),
        (n) => {
          const text = format(n)
          expect(text).not.toMatch(/NaN|Infinity|undefined/)
          expect(text).not.toMatch(NEGATIVE_ZERO)
        },
      ),
      { numRuns: 500 },
    )
  })

  it('writes nothing for a missing figure', () => {
    expect(format(null)).toBe('—')
    expect(format(undefined)).toBe('—')
  })
})

it.each([
  [-0, '0 €'],
  [-0.3, '0 €'],
  [-0.6, '-1 €'],
  [104410, '104 410 €'],
])('formatEur(%s) → %s', (n, text) => {
  expect(formatEur(n).replace(/[\u00a0\u202f]/g, ' ')).toBe(text)
})

describe('the same text as Intl.NumberFormat, for any number, in both languages', () => {
  // Intl as the page used it before writing numbers itself (Node's ICU: the oracle).
  const INTL = {
    formatEur: { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 },
    formatEurCents: {
      style: 'currency',
      currency: 'EUR',
      minimumFractionDigits: 0,
      maximumFractionDigits: 2,
    },
    formatEurPrecise: {
      style: 'currency',
      currency: 'EUR',
      minimumFractionDigits: 0,
      maximumFractionDigits: 4,
    },
    formatNumber: { maximumFractionDigits: 1 },
    formatPercent: { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' },
  } as const
  const OURS = { formatEur, formatEurCents, formatEurPrecise, formatNumber, formatPercent }
  const numbers = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.double({ min: -1, max: 1, noNaN: true }),
    fc.double({ min: -2e6, max: 2e6, noNaN: true }),
    // Halves at every place the formatters round to: 0,5 €, 1,005 €, 7,45 %…
    fc
      .tuple(fc.integer({ min: -1e7, max: 1e7 }), fc.integer({ min: 0, max: 6 }))
      .map(([k, places]) => (k + 0.5) / 10 ** places),
    fc.constantFrom(-0, 0, 1.005, 0.0745, -1234.25, 999.95, 5e-324, 1e21, Number.MAX_VALUE),
  )
  afterEach(() => setNumberLocale('fr'))

  for (const [locale, intlLocale] of [
    ['fr', 'fr-FR'],
    ['en', 'en-GB'],
  ] as const) {
    it.each(Object.keys(OURS) as (keyof typeof OURS)[])(`%s in ${intlLocale}`, (name) => {
      setNumberLocale(locale)
      const intl = new Intl.NumberFormat(intlLocale, { signDisplay: 'negative', ...INTL[name] })
      fc.assert(
        fc.property(numbers, (n) => {
          expect(OURS[name](n)).toBe(intl.format(n))
        }),
        { numRuns: 3000 },
      )
    })
  }
})
