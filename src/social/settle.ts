import type { Probe } from './solve'

/** How to settle a solved point on a grid, so that the answer depends on the function only. */
export interface SettleOptions<T> {
  /** The y sought. */
  readonly target: number
  /** The grid's step: 10 (tens of euros), 1 (whole euros) or 0.01 (whole cents). */
  readonly step: 0.01 | 1 | 10
  /**
   * Where to start: any point near the crossing (a solver's answer); by default where the known
   * points predict the crossing.
   */
  readonly from?: number
  /** An estimate of dy/dx near the crossing. */
  readonly slope: number
  /** The smallest and largest x allowed (on the grid). */
  readonly lo: number
  readonly hi: number
  /**
   * `first`: the smallest grid x with f(x) ≥ target; `last`: the largest grid x with
   * f(x) ≤ target (a budget that must not be exceeded).
   */
  readonly side: 'first' | 'last'
  /** Points of f already evaluated (those on the grid spare an evaluation). */
  readonly known?: readonly Probe<T>[]
  /** The most evaluations allowed (default 40). */
  readonly maxEvaluations?: number
  /**
   * f rises at least this much per unit of x between any two points (an employer's cost rises at
   * least as much as the gross salary). A point on the answer's side less than `minSlope` grid
   * steps of y from the target then settles alone: its neighbour on the other side is a whole grid
   * step of x away, so it lies past the target.
   */
  readonly minSlope?: number
  /**
   * f is x plus a non-decreasing function that moves in steps (contributions rounded to the
   * euro): f rises at least as much as x between any two points (`minSlope` 1), and exactly as
   * much between two steps. Near the crossing the search then predicts with a slope of 1.
   */
  readonly unitSlopeSteps?: boolean
}

/**
 * How close (in y) the nearest point must be for a slope of 1 to predict the crossing, with
 * `unitSlopeSteps`: the steps of f come every few euros of x, so further away a secant does
 * better.
 */
const UNIT_SLOPE_WITHIN = 1

/** Rounding allowed in a predicted grid position (in grid steps). */
const K_ROUNDING = 1e-6

/** Rounding allowed in f (€): far above a float's error at 100 M€ (about 1.5e-8). */
const Y_MARGIN = 1e-6

/** Thrown when no grid point settles within the evaluations allowed. */
export class SettleError extends Error {
  override name = 'SettleError'
}

/**
 * The canonical solution of f(x) = target for a non-decreasing f: the grid point where f crosses
 * the target, found by checking neighbours (k − 1 and k) — it does not depend on where the search
 * starts, only on f, so a solver seeded from any history gives the same answer. Returns null when
 * no grid point in [lo, hi] qualifies (`first`: f(hi) < target; `last`: f(lo) > target).
 */
export function settleOnGrid<T>(
  f: (x: number) => Probe<T>,
  options: SettleOptions<T>,
): Probe<T> | null {
  const { target, step, side } = options
  const maxEvaluations = options.maxEvaluations ?? 40
  // Grid points are whole multiples of the step; cents are divided, not multiplied, to stay exact.
  const toX = (k: number) => (step === 0.01 ? Math.round(k) / 100 : k * step)
  const toK = (x: number) => (step === 0.01 ? x * 100 : x / step)
  const kLo = Math.ceil(toK(options.lo) - 1e-9)
  const kHi = Math.floor(toK(options.hi) + 1e-9)
  // "Above" is the side of the crossing the answer's right neighbour lies on.
  const above = (p: Probe<T>) => (side === 'first' ? p.y >= target : p.y > target)
  const probes = new Map<number, Probe<T>>()
  let below: number | undefined // largest k known not above
  let over: number | undefined // smallest k known above
  let reach = 1
  let stalls = 0

  let evaluations = 0
  const note = (k: number, p: Probe<T>) => {
    probes.set(k, p)
    if (above(p)) over = over === undefined ? k : Math.min(over, k)
    else below = below === undefined ? k : Math.max(below, k)
  }
  for (const p of options.known ?? []) {
    const k = Math.round(toK(p.x))
    if (Math.abs(toK(p.x) - k) < 1e-6 && k >= kLo && k <= kHi) note(k, p)
  }
  const at = (k: number): Probe<T> => {
    const known = probes.get(k)
    if (known !== undefined) return known
    if (evaluations >= maxEvaluations) {
      throw new SettleError(`no grid point settled after ${maxEvaluations} evaluations`)
    }
    evaluations += 1
    const p = f(toX(k))
    note(k, p)
    return p
  }
  const clamp = (k: number) => Math.min(kHi, Math.max(kLo, k))
  // The points known, the closest to the target first (the first known on a tie).
  const nearestFirst = () =>
    [...probes.entries()].sort(
      ([, a], [, b]) => Math.abs(a.y - target) - Math.abs(b.y - target),
    ) as [[number, Probe<T>], ...[number, Probe<T>][]]
  // Where the secant through the two points closest to the target crosses it (the local slope:
  // far points straddle steps of f), else the estimated slope from the closest point.
  const crossing = (): number => {
    const [first, ...rest] = nearestFirst()
    const [k1, p1] = first
    const second = rest.find(([k, p]) => k !== k1 && p.y !== p1.y)
    const perK =
      second !== undefined && (p1.y - second[1].y) / (k1 - second[0]) > 0
        ? (p1.y - second[1].y) / (k1 - second[0])
        : options.slope * step
    return k1 + (target - p1.y) / perK
  }

  // A predicted crossing (in grid steps) as the grid point on the answer's side of it; a prediction
  // within rounding of a grid point is that point.
  const onAnswerSide = (k: number) =>
    side === 'first' ? Math.ceil(k - K_ROUNDING) : Math.floor(k + K_ROUNDING)
  // With unit-slope steps: where a slope of 1 from the point nearest the target crosses it, on the
  // grid point on the answer's side, when that point is near enough; a point there is exactly on
  // the target unless a step of f lies between.
  const unitCrossing = (): number | undefined => {
    if (options.unitSlopeSteps !== true || probes.size === 0) return undefined
    const [[k, p]] = nearestFirst()
    if (Math.abs(p.y - target) > UNIT_SLOPE_WITHIN) return undefined
    return onAnswerSide(k + toK(target - p.y))
  }
  // With unit-slope steps and both ends of the bracket near the target: where a slope of 1 from
  // the end on the other side than the answer's reaches the target, if inside the bracket (there
  // the answer, unless a step lies between), else the middle (a step lies between, and only
  // bisection finds it).
  const nearStep = (low: number, high: number): number | undefined => {
    if (options.unitSlopeSteps !== true) return undefined
    const [lowY, highY] = [(probes.get(low) as Probe<T>).y, (probes.get(high) as Probe<T>).y]
    if (Math.max(target - lowY, highY - target) > UNIT_SLOPE_WITHIN) return undefined
    const reached = onAnswerSide(
      side === 'first' ? low + toK(target - lowY) : high - toK(highY - target),
    )
    // Strictly inside the bracket, so never a point already known.
    return reached > low && reached < high ? reached : Math.floor((low + high) / 2)
  }
  // With a least slope, the answer when the nearest point on its side is closer to the target
  // than its neighbour can be (with a margin for rounding in y).
  const minSlope = options.minSlope ?? (options.unitSlopeSteps === true ? 1 : undefined)
  const settledAlone = (): Probe<T> | undefined => {
    if (minSlope === undefined) return undefined
    const k = side === 'first' ? over : below
    const p = k === undefined ? undefined : probes.get(k)
    return p !== undefined && Math.abs(p.y - target) < minSlope * step - Y_MARGIN ? p : undefined
  }

  const from = options.from === undefined ? undefined : toK(options.from)
  // The first point: at `from`, else where the known points predict the crossing; none when they
  // settle the answer or are near enough for a slope of 1 (a solve stopped by a curve's step goes
  // on from its points this way).
  const goOn = probes.size > 0 && (settledAlone() !== undefined || unitCrossing() !== undefined)
  if (from !== undefined || !goOn) {
    at(clamp(Math.round(from ?? (probes.size > 0 ? crossing() : kLo))))
  }
  for (;;) {
    if (over !== undefined && below !== undefined && over - below === 1) break
    const alone = settledAlone()
    if (alone !== undefined) return alone
    if (over === undefined && below === kHi) return side === 'first' ? null : at(kHi)
    if (below === undefined && over === kLo) return side === 'first' ? at(kLo) : null
    if (over === undefined || below === undefined) {
      // One side known: step towards the crossing, further each time the prediction falls short.
      const known = (over ?? below) as number
      const direction = over === undefined ? 1 : -1
      const unit = unitCrossing()
      if (unit !== undefined && !probes.has(unit) && (unit - known) * direction > 0) {
        at(clamp(unit))
        continue
      }
      const distance = Math.max(reach, Math.ceil(Math.abs(crossing() - known)))
      reach *= 2
      at(clamp(known + direction * distance))
      continue
    }
    // Bracketed: the neighbours of the predicted crossing, else (or when guesses stop halving
    // the distance to the target: a step in f) bisection.
    const [low, high] = [below, over]
    // On the answer's side of the predicted crossing: with a least slope, a point there settles
    // alone.
    const guess = side === 'first' ? Math.ceil(crossing()) : Math.floor(crossing())
    const inside = (k: number) => k > low && k < high && !probes.has(k)
    const unit = unitCrossing()
    const candidate: number | undefined =
      stalls >= 2
        ? undefined
        : (nearStep(low, high) ??
          [...(unit === undefined ? [] : [unit]), guess, guess - 1, guess + 1].find(inside))
    const closest = Math.abs(nearestFirst()[0][1].y - target)
    const p = at(candidate ?? Math.floor((low + high) / 2))
    stalls = candidate !== undefined && Math.abs(p.y - target) > closest / 2 ? stalls + 1 : 0
  }
  const answer = side === 'first' ? over : below
  return at(answer)
}
