import type { SplitPoint } from '../company-inputs'
import type { SocialInputs, StatusResult } from '../model'
import { cents } from '../rules'
import type { Distribution } from './company'
import { figures } from './figures'
import type { SalaryFigures } from './salary'

/**
 * A company director's figures from a salary and the company's distribution: contributions are
 * the salary's plus the dividends' levies, the nets add the salary's and the dividends'; the
 * corporate tax and the profit kept in the company are extra figures, never net; `shares` are the
 * salary's own figures (shares of contributions, …) where they describe the status whole.
 */
export function splitFigures(
  inputs: SocialInputs,
  salary: SalaryFigures,
  d: Distribution,
  netWithOtherMethod: number | null,
  curve: SplitPoint[],
  shares: Partial<StatusResult> = {},
): StatusResult {
  const result = figures({
    ...shares,
    grossOrTurnoverEurPerYear: inputs.turnoverEurPerYear,
    contributionsEurPerYear: salary.contributionsEurPerYear + d.dividendsLeviesEurPerYear,
    netBeforeTaxEurPerYear:
      salary.netBeforeTaxEurPerYear + d.dividendsGrossEurPerYear - d.dividendsLeviesEurPerYear,
    netAfterTaxEurPerYear: salary.netAfterTaxEurPerYear + d.dividendsNetAfterTaxEurPerYear,
    official: true,
    extraFigures: {
      salaryGrossEurPerYear: cents(salary.grossEurPerYear),
      salaryCostEurPerYear: cents(salary.employerCostEurPerYear),
      salaryNetAfterTaxEurPerYear: cents(salary.netAfterTaxEurPerYear),
      salaryIncomeTaxEurPerYear: cents(
        salary.netBeforeTaxEurPerYear - salary.netAfterTaxEurPerYear,
      ),
      profitEurPerYear: d.profitEurPerYear,
      corporateTaxEurPerYear: d.corporateTaxEurPerYear,
      dividendsGrossEurPerYear: d.dividendsGrossEurPerYear,
      dividendsLeviesEurPerYear: d.dividendsLeviesEurPerYear,
      dividendsIncomeTaxEurPerYear: d.dividendsIncomeTaxEurPerYear,
      dividendsNetAfterTaxEurPerYear: d.dividendsNetAfterTaxEurPerYear,
      keptInCompanyEurPerYear: d.keptInCompanyEurPerYear,
      ...(netWithOtherMethod === null
        ? {}
        : { netAfterTaxOtherMethodEurPerYear: netWithOtherMethod }),
    },
  })
  return curve.length > 0 ? { ...result, splitCurve: curve } : result
}
