// The page's inputs as the social worker's inputs, and why the model cannot be asked when it
// cannot: decided here, once, in a pure function the net panel only calls.
import {
  annualRevenue,
  householdParts,
  type Inputs,
  SOCIAL_MODEL_MAX_EUR_PER_YEAR,
} from '../domain'
import { chosenPayProblem } from '../domain/company-pay'
import type { SocialInputsInput } from './model'

/** The page's inputs the social model reads. */
export type SocialPageInputs = Pick<
  Inputs,
  | 'salaryGrossEurPerYear'
  | 'expensesEurPerYear'
  | 'microVersementLiberatoire'
  | 'portageFeePercent'
  | 'householdCouple'
  | 'householdChildren'
  | 'householdSingleParent'
  | 'spouseIncomeEurPerYear'
  | 'referenceTaxIncomeEurPerYear'
  | 'sasuPay'
  | 'eurlIsPay'
  | 'dividendsMethod'
  | 'capitalEur'
  | 'currentAccountEur'
  | 'acre'
  | 'creationDate'
>

/**
 * What to ask the social model: `ready` with its inputs, or why not — `noDays` (no billed day),
 * `tooLarge` (an amount beyond the model's 10 M€ a year) or `payAboveMargin` (a director's pay
 * chosen above turnover − expenses, which its field refuses: figures at that pay would show a
 * company paying out more than it earns).
 */
export type SocialRequestPlan =
  | { kind: 'ready'; inputs: SocialInputsInput }
  | { kind: 'noDays' }
  | { kind: 'tooLarge'; maxEurPerYear: number }
  | { kind: 'payAboveMargin'; marginEurPerYear: number }

/**
 * The social model's inputs for the page's inputs, TJM (€/day) and billable days, sent as they
 * are (the worker derives the turnover as the page's revenue, annualRevenue(tjm, days)); e.g.
 * 492.5 €/day × 212 days → tjmEurPerDay 492.5, billableDays 212 (104 410 € of turnover).
 */
export function socialRequestFor(
  inputs: SocialPageInputs,
  tjmEurPerDay: number,
  billableDays: number,
): SocialRequestPlan {
  if (!(billableDays > 0)) return { kind: 'noDays' }
  const turnoverEurPerYear = annualRevenue(tjmEurPerDay, billableDays)
  const largest = Math.max(
    turnoverEurPerYear,
    inputs.salaryGrossEurPerYear,
    inputs.expensesEurPerYear,
    inputs.spouseIncomeEurPerYear,
    inputs.referenceTaxIncomeEurPerYear ?? 0,
  )
  if (largest > SOCIAL_MODEL_MAX_EUR_PER_YEAR) {
    return { kind: 'tooLarge', maxEurPerYear: SOCIAL_MODEL_MAX_EUR_PER_YEAR }
  }
  // The pay fields' rule (CompanyPayPanel): a chosen pay needs a margin, and stays within it.
  const marginEurPerYear = turnoverEurPerYear - inputs.expensesEurPerYear
  const chosen = [inputs.sasuPay, inputs.eurlIsPay].filter((pay) => typeof pay === 'number')
  if (chosen.some((pay) => chosenPayProblem(pay, marginEurPerYear) !== null)) {
    return { kind: 'payAboveMargin', marginEurPerYear: Math.max(0, marginEurPerYear) }
  }
  const household = {
    couple: inputs.householdCouple,
    children: inputs.householdChildren,
    singleParent: inputs.householdSingleParent,
  }
  return {
    kind: 'ready',
    inputs: {
      tjmEurPerDay,
      billableDays,
      expensesEurPerYear: inputs.expensesEurPerYear,
      cdiGrossEurPerYear: inputs.salaryGrossEurPerYear,
      householdParts: householdParts(household),
      microVersementLiberatoire: inputs.microVersementLiberatoire,
      portageFeeRate: inputs.portageFeePercent / 100,
      household: { ...household, spouseIncomeEurPerYear: inputs.spouseIncomeEurPerYear },
      referenceTaxIncomeEurPerYear: inputs.referenceTaxIncomeEurPerYear,
      sasuPay: inputs.sasuPay,
      eurlIsPay: inputs.eurlIsPay,
      dividendsMethod: inputs.dividendsMethod,
      capitalEur: inputs.capitalEur,
      currentAccountEur: inputs.currentAccountEur,
      ...(inputs.acre ? { acreCreationDate: inputs.creationDate } : {}),
    },
  }
}
