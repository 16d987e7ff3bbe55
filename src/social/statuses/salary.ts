import { MAX_SOLVE_EUR, solveOnCurve } from '../curve'
import { Lru } from '../lru'
import type { SocialInputs } from '../model'
import {
  cents,
  eurPerYear,
  type PersonInputs,
  RULES,
  type RuleName,
  type SocialSituation,
} from '../rules'
import type { Reader, Session } from '../session'
import { PointMemo, type Probe } from '../solve'
import { proportional } from './figures'
import type { BreakEvenSearch } from './types'

/** A salaried-side evaluation (SASU president or portage employee) at one gross salary. */
export interface SalaryFigures {
  grossEurPerYear: number
  employerCostEurPerYear: number
  contributionsEurPerYear: number
  netBeforeTaxEurPerYear: number
  netAfterTaxEurPerYear: number
  employeeContributionsEurPerYear: number
  employerContributionsEurPerYear: number
  /** The company health cover and provident scheme, both shares (part of the contributions). */
  healthAndProvidentEurPerYear: number
  /** Where the figures were read (absent for NO_SALARY, which the model did not compute). */
  read?: Reader
}

/** No salary: what a budget below the cost of a nil salary (a fixed health cover) pays. */
export const NO_SALARY: SalaryFigures = {
  grossEurPerYear: 0,
  employerCostEurPerYear: 0,
  contributionsEurPerYear: 0,
  netBeforeTaxEurPerYear: 0,
  netAfterTaxEurPerYear: 0,
  employeeContributionsEurPerYear: 0,
  employerContributionsEurPerYear: 0,
  healthAndProvidentEurPerYear: 0,
}

/** The rules giving a salary's employer cost and nets. */
export interface SalaryRules {
  cost: RuleName
  netBeforeTax: RuleName
  netAfterTax: RuleName
}

/** A salary paid out of a budget (SASU, portage): its solver, curve and break-even search. */
export interface SalaryPayer {
  /** The salary whose employer's cost is the budget (see forCost). */
  forCost(costEurPerYear: number, household: PersonInputs): SalaryFigures
  /** The break-even search on the gross salary, the turnover that pays it as data. */
  breakEvenSearch(
    inputs: SocialInputs,
    cdiNet: number,
    currentNet: number,
    costOf: (inputs: SocialInputs) => number,
    turnoverOf: (costEurPerYear: number, inputs: SocialInputs) => number,
  ): BreakEvenSearch
}

/**
 * Pays salaries out of a budget on the salaried model: `situation` gives the situation at a
 * gross salary; the employer's cost by gross salary does not depend on the household, so one
 * curve of points seeds every search. It does depend on ACRE: a caller offering ACRE keeps one
 * payer with it and one without (see ./sasu.ts).
 */
export function createSalaryPayer(
  session: Session,
  situation: (gross: string, household: PersonInputs) => SocialSituation,
  outputs: SalaryRules,
): SalaryPayer {
  const curve = new PointMemo()
  // The gross salary solved for each employer's cost, to seed break-even searches.
  const solvedGross = new Lru<number>(200)

  const at =
    (household: PersonInputs) =>
    (grossEurPerYear: number): Probe<() => SalaryFigures> => {
      const gross = cents(grossEurPerYear)
      const read = session.evaluate(situation(eurPerYear(gross), household))
      const cost = read.eur(outputs.cost)
      return {
        x: gross,
        y: cost,
        data: () => {
          const netBefore = read.eur(outputs.netBeforeTax)
          return {
            grossEurPerYear: gross,
            employerCostEurPerYear: cost,
            contributionsEurPerYear: cost - netBefore,
            netBeforeTaxEurPerYear: netBefore,
            netAfterTaxEurPerYear: read.eur(outputs.netAfterTax),
            employeeContributionsEurPerYear: read.eur(RULES.employeeContributions),
            employerContributionsEurPerYear: read.eur(RULES.employerContributions),
            healthAndProvidentEurPerYear: read.eur(RULES.healthAndProvident),
            read,
          }
        },
      }
    }

  return {
    // The last cent of gross salary whose employer's cost fits the budget: where the cost jumps
    // over it (at 3 SMIC, where the réduction générale RGDU of ≈ 1 300 € stops), the gross below
    // the jump, as the budget cannot pay more; no salary when the budget is below a nil one's.
    forCost(costEurPerYear, household) {
      if (costEurPerYear <= 0) return NO_SALARY
      const salary = solveOnCurve(at(household), curve, {
        target: costEurPerYear,
        lo: 0,
        hi: MAX_SOLVE_EUR,
        defaultSlope: 1.45,
        // The employer's contributions never fall as the gross rises: the réduction générale
        // gives back at most the contributions it covers (its coefficient is at most their rate).
        // tests/social/slopes.test.ts checks it on the model.
        minSlope: 1,
        side: 'last',
        what: 'gross salary',
      })
      if (salary === null) return NO_SALARY
      const solved = salary.data()
      solvedGross.set(String(cents(costEurPerYear)), solved.grossEurPerYear)
      return solved
    },
    breakEvenSearch(inputs, cdiNet, currentNet, costOf, turnoverOf) {
      const probe = at(inputs)
      const slope = 0.6
      const currentGross = solvedGross.get(String(cents(costOf(inputs))))
      const netAt = (gross: number): Probe<number> => {
        const p = probe(gross)
        // Rounded to the cent as the figures are, so that the current figures are a point of it.
        const net = cents(p.data().netAfterTaxEurPerYear)
        return { x: p.x, y: net, data: turnoverOf(p.y, inputs) }
      }
      const known: Probe<number>[] =
        currentGross !== undefined && currentGross > 0
          ? [{ x: currentGross, y: currentNet, data: inputs.turnoverEurPerYear }]
          : []
      return {
        netAt,
        known,
        guess: known[0] ? proportional(known[0], cdiNet, slope) : cdiNet / slope,
        slope,
      }
    },
  }
}

/**
 * Amounts below this are a budget spent to the cent; above, a jump of the employer's cost (the
 * 2026 reduction ends at 3 SMIC, ≈ 1 380 €) left part of the budget unpaid.
 */
export const UNSPENT_BUDGET_NOTICE_EUR_PER_YEAR = 10

/**
 * A salary's shares of contributions, its health and provident cover and, where the budget could
 * not be spent to within UNSPENT_BUDGET_NOTICE_EUR_PER_YEAR, what is left of it, in €/year.
 */
export function salaryShares(salary: SalaryFigures, budgetEurPerYear: number) {
  const unspent = Math.max(0, budgetEurPerYear) - salary.employerCostEurPerYear
  return {
    grossSalaryEurPerYear: salary.grossEurPerYear,
    employeeContributionsEurPerYear: salary.employeeContributionsEurPerYear,
    employerContributionsEurPerYear: salary.employerContributionsEurPerYear,
    healthAndProvidentEurPerYear: salary.healthAndProvidentEurPerYear,
    ...(salary.employerCostEurPerYear > 0 && unspent > UNSPENT_BUDGET_NOTICE_EUR_PER_YEAR
      ? { unspentBudgetEurPerYear: unspent }
      : {}),
  }
}
