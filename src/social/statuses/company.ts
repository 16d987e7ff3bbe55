import type { DividendsMethod } from '../../domain/company-pay'
import { cents, eurPerYear, type HouseholdInputs, householdSituation, RULES } from '../rules'
import type { Session } from '../session'

/** What a company at corporate tax does with what is left after the director's pay, in €/year. */
export interface Distribution {
  /** Profit before corporate tax: margin − the pay's total cost. */
  profitEurPerYear: number
  /** Corporate tax (IS) from the model: 15 % up to 42 500 €, 25 % above. */
  corporateTaxEurPerYear: number
  dividendsGrossEurPerYear: number
  /** Social levies on the dividends (prélèvements sociaux, 18,6 % in 2026). */
  dividendsLeviesEurPerYear: number
  /** The dividends' income tax: flat 12,8 %, or what they add to the household's tax (barème). */
  dividendsIncomeTaxEurPerYear: number
  /** The dividends after levies and income tax (`bénéficiaire . dividendes . nets d'impôt`). */
  dividendsNetAfterTaxEurPerYear: number
  /** Profit after tax not distributed: stays in the company, not personal income. */
  keptInCompanyEurPerYear: number
}

/** What the distribution depends on. */
export interface DistributionInputs {
  legalForm: 'SAS' | 'SARL'
  turnoverEurPerYear: number
  expensesEurPerYear: number
  /** The director's pay, contributions included (`dirigeant . rémunération . totale`). */
  payCostEurPerYear: number
  /**
   * The household's taxable income without dividends (the salary's, after its 10 % allowance, and
   * the spouse's income of a household described).
   */
  otherTaxableIncomeEurPerYear: number
  household: HouseholdInputs
  method: DividendsMethod
  capitalEur: number
  currentAccountEur: number
  /** Largest dividends paid, in €/year (EURL: the 10 % of capital + current account). */
  maxDividendsEurPerYear: number
}

/** The model's name of a dividends taxation method. */
export const TAX_METHOD = { pfu: "'PFU'", bareme: "'barème standard'" } as const

/**
 * The company's side, on its own session: the pay enters as a charge (the same profit as the pay
 * itself: the result is turnover − charges − pay), the corporate tax and the dividends come from
 * the model; the dividends' income tax under the barème is what they add to the household's tax
 * on top of the salary (given as its taxable income), as `nets d'impôt` computes it.
 */
export function createCompanyBook(companySession: Session, dividendsSession: Session) {
  // Two small situations, each on its own session so that a search changes one value in each:
  // the company (its corporate tax and profit after tax) and the dividends (their levies and tax).
  const companySituation = (inputs: DistributionInputs) => ({
    [RULES.legalForm]: `'${inputs.legalForm}'`,
    [RULES.partners]: "'unique'",
    [RULES.taxation]: "'IS'",
    [RULES.turnover]: eurPerYear(inputs.turnoverEurPerYear),
    [RULES.expenses]: eurPerYear(inputs.expensesEurPerYear + inputs.payCostEurPerYear),
    [RULES.remunerationTotal]: '0 €/an',
  })
  const dividendsSituation = (inputs: DistributionInputs, dividends: number) => ({
    // The household first: its other taxable income is replaced by the one given below.
    ...householdSituation(inputs.household),
    [RULES.legalForm]: `'${inputs.legalForm}'`,
    [RULES.partners]: "'unique'",
    [RULES.taxation]: "'IS'",
    [RULES.remunerationTotal]: '0 €/an',
    [RULES.capital]: `${cents(inputs.capitalEur)} €`,
    [RULES.currentAccount]: `${cents(inputs.currentAccountEur)} €`,
    [RULES.beneficiary]: 'oui',
    [RULES.taxMethod]: TAX_METHOD[inputs.method],
    // The pay is not in this situation: its taxable income (after its 10 % allowance) comes in as
    // other income, and the activity income is nil (the model leaves it undefined without pay).
    [RULES.activityIncome]: '0 €/an',
    // Nil too, said rather than derived: under the barème the household's taxable income tests
    // this rule (it counts at IR only), and the model derives it from the nil pay by inverting
    // the total pay into a gross salary: 0.3–1.4 s per evaluation, against 30–50 ms said. Under
    // the flat tax the household's income tax is not evaluated, and nothing changes.
    [RULES.directorTaxableNet]: '0 €/an',
    [RULES.otherTaxableIncome]: eurPerYear(inputs.otherTaxableIncomeEurPerYear),
    [RULES.dividendsGross]: eurPerYear(dividends),
  })
  return (inputs: DistributionInputs): Distribution => {
    const profit = cents(
      inputs.turnoverEurPerYear - inputs.expensesEurPerYear - inputs.payCostEurPerYear,
    )
    if (profit <= 0) {
      return {
        profitEurPerYear: profit,
        corporateTaxEurPerYear: 0,
        dividendsGrossEurPerYear: 0,
        dividendsLeviesEurPerYear: 0,
        dividendsIncomeTaxEurPerYear: 0,
        dividendsNetAfterTaxEurPerYear: 0,
        keptInCompanyEurPerYear: profit,
      }
    }
    const company = companySession.evaluate(companySituation(inputs))
    const corporateTax = company.eur(RULES.corporateTax)
    const afterTax = company.eur(RULES.profitAfterTax)
    const dividends = cents(Math.max(0, Math.min(afterTax, inputs.maxDividendsEurPerYear)))
    let levies = 0
    let net = 0
    if (dividends > 0) {
      const read = dividendsSession.evaluate(dividendsSituation(inputs, dividends))
      levies = read.eur(RULES.dividendsLevies)
      net = read.eur(RULES.dividendsNetAfterTax)
    }
    return {
      profitEurPerYear: profit,
      corporateTaxEurPerYear: corporateTax,
      dividendsGrossEurPerYear: dividends,
      dividendsLeviesEurPerYear: cents(levies),
      dividendsIncomeTaxEurPerYear: cents(dividends - levies - net),
      dividendsNetAfterTaxEurPerYear: cents(net),
      keptInCompanyEurPerYear: cents(afterTax - dividends),
    }
  }
}
