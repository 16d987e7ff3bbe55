import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { allBands, ctoFrance, MAX_EXPERIENCE_YEARS, tjmBandFor } from '../../src/domain'

describe('tjmBandFor', () => {
  it.each([
    [0, "Moins d'un an", 475, 510],
    [0.99, "Moins d'un an", 475, 510],
    [1, '1-2 ans', 425, 445],
    [2.9, '1-2 ans', 425, 445],
    [2.99, '1-2 ans', 425, 445],
    [3, '3-4 ans', 525, 545],
    [5, '5-10 ans', 450, 488],
    [10.99, '5-10 ans', 450, 488],
    [11, '11-15 ans', 650, 685],
    [15.5, '11-15 ans', 650, 685],
    [15.99, '11-15 ans', 650, 685],
    [16, 'Plus de 15 ans', 400, 775],
    [40, 'Plus de 15 ans', 400, 775],
    [50, 'Plus de 15 ans', 400, 775],
  ])('%s years → %s (%s–%s €)', (years, label, min, max) => {
    const band = tjmBandFor(years)
    expect(band.label).toBe(label)
    expect(band.rate).toEqual({ min, max })
    expect(band.midpointEurPerDay).toBe((min + max) / 2)
  })

  it('gives the last band its low, high and top-earner ranges, and no spread elsewhere', () => {
    expect(tjmBandFor(16).spread).toEqual({
      low: { min: 400, max: 475 },
      high: { min: 701, max: 775 },
      top: { min: 1001, max: 1075 },
    })
    expect(tjmBandFor(16).toYears).toBeNull()
    expect(tjmBandFor(12).spread).toBeNull()
  })

  it('gives the year range of the band', () => {
    expect(tjmBandFor(7)).toMatchObject({ fromYears: 5, toYears: 11, index: 3 })
  })

  it.each([
    [-1, /years must be at least 0/],
    [Number.NaN, /years must be a number/],
    [Number.POSITIVE_INFINITY, /years must be finite/],
    [51, /years must be at most 50/],
  ])('refuses %s with a RangeError naming the argument', (years, message) => {
    expect(() => tjmBandFor(years)).toThrow(RangeError)
    expect(() => tjmBandFor(years)).toThrow(message)
  })

  it('puts every finite experience in exactly one band', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: MAX_EXPERIENCE_YEARS, noNaN: true }), (years) => {
        const completed = Math.floor(years)
        const matching = ctoFrance.tjm.bands.filter(
          (b) => completed >= b.fromYears && (b.toYears === null || completed < b.toYears),
        )
        expect(matching).toHaveLength(1)
        expect(tjmBandFor(years).label).toBe(matching[0]?.label)
      }),
    )
  })

  it('lists all six bands in order', () => {
    expect(allBands().map((b) => b.label)).toEqual([
      "Moins d'un an",
      '1-2 ans',
      '3-4 ans',
      '5-10 ans',
      '11-15 ans',
      'Plus de 15 ans',
    ])
  })
})
