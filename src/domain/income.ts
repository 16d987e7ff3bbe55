import { assertInRange } from './guards'
import { MAX_DAYS, MAX_EUR_PER_YEAR, MAX_TJM_EUR_PER_DAY } from './limits'

export { MAX_EUR_PER_YEAR, MAX_TJM_EUR_PER_DAY }

/** `a / b`, or null when it has no finite value (b zero, or so small the quotient overflows). */
function quotient(a: number, b: number): number | null {
  const q = a / b
  return b > 0 && Number.isFinite(q) ? q : null
}

/**
 * Annual revenue in € from a daily rate and a number of billed days.
 * @example annualRevenue(650, 212) // 137 800
 */
export function annualRevenue(tjmEurPerDay: number, days: number): number {
  assertInRange('tjmEurPerDay', tjmEurPerDay, 0, MAX_TJM_EUR_PER_DAY)
  assertInRange('days', days, 0, MAX_DAYS)
  return tjmEurPerDay * days
}

/**
 * The daily rate in € per day that yields `targetAnnualEur` over `days` billed days.
 * @example breakEvenTjm(97193, 212) // ≈ 458.46
 */
export function breakEvenTjm(targetAnnualEur: number, days: number): number {
  assertInRange('targetAnnualEur', targetAnnualEur, 0, MAX_EUR_PER_YEAR)
  assertInRange('days', days, 0, MAX_DAYS)
  const tjm = quotient(targetAnnualEur, days)
  if (tjm === null) throw new RangeError(`days must be more than 0 to reach a target, got ${days}`)
  return tjm
}

/**
 * Billed days needed at `tjmEurPerDay` to reach `targetAnnualEur`; Infinity is never returned:
 * a zero rate throws.
 * @example daysNeeded(97193, 650) // ≈ 149.5
 */
export function daysNeeded(targetAnnualEur: number, tjmEurPerDay: number): number {
  assertInRange('targetAnnualEur', targetAnnualEur, 0, MAX_EUR_PER_YEAR)
  assertInRange('tjmEurPerDay', tjmEurPerDay, 0, MAX_TJM_EUR_PER_DAY)
  const days = quotient(targetAnnualEur, tjmEurPerDay)
  if (days === null) {
    throw new RangeError(`tjmEurPerDay must be more than 0 to reach a target, got ${tjmEurPerDay}`)
  }
  return days
}

export type GrossComparison = {
  revenueEurPerYear: number
  revenueEurPerMonth: number
  salaryGrossEurPerYear: number
  /** Revenue minus salary, in € per year. */
  differenceEurPerYear: number
  /** Difference as a share of the salary (0.1 = +10 %); null when the salary is 0 or near it. */
  differenceRatio: number | null
  /** TJM that matches the salary with the billed days; null when days are 0. */
  breakEvenTjmEurPerDay: number | null
  /** Billed days that match the salary at the TJM; null when the TJM is 0. */
  daysNeeded: number | null
}

/**
 * Gross comparison of freelance revenue (TJM × days) with a CDI gross salary (CDI: contrat à durée
 * indéterminée, the permanent salaried job), before any contribution or tax.
 */
export function compareGross(
  tjmEurPerDay: number,
  days: number,
  salaryGrossEurPerYear: number,
): GrossComparison {
  const revenueEurPerYear = annualRevenue(tjmEurPerDay, days)
  assertInRange('salaryGrossEurPerYear', salaryGrossEurPerYear, 0, MAX_EUR_PER_YEAR)
  const differenceEurPerYear = revenueEurPerYear - salaryGrossEurPerYear
  return {
    revenueEurPerYear,
    revenueEurPerMonth: revenueEurPerYear / 12,
    salaryGrossEurPerYear,
    differenceEurPerYear,
    differenceRatio: quotient(differenceEurPerYear, salaryGrossEurPerYear),
    breakEvenTjmEurPerDay: quotient(salaryGrossEurPerYear, days),
    daysNeeded: quotient(salaryGrossEurPerYear, tjmEurPerDay),
  }
}
