// What the status that leaves the most net gives up against the CDI, as data: a pure function of
// the social results (page side; the sentence is the text catalogue's `protection.reading`).
import { type SocialResult, STATUSES, type Status } from './model'
import type { Protection } from './protection-model'

/** A year of supplementary pension bought by this year's points, in €/year (null if unknown). */
export function supplementaryPensionEurPerYear(protection: Protection): number | null {
  const { supplementaryPoints: points, supplementaryPointValueEur: value } = protection
  return points === null || value === null ? null : points * value
}

/** Whether the status pays into unemployment insurance (the model's contributions are positive). */
export const hasUnemploymentInsurance = (protection: Protection): boolean =>
  (protection.unemploymentContributionsEurPerYear ?? 0) > 0

/**
 * The trade-off of the status with the most net after tax, against the CDI: its quarters, the
 * supplementary pension a year buys (€/year of pension), the daily sick pay, and unemployment
 * insurance, next to the CDI's.
 */
export interface ProtectionTradeOff {
  status: Status
  netAfterTaxEurPerYear: number
  quartersPerYear: number | null
  supplementaryPensionEurPerYear: number | null
  sickPayEurPerDay: number | null
  unemploymentInsurance: boolean
  cdi: {
    netAfterTaxEurPerYear: number
    quartersPerYear: number | null
    supplementaryPensionEurPerYear: number | null
    sickPayEurPerDay: number | null
  }
}

/**
 * The trade-off of the status leaving the most net after tax (the first in STATUSES on a tie), or
 * null when the CDI's or that status's protection is missing; every status of STATUSES takes part,
 * so a status registered later does too.
 */
export function protectionTradeOff(results: SocialResult['results']): ProtectionTradeOff | null {
  let best: Status | undefined
  for (const status of STATUSES) {
    const net = results[status].netAfterTaxEurPerYear
    if (best === undefined || net > results[best].netAfterTaxEurPerYear) best = status
  }
  const cdi = results.cdi.protection
  const top = best === undefined ? undefined : results[best]
  if (best === undefined || cdi === undefined || top?.protection === undefined) return null
  const p = top.protection
  return {
    status: best,
    netAfterTaxEurPerYear: top.netAfterTaxEurPerYear,
    quartersPerYear: p.quartersPerYear,
    supplementaryPensionEurPerYear: supplementaryPensionEurPerYear(p),
    sickPayEurPerDay: p.sickPayEurPerDay,
    unemploymentInsurance: hasUnemploymentInsurance(p),
    cdi: {
      netAfterTaxEurPerYear: results.cdi.netAfterTaxEurPerYear,
      quartersPerYear: cdi.quartersPerYear,
      supplementaryPensionEurPerYear: supplementaryPensionEurPerYear(cdi),
      sickPayEurPerDay: cdi.sickPayEurPerDay,
    },
  }
}
