import type { StatusResult } from '../model'
import { cents } from '../rules'

/** The optional amounts of a result, rounded to the cent like the others. */
const OPTIONAL_AMOUNTS = [
  'employerCostEurPerYear',
  'ceilingEurPerYear',
  'grossSalaryEurPerYear',
  'employeeContributionsEurPerYear',
  'employerContributionsEurPerYear',
  'healthAndProvidentEurPerYear',
  'unspentBudgetEurPerYear',
] as const satisfies readonly (keyof StatusResult)[]

/** Rounds a status's figures to the cent and derives the income tax. */
export function figures(result: Omit<StatusResult, 'incomeTaxEurPerYear'>): StatusResult {
  const netBefore = cents(result.netBeforeTaxEurPerYear)
  const netAfter = cents(result.netAfterTaxEurPerYear)
  const rounded: StatusResult = {
    ...result,
    grossOrTurnoverEurPerYear: cents(result.grossOrTurnoverEurPerYear),
    contributionsEurPerYear: cents(result.contributionsEurPerYear),
    netBeforeTaxEurPerYear: netBefore,
    netAfterTaxEurPerYear: netAfter,
    incomeTaxEurPerYear: cents(netBefore - netAfter),
  }
  for (const key of OPTIONAL_AMOUNTS) {
    const amount = result[key]
    if (amount !== undefined) rounded[key] = cents(amount)
  }
  return rounded
}

/** A first guess for x at which y reaches the target, scaling a known point (or by a slope). */
export function proportional(
  known: { x: number; y: number },
  target: number,
  slope: number,
): number {
  if (known.y > 1000 && known.x > 0) return (known.x * target) / known.y
  return known.x + (target - known.y) / slope
}
