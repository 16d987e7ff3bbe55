import { MAX_SOLVE_EUR, solveOnCurve } from '../curve'
import type { SocialInputs } from '../model'
import {
  cents,
  eurPerYear,
  householdSituation,
  RULES,
  SocialModelError,
  type SocialSituation,
} from '../rules'
import type { Reader } from '../session'
import { PointMemo, type Probe } from '../solve'
import { figures } from './figures'
import { turnoverSearch } from './micro'
import type { StatusFactory } from './types'

/** A solved situation and a reader of its figures. */
interface Solved {
  read: Reader
  situation: SocialSituation
}

/**
 * EI / EURL at the income tax (indépendant): the model finds the revenu professionnel by solving
 * `CA = revenu professionnel + charges + cotisations(revenu professionnel)` from scratch (10–25
 * evaluations); here it is set in the situation and solved from the previous solutions.
 */
export const createEurlModel: StatusFactory = ({ session, cached }) => {
  // CA − charges by revenu professionnel: a curve that does not depend on the household.
  const curve = new PointMemo()
  // The situation solved for the inputs, and a reader of its figures.
  const solve = (inputs: SocialInputs) => {
    const { turnoverEurPerYear: turnover, expensesEurPerYear: expenses, householdParts } = inputs
    const target = turnover - expenses
    // y = revenu professionnel + deductible contributions, which must equal CA − charges.
    const probe = (professionalIncome: number): Probe<Solved> => {
      const x = cents(professionalIncome)
      const situation: SocialSituation = {
        [RULES.legalForm]: "'SARL'",
        [RULES.partners]: "'unique'",
        [RULES.taxation]: "'IR'",
        [RULES.turnover]: eurPerYear(turnover),
        [RULES.expenses]: eurPerYear(expenses),
        [RULES.professionalIncome]: eurPerYear(x),
        ...householdSituation(householdParts),
      }
      const read = session.evaluate(situation)
      return { x, y: x + target - read.eur(RULES.taxableProfit), data: { read, situation } }
    }
    const solved = solveOnCurve(probe, curve, {
      target,
      lo: -MAX_SOLVE_EUR,
      hi: MAX_SOLVE_EUR,
      defaultSlope: 1.4,
      side: 'first',
      what: 'EURL revenu professionnel',
    })
    if (solved === null) throw new SocialModelError('no revenu professionnel fits the turnover')
    return solved
  }
  const compute = (inputs: SocialInputs) => {
    const { turnoverEurPerYear: turnover, expensesEurPerYear: expenses, householdParts } = inputs
    return cached(`eurl|${cents(turnover)}|${cents(expenses)}|${householdParts}`, () => {
      const { read } = solve(inputs)
      return figures({
        grossOrTurnoverEurPerYear: turnover,
        contributionsEurPerYear: read.eur(RULES.remunerationContributions),
        netBeforeTaxEurPerYear: read.eur(RULES.remunerationNet),
        netAfterTaxEurPerYear: read.eur(RULES.remunerationNetAfterTax),
        official: true,
      })
    })
  }
  return {
    status: 'eurl',
    compute,
    situation: (inputs) => solve(inputs).situation,
    breakEven: {
      key: () => '',
      search: (inputs, cdiNet) => turnoverSearch(inputs, cdiNet, compute),
    },
  }
}
