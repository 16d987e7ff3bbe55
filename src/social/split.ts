// The best split of a company's margin between salary and dividends: a pure search over a net
// that is piecewise smooth in the salary (its kinks are the corporate and income tax brackets).

/** One evaluated point: the salary driver x (gross €/year) and the net after tax there. */
export interface SplitProbe<D> {
  x: number
  net: number
  data: D
}

/** Options of bestSplit: the scan step in € of driver and the final bracket width in €. */
export interface SplitSearchOptions {
  /** Scan every multiple of this step between lo and hi (absolute, so points repeat across inputs). */
  scanStepEur: number
  /** Golden-section refinement stops when the bracket is narrower than this. */
  toleranceEur: number
  /** Points worth checking on their own (e.g. where the profit crosses a tax bracket). */
  extra?: readonly number[]
}

const GOLDEN = (Math.sqrt(5) - 1) / 2

/** Line crossings tried before the golden section takes over what is left of the bracket. */
const MAX_CROSSINGS = 6

/** A point of the net and the slope of the piece on one side of it (€ of net per € of driver). */
interface Piece {
  x: number
  net: number
  slope: number
}

/**
 * The driver value in [lo, hi] (whole euros) with the highest net: a scan on an absolute grid,
 * the extra points, then a refinement around the best scanned point; it returns the best of every
 * point evaluated, all of them sorted by x, so the answer depends on the inputs only (no history)
 * and is never below any point it evaluated.
 *
 * The refinement uses the net's shape: between the brackets of the contributions and of the
 * corporate and income taxes most rates are constant, so the net is close to linear there and its
 * maximum sits where a rising piece meets a falling one. The slopes beside the best scanned point
 * (one tolerance away) say on which side the maximum is; the rising piece's line and the falling
 * piece's line (its slope measured at the far end of the bracket) cross near the kink, where the
 * slopes confirm the maximum (rising on its left, flat or falling on its right) or make the point
 * the bracket's new end. One kink near the best scanned point takes five or six evaluations, where
 * the golden-section search of the two scan steps around it, to 50 €, took thirteen. Where the
 * pieces curve (the 2026 reduction of the employer's contributions is degressive) the crossings
 * take a few more; whatever they leave after MAX_CROSSINGS (several kinks, a jump) the golden
 * section searches, as it did alone before.
 */
export function bestSplit<D>(
  netAt: (x: number) => SplitProbe<D>,
  lo: number,
  hi: number,
  options: SplitSearchOptions,
): { best: SplitProbe<D>; points: SplitProbe<D>[] } {
  if (!(lo <= hi)) throw new RangeError(`no split to search between ${lo} and ${hi}`)
  const seen = new Map<number, SplitProbe<D>>()
  const at = (raw: number) => {
    const x = Math.min(hi, Math.max(lo, Math.round(raw)))
    let probe = seen.get(x)
    if (probe === undefined) {
      probe = netAt(x)
      seen.set(x, probe)
    }
    return probe
  }
  const grid = [lo, hi, ...(options.extra ?? [])]
  for (
    let x = Math.ceil(lo / options.scanStepEur) * options.scanStepEur;
    x < hi;
    x += options.scanStepEur
  ) {
    grid.push(x)
  }
  for (const x of grid) if (x >= lo && x <= hi) at(x)
  const scanned = [...seen.values()].sort((a, b) => a.x - b.x)
  let bestIndex = 0
  scanned.forEach((p, i) => {
    if (p.net > (scanned[bestIndex]?.net ?? -Infinity)) bestIndex = i
  })
  const bracket = refine(
    at,
    scanned[bestIndex]?.x ?? lo,
    scanned[Math.max(0, bestIndex - 1)]?.x ?? lo,
    scanned[Math.min(scanned.length - 1, bestIndex + 1)]?.x ?? hi,
    lo,
    hi,
    options.toleranceEur,
  )
  if (bracket !== null) goldenSection(at, bracket[0], bracket[1], options.toleranceEur)
  const points = [...seen.values()].sort((p, q) => p.x - q.x)
  let best = points[0] as SplitProbe<D>
  for (const p of points) if (p.net > best.net) best = p
  return { best, points }
}

/**
 * Crosses the lines of the rising and the falling pieces around m (best scanned, between its
 * neighbours a and b) until a point rises on its left and not on its right: null then, else the
 * bracket the golden section still has to search.
 */
function refine(
  at: (x: number) => { net: number },
  m: number,
  a: number,
  b: number,
  lo: number,
  hi: number,
  step: number,
): [number, number] | null {
  // The slope just right of x (nothing rises past hi) and just left of x (nothing falls before lo).
  const right = (x: number) => (x + step <= hi ? (at(x + step).net - at(x).net) / step : -1)
  const left = (x: number) => (x - step >= lo ? (at(x).net - at(x - step).net) / step : 1)
  const piece = (x: number, slope: number): Piece => ({ x, net: at(x).net, slope })
  let rise: Piece
  let fall: Piece
  if (m < b && right(m) > 0) {
    rise = piece(m, right(m))
    fall = piece(b, left(b))
  } else if (m > a && left(m) < 0) {
    fall = piece(m, left(m))
    rise = piece(a, right(a))
  } else return null
  // Each crossing k is evaluated with the slopes beside it: rising on its right, k is the new
  // rising end; falling on its left, the new falling end; neither, the maximum (within a step).
  for (let i = 0; i < MAX_CROSSINGS && fall.x - rise.x > 2 * step; i++) {
    // Not a rising piece then a falling one: more than one kink between them.
    if (!(rise.slope > 0 && fall.slope < 0)) break
    const crossing =
      (fall.net - rise.net + rise.slope * rise.x - fall.slope * fall.x) / (rise.slope - fall.slope)
    const k = Math.min(fall.x - step, Math.max(rise.x + step, Math.round(crossing)))
    const r = right(k)
    if (r > 0) {
      rise = piece(k, r)
      continue
    }
    const l = left(k)
    if (l >= 0) return null
    fall = piece(k, l)
  }
  return fall.x - rise.x > step ? [rise.x, fall.x] : null
}

/** Golden-section search of [a, b] down to the tolerance, each point through `at`. */
function goldenSection(
  at: (x: number) => { net: number },
  from: number,
  to: number,
  tolerance: number,
) {
  let a = from
  let b = to
  let c = b - GOLDEN * (b - a)
  let d = a + GOLDEN * (b - a)
  while (b - a > tolerance) {
    if (at(c).net >= at(d).net) {
      b = d
      d = c
      c = b - GOLDEN * (b - a)
    } else {
      a = c
      c = d
      d = a + GOLDEN * (b - a)
    }
  }
}
