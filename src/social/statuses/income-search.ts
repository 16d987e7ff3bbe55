import { Lru } from '../lru'
import type { SocialInputs } from '../model'
import { acreKey, type CreatorInputs, cents, RULES } from '../rules'
import type { Reader } from '../session'
import type { PointMemo } from '../solve'
import { proportional } from './figures'
import type { BreakEvenSearch } from './types'

/**
 * A self-employed manager's pay (EI / EURL, EURL à l'IS paying all its margin) as modele-social
 * reads it with the revenu professionnel set: `read(margin, income)` evaluates the situation at a
 * margin (CA − charges, or the total pay) and a revenu professionnel; `takes` gives what that
 * revenu professionnel takes out of the margin (revenu professionnel + deductible contributions),
 * which does not depend on the margin set beside it.
 */
export interface ManagerPay {
  read(margin: number, income: number): Reader
  takes(read: Reader, margin: number, income: number): number
}

/** The revenus professionnels solved exactly, see createExactIncomes. */
export type ExactIncomes = ReturnType<typeof createExactIncomes>

/**
 * The revenus professionnels solved exactly (taking the margin to the cent), by margin and ACRE:
 * the current figures' point of a break-even search driven by the revenu professionnel.
 */
export function createExactIncomes() {
  const solved = new Lru<number>(200)
  const keyOf = (margin: number, inputs: CreatorInputs) =>
    `${cents(margin)}|${acreKey(inputs, 'company')}`
  return {
    /** Notes a solve's answer, kept only when it takes the margin to the cent. */
    note(margin: number, inputs: CreatorInputs, income: number, taken: number): void {
      if (cents(taken) === cents(margin)) solved.set(keyOf(margin, inputs), income)
    },
    get: (margin: number, inputs: CreatorInputs) => solved.get(keyOf(margin, inputs)),
  }
}

/** Roughly how much of a euro more of revenu professionnel is left after contributions and tax. */
const NET_PER_INCOME = 0.65

/**
 * The break-even search driven by the revenu professionnel instead of the turnover. A probe at a
 * revenu professionnel reads the margin it takes (one evaluation, at the inputs' margin), then
 * its net after tax at that margin (a second one), and seeds the status's curve with the point,
 * as the status's solves remember theirs: the turnovers the search ends with are then computed
 * from close points. Driven by the turnover, each probe was a compute, whose solve took 2–12
 * evaluations: at 450 €/day × 205 days and CDI salaries of 30 000 to 250 000 €, the EI / EURL's
 * break-even took 48–69 evaluations, 24–31 so driven; the EURL à l'IS's 50–75, 30–37 (Node,
 * the worker's rules, 2026-11-29). The turnovers found are the same.
 */
export function incomeSearch(
  inputs: SocialInputs,
  cdiNet: number,
  how: {
    pay: ManagerPay
    curve: PointMemo
    exact: ExactIncomes
    /** The status's figures (those at the inputs are the search's first point). */
    compute: (inputs: SocialInputs) => { netAfterTaxEurPerYear: number }
  },
): BreakEvenSearch {
  const expenses = inputs.expensesEurPerYear
  const margin = cents(inputs.turnoverEurPerYear - expenses)
  const netAt = (driver: number) => {
    const x = cents(driver)
    const first = how.pay.read(margin, x)
    const takes = how.pay.takes(first, margin, x)
    how.curve.remember(x, takes)
    const taken = cents(takes)
    // At the current figures' revenu professionnel, the margin is the inputs' own: one evaluation.
    const read = taken === margin ? first : how.pay.read(taken, x)
    return { x, y: cents(read.eur(RULES.remunerationNetAfterTax)), data: cents(expenses + taken) }
  }
  // The figures at the inputs are a point of the search when their revenu professionnel takes
  // the margin to the cent (else they were read at a margin its probe would not set).
  const net = how.compute(inputs).netAfterTaxEurPerYear
  const income = how.exact.get(margin, inputs)
  const known = income === undefined ? [] : [{ x: income, y: net, data: inputs.turnoverEurPerYear }]
  return {
    netAt,
    known,
    guess:
      known[0] === undefined
        ? cdiNet / NET_PER_INCOME
        : proportional(known[0], cdiNet, NET_PER_INCOME),
    slope: NET_PER_INCOME,
  }
}
