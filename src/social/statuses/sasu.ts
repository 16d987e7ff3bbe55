import type { SocialInputs } from '../model'
import { cents, eurPerYear, householdSituation, RULES, type SocialSituation } from '../rules'
import { figures } from './figures'
import { createSalaryPayer } from './salary'
import type { StatusFactory } from './types'

/**
 * SASU: the whole margin (turnover − expenses) is paid to the president as remuneration
 * (`dirigeant . rémunération . totale`, which is the employer's total cost of the salary).
 */
export const createSasuModel: StatusFactory = ({ session, cached }) => {
  const situationOf = (gross: string, householdParts: number): SocialSituation => ({
    [RULES.legalForm]: "'SAS'",
    [RULES.partners]: "'unique'",
    [RULES.gross]: gross,
    ...householdSituation(householdParts),
  })
  const payer = createSalaryPayer(session, situationOf, {
    cost: RULES.remunerationTotal,
    netBeforeTax: RULES.remunerationNet,
    netAfterTax: RULES.remunerationNetAfterTax,
  })
  const marginOf = (inputs: SocialInputs) => inputs.turnoverEurPerYear - inputs.expensesEurPerYear
  const model = (margin: number, householdParts: number) =>
    cached(`sasu|${cents(margin)}|${householdParts}`, () => {
      const salary = payer.forCost(margin, householdParts)
      return figures({
        grossOrTurnoverEurPerYear: margin,
        contributionsEurPerYear: salary.contributionsEurPerYear,
        netBeforeTaxEurPerYear: salary.netBeforeTaxEurPerYear,
        netAfterTaxEurPerYear: salary.netAfterTaxEurPerYear,
        official: true,
      })
    })
  const compute = (inputs: SocialInputs) => ({
    ...model(marginOf(inputs), inputs.householdParts),
    grossOrTurnoverEurPerYear: inputs.turnoverEurPerYear,
  })
  return {
    status: 'sasu',
    compute,
    situation: (inputs) =>
      situationOf(
        eurPerYear(payer.forCost(marginOf(inputs), inputs.householdParts).grossEurPerYear),
        inputs.householdParts,
      ),
    breakEven: {
      key: () => '',
      search: (inputs, cdiNet) =>
        payer.breakEvenSearch(
          inputs,
          cdiNet,
          compute(inputs).netAfterTaxEurPerYear,
          marginOf,
          (cost, at) => cost + at.expensesEurPerYear,
        ),
    },
  }
}
