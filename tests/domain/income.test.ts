import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { annualRevenue, breakEvenTjm, compareGross, daysNeeded } from '../../src/domain'

describe('annualRevenue', () => {
  it.each([
    [650, 212, 137_800],
    [492.5, 212, 104_410],
    [0, 212, 0],
    [500, 0, 0],
  ])('%s €/day × %s days = %s €', (tjm, days, revenue) => {
    expect(annualRevenue(tjm, days)).toBe(revenue)
  })

  it.each([
    [-1, 200, /tjmEurPerDay must be at least 0/],
    [Number.NaN, 200, /tjmEurPerDay must be a number/],
    [500, 367, /days must be at most 366/],
    [500, Number.NEGATIVE_INFINITY, /days must be finite/],
  ])('refuses (%s, %s)', (tjm, days, message) => {
    expect(() => annualRevenue(tjm, days)).toThrow(RangeError)
    expect(() => annualRevenue(tjm, days)).toThrow(message)
  })

  it('never decreases with days or rate, and is never NaN', () => {
    const rate = fc.double({ min: 0, max: 100_000, noNaN: true })
    const days = fc.double({ min: 0, max: 366, noNaN: true })
    fc.assert(
      fc.property(rate, rate, days, days, (r1, r2, d1, d2) => {
        const [rLo, rHi] = r1 <= r2 ? [r1, r2] : [r2, r1]
        const [dLo, dHi] = d1 <= d2 ? [d1, d2] : [d2, d1]
        const low = annualRevenue(rLo, dLo)
        expect(Number.isNaN(low)).toBe(false)
        expect(annualRevenue(rHi, dLo)).toBeGreaterThanOrEqual(low)
        expect(annualRevenue(rLo, dHi)).toBeGreaterThanOrEqual(low)
      }),
    )
  })
})

describe('breakEvenTjm and daysNeeded', () => {
  it('finds the rate that yields the target', () => {
    expect(breakEvenTjm(97_193, 212)).toBeCloseTo(458.4575, 3)
    expect(annualRevenue(breakEvenTjm(100_000, 200), 200)).toBeCloseTo(100_000, 6)
  })

  it('finds the days needed at a rate', () => {
    expect(daysNeeded(97_193, 650)).toBeCloseTo(149.528, 3)
  })

  it('refuses a zero divisor rather than returning Infinity', () => {
    expect(() => breakEvenTjm(1000, 0)).toThrow(/days must be more than 0/)
    expect(() => breakEvenTjm(1000, 5e-324)).toThrow(/days must be more than 0/)
    expect(() => daysNeeded(1000, 5e-324)).toThrow(/tjmEurPerDay must be more than 0/)
    expect(() => daysNeeded(1000, 0)).toThrow(/tjmEurPerDay must be more than 0/)
    expect(() => breakEvenTjm(-1, 10)).toThrow(/targetAnnualEur must be at least 0/)
  })
})

describe('compareGross', () => {
  it('compares the default scenario with the Glassdoor mean', () => {
    const c = compareGross(492.5, 212, 97_193)
    expect(c.revenueEurPerYear).toBe(104_410)
    expect(c.revenueEurPerMonth).toBeCloseTo(8700.83, 2)
    expect(c.differenceEurPerYear).toBe(7217)
    expect(c.differenceRatio).toBeCloseTo(0.07425, 5)
    expect(c.breakEvenTjmEurPerDay).toBeCloseTo(458.4575, 3)
    expect(c.daysNeeded).toBeCloseTo(197.346, 3)
  })

  it('gives null, never Infinity, where a figure has no meaning', () => {
    expect(compareGross(0, 0, 0)).toMatchObject({
      differenceRatio: null,
      breakEvenTjmEurPerDay: null,
      daysNeeded: null,
    })
  })
})
