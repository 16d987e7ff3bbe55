import { cents, eurPerYear, householdKey, householdSituation, RULES } from '../rules'
import { figures } from './figures'
import type { StatusFactory } from './types'

/**
 * CDI cadre: the gross salary is an input, one evaluation; besides the nets, the employer's cost,
 * both shares of contributions and the company health and provident cover.
 */
export const createCdiModel: StatusFactory = ({ session, cached }) => ({
  status: 'cdi',
  compute: (inputs) =>
    cached(`cdi|${cents(inputs.cdiGrossEurPerYear)}|${householdKey(inputs)}`, () => {
      const gross = inputs.cdiGrossEurPerYear
      const read = session.evaluate({
        [RULES.gross]: eurPerYear(gross),
        [RULES.executive]: 'oui',
        // Without `dirigeant: non` the model takes the person for a company director and
        // computes no income tax on the salary.
        [RULES.director]: 'non',
        ...householdSituation(inputs),
      })
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
    }),
})
