import { curvesByKey, MAX_SOLVE_EUR, solveOnCurve } from '../curve'
import type { SocialInputs, StatusResult } from '../model'
import { createProtectionMemo, protectionReaders } from '../protection'
import {
  acreKey,
  acreSituation,
  cents,
  eurPerYear,
  householdKey,
  householdSituation,
  notAnEmployee,
  type PersonInputs,
  RULES,
  SocialModelError,
} from '../rules'
import type { Reader } from '../session'
import type { Probe } from '../solve'
import { bestSplit } from '../split'
import { createCompanyBook } from './company'
import { professionalIncomeStartKey } from './eurl'
import { createExactIncomes, incomeSearch, type ManagerPay } from './income-search'
import { turnoverSearch } from './micro'
import type { TaxedSalary } from './sasu'
import { splitFigures } from './split-figures'
import type { StatusFactory } from './types'

/**
 * Dividends an EURL at IS pays without self-employed contributions: 10 % of share capital +
 * current account (Code de la sécurité sociale L131-6). Above it modele-social 11.1.0 computes
 * the base (`… assiette régime indépendant`) but no contribution, so dividends stop there and
 * the rest of the profit stays in the company.
 */
export const EURL_DIVIDENDS_ALLOWANCE_RATE = 0.1

/** The lowest corporate tax rate (25 %), to bound the profit whose after-tax fills the allowance. */
const HIGHEST_IS_RATE = 0.25

/**
 * EURL at corporate tax (IS): the manager (gérant majoritaire, self-employed) is paid all the
 * margin, a chosen total pay (`dirigeant . rémunération . totale`, contributions included), or
 * the best split between pay and dividends within the 10 % allowance.
 */
export const createEurlIsModel: StatusFactory = ({ session, newSession, cached, starts }) => {
  const company = createCompanyBook(newSession(), newSession())
  // revenu professionnel + contributions − non-deductible ones, by revenu professionnel: the
  // total pay that revenu professionnel comes from. A curve that depends on ACRE only (not on
  // the pay nor the household), one without ACRE and one with it.
  const curveOf = curvesByKey((inputs: PersonInputs) => acreKey(inputs, 'company'))
  // The situation at a total pay and a revenu professionnel, and what that revenu professionnel
  // takes out of the pay: the pay − (net pay + non-deductible contributions), whatever the pay.
  const payOf = (household: PersonInputs): ManagerPay => ({
    read: (totalPay, income) =>
      session.evaluate({
        [RULES.legalForm]: "'SARL'",
        [RULES.partners]: "'unique'",
        [RULES.taxation]: "'IS'",
        [RULES.remunerationTotal]: eurPerYear(totalPay),
        [RULES.professionalIncome]: eurPerYear(income),
        ...notAnEmployee(),
        ...householdSituation(household),
        ...acreSituation(household, 'company'),
      }),
    // The pay as set (to the cent), as for the EI / EURL.
    takes: (read, totalPay, income) =>
      income +
      cents(totalPay) -
      (read.eur(RULES.remunerationNet) + read.eur(RULES.nonDeductibleContributions)),
  })
  const exact = createExactIncomes()
  const payFor = (totalPay: number, household: PersonInputs): TaxedSalary => {
    // The model solves the revenu professionnel from the total pay itself (a circular reference,
    // `revenu professionnel = rémunération . net + non déductibles`, 10–25 evaluations from
    // scratch). Here it is set in the situation and solved from the previous solutions, as for
    // the EI / EURL at IR (./eurl.ts), to the cent: the model's own search stops within 0.5 €.
    const pay = payOf(household)
    const probe = (professionalIncome: number): Probe<Reader> => {
      const x = cents(professionalIncome)
      const read = pay.read(totalPay, x)
      return { x, y: pay.takes(read, totalPay, x), data: read }
    }
    const startKey = professionalIncomeStartKey(totalPay, household)
    const solved = solveOnCurve(probe, curveOf(household), {
      target: cents(totalPay),
      lo: -MAX_SOLVE_EUR,
      hi: MAX_SOLVE_EUR,
      defaultSlope: 1.4,
      side: 'first',
      unitSlopeSteps: true,
      what: 'EURL à l’IS revenu professionnel',
      from: starts.get(startKey),
    })
    if (solved === null) throw new SocialModelError('no revenu professionnel fits the pay')
    starts.set(startKey, solved.x)
    exact.note(totalPay, household, solved.x, solved.y)
    const read = solved.data
    const netBefore = read.eur(RULES.remunerationNet)
    const cost = cents(totalPay)
    return {
      grossEurPerYear: cost,
      employerCostEurPerYear: cost,
      contributionsEurPerYear: read.eur(RULES.remunerationContributions),
      netBeforeTaxEurPerYear: netBefore,
      netAfterTaxEurPerYear: read.eur(RULES.remunerationNetAfterTax),
      employeeContributionsEurPerYear: 0,
      employerContributionsEurPerYear: 0,
      healthAndProvidentEurPerYear: 0,
      taxableIncomeEurPerYear: read.eur(RULES.taxableIncome),
      read,
    }
  }
  // What the manager's self-employed contributions buy, read at the pay of the figures.
  const protection = createProtectionMemo('selfEmployed')
  const allowanceOf = (inputs: SocialInputs) =>
    cents(EURL_DIVIDENDS_ALLOWANCE_RATE * (inputs.capitalEur + inputs.currentAccountEur))
  const keyOf = (inputs: SocialInputs) =>
    [
      'eurlIs',
      inputs.eurlIsPay,
      cents(inputs.turnoverEurPerYear),
      cents(inputs.expensesEurPerYear),
      householdKey(inputs),
      acreKey(inputs, 'company'),
      inputs.dividendsMethod,
      inputs.eurlIsPay === 'salaire' ? '' : allowanceOf(inputs),
    ].join('|')
  const compute = (inputs: SocialInputs): StatusResult => {
    const key = keyOf(inputs)
    return cached(key, () => {
      const made = make(inputs)
      if (made.salary.read) protection.record(key, made.salary.read)
      return made.result
    })
  }
  const make = (inputs: SocialInputs) => {
    const pay = inputs.eurlIsPay
    const margin = cents(inputs.turnoverEurPerYear - inputs.expensesEurPerYear)
    const allowance = allowanceOf(inputs)
    {
      const at = (totalPay: number, maxDividends: number) => {
        const salary = payFor(totalPay, inputs)
        const d = company({
          legalForm: 'SARL',
          turnoverEurPerYear: inputs.turnoverEurPerYear,
          expensesEurPerYear: inputs.expensesEurPerYear,
          payCostEurPerYear: salary.employerCostEurPerYear,
          otherTaxableIncomeEurPerYear: salary.taxableIncomeEurPerYear,
          household: inputs,
          method: inputs.dividendsMethod,
          capitalEur: inputs.capitalEur,
          currentAccountEur: inputs.currentAccountEur,
          maxDividendsEurPerYear: maxDividends,
        })
        return {
          salary,
          d,
          net: cents(salary.netAfterTaxEurPerYear + d.dividendsNetAfterTaxEurPerYear),
        }
      }
      if (pay === 'salaire' || typeof pay === 'number') {
        const { salary, d } = pay === 'salaire' ? at(margin, 0) : at(pay, allowance)
        return { salary, result: splitFigures(inputs, salary, d, null, []) }
      }
      // Below margin − allowance ÷ (1 − 25 %) the profit exceeds what the allowance distributes.
      const lo = Math.max(0, Math.ceil(margin - allowance / (1 - HIGHEST_IS_RATE)))
      if (lo > Math.floor(margin)) {
        // No whole euro of pay leaves a profit the allowance distributes (a margin below zero, or
        // cents of margin above an allowance of less than that): all the margin is pay.
        const { salary, d } = at(margin, 0)
        const only = {
          salaryGrossEurPerYear: cents(salary.grossEurPerYear),
          salaryCostEurPerYear: cents(salary.employerCostEurPerYear),
          netAfterTaxEurPerYear: cents(
            salary.netAfterTaxEurPerYear + d.dividendsNetAfterTaxEurPerYear,
          ),
        }
        return { salary, result: splitFigures(inputs, salary, d, null, [only]) }
      }
      const { best, points } = bestSplit(
        (x) => {
          const point = at(x, allowance)
          return { x, net: point.net, data: point }
        },
        lo,
        Math.floor(margin),
        { scanStepEur: 2_000, toleranceEur: 50 },
      )
      const splitCurve = points.map((p) => ({
        salaryGrossEurPerYear: cents(p.data.salary.grossEurPerYear),
        salaryCostEurPerYear: cents(p.data.salary.employerCostEurPerYear),
        netAfterTaxEurPerYear: p.net,
      }))
      const { salary, d } = best.data
      return { salary, result: splitFigures(inputs, salary, d, null, splitCurve) }
    }
  }
  return {
    status: 'eurlIs',
    compute,
    ...protectionReaders(protection, compute, keyOf),
    breakEven: {
      key: (inputs) =>
        `${inputs.eurlIsPay}|${inputs.dividendsMethod}|${inputs.capitalEur}|${inputs.currentAccountEur}`,
      // All the margin as pay: driven by the revenu professionnel, the turnover being what its
      // pay takes (no profit, no dividends); the other strategies: by the turnover, each probe a
      // compute with its strategy.
      search: (inputs, cdiNet) => {
        if (inputs.eurlIsPay !== 'salaire') return turnoverSearch(inputs, cdiNet, compute)
        return incomeSearch(inputs, cdiNet, {
          pay: payOf(inputs),
          curve: curveOf(inputs),
          exact,
          compute,
        })
      },
    },
  }
}
