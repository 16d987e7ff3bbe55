import { SocialModelError } from './rules'
import { settleOnGrid } from './settle'
import { PointMemo, type Probe } from './solve'

/**
 * One curve of points per key (made when first asked): a status whose curve moves with an input
 * (ACRE lowers the contributions) keeps one for each value of it.
 */
export function curvesByKey<I>(keyOf: (inputs: I) => string): (inputs: I) => PointMemo {
  const curves = new Map<string, PointMemo>()
  return (inputs) => {
    const key = keyOf(inputs)
    const known = curves.get(key)
    if (known !== undefined) return known
    const made = new PointMemo()
    curves.set(key, made)
    return made
  }
}

/** Solved amounts are sought within ±100 M€ a year. */
export const MAX_SOLVE_EUR = 100_000_000

/**
 * Solves f(x) = target to the cent on a curve that does not depend on the household, seeded with
 * the points already seen on it (which it remembers): the answer is the grid point next to the
 * crossing (`first`: the first cent reaching the target; `last`: the last cent not above it),
 * which depends on the curve only, never on the seeds; null when no cent qualifies for `last`.
 */
export function solveOnCurve<D>(
  f: (x: number) => Probe<D>,
  curve: PointMemo,
  options: {
    target: number
    lo: number
    hi: number
    defaultSlope: number
    side: 'first' | 'last'
    what: string
  },
): D | null {
  const remembered = (x: number): Probe<D | undefined> => {
    const probe = f(x)
    curve.remember(probe.x, probe.y)
    return probe
  }
  const known = curve.near(options.target)
  const settled = settleOnGrid(remembered, {
    target: options.target,
    step: 0.01,
    ...(known.length === 0 ? { from: options.target / options.defaultSlope } : {}),
    slope: options.defaultSlope,
    lo: options.lo,
    hi: options.hi,
    side: options.side,
    known,
  })
  if (settled === null) {
    if (options.side === 'last') return null
    throw new SocialModelError(`could not solve the ${options.what}: beyond the range`)
  }
  return settled.data ?? f(settled.x).data
}
