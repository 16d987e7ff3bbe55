import { curvesByKey, MAX_SOLVE_EUR, solveOnCurve } from '../curve'
import type { SocialInputs } from '../model'
import { createProtectionMemo, protectionReaders } from '../protection'
import {
  acreKey,
  acreSituation,
  type CreatorInputs,
  cents,
  eurPerYear,
  householdKey,
  householdSituation,
  notAnEmployee,
  RULES,
  SocialModelError,
} from '../rules'
import type { Reader } from '../session'
import type { Probe } from '../solve'
import { figures } from './figures'
import { createExactIncomes, incomeSearch, type ManagerPay } from './income-search'
import type { StatusFactory } from './types'

/**
 * The key under which a revenu professionnel solved for `target` (CA − charges, or the EURL à
 * l'IS's total pay: the same equation, `target = revenu professionnel + deductible
 * contributions`) starts the next search for that target (StatusContext.starts).
 */
export const professionalIncomeStartKey = (target: number, inputs: CreatorInputs): string =>
  `revenu professionnel|${acreKey(inputs, 'company')}|${cents(target)}`

/**
 * EI / EURL at the income tax (indépendant): the model finds the revenu professionnel by solving
 * `CA = revenu professionnel + charges + cotisations(revenu professionnel)` from scratch (10–25
 * evaluations); here it is set in the situation and solved from the previous solutions.
 */
export const createEurlModel: StatusFactory = ({ session, cached, starts }) => {
  // CA − charges by revenu professionnel: a curve that does not depend on the household, one
  // without ACRE and one with it (ACRE lowers the contributions).
  const curveOf = curvesByKey((inputs: SocialInputs) => acreKey(inputs, 'company'))
  const keyOf = (inputs: SocialInputs) =>
    `eurl|${cents(inputs.turnoverEurPerYear)}|${cents(inputs.expensesEurPerYear)}|${householdKey(inputs)}|${acreKey(inputs, 'company')}`
  const protection = createProtectionMemo('selfEmployed')
  // The situation at a margin (CA − charges) and a revenu professionnel, and what that revenu
  // professionnel takes out of the margin: CA − charges − résultat fiscal, whatever the margin.
  const payOf = (inputs: SocialInputs): ManagerPay => ({
    read: (margin, income) =>
      session.evaluate({
        [RULES.legalForm]: "'SARL'",
        [RULES.partners]: "'unique'",
        [RULES.taxation]: "'IR'",
        [RULES.turnover]: eurPerYear(cents(inputs.expensesEurPerYear + margin)),
        [RULES.expenses]: eurPerYear(inputs.expensesEurPerYear),
        [RULES.professionalIncome]: eurPerYear(income),
        ...notAnEmployee(),
        ...householdSituation(inputs),
        ...acreSituation(inputs, 'company'),
      }),
    // The margin as set (the turnover and the charges to the cent), so that a point read at one
    // margin holds at any other: the solves take points from each other (./settle.ts).
    takes: (read, margin, income) =>
      income +
      cents(inputs.expensesEurPerYear + margin) -
      cents(inputs.expensesEurPerYear) -
      read.eur(RULES.taxableProfit),
  })
  const exact = createExactIncomes()
  const compute = (inputs: SocialInputs) => {
    const { turnoverEurPerYear: turnover, expensesEurPerYear: expenses } = inputs
    const key = keyOf(inputs)
    return cached(key, () => {
      // The margin the model is given: the turnover and the charges to the cent.
      const target = cents(turnover) - cents(expenses)
      // y = revenu professionnel + deductible contributions, which must equal CA − charges.
      const pay = payOf(inputs)
      const probe = (professionalIncome: number): Probe<Reader> => {
        const x = cents(professionalIncome)
        const read = pay.read(target, x)
        return { x, y: pay.takes(read, target, x), data: read }
      }
      const startKey = professionalIncomeStartKey(target, inputs)
      const solved = solveOnCurve(probe, curveOf(inputs), {
        target,
        lo: -MAX_SOLVE_EUR,
        hi: MAX_SOLVE_EUR,
        defaultSlope: 1.4,
        side: 'first',
        unitSlopeSteps: true,
        what: 'EURL revenu professionnel',
        from: starts.get(startKey),
      })
      if (solved === null) throw new SocialModelError('no revenu professionnel fits the turnover')
      starts.set(startKey, solved.x)
      exact.note(target, inputs, solved.x, solved.y)
      const read = solved.data
      protection.record(key, read)
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
    ...protectionReaders(protection, compute, keyOf),
    breakEven: {
      key: () => '',
      search: (inputs, cdiNet) =>
        incomeSearch(inputs, cdiNet, {
          pay: payOf(inputs),
          curve: curveOf(inputs),
          exact,
          compute,
        }),
    },
  }
}
