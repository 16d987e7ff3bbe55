// The social model's inputs and outputs for companies at corporate tax (SASU, EURL à l'IS): how
// the director is paid, how dividends are taxed, the capital, and the curve of the best split.
import {
  DEFAULT_CAPITAL_EUR as DEFAULT_CAPITAL,
  DIVIDENDS_METHODS,
  EURL_IS_PAY_CHOICES,
  MAX_COMPANY_EUR,
  SASU_PAY_CHOICES,
} from '../domain/company-pay'
import { SOCIAL_MODEL_MAX_EUR_PER_YEAR } from '../domain/social-limits'
import { expected, finiteNumber, z } from '../domain/zod'

/** Share capital the page starts with, in €. */
export const DEFAULT_CAPITAL_EUR = DEFAULT_CAPITAL

const chosenEur = () =>
  finiteNumber().check(
    z.nonnegative('must be zero or more'),
    z.maximum(SOCIAL_MODEL_MAX_EUR_PER_YEAR, `must be at most ${SOCIAL_MODEL_MAX_EUR_PER_YEAR}`),
  )

/** A share capital or current account in €. */
export const companyEur = () =>
  finiteNumber().check(
    z.nonnegative('must be zero or more'),
    z.maximum(MAX_COMPANY_EUR, `must be at most ${MAX_COMPANY_EUR}`),
  )

/** SASU pay: "salaire", "dividendes", "optimal", or a gross salary in €/year. */
export const SasuPaySchema = z.union([z.enum(SASU_PAY_CHOICES), chosenEur()], {
  error: expected(`${SASU_PAY_CHOICES.join(', ')} or an amount`),
})

/** EURL à l'IS pay: "salaire", "optimal", or a total pay in €/year. */
export const EurlIsPaySchema = z.union([z.enum(EURL_IS_PAY_CHOICES), chosenEur()], {
  error: expected(`${EURL_IS_PAY_CHOICES.join(', ')} or an amount`),
})

/** "pfu" or "bareme". */
export const DividendsMethodSchema = z.enum(DIVIDENDS_METHODS, {
  error: expected(DIVIDENDS_METHODS.join(' or ')),
})

/** One point of a split curve: the salary paid (gross and its cost) and the net after tax. */
export const SplitPointSchema = z.object({
  salaryGrossEurPerYear: finiteNumber(),
  salaryCostEurPerYear: finiteNumber(),
  netAfterTaxEurPerYear: finiteNumber(),
})
/** One point of a split curve. */
export type SplitPoint = z.infer<typeof SplitPointSchema>

/** The net after tax against the salary, the points the optimum search evaluated (at most 64). */
export const SplitCurveSchema = z
  .array(SplitPointSchema, { error: expected('a list') })
  .check(z.maxLength(64, 'must hold at most 64 points'))
