import type { SocialInputs } from '../model'
import { createProtectionMemo } from '../protection'
import { cents, type HouseholdInputs, householdKey, householdSituation, RULES } from '../rules'
import { figures } from './figures'
import { createSalaryPayer, salaryShares } from './salary'
import type { StatusFactory } from './types'

/**
 * SASU: the whole margin (turnover − expenses) is paid to the president as remuneration
 * (`dirigeant . rémunération . totale`, which is the employer's total cost of the salary).
 */
export const createSasuModel: StatusFactory = ({ session, cached }) => {
  const payer = createSalaryPayer(
    session,
    (gross, household) => ({
      [RULES.legalForm]: "'SAS'",
      [RULES.partners]: "'unique'",
      [RULES.gross]: gross,
      ...householdSituation(household),
    }),
    {
      cost: RULES.remunerationTotal,
      netBeforeTax: RULES.remunerationNet,
      netAfterTax: RULES.remunerationNetAfterTax,
    },
  )
  const marginOf = (inputs: SocialInputs) => inputs.turnoverEurPerYear - inputs.expensesEurPerYear
  const keyOf = (margin: number, household: HouseholdInputs) =>
    `sasu|${cents(margin)}|${householdKey(household)}`
  const protection = createProtectionMemo('salaried')
  const model = (margin: number, household: HouseholdInputs) =>
    cached(keyOf(margin, household), () => {
      const salary = payer.forCost(margin, household)
      if (salary.read) protection.record(keyOf(margin, household), salary.read)
      return figures({
        grossOrTurnoverEurPerYear: margin,
        contributionsEurPerYear: salary.contributionsEurPerYear,
        netBeforeTaxEurPerYear: salary.netBeforeTaxEurPerYear,
        netAfterTaxEurPerYear: salary.netAfterTaxEurPerYear,
        official: true,
        ...salaryShares(salary, margin),
      })
    })
  const compute = (inputs: SocialInputs) => ({
    ...model(marginOf(inputs), inputs),
    grossOrTurnoverEurPerYear: inputs.turnoverEurPerYear,
  })
  return {
    status: 'sasu',
    compute,
    protection: (inputs) => {
      compute(inputs)
      return protection.at(keyOf(marginOf(inputs), inputs))
    },
    situation: (inputs) => {
      compute(inputs)
      return protection.situationAt(keyOf(marginOf(inputs), inputs))
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
