import { cents, eurPerYear, householdSituation, RULES, type SocialSituation } from '../rules'
import { figures } from './figures'
import type { StatusFactory } from './types'

/** The CDI cadre's situation at a gross salary. */
const situationOf = (gross: number, householdParts: number): SocialSituation => ({
  [RULES.gross]: eurPerYear(gross),
  [RULES.executive]: 'oui',
  // Without `dirigeant: non` the model takes the person for a company director and
  // computes no income tax on the salary.
  [RULES.director]: 'non',
  ...householdSituation(householdParts),
})

/** CDI cadre: the gross salary is an input, one evaluation. */
export const createCdiModel: StatusFactory = ({ session, cached }) => ({
  status: 'cdi',
  situation: (inputs) => situationOf(inputs.cdiGrossEurPerYear, inputs.householdParts),
  compute: ({ cdiGrossEurPerYear: gross, householdParts }) =>
    cached(`cdi|${cents(gross)}|${householdParts}`, () => {
      const read = session.evaluate(situationOf(gross, householdParts))
      const netBefore = read.eur(RULES.netBeforeTax)
      return figures({
        grossOrTurnoverEurPerYear: gross,
        contributionsEurPerYear: gross - netBefore,
        netBeforeTaxEurPerYear: netBefore,
        netAfterTaxEurPerYear: read.eur(RULES.netAfterTax),
        official: true,
        employerCostEurPerYear: read.eur(RULES.employerCost),
      })
    }),
})
