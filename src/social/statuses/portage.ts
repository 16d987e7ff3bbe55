import type { SocialInputs } from '../model'
import { createProtectionMemo, protectionReaders } from '../protection'
import { cents, type HouseholdInputs, householdKey, householdSituation, RULES } from '../rules'
import { figures } from './figures'
import { createSalaryPayer, salaryShares } from './salary'
import type { StatusFactory } from './types'

/**
 * Portage salarial (not in modele-social, approximated): the portage company keeps its fee,
 * reimburses the expenses, and spends the rest as the employer's total cost of a cadre salary.
 */
export const createPortageModel: StatusFactory = ({ session, cached }) => {
  const payer = createSalaryPayer(
    session,
    (gross, household) => ({
      [RULES.gross]: gross,
      [RULES.executive]: 'oui',
      [RULES.director]: 'non',
      ...householdSituation(household),
    }),
    {
      cost: RULES.employerCost,
      netBeforeTax: RULES.netBeforeTax,
      netAfterTax: RULES.netAfterTax,
    },
  )
  const budgetOf = (inputs: SocialInputs) =>
    inputs.turnoverEurPerYear * (1 - inputs.portageFeeRate) - inputs.expensesEurPerYear
  const keyOf = (employerCost: number, household: HouseholdInputs) =>
    `portage|${cents(employerCost)}|${householdKey(household)}`
  const protection = createProtectionMemo('salaried')
  const model = (employerCost: number, household: HouseholdInputs) =>
    cached(keyOf(employerCost, household), () => {
      const salary = payer.forCost(employerCost, household)
      if (salary.read) protection.record(keyOf(employerCost, household), salary.read)
      return figures({
        grossOrTurnoverEurPerYear: 0,
        contributionsEurPerYear: salary.contributionsEurPerYear,
        netBeforeTaxEurPerYear: salary.netBeforeTaxEurPerYear,
        netAfterTaxEurPerYear: salary.netAfterTaxEurPerYear,
        official: false,
        employerCostEurPerYear: salary.employerCostEurPerYear,
        ...salaryShares(salary, employerCost),
      })
    })
  const compute = (inputs: SocialInputs) => {
    const turnover = inputs.turnoverEurPerYear
    const fee = turnover * inputs.portageFeeRate
    return {
      ...model(turnover - fee - inputs.expensesEurPerYear, inputs),
      grossOrTurnoverEurPerYear: turnover,
      managementFeeEurPerYear: cents(fee),
    }
  }
  return {
    status: 'portage',
    compute,
    // Keyed by the employer cost the budget pays: turnover less the fee and the expenses.
    ...protectionReaders(protection, compute, (inputs) => {
      const turnover = inputs.turnoverEurPerYear
      return keyOf(turnover - turnover * inputs.portageFeeRate - inputs.expensesEurPerYear, inputs)
    }),
    breakEven: {
      key: (inputs) => String(inputs.portageFeeRate),
      search: (inputs, cdiNet) =>
        payer.breakEvenSearch(
          inputs,
          cdiNet,
          compute(inputs).netAfterTaxEurPerYear,
          budgetOf,
          (cost, at) => (cost + at.expensesEurPerYear) / (1 - at.portageFeeRate),
        ),
    },
  }
}
