import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CREATION_DATES, modelDate, readCreationDate } from '../../src/domain'

describe('readCreationDate', () => {
  it('takes every day of 2026, from 1 January to 31 December', () => {
    expect(CREATION_DATES).toEqual({ min: '2026-01-01', max: '2026-12-31' })
    const day = new Date(Date.UTC(2026, 0, 1))
    let days = 0
    while (day.getUTCFullYear() === 2026) {
      const iso = day.toISOString().slice(0, 10)
      expect(readCreationDate(iso)).toEqual({ ok: true, value: iso })
      day.setUTCDate(day.getUTCDate() + 1)
      days += 1
    }
    expect(days).toBe(365)
  })

  it.each([
    ['2026-02-29', 'format'],
    ['2026-13-01', 'format'],
    ['2026-3-1', 'format'],
    ['', 'format'],
    ['2025-12-31', 'range'],
    ['2027-01-01', 'range'],
    ['1899-12-31', 'range'],
  ] as const)('refuses %s (%s)', (text, reason) => {
    expect(readCreationDate(text)).toEqual({ ok: false, reason })
  })

  it('never takes a text that is not a day of 2026', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (text) => {
        const read = readCreationDate(text)
        if (read.ok) expect(read.value).toMatch(/^2026-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)
      }),
    )
  })

  it('writes the date as modele-social reads dates', () => {
    expect(modelDate('2026-03-01')).toBe('01/03/2026')
  })
})

describe('readCreationDate, years typed digit by digit', () => {
  it.each(['0015-03-01', '0202-03-01', '0002-12-31', '1900-02-28'])(
    '%s is a real day of another year: refused as out of range, not as incomplete',
    (text) => {
      expect(readCreationDate(text)).toEqual({ ok: false, reason: 'range' })
    },
  )

  it.each(['0015-02-29', '1900-02-29', '0202-04-31'])('%s is no day at all', (text) => {
    expect(readCreationDate(text)).toEqual({ ok: false, reason: 'format' })
  })
})
