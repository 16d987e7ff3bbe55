import type { SocialInputs } from '../model'
import { createProtectionMemo } from '../protection'
import { cents, eurPerYear, householdSituation, RULES } from '../rules'
import { figures } from './figures'
import type { StatusFactory } from './types'

/** CDI cadre: the gross salary is an input, one evaluation. */
export const createCdiModel: StatusFactory = ({ session, cached }) => {
  const keyOf = ({ cdiGrossEurPerYear: gross, householdParts }: SocialInputs) =>
    `cdi|${cents(gross)}|${householdParts}`
  const protection = createProtectionMemo('salaried')
  const compute = (inputs: SocialInputs) => {
    const { cdiGrossEurPerYear: gross, householdParts } = inputs
    const key = keyOf(inputs)
    return cached(key, () => {
      const read = session.evaluate({
        [RULES.gross]: eurPerYear(gross),
        [RULES.executive]: 'oui',
        // Without `dirigeant: non` the model takes the person for a company director and
        // computes no income tax on the salary.
        [RULES.director]: 'non',
        ...householdSituation(householdParts),
      })
      protection.record(key, read)
      const netBefore = read.eur(RULES.netBeforeTax)
      return figures({
        grossOrTurnoverEurPerYear: gross,
        contributionsEurPerYear: gross - netBefore,
        netBeforeTaxEurPerYear: netBefore,
        netAfterTaxEurPerYear: read.eur(RULES.netAfterTax),
        official: true,
        employerCostEurPerYear: read.eur(RULES.employerCost),
      })
    })
  }
  return {
    status: 'cdi',
    compute,
    protection: (inputs) => {
      compute(inputs)
      return protection.at(keyOf(inputs))
    },
  }
}
