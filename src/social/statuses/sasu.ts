import type { SasuPay } from '../../domain/company-pay'
import { Lru } from '../lru'
import type { SocialInputs, StatusResult } from '../model'
import { createProtectionMemo, protectionReaders } from '../protection'
import {
  acreKey,
  acreSituation,
  cents,
  eurPerYear,
  type HouseholdInputs,
  householdKey,
  householdSituation,
  type PersonInputs,
  RULES,
} from '../rules'
import { bestSplit } from '../split'
import { createCompanyBook, type Distribution } from './company'
import { turnoverSearch } from './micro'
import {
  createSalaryPayer,
  NO_SALARY,
  type SalaryFigures,
  type SalaryPayer,
  salaryShares,
} from './salary'
import { splitFigures } from './split-figures'
import type { StatusFactory } from './types'

/** The optimum's scan: every 10 000 € of gross salary, refined to 50 €. */
export const SASU_SPLIT_SEARCH = { scanStepEur: 10_000, toleranceEur: 50 } as const

/** The profit up to which the corporate tax is 15 % (25 % above): a kink of the net. */
export const IS_REDUCED_RATE_CEILING_EUR = 42_500

/** A company with nothing to tax nor distribute. */
const NOTHING_LEFT: Distribution = {
  profitEurPerYear: 0,
  corporateTaxEurPerYear: 0,
  dividendsGrossEurPerYear: 0,
  dividendsLeviesEurPerYear: 0,
  dividendsIncomeTaxEurPerYear: 0,
  dividendsNetAfterTaxEurPerYear: 0,
  keptInCompanyEurPerYear: 0,
}

/** The household's taxable income besides the director's pay: the spouse's, if described. */
export const otherIncome = (household: HouseholdInputs): number =>
  household.household?.spouseIncomeEurPerYear ?? 0

/** A salary and what the household's taxable income is with it alone. */
export type TaxedSalary = SalaryFigures & { taxableIncomeEurPerYear: number }

/**
 * SASU at corporate tax (IS): the president is paid all the margin as salary, all as dividends
 * (no salary), a chosen gross salary, or the split leaving the most net after tax; what the
 * salary's cost leaves is profit, taxed at IS and distributed. The net after tax is the salary's
 * (from the situation without dividends) plus the dividends' `nets d'impôt`.
 */
export const createSasuModel: StatusFactory = ({ session, newSession, cached }) => {
  const situation = (gross: string, person: PersonInputs) => ({
    [RULES.legalForm]: "'SAS'",
    [RULES.partners]: "'unique'",
    [RULES.gross]: gross,
    ...householdSituation(person),
    ...acreSituation(person, 'company'),
  })
  // One payer without ACRE and one with it: the employer's cost by gross salary differs.
  const payers = new Map<string, SalaryPayer>()
  const payerFor = (person: PersonInputs) => {
    const key = acreKey(person, 'company')
    const known = payers.get(key)
    if (known !== undefined) return known
    const made = createSalaryPayer(session, situation, {
      cost: RULES.remunerationTotal,
      netBeforeTax: RULES.remunerationNet,
      netAfterTax: RULES.remunerationNetAfterTax,
    })
    payers.set(key, made)
    return made
  }
  const company = createCompanyBook(newSession(), newSession())
  const salaries = new Lru<TaxedSalary>(400)
  /** The salary at a gross (0: no salary at all), with its taxable income. */
  const salaryAt = (grossEurPerYear: number, household: PersonInputs): TaxedSalary => {
    // No salary: the household's taxable income is the spouse's alone.
    if (grossEurPerYear <= 0)
      return { ...NO_SALARY, taxableIncomeEurPerYear: otherIncome(household) }
    const gross = cents(grossEurPerYear)
    const key = `${gross}|${householdKey(household)}|${acreKey(household, 'company')}`
    const hit = salaries.get(key)
    if (hit) return hit
    const read = session.evaluate(situation(eurPerYear(gross), household))
    const cost = read.eur(RULES.remunerationTotal)
    const netBefore = read.eur(RULES.remunerationNet)
    const made: TaxedSalary = {
      read,
      grossEurPerYear: gross,
      employerCostEurPerYear: cost,
      contributionsEurPerYear: cost - netBefore,
      netBeforeTaxEurPerYear: netBefore,
      netAfterTaxEurPerYear: read.eur(RULES.remunerationNetAfterTax),
      employeeContributionsEurPerYear: read.eur(RULES.employeeContributions),
      employerContributionsEurPerYear: read.eur(RULES.employerContributions),
      healthAndProvidentEurPerYear: read.eur(RULES.healthAndProvident),
      taxableIncomeEurPerYear: read.eur(RULES.taxableIncome),
    }
    salaries.set(key, made)
    return made
  }
  const distribute = (
    inputs: SocialInputs,
    salary: TaxedSalary,
    method: SocialInputs['dividendsMethod'],
    maxDividends = Number.POSITIVE_INFINITY,
  ): Distribution =>
    company({
      legalForm: 'SAS',
      turnoverEurPerYear: inputs.turnoverEurPerYear,
      expensesEurPerYear: inputs.expensesEurPerYear,
      payCostEurPerYear: salary.employerCostEurPerYear,
      otherTaxableIncomeEurPerYear: salary.taxableIncomeEurPerYear,
      household: inputs,
      method,
      capitalEur: inputs.capitalEur,
      currentAccountEur: inputs.currentAccountEur,
      maxDividendsEurPerYear: maxDividends,
    })
  const marginOf = (inputs: SocialInputs) => inputs.turnoverEurPerYear - inputs.expensesEurPerYear
  /** The all-salary gross: the last cent whose employer's cost fits the margin. */
  const allSalary = (inputs: SocialInputs): TaxedSalary => {
    const solved = payerFor(inputs).forCost(marginOf(inputs), inputs)
    return salaryAt(solved.grossEurPerYear, inputs)
  }
  // The salary's shares describe the status whole only without dividends (their levies are
  // contributions of no share): the table then counts the contributions as they are.
  const sharesOf = (salary: TaxedSalary, d: Distribution) =>
    d.dividendsGrossEurPerYear > 0 || salary.grossEurPerYear <= 0
      ? {}
      : salaryShares(salary, salary.employerCostEurPerYear)
  const netOf = (salary: TaxedSalary, d: Distribution) =>
    cents(salary.netAfterTaxEurPerYear + d.dividendsNetAfterTaxEurPerYear)

  const keyOf = (inputs: SocialInputs) =>
    [
      'sasu',
      inputs.sasuPay,
      cents(inputs.turnoverEurPerYear),
      cents(inputs.expensesEurPerYear),
      householdKey(inputs),
      acreKey(inputs, 'company'),
      inputs.dividendsMethod,
      // Dividends are capped by nothing in SASU, but the capital is in the dividends' situation.
      cents(inputs.capitalEur),
      cents(inputs.currentAccountEur),
    ].join('|')
  // What the salary's contributions buy, read at the salary of the figures.
  const protection = createProtectionMemo('salaried')
  const compute = (inputs: SocialInputs): StatusResult => {
    const key = keyOf(inputs)
    return cached(key, () => {
      const result = make(inputs)
      // Read at the salary's situation, without `bénéficiaire` (the dividends trap); no salary at
      // all: the situation of a nil salary, whose contributions buy nothing.
      const read = made.get(key)?.read ?? session.evaluate(situation('0 €/an', inputs))
      protection.record(key, read)
      return result
    })
  }
  // The salary each key's figures were made with.
  const made = new Lru<TaxedSalary>(500)
  const make = (inputs: SocialInputs): StatusResult => {
    const pay: SasuPay = inputs.sasuPay
    const key = keyOf(inputs)
    const use = <S extends TaxedSalary>(salary: S) => {
      made.set(key, salary)
      return salary
    }
    {
      const other = inputs.dividendsMethod === 'pfu' ? 'bareme' : 'pfu'
      if (pay === 'salaire') {
        // No dividends: the payer's figures as they were (its taxable income is not needed).
        const solved = payerFor(inputs).forCost(marginOf(inputs), inputs)
        const salary = use({ ...solved, taxableIncomeEurPerYear: 0 })
        // Less than a euro left (the cost is solved to the cent): nothing for the company to tax.
        const left = cents(marginOf(inputs) - salary.employerCostEurPerYear)
        const d =
          left < 1
            ? { ...NOTHING_LEFT, profitEurPerYear: left, keptInCompanyEurPerYear: left }
            : distribute(inputs, salary, inputs.dividendsMethod, 0)
        return splitFigures(inputs, salary, d, null, [], salaryShares(salary, marginOf(inputs)))
      }
      if (pay === 'dividendes' || typeof pay === 'number') {
        const salary = use(salaryAt(pay === 'dividendes' ? 0 : pay, inputs))
        const d = distribute(inputs, salary, inputs.dividendsMethod)
        const alt = d.dividendsGrossEurPerYear > 0 ? distribute(inputs, salary, other) : null
        return splitFigures(inputs, salary, d, alt && netOf(salary, alt), [], sharesOf(salary, d))
      }
      const all = allSalary(inputs)
      const extra: number[] = []
      const bracketCost = marginOf(inputs) - IS_REDUCED_RATE_CEILING_EUR
      if (bracketCost > 0 && bracketCost < all.employerCostEurPerYear) {
        extra.push(payerFor(inputs).forCost(bracketCost, inputs).grossEurPerYear)
      }
      const { best, points } = bestSplit(
        (x) => {
          const salary = salaryAt(x, inputs)
          const d = distribute(inputs, salary, inputs.dividendsMethod)
          return { x, net: netOf(salary, d), data: { salary, d } }
        },
        0,
        Math.floor(all.grossEurPerYear),
        { ...SASU_SPLIT_SEARCH, extra },
      )
      const { salary, d } = best.data
      use(salary)
      const alt = d.dividendsGrossEurPerYear > 0 ? distribute(inputs, salary, other) : null
      const curve = points.map((p) => ({
        salaryGrossEurPerYear: p.data.salary.grossEurPerYear,
        salaryCostEurPerYear: cents(p.data.salary.employerCostEurPerYear),
        netAfterTaxEurPerYear: p.net,
      }))
      return splitFigures(inputs, salary, d, alt && netOf(salary, alt), curve, sharesOf(salary, d))
    }
  }
  return {
    status: 'sasu',
    compute,
    ...protectionReaders(protection, compute, keyOf),
    breakEven: {
      key: (inputs) => `${inputs.sasuPay}|${inputs.dividendsMethod}`,
      // All salary: driven by the gross salary, the turnover being its cost (no dividends); the
      // other strategies: by the turnover, each probe a compute with its strategy.
      search: (inputs, cdiNet) =>
        inputs.sasuPay === 'salaire'
          ? payerFor(inputs).breakEvenSearch(
              inputs,
              cdiNet,
              compute(inputs).netAfterTaxEurPerYear,
              marginOf,
              (cost, at) => cost + at.expensesEurPerYear,
            )
          : turnoverSearch(inputs, cdiNet, compute),
    },
  }
}
