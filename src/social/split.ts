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

/**
 * The driver value in [lo, hi] (whole euros) with the highest net: a scan on an absolute grid,
 * the extra points, then a golden-section search in the bracket around the best scanned point;
 * it returns the best of every point evaluated, all of them sorted by x, so the answer depends
 * on the inputs only (no history) and is never below any point it evaluated.
 */
export function bestSplit<D>(
  netAt: (x: number) => SplitProbe<D>,
  lo: number,
  hi: number,
  options: SplitSearchOptions,
): { best: SplitProbe<D>; points: SplitProbe<D>[] } {
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
  let a = scanned[Math.max(0, bestIndex - 1)]?.x ?? lo
  let b = scanned[Math.min(scanned.length - 1, bestIndex + 1)]?.x ?? hi
  let c = b - GOLDEN * (b - a)
  let d = a + GOLDEN * (b - a)
  while (b - a > options.toleranceEur) {
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
  const points = [...seen.values()].sort((p, q) => p.x - q.x)
  let best = points[0] as SplitProbe<D>
  for (const p of points) if (p.net > best.net) best = p
  return { best, points }
}
