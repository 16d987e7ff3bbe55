import { describe, expect, it } from 'vitest'
import { tjmBandFor } from '../../src/domain'
import {
  grossComparisonSeries,
  REVENUE_CHART_DAYS,
  revenueByDaysSeries,
  tjmByExperienceSeries,
} from '../../src/domain/chart-data'

describe('tjmByExperienceSeries', () => {
  it('gives one floating bar per band, flags the current one, and the top earners apart', () => {
    const rows = tjmByExperienceSeries(4)
    expect(rows.map((r) => [r.label, r.range, r.topRange, r.current])).toEqual([
      ["Moins d'un an", [475, 510], null, false],
      ['1-2 ans', [425, 445], null, false],
      ['3-4 ans', [525, 545], null, false],
      ['5-10 ans', [450, 488], null, false],
      ['11-15 ans', [650, 685], null, true],
      ['Plus de 15 ans', [400, 775], [1001, 1075], false],
    ])
  })
})

describe('revenueByDaysSeries', () => {
  it('spans 100 to 260 days every 10 days for min, midpoint, max and own TJM', () => {
    const rows = revenueByDaysSeries(tjmBandFor(12), 700, 215)
    expect(rows[0]).toEqual({ days: 100, min: 65_000, mid: 66_750, max: 68_500, own: 70_000 })
    expect(rows.at(-1)?.days).toBe(REVENUE_CHART_DAYS.to)
    expect(rows.map((r) => r.days)).toContain(215)
    expect(rows).toHaveLength(18)
  })

  it('adds the own days only when they fall inside the range, without duplicates', () => {
    expect(revenueByDaysSeries(tjmBandFor(0), 500, 50)).toHaveLength(17)
    expect(revenueByDaysSeries(tjmBandFor(0), 500, 200)).toHaveLength(17)
  })

  it('is ordered by days and never decreases along a line', () => {
    const rows = revenueByDaysSeries(tjmBandFor(20), 900, 187.4)
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1], rows[i]]
      expect(b?.days).toBeGreaterThan(a?.days ?? 0)
      expect(b?.own).toBeGreaterThanOrEqual(a?.own ?? 0)
    }
  })
})

describe('grossComparisonSeries', () => {
  it('puts freelance revenue beside the CDI gross salary', () => {
    expect(grossComparisonSeries(104_410, 97_193).map((b) => [b.key, b.eurPerYear])).toEqual([
      ['freelance', 104_410],
      ['cdi', 97_193],
    ])
  })
})
