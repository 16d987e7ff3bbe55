import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { bestSplit } from '../../src/social/split'

const probe = (f: (x: number) => number) => (x: number) => ({ x, net: f(x), data: null })
const options = { scanStepEur: 10_000, toleranceEur: 50 }

describe('bestSplit', () => {
  it.each([
    ['smooth', (x: number) => -((x - 23_456) ** 2) / 1e4, 23_456],
    [
      'a kink',
      (x: number) => (x < 61_910 ? 0.07 * x : 0.07 * 61_910 - 0.01 * (x - 61_910)),
      61_910,
    ],
    ['the lower end', (x: number) => -x, 0],
    ['the upper end', (x: number) => x, 74_526],
  ])('finds the maximum of a net with %s to within the tolerance', (_, f, at) => {
    const { best } = bestSplit(probe(f), 0, 74_526, options)
    expect(Math.abs(best.x - at)).toBeLessThanOrEqual(50)
  })

  it('never returns less than a point it evaluated, and lists them sorted', () => {
    const f = (x: number) => Math.sin(x / 7_000) * 1_000 + x / 100
    const { best, points } = bestSplit(probe(f), 0, 74_526, options)
    expect(points.map((p) => p.x)).toEqual([...points.map((p) => p.x)].sort((a, b) => a - b))
    for (const p of points) expect(best.net).toBeGreaterThanOrEqual(p.net)
  })

  it('refuses an empty range, which has no best point, rather than answer without one', () => {
    const rising = probe((x) => x)
    expect(() => bestSplit(rising, 1_187, 1_186, options)).toThrow(RangeError)
    expect(bestSplit(rising, 1_186, 1_186, options).best.x).toBe(1_186)
  })

  it('checks the extra points (a tax bracket) even off the scan grid', () => {
    const f = (x: number) => (x === 33_333 ? 1_000 : 0)
    expect(bestSplit(probe(f), 0, 74_526, { ...options, extra: [33_333] }).best.x).toBe(33_333)
  })

  it('is canonical: the same inputs give the same point and the same evaluations', () => {
    const f = (x: number) => -Math.abs(x - 40_001.4)
    const a = bestSplit(probe(f), 0, 74_526, options)
    const b = bestSplit(probe(f), 0, 74_526, options)
    expect(a).toEqual(b)
    expect(a.points.length).toBeLessThanOrEqual(24)
  })

  it('finds a single kink in six evaluations after the scan, where a golden section took 13', () => {
    const kink = 61_910
    const f = (x: number) => (x < kink ? 0.07 * x : 0.07 * kink - 0.01 * (x - kink))
    const { best, points } = bestSplit(probe(f), 0, 74_526, options)
    // The scan: 0, 10 000 … 70 000 and 74 526.
    expect(points.length - 9).toBeLessThanOrEqual(6)
    expect(best.x).toBe(kink)
  })

  it('still finds the maximum where the rising piece curves (a degressive reduction)', () => {
    // Rising ever faster up to 22 950, then falling: the shape of the SASU net near its optimum.
    const peak = 22_950
    const rise = (x: number) => 0.06 * x + 2e-6 * (x - 15_000) ** 2
    const f = (x: number) => (x < peak ? rise(x) : rise(peak) - 0.04 * (x - peak))
    const { best } = bestSplit(probe(f), 0, 74_526, options)
    expect(Math.abs(best.x - peak)).toBeLessThanOrEqual(50)
  })

  it('comes within 50 € of driver of the maximum of any rising-then-falling net, rounded to the cent', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 500, max: 74_000 }),
        fc.array(fc.double({ min: 0.005, max: 0.8, noNaN: true }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.double({ min: 0.005, max: 0.8, noNaN: true }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.integer({ min: 1, max: 73_999 }), { minLength: 6, maxLength: 6 }),
        (peak, ups, downs, cuts) => {
          // Linear pieces rising with the slopes `ups` up to the peak, falling with `downs` after,
          // their kinks at the cuts (in any order of steepness: not concave).
          const left = cuts
            .slice(0, ups.length - 1)
            .map((c) => (c % peak) + 1)
            .sort((a, b) => a - b)
          const right = cuts
            .slice(3, 3 + downs.length - 1)
            .map((c) => peak + (c % (74_526 - peak)))
            .sort((a, b) => a - b)
          const slopeAt = (x: number) => {
            if (x < peak) return ups[left.filter((k) => k <= x).length] ?? 0
            return -(downs[right.filter((k) => k <= x).length] ?? 0)
          }
          const exact = (x: number) => {
            let y = 0
            for (let t = 0; t < x; t += 1) y += slopeAt(t)
            return y
          }
          const table = new Map<number, number>()
          const f = (x: number) => {
            let y = table.get(x)
            if (y === undefined) {
              y = Math.round(exact(x) * 100) / 100
              table.set(x, y)
            }
            return y
          }
          const { best, points } = bestSplit(probe(f), 0, 74_526, options)
          const steepest = Math.max(...ups, ...downs)
          expect(best.net).toBeGreaterThanOrEqual(f(peak) - 50 * steepest - 0.01)
          for (const p of points) expect(best.net).toBeGreaterThanOrEqual(p.net)
        },
      ),
      { numRuns: 60 },
    )
  })
})
