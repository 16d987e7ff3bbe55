// The verdict: which way of working leaves the most net after tax, decided from the social
// results alone, over every status of STATUSES (a status added there takes part by itself).
import { STATUSES, type Status, type StatusResult } from './model'

/** Why a status is left out of the verdict. */
export type Exclusion = 'ceiling' | 'inaccessible'

/** What the verdict warns about first. */
export type Caveat =
  | 'acreFirstYear'
  | 'microCeilingExcluded'
  | 'microNearCeiling'
  | 'portageApproximation'
  | 'freelanceProtection'
  | 'cdiAhead'

/** The verdict: the best accessible status, its lead over the runner-up and over the CDI. */
export type Verdict = {
  best: Status
  bestNetEurPerYear: number
  /** The next accessible status, null when the best is the only one. */
  runnerUp: Status | null
  leadOverRunnerUpEurPerYear: number
  /** How much more (or less) the best leaves than the CDI; null when the best is the CDI. */
  leadOverCdiEurPerYear: number | null
  /** Statuses left out, and why (micro beyond its ceiling). */
  excluded: { status: Status; reason: Exclusion }[]
  /** The main caveat, then the others. */
  caveats: Caveat[]
}

/** Share of the micro ceiling beyond which the verdict warns that the ceiling is near. */
export const NEAR_CEILING_SHARE = 0.9

/** Why a status cannot be chosen for these results, or null when it can. */
export function exclusionOf(result: StatusResult): Exclusion | null {
  // An explicit accessibility field (another status may add one) wins over the ceiling.
  const accessible = (result as { accessible?: unknown }).accessible
  if (accessible === false) return 'inaccessible'
  if (result.ceilingExceeded === true) return 'ceiling'
  return null
}

/**
 * The verdict for one set of social results: the accessible status with the highest net after tax
 * (the first of STATUSES on a tie), its lead over the runner-up and over the CDI, the statuses left
 * out, and the caveats; null when no status is accessible. With `acre` (ACRE asked for), a
 * freelance verdict warns that its figures are those of the first 12 months, after what the
 * micro-entreprise's ceiling asks.
 */
export function verdictFor(
  results: Partial<Record<Status, StatusResult>>,
  { acre = false }: { acre?: boolean } = {},
): Verdict | null {
  const ranked: { status: Status; net: number }[] = []
  const excluded: Verdict['excluded'] = []
  for (const status of STATUSES) {
    const result = results[status]
    if (result === undefined) continue
    const reason = exclusionOf(result)
    if (reason !== null) excluded.push({ status, reason })
    else ranked.push({ status, net: result.netAfterTaxEurPerYear })
  }
  // A stable sort keeps the order of STATUSES on a tie.
  ranked.sort((a, b) => b.net - a.net)
  const [first, second] = ranked
  if (first === undefined) return null
  const cdi = results.cdi
  const best = first.status
  const bestResult = results[best] as StatusResult
  const caveats: Caveat[] = []
  if (excluded.some((e) => e.status === 'micro' && e.reason === 'ceiling')) {
    caveats.push('microCeilingExcluded')
  }
  if (
    best === 'micro' &&
    bestResult.ceilingEurPerYear !== undefined &&
    bestResult.grossOrTurnoverEurPerYear >= NEAR_CEILING_SHARE * bestResult.ceilingEurPerYear
  ) {
    caveats.push('microNearCeiling')
  }
  if (!bestResult.official) caveats.push('portageApproximation')
  // ACRE lowers the contributions of every freelance status but portage (a salaried contract).
  if (acre && best !== 'cdi' && best !== 'portage') caveats.push('acreFirstYear')
  if (best === 'cdi') caveats.push('cdiAhead')
  // Every status but the CDI and portage (a salaried contract) gives up unemployment insurance.
  else if (best !== 'portage') caveats.push('freelanceProtection')
  return {
    best,
    bestNetEurPerYear: first.net,
    runnerUp: second?.status ?? null,
    leadOverRunnerUpEurPerYear: second === undefined ? 0 : first.net - second.net,
    leadOverCdiEurPerYear:
      best === 'cdi' || cdi === undefined ? null : first.net - cdi.netAfterTaxEurPerYear,
    excluded,
    caveats,
  }
}
