import { describe, expect, it } from 'vitest'
import { FORFAIT_JOURS_DAYS_PER_YEAR } from '../../src/domain'
import { companyView } from '../../src/domain/company'

describe('companyView', () => {
  it.each([
    // days a week, working days, leave, TJM, CDI employer cost → mission days, CDI, freelance, cheaper
    [2, 252, 25, 492.5, 140_000, 90.8, 58_311.93, 44_719, 'freelance'],
    [5, 252, 25, 700, 140_000, 227, 145_779.82, 158_900, 'cdi'],
    [0.5, 252, 25, 0, 0, 22.7, 0, 0, 'cdi'],
  ] as const)(
    '%s d/week, %s days, %s leave, %s €/day, %s €/year',
    (dpw, working, leave, tjm, cost, days, cdi, freelance, cheaper) => {
      const view = companyView({
        missionDaysPerWeek: dpw,
        workingDays: working,
        paidLeaveDays: leave,
        tjmEurPerDay: tjm,
        cdiEmployerCostEurPerYear: cost,
      })
      expect(view.missionDaysPerYear).toBeCloseTo(days, 6)
      expect(view.cdiCostEurPerDay).toBeCloseTo(cost / FORFAIT_JOURS_DAYS_PER_YEAR, 6)
      expect(view.cdiCostEurPerYear).toBeCloseTo(cdi, 1)
      expect(view.freelanceCostEurPerYear).toBeCloseTo(freelance, 6)
      expect(view.cheaper).toBe(cheaper)
      expect(view.savingEurPerYear).toBeCloseTo(Math.abs(cdi - freelance), 1)
    },
  )

  it('a cadre au forfait jours works 218 days', () => {
    expect(FORFAIT_JOURS_DAYS_PER_YEAR).toBe(218)
  })
})
