// How a director of a company at corporate tax (SASU, EURL à l'IS) is paid: what the page and the
// social model (in its worker) must agree on. A leaf module, like ./social-limits.ts.

/** SASU: all the margin as salary, all as dividends, the best split, or a chosen gross salary in €/year. */
export type SasuPay = 'salaire' | 'dividendes' | 'optimal' | number

/** EURL à l'IS: all the margin as pay, the best split, or a chosen total pay in €/year. */
export type EurlIsPay = 'salaire' | 'optimal' | number

/** The named SASU strategies, as written in the link (`sasu=`). */
export const SASU_PAY_CHOICES = ['salaire', 'dividendes', 'optimal'] as const

/** The named EURL à l'IS strategies, as written in the link (`eurlis=`). */
export const EURL_IS_PAY_CHOICES = ['salaire', 'optimal'] as const

/** How dividends are taxed: the flat tax (PFU, 31,4 % in 2026) or the progressive scale after a 40 % allowance. */
export const DIVIDENDS_METHODS = ['pfu', 'bareme'] as const
/** One of DIVIDENDS_METHODS. */
export type DividendsMethod = (typeof DIVIDENDS_METHODS)[number]

/**
 * Why a chosen director's pay (€/year) cannot be paid out of `marginEurPerYear` (turnover −
 * expenses): there is no margin, or the pay is above it; null when it can. The pay fields say it,
 * and the social model is not asked at such a pay.
 */
export function chosenPayProblem(
  payEurPerYear: number,
  marginEurPerYear: number,
): 'noMargin' | 'aboveMargin' | null {
  if (marginEurPerYear <= 0) return 'noMargin'
  return payEurPerYear > marginEurPerYear ? 'aboveMargin' : null
}

/** Share capital the page starts with, in € (a common amount for a one-person company). */
export const DEFAULT_CAPITAL_EUR = 1000

/** Largest share capital or current account accepted, in €. */
export const MAX_COMPANY_EUR = 10_000_000
