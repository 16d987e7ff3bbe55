import type { SocialInputs } from '../model'
import { cents, eurPerYear, householdSituation, RULES, type SocialSituation } from '../rules'
import { figures } from './figures'
import { createSalaryPayer } from './salary'
import type { StatusFactory } from './types'

/**
 * Portage salarial (not in modele-social, approximated): the portage company keeps its fee,
 * reimburses the expenses, and spends the rest as the employer's total cost of a cadre salary.
 */
export const createPortageModel: StatusFactory = ({ session, cached }) => {
  const situationOf = (gross: string, householdParts: number): SocialSituation => ({
    [RULES.gross]: gross,
    [RULES.executive]: 'oui',
    [RULES.director]: 'non',
    ...householdSituation(householdParts),
  })
  const payer = createSalaryPayer(session, situationOf, {
    cost: RULES.employerCost,
    netBeforeTax: RULES.netBeforeTax,
    netAfterTax: RULES.netAfterTax,
  })
  const budgetOf = (inputs: SocialInputs) =>
    inputs.turnoverEurPerYear * (1 - inputs.portageFeeRate) - inputs.expensesEurPerYear
  const model = (employerCost: number, householdParts: number) =>
    cached(`portage|${cents(employerCost)}|${householdParts}`, () => {
      const salary = payer.forCost(employerCost, householdParts)
      return figures({
        grossOrTurnoverEurPerYear: 0,
        contributionsEurPerYear: salary.contributionsEurPerYear,
        netBeforeTaxEurPerYear: salary.netBeforeTaxEurPerYear,
        netAfterTaxEurPerYear: salary.netAfterTaxEurPerYear,
        official: false,
        employerCostEurPerYear: salary.employerCostEurPerYear,
      })
    })
  const compute = (inputs: SocialInputs) => {
    const turnover = inputs.turnoverEurPerYear
    const fee = turnover * inputs.portageFeeRate
    return {
      ...model(turnover - fee - inputs.expensesEurPerYear, inputs.householdParts),
      grossOrTurnoverEurPerYear: turnover,
      managementFeeEurPerYear: cents(fee),
    }
  }
  return {
    status: 'portage',
    compute,
    situation: (inputs) =>
      situationOf(
        eurPerYear(
          // The budget as compute writes it, so that the same salary is solved.
          payer.forCost(
            inputs.turnoverEurPerYear -
              inputs.turnoverEurPerYear * inputs.portageFeeRate -
              inputs.expensesEurPerYear,
            inputs.householdParts,
          ).grossEurPerYear,
        ),
        inputs.householdParts,
      ),
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
