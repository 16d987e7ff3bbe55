import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatEur, formatEurCents, formatNumber, formatPercent } from '../../src/domain'

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
