// The turnover at which a freelance status's net after tax reaches a target (the CDI's net for
// the break-even, the person's target net otherwise), canonical: the first whole euro of turnover
// whose figures reach the target, whatever the searches made before.
import { settleOnGrid } from './settle'
import { type Probe, solveIncreasing } from './solve'
import type { BreakEvenSearch } from './statuses/types'

/** Break-even turnovers are sought between 0 and 5 M€ a year. */
export const BREAK_EVEN_MAX_TURNOVER_EUR_PER_YEAR = 5_000_000

/** Accepted gap, in €/year, between a freelance net after tax and the CDI's while searching. */
export const BREAK_EVEN_TOLERANCE_EUR_PER_YEAR = 1

/**
 * How far, in €/year, a net after tax can fall below an earlier one as the turnover rises: nets
 * are rounded to the euro at several steps of the model (a micro-entrepreneur's net goes 55 072,
 * 55 076, 55 068 € from 99 580 to 99 590 € of turnover).
 */
export const NET_NOISE_EUR_PER_YEAR = 10

/** The most grid points looked at below the settled one (see lookBack). */
const LOOK_BACK_STEPS = 12

/** The driver's grid, in €: on tens of euros a net rises by several euros, beyond its wobble. */
const GRID_EUR = 10

/** The most whole euros tried above a driver's point whose figures fall short of the target. */
const MAX_STEPS_UP = LOOK_BACK_STEPS * GRID_EUR

/**
 * The first whole euro of turnover, up to BREAK_EVEN_MAX_TURNOVER_EUR_PER_YEAR, at which
 * `netAtTurnover` reaches `target`, or null if none does. `search` drives the search (the
 * turnover itself, or a gross salary whose probes carry the turnover paying it); the answer is
 * checked on the figures the page shows, `netAtTurnover`.
 *
 * Three steps, each depending on the function only, never on the seeds: solve near the crossing;
 * settle on the driver's tens of euros and look back to the first ten that reaches the target;
 * bisect the turnovers between that ten and the one below it.
 */
export function turnoverReaching(
  search: BreakEvenSearch,
  netAtTurnover: (turnover: number) => number,
  target: number,
): number | null {
  const max = BREAK_EVEN_MAX_TURNOVER_EUR_PER_YEAR
  const seen = new Map<number, Probe<number>>()
  for (const p of search.known) seen.set(p.x, p)
  const netAt = (x: number) => {
    const known = seen.get(x)
    if (known !== undefined) return known
    const probe = search.netAt(x)
    seen.set(x, probe)
    return probe
  }
  const outcome = solveIncreasing(netAt, {
    target,
    tolerance: BREAK_EVEN_TOLERANCE_EUR_PER_YEAR,
    maxEvaluations: 30,
    xTolerance: 0.5,
    noise: NET_NOISE_EUR_PER_YEAR,
    lo: 0,
    hi: max,
    guess: search.guess,
    slope: search.slope,
    known: search.known,
  })
  if (outcome.kind === 'aboveRange') return null
  const settled = settleOnGrid(netAt, {
    target,
    step: GRID_EUR,
    from: Math.round(outcome.probe.x / GRID_EUR) * GRID_EUR,
    slope: search.slope,
    lo: 0,
    hi: max,
    side: 'first',
    known: [...seen.values()],
  })
  if (settled === null) return null
  const first = lookBack(netAt, target, settled)
  if (first.x <= 0) return first.data <= max ? Math.max(0, Math.ceil(first.data)) : null
  const turnover = firstEuroReaching(
    netAtTurnover,
    target,
    netAt(first.x - GRID_EUR).data,
    first.data,
  )
  return turnover <= max ? Math.max(0, turnover) : null
}

/**
 * The first ten of the driver that reaches the target, from a settled one: a net wobbles, so the
 * ten below a settled one may fall short where an earlier ten reached the target (two searches
 * from two histories would settle on two tens). A net never falls more than
 * NET_NOISE_EUR_PER_YEAR below an earlier one, so no ten below one whose net is short of
 * target − NET_NOISE_EUR_PER_YEAR reaches the target: look down to such a ten (at most
 * LOOK_BACK_STEPS tens, nets flat for longer are not rounding), then take the first that reaches.
 */
function lookBack(
  netAt: (x: number) => Probe<number>,
  target: number,
  settled: Probe<number>,
): Probe<number> {
  const tens: Probe<number>[] = [settled]
  for (let step = 1; step <= LOOK_BACK_STEPS; step += 1) {
    const x = settled.x - step * GRID_EUR
    if (x < 0) break
    const p = netAt(x)
    if (p.y < target - NET_NOISE_EUR_PER_YEAR) break
    tens.push(p)
  }
  const reaching = tens.filter((p) => p.y >= target)
  return reaching.reduce((a, b) => (b.x < a.x ? b : a), settled)
}

/**
 * The first whole euro in (below, reaching] at which the net reaches the target, by bisection
 * from that bracket, so the answer depends on the bracket only.
 */
function firstEuroReaching(
  netAtTurnover: (turnover: number) => number,
  target: number,
  below: number,
  reaching: number,
): number {
  let high = Math.ceil(reaching)
  let low = Math.min(Math.floor(below), high - 1)
  let checked = false
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2)
    if (netAtTurnover(middle) >= target) {
      high = middle
      checked = true
    } else low = middle
  }
  // Where the driver is not the turnover (a gross salary, a revenu professionnel), its point said
  // that `reaching` reaches the target: the figures at that whole euro are checked too, and while
  // they fall short (a net wobbles by a few euros), the next euros are.
  for (let step = 0; !checked && step < MAX_STEPS_UP; step += 1) {
    if (netAtTurnover(high) >= target) checked = true
    else high += 1
  }
  return high
}
