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
 * the points already seen on it (which it remembers), or started `from` an x known to be close
 * (another status's solution of the same equation): the answer is the grid point next to the
 * crossing (`first`: the first cent reaching the target; `last`: the last cent not above it),
 * which depends on the curve only, never on the seeds nor the start; null when no cent qualifies
 * for `last`.
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
    /** See SettleOptions.minSlope. */
    minSlope?: number
    /** See SettleOptions.unitSlopeSteps. */
    unitSlopeSteps?: boolean
    what: string
    from?: number
  },
): Probe<D> | null {
  const remembered = (x: number): Probe<D | undefined> => {
    const probe = f(x)
    curve.remember(probe.x, probe.y)
    return probe
  }
  // A solution of the same equation is likely the answer's cent: it and its neighbour on the other
  // side of the crossing are checked first, the answer last, so that the engine is left at its
  // situation (its figures are then read without setting it again).
  const started =
    options.from === undefined
      ? []
      : [
          Math.round(options.from * 100) + (options.side === 'first' ? -1 : 1),
          Math.round(options.from * 100),
        ].map((cent) => remembered(cent / 100))
  const known = [...curve.near(options.target), ...started]
  const from = known.length === 0 ? options.target / options.defaultSlope : undefined
  const settled = settleOnGrid(remembered, {
    target: options.target,
    step: 0.01,
    ...(from === undefined ? {} : { from }),
    slope: options.defaultSlope,
    lo: options.lo,
    hi: options.hi,
    side: options.side,
    ...(options.minSlope === undefined ? {} : { minSlope: options.minSlope }),
    ...(options.unitSlopeSteps === true ? { unitSlopeSteps: true } : {}),
    known,
  })
  if (settled === null) {
    if (options.side === 'last') return null
    throw new SocialModelError(`could not solve the ${options.what}: beyond the range`)
  }
  return settled.data === undefined
    ? f(settled.x)
    : { x: settled.x, y: settled.y, data: settled.data }
}
