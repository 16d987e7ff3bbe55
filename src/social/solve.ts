/** One point of an increasing function, `y = f(x)`, with what its evaluation produced, if known. */
export interface Probe<T> {
  readonly x: number
  readonly y: number
  readonly data: T
}

/** How to look for the x at which an increasing function reaches a target. */
export interface SolveOptions<T> {
  /** The y sought. */
  readonly target: number
  /** The smallest x allowed. */
  readonly lo: number
  /** The largest x allowed. */
  readonly hi: number
  /** Accepted distance between y and the target. */
  readonly tolerance: number
  /** The first x to try when `known` holds no point. */
  readonly guess: number
  /** An estimate of dy/dx, used until two points give a secant. */
  readonly slope: number
  /** The most evaluations allowed. */
  readonly maxEvaluations: number
  /** Points already known (from a cache): they seed the search at no cost; the last ones first. */
  readonly known?: readonly Probe<T>[]
  /** Differences in y below this are rounding noise: no slope is taken from them (default 0). */
  readonly noise?: number
  /** Once the target is bracketed in an interval this narrow, the search stops. */
  readonly xTolerance?: number
  /**
   * Which point to take when the function jumps over the target (a threshold in the rules):
   * the closest one (default), or the one below the target (a budget that must not be exceeded).
   */
  readonly settle?: 'closest' | 'below'
}

/**
 * The outcome of a search: `found` (within tolerance), `jump` (the target lies in a jump of the
 * function, narrower than xTolerance; the settled side is returned), `belowRange` (f(lo) is above
 * the target), `aboveRange` (f(hi) is below it) or `gaveUp` (too many evaluations); `probe` is the
 * point chosen (the closest seen when giving up) and `evaluations` counts the calls made.
 */
export interface SolveOutcome<T> {
  readonly kind: 'found' | 'jump' | 'belowRange' | 'aboveRange' | 'gaveUp'
  readonly probe: Probe<T>
  readonly evaluations: number
}

/**
 * Finds x in [lo, hi] where an increasing, piecewise-linear function f reaches a target, with as
 * few evaluations as possible: a Newton step from the guessed slope, then secants, kept inside the
 * bracket once the target is bracketed, bisecting when a secant stalls or across a jump.
 */
export function solveIncreasing<T>(
  f: (x: number) => Probe<T>,
  options: SolveOptions<T>,
): SolveOutcome<T> {
  const { target, lo, hi, tolerance } = options
  const xTolerance = options.xTolerance ?? 0.01
  const noise = options.noise ?? 0
  const distance = (p: Probe<T>) => Math.abs(p.y - target)
  const seen: Probe<T>[] = []
  let below: Probe<T> | undefined
  let above: Probe<T> | undefined
  let best: Probe<T> | undefined
  let evaluations = 0
  let stalls = 0

  const note = (p: Probe<T>) => {
    const last = seen[seen.length - 1]
    stalls = last !== undefined && distance(p) > distance(last) / 2 ? stalls + 1 : 0
    seen.push(p)
    if (best === undefined || distance(p) < distance(best)) best = p
    if (p.y < target && (below === undefined || p.x > below.x)) below = p
    if (p.y > target && (above === undefined || p.x < above.x)) above = p
  }
  const outcome = (kind: SolveOutcome<T>['kind'], probe: Probe<T>): SolveOutcome<T> => ({
    kind,
    probe,
    evaluations,
  })

  for (const p of options.known ?? []) if (p.x >= lo && p.x <= hi) note(p)

  while (best === undefined || distance(best) > tolerance) {
    if (below !== undefined && above !== undefined && above.x - below.x <= xTolerance) {
      const settled = options.settle === 'below' ? below : (best as Probe<T>)
      return outcome('jump', settled)
    }
    if (evaluations >= options.maxEvaluations) return outcome('gaveUp', best as Probe<T>)
    let x = nextX()
    if (below === undefined || above === undefined) {
      x = Math.min(hi, Math.max(lo, x))
      const again = seen.find((p) => p.x === x)
      if (again !== undefined) {
        if (x === hi && again.y < target) return outcome('aboveRange', again)
        if (x === lo && again.y > target) return outcome('belowRange', again)
        x = nudge(again)
      }
    }
    const p = f(x)
    evaluations += 1
    note(p)
  }
  return outcome('found', best)

  function nextX(): number {
    const last = seen[seen.length - 1]
    if (last === undefined) return options.guess
    // The slope of the latest secant between points far enough apart, else the estimate.
    let secant = Number.NaN
    for (let i = seen.length - 2; i >= 0; i--) {
      const p = seen[i] as Probe<T>
      if (Math.abs(last.y - p.y) > noise && p.x !== last.x) {
        secant = (last.y - p.y) / (last.x - p.x)
        break
      }
    }
    const slope = secant > 0 && Number.isFinite(secant) ? secant : options.slope
    const step = last.x + (target - last.y) / slope
    if (below === undefined || above === undefined) return step
    // Bracketed: the secant step if it falls inside, else false position; bisection across a
    // jump (the bracket far steeper than the function) or when the gap stops halving.
    const width = above.x - below.x
    const bracketSlope = (above.y - below.y) / width
    const jumping = bracketSlope > 4 * Math.max(options.slope, secant < bracketSlope ? secant : 0)
    const falsePosition = below.x + (target - below.y) / bracketSlope
    const candidate = step > below.x && step < above.x ? step : falsePosition
    const margin = Math.min(width * 1e-3, xTolerance / 4)
    if (jumping || stalls >= 2 || !(candidate > below.x + margin && candidate < above.x - margin)) {
      stalls = 0
      return (below.x + above.x) / 2
    }
    return candidate
  }

  function nudge(p: Probe<T>): number {
    const direction = p.y < target ? 1 : -1
    const step = Math.max(Math.abs(p.x) * 0.05, 1000) * direction
    return Math.min(hi, Math.max(lo, p.x + step))
  }
}

/** Remembers points of one increasing function, to seed the next searches on it. */
export class PointMemo {
  private readonly points: { x: number; y: number }[] = []

  constructor(private readonly capacity = 256) {}

  /** Keeps a point (dropping the oldest beyond capacity). */
  remember(x: number, y: number): void {
    const at = this.points.findIndex((p) => p.x === x)
    if (at >= 0) this.points.splice(at, 1)
    this.points.push({ x, y })
    if (this.points.length > this.capacity) this.points.shift()
  }

  /**
   * The points to seed a search for a target: the closest below and above it (or the two closest
   * on one side), ordered so that the closest comes last.
   */
  near(target: number): Probe<undefined>[] {
    let below: { x: number; y: number } | undefined
    let above: { x: number; y: number } | undefined
    for (const p of this.points) {
      if (p.y <= target) {
        if (below === undefined || p.y > below.y) below = p
      } else if (above === undefined || p.y < above.y) above = p
    }
    const probe = (p: { x: number; y: number }): Probe<undefined> => ({
      x: p.x,
      y: p.y,
      data: undefined,
    })
    if (below !== undefined && above !== undefined) {
      return [below, above]
        .sort((a, b) => Math.abs(b.y - target) - Math.abs(a.y - target))
        .map(probe)
    }
    const closest = below ?? above
    if (closest === undefined) return []
    // A second point far enough for its secant not to be mere rounding noise.
    const spread = Math.max(100, Math.abs(target) / 100)
    let second: { x: number; y: number } | undefined
    for (const p of this.points) {
      const far = Math.abs(p.y - closest.y) >= spread
      if (
        far &&
        (second === undefined || Math.abs(p.y - closest.y) < Math.abs(second.y - closest.y))
      ) {
        second = p
      }
    }
    return second === undefined ? [probe(closest)] : [probe(second), probe(closest)]
  }
}
