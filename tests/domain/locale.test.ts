import { afterEach, describe, expect, it } from 'vitest'
import {
  formatEur,
  formatEurCents,
  formatPercent,
  readNumber,
  setNumberLocale,
  writeNumber,
} from '../../src/domain'
import { formatDay } from '../../src/domain/day'

const LIMITS = { min: 0, max: 10_000_000, integer: false }

afterEach(() => setNumberLocale('fr'))

describe('numbers in the page’s language', () => {
  it('are written in French by default, in English once the page is', () => {
    expect([formatEur(104410), formatEurCents(492.5), formatPercent(0.074)]).toEqual([
      '104\u202f410\u00a0€',
      '492,5\u00a0€',
      '+7,4\u00a0%',
    ])
    expect(formatDay('2026-01-01', 'fr')).toBe('jeudi 1 janvier')
    setNumberLocale('en')
    expect([formatEur(104410), formatEurCents(492.5), formatPercent(0.074)]).toEqual([
      '€104,410',
      '€492.5',
      '+7.4%',
    ])
    expect(formatDay('2026-01-01', 'en')).toBe('Thursday 1 January')
    // Never "-0" in either language.
    expect(formatEur(-0.3)).toBe('€0')
  })

  it('are read as each language writes them: a comma groups thousands only in English', () => {
    expect(readNumber('104 410', LIMITS)).toEqual({ ok: true, value: 104410 })
    expect(readNumber('12,5', LIMITS)).toEqual({ ok: true, value: 12.5 })
    expect(writeNumber(12.5)).toBe('12,5')
    setNumberLocale('en')
    expect(readNumber('104,410', LIMITS)).toEqual({ ok: true, value: 104410 })
    expect(readNumber('€1,104,410.5', LIMITS)).toEqual({ ok: true, value: 1104410.5 })
    expect(readNumber('12.5', LIMITS)).toEqual({ ok: true, value: 12.5 })
    // A comma that does not group three digits is a decimal comma typed by habit.
    expect(readNumber('12,5', LIMITS)).toEqual({ ok: true, value: 12.5 })
    expect(writeNumber(12.5)).toBe('12.5')
    // A comma before four digits or more is neither: 10 000 or 1? Refused, never guessed.
    expect(readNumber('1,0000', LIMITS)).toEqual({ ok: false, reason: 'notNumber' })
    expect(readNumber('104,41000', LIMITS)).toEqual({ ok: false, reason: 'notNumber' })
    // In French it stays a decimal comma: 1,0000 is 1.
    setNumberLocale('fr')
    expect(readNumber('1,0000', LIMITS)).toEqual({ ok: true, value: 1 })
  })
})
