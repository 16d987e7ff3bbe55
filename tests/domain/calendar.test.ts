import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { billableDays, workingDays } from '../../src/domain'

describe('workingDays', () => {
  it('counts 2026: 261 weekdays, 9 holidays on weekdays, 252 working days', () => {
    const y = workingDays(2026)
    expect(y).toMatchObject({ weekdays: 261, holidaysOnWeekdays: 9, workingDays: 252 })
    expect(y.holidays.map((h) => [h.name, h.isoDate, h.onWeekday])).toEqual([
      ["Jour de l'an", '2026-01-01', true],
      ['Lundi de Pâques', '2026-04-06', true],
      ['Fête du travail', '2026-05-01', true],
      ['Victoire des alliés', '2026-05-08', true],
      ['Ascension', '2026-05-14', true],
      ['Lundi de Pentecôte', '2026-05-25', true],
      ['Fête Nationale', '2026-07-14', true],
      ['Assomption', '2026-08-15', false],
      ['Toussaint', '2026-11-01', false],
      ['Armistice', '2026-11-11', true],
      ['Noël', '2026-12-25', true],
    ])
  })

  it('adds Good Friday and St Stephen for Alsace-Moselle', () => {
    const y = workingDays(2026, { alsaceMoselle: true })
    expect(y.holidays.find((h) => h.name === 'Vendredi Saint')?.isoDate).toBe('2026-04-03')
    expect(y.holidays.find((h) => h.name === 'Saint Étienne')?.isoDate).toBe('2026-12-26')
    // 26 December 2026 is a Saturday: only Good Friday removes a day.
    expect(y.workingDays).toBe(251)
  })

  it.each([
    [2024, 262, 252],
    [2025, 261, 251],
    [2027, 261, 254],
    [2028, 260, 251],
  ])('%s has %s weekdays and %s working days', (year, weekdays, working) => {
    expect(workingDays(year)).toMatchObject({ weekdays, workingDays: working })
  })

  it.each([
    [1899, /year must be at least 1900/],
    [2201, /year must be at most 2200/],
    [2026.5, /year must be a whole number/],
    [Number.NaN, /year must be a number/],
  ])('refuses year %s', (year, message) => {
    expect(() => workingDays(year)).toThrow(RangeError)
    expect(() => workingDays(year)).toThrow(message)
  })

  it('puts every holiday in its own year, holidays never exceeding weekdays', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.boolean(), (year, alsaceMoselle) => {
        const y = workingDays(year, { alsaceMoselle })
        expect(y.holidays).toHaveLength(alsaceMoselle ? 13 : 11)
        for (const h of y.holidays) expect(h.isoDate.startsWith(`${year}-`)).toBe(true)
        expect(y.workingDays).toBe(y.weekdays - y.holidaysOnWeekdays)
        expect(y.weekdays).toBeGreaterThanOrEqual(260)
        expect(y.weekdays).toBeLessThanOrEqual(262)
      }),
      { numRuns: 60 },
    )
  })
})

describe('billableDays', () => {
  it('takes 25 days of leave, 10 of bench and 5 others from 2026 by default: 212', () => {
    const b = billableDays({ year: 2026 })
    expect(b.billableDays).toBe(212)
    expect(b.deductions).toEqual([
      { key: 'paidLeave', days: 25 },
      { key: 'bench', days: 10 },
      { key: 'other', days: 5 },
    ])
  })

  it('applies Alsace-Moselle and custom deductions', () => {
    expect(
      billableDays({
        year: 2026,
        alsaceMoselle: true,
        paidLeaveDays: 30,
        benchDays: 0,
        otherDays: 1,
      }).billableDays,
    ).toBe(220)
  })

  it('never goes below zero', () => {
    expect(billableDays({ year: 2026, benchDays: 300 }).billableDays).toBe(0)
  })

  it.each([
    ['paidLeaveDays', { paidLeaveDays: -1 }],
    ['benchDays', { benchDays: 367 }],
    ['otherDays', { otherDays: Number.POSITIVE_INFINITY }],
  ])('refuses a bad %s', (name, opts) => {
    expect(() => billableDays({ year: 2026, ...opts })).toThrow(new RegExp(`^${name} must`))
  })

  it('never exceeds the working days', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2200 }),
        fc.double({ min: 0, max: 366, noNaN: true }),
        fc.double({ min: 0, max: 366, noNaN: true }),
        fc.double({ min: 0, max: 366, noNaN: true }),
        (year, paidLeaveDays, benchDays, otherDays) => {
          const b = billableDays({ year, paidLeaveDays, benchDays, otherDays })
          expect(b.billableDays).toBeLessThanOrEqual(b.workingDays)
          expect(b.billableDays).toBeGreaterThanOrEqual(0)
        },
      ),
      { numRuns: 60 },
    )
  })
})
