import type { SocialInputs } from '../model'
import { createProtectionMemo } from '../protection'
import { cents, householdSituation, RULES } from '../rules'
import { figures } from './figures'
import { createSalaryPayer } from './salary'
import type { StatusFactory } from './types'

/**
 * SASU: the whole margin (turnover − expenses) is paid to the president as remuneration
 * (`dirigeant . rémunération . totale`, which is the employer's total cost of the salary).
 */
export const createSasuModel: StatusFactory = ({ session, cached }) => {
  const payer = createSalaryPayer(
    session,
    (gross, householdParts) => ({
      [RULES.legalForm]: "'SAS'",
      [RULES.partners]: "'unique'",
      [RULES.gross]: gross,
      ...householdSituation(householdParts),
    }),
    {
      cost: RULES.remunerationTotal,
      netBeforeTax: RULES.remunerationNet,
      netAfterTax: RULES.remunerationNetAfterTax,
    },
  )
  const marginOf = (inputs: SocialInputs) => inputs.turnoverEurPerYear - inputs.expensesEurPerYear
  const keyOf = (margin: number, householdParts: number) =>
    `sasu|${cents(margin)}|${householdParts}`
  const protection = createProtectionMemo('salaried')
  const model = (margin: number, householdParts: number) =>
    cached(keyOf(margin, householdParts), () => {
      const salary = payer.forCost(margin, householdParts)
      if (salary.read) protection.record(keyOf(margin, householdParts), salary.read)
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
    protection: (inputs) => {
      compute(inputs)
      return protection.at(keyOf(marginOf(inputs), inputs.householdParts))
    },
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
