import { FORFAIT_JOURS_DAYS_PER_YEAR } from './calendar'

/** What a company weighs for a mission: the days it buys and each way of buying them. */
export type CompanyInputs = {
  /** Days a week the mission takes, 0.5 to 5. */
  missionDaysPerWeek: number
  /** Working days of the year (weekdays minus public holidays), from the calendar. */
  workingDays: number
  /** Paid leave days a year, from the calendar's inputs. */
  paidLeaveDays: number
  /** The freelance's TJM (taux journalier moyen), before VAT, in €/day. */
  tjmEurPerDay: number
  /** What a full-time CDI costs the company a year: gross salary plus employer contributions. */
  cdiEmployerCostEurPerYear: number
}

/** The company's view of a mission: days bought, each option's cost, and the cheaper one. */
export type CompanyView = {
  /** Days a year of the mission: the calendar's working days less paid leave, pro rata. */
  missionDaysPerYear: number
  /** The CDI's employer cost per day worked: a cadre au forfait works 218 days a year. */
  cdiCostEurPerDay: number
  /** A CDI for the mission's share of the week: employer cost per day × mission days. */
  cdiCostEurPerYear: number
  /** A freelance (or portage, invoiced at the same TJM) for the mission, VAT excluded. */
  freelanceCostEurPerYear: number
  /** Which costs the company less ('cdi' when equal), and by how much a year. */
  cheaper: 'cdi' | 'freelance'
  savingEurPerYear: number
}

/**
 * The company's view of a part-time mission: e.g. 2 days a week on a year of 252 working days
 * and 25 days of leave is 90,8 days; at 492,5 €/day a freelance costs 44 719 € HT, a CDI costing
 * 140 000 € a year (642,20 € per day worked over 218 days) 58 312 €.
 */
export function companyView(inputs: CompanyInputs): CompanyView {
  const yearDays = Math.max(0, inputs.workingDays - inputs.paidLeaveDays)
  const missionDaysPerYear = (yearDays * inputs.missionDaysPerWeek) / 5
  const cdiCostEurPerDay = inputs.cdiEmployerCostEurPerYear / FORFAIT_JOURS_DAYS_PER_YEAR
  const cdiCostEurPerYear = cdiCostEurPerDay * missionDaysPerYear
  const freelanceCostEurPerYear = inputs.tjmEurPerDay * missionDaysPerYear
  const cheaper = freelanceCostEurPerYear < cdiCostEurPerYear ? 'freelance' : 'cdi'
  return {
    missionDaysPerYear,
    cdiCostEurPerDay,
    cdiCostEurPerYear,
    freelanceCostEurPerYear,
    cheaper,
    savingEurPerYear: Math.abs(cdiCostEurPerYear - freelanceCostEurPerYear),
  }
}
