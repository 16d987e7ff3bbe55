import type { SocialInputs } from '../model'
import { createProtectionMemo, protectionReaders } from '../protection'
import { cents, eurPerYear, householdKey, householdSituation, RULES } from '../rules'
import { figures } from './figures'
import type { StatusFactory } from './types'

/**
 * CDI cadre: the gross salary is an input, one evaluation; besides the nets, the employer's cost,
 * both shares of contributions and the company health and provident cover.
 */
export const createCdiModel: StatusFactory = ({ session, cached }) => {
  const keyOf = (inputs: SocialInputs) =>
    `cdi|${cents(inputs.cdiGrossEurPerYear)}|${householdKey(inputs)}`
  const protection = createProtectionMemo('salaried')
  const compute = (inputs: SocialInputs) => {
    const { cdiGrossEurPerYear: gross } = inputs
    const key = keyOf(inputs)
    return cached(key, () => {
      const read = session.evaluate({
        [RULES.gross]: eurPerYear(gross),
        [RULES.executive]: 'oui',
        // Without `dirigeant: non` the model takes the person for a company director and
        // computes no income tax on the salary.
        [RULES.director]: 'non',
        ...householdSituation(inputs),
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
        grossSalaryEurPerYear: gross,
        employeeContributionsEurPerYear: read.eur(RULES.employeeContributions),
        employerContributionsEurPerYear: read.eur(RULES.employerContributions),
        healthAndProvidentEurPerYear: read.eur(RULES.healthAndProvident),
      })
    })
  }
  return {
    status: 'cdi',
    compute,
    ...protectionReaders(protection, compute, keyOf),
  }
}
