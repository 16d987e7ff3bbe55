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
})
