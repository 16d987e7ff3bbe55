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
}

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
  // Where the secant through the two points closest to the target crosses it (the local slope:
  // far points straddle steps of f), else the estimated slope from the closest point.
  const crossing = (): number => {
    const sorted = [...probes.entries()].sort(
      ([, a], [, b]) => Math.abs(a.y - target) - Math.abs(b.y - target),
    )
    const [first, ...rest] = sorted as [[number, Probe<T>], ...[number, Probe<T>][]]
    const [k1, p1] = first
    const second = rest.find(([k, p]) => k !== k1 && p.y !== p1.y)
    const perK =
      second !== undefined && (p1.y - second[1].y) / (k1 - second[0]) > 0
        ? (p1.y - second[1].y) / (k1 - second[0])
        : options.slope * step
    return k1 + (target - p1.y) / perK
  }

  const from = options.from === undefined ? undefined : toK(options.from)
  at(clamp(Math.round(from ?? (probes.size > 0 ? crossing() : kLo))))
  for (;;) {
    if (over !== undefined && below !== undefined && over - below === 1) break
    if (over === undefined && below === kHi) return side === 'first' ? null : at(kHi)
    if (below === undefined && over === kLo) return side === 'first' ? at(kLo) : null
    if (over === undefined || below === undefined) {
      // One side known: step towards the crossing, further each time the prediction falls short.
      const known = (over ?? below) as number
      const direction = over === undefined ? 1 : -1
      const distance = Math.max(reach, Math.ceil(Math.abs(crossing() - known)))
      reach *= 2
      at(clamp(known + direction * distance))
      continue
    }
    // Bracketed: the neighbours of the predicted crossing, else (or when guesses stop halving
    // the distance to the target: a step in f) bisection.
    const [low, high] = [below, over]
    const guess = Math.ceil(crossing())
    const inside = (k: number) => k > low && k < high && !probes.has(k)
    const candidate: number | undefined =
      stalls >= 2 ? undefined : [guess, guess - 1, guess + 1].find(inside)
    const closest = Math.min(...[...probes.values()].map((p) => Math.abs(p.y - target)))
    const p = at(candidate ?? Math.floor((low + high) / 2))
    stalls = candidate !== undefined && Math.abs(p.y - target) > closest / 2 ? stalls + 1 : 0
  }
  const answer = side === 'first' ? over : below
  return at(answer)
}
