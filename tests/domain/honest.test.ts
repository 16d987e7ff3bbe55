import { describe, expect, it } from 'vitest'
import {
  calculate,
  defaultInputs,
  FORFAIT_JOURS_DAYS_PER_YEAR,
  householdFromParts,
  householdParts,
  plausibility,
} from '../../src/domain'
import { splitAtCeiling } from '../../src/social/page'

describe('plausibility', () => {
  const base = {
    billableDays: 212,
    workingDays: 252,
    tjmEurPerDay: 492.5,
    bandMaxEurPerDay: 510,
    salaryGrossEurPerYear: 97_193,
    salaryMaxEurPerYear: 105_000,
  }
  it.each([
    [{}, { daysAboveWorkingDays: false, tjmFarAboveBand: false, salaryFarAboveMax: false }],
    [{ billableDays: 253 }, { daysAboveWorkingDays: true }],
    [{ tjmEurPerDay: 5_101 }, { tjmFarAboveBand: true }],
    [{ tjmEurPerDay: 5_100 }, { tjmFarAboveBand: false }],
    [{ salaryGrossEurPerYear: 1_050_001 }, { salaryFarAboveMax: true }],
  ])('%o → %o', (over, flags) => {
    expect(plausibility({ ...base, ...over })).toMatchObject(flags)
  })

  it('comes with the results: 300 days in 2026 look wrong', () => {
    const results = calculate({ ...defaultInputs(2026), billableDays: 300 })
    expect(results.plausibility.daysAboveWorkingDays).toBe(true)
  })
})

describe('household parts', () => {
  it.each([
    [{ couple: false, children: 0, singleParent: false }, 1],
    [{ couple: false, children: 1, singleParent: false }, 1.5],
    [{ couple: false, children: 1, singleParent: true }, 2],
    [{ couple: true, children: 1, singleParent: true }, 2.5],
    [{ couple: true, children: 3, singleParent: false }, 4],
  ])('%o → %s parts', (household, parts) => {
    expect(householdParts(household)).toBe(parts)
  })

  it.each([1, 1.5, 2, 2.5, 3, 4, 5])('parts %s → a household of those parts', (parts) => {
    expect(householdParts(householdFromParts(parts))).toBe(parts)
  })
})

it('the forfait jours is 218 days a year', () => {
  expect(FORFAIT_JOURS_DAYS_PER_YEAR).toBe(218)
})

describe('the micro-entreprise’s line split at its ceiling', () => {
  const row = (days: number, turnover: number) => ({
    days,
    turnoverEurPerYear: turnover,
    cdi: 1,
    micro: days,
    eurl: 0,
    eurlIs: 0,
    sasu: 0,
    portage: 0,
    current: false,
  })
  it('solid within the ceiling, dashed from the last point within it', () => {
    const rows = splitAtCeiling([row(100, 50_000), row(120, 80_000), row(140, 90_000)], 83_600)
    expect(rows.map((r) => [r.microWithin, r.microBeyond])).toEqual([
      [100, null],
      [120, 120],
      [null, 140],
    ])
    // The table keeps every value.
    expect(rows.map((r) => r.micro)).toEqual([100, 120, 140])
  })
})
