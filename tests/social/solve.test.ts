import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PointMemo, type Probe, solveIncreasing } from '../../src/social/solve'

/** An increasing piecewise-linear function, with a jump at the start of each piece. */
const pieceArbitrary = fc.record({
  length: fc.double({ min: 100, max: 50_000, noNaN: true }),
  slope: fc.double({ min: 0.3, max: 3, noNaN: true }),
  jump: fc.oneof(fc.constant(0), fc.double({ min: 1, max: 3000, noNaN: true })),
})
type Piece = { length: number; slope: number; jump: number }

function makeFunction(pieces: Piece[]) {
  return (x: number): number => {
    let start = 0
    let y = 0
    for (const piece of pieces) {
      if (start > 0) y += piece.jump
      const end = start + piece.length
      if (x < end) return y + (x - start) * piece.slope
      y += piece.length * piece.slope
      start = end
    }
    return y + (x - start) // beyond the last piece, slope 1
  }
}

const probeOf =
  (f: (x: number) => number) =>
  (x: number): Probe<null> => ({ x, y: f(x), data: null })

describe('solveIncreasing', () => {
  it('finds the target within tolerance, or the point just below a jump over it', () => {
    fc.assert(
      fc.property(
        fc.array(pieceArbitrary, { minLength: 1, maxLength: 8 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (pieces, where) => {
          const f = makeFunction(pieces)
          const hi = pieces.reduce((sum, p) => sum + p.length, 0)
          const target = f(0) + where * (f(hi) - f(0))
          const outcome = solveIncreasing(probeOf(f), {
            target,
            lo: 0,
            hi,
            tolerance: 0.5,
            guess: target,
            slope: 1,
            maxEvaluations: 60,
            xTolerance: 0.01,
            settle: 'below',
          })
          if (outcome.kind === 'found') {
            expect(Math.abs(outcome.probe.y - target)).toBeLessThanOrEqual(0.5)
          } else {
            expect(outcome.kind).toBe('jump')
            expect(outcome.probe.y).toBeLessThan(target)
            expect(f(outcome.probe.x + 0.01)).toBeGreaterThan(target)
          }
          expect(outcome.evaluations).toBeLessThanOrEqual(60)
        },
      ),
      { numRuns: 500 },
    )
  })

  it('needs one evaluation on a line when seeded with two of its points', () => {
    const f = (x: number) => 1.45 * x + 240
    const outcome = solveIncreasing(probeOf(f), {
      target: 97101.3,
      lo: 0,
      hi: 1e8,
      tolerance: 0.5,
      guess: 0,
      slope: 1,
      maxEvaluations: 10,
      known: [probeOf(f)(50000), probeOf(f)(60000)],
    })
    expect(outcome.kind).toBe('found')
    expect(outcome.evaluations).toBe(1)
  })

  it('says when the target is out of range', () => {
    const f = (x: number) => x
    const options = { lo: 0, hi: 100, tolerance: 0.5, guess: 50, slope: 1, maxEvaluations: 10 }
    expect(solveIncreasing(probeOf(f), { ...options, target: 500 }).kind).toBe('aboveRange')
    expect(solveIncreasing(probeOf(f), { ...options, target: -5 }).kind).toBe('belowRange')
  })
})

describe('PointMemo', () => {
  it('seeds a search with the closest points around the target, the closest last', () => {
    const memo = new PointMemo()
    for (const x of [10, 20, 30, 40]) memo.remember(x, 2000 * x)
    expect(memo.near(55000).map((p) => p.x)).toEqual([20, 30])
    expect(memo.near(61000).map((p) => p.x)).toEqual([40, 30])
    expect(memo.near(100000).map((p) => p.x)).toEqual([30, 40])
    expect(new PointMemo().near(5)).toEqual([])
  })

  it('takes no slope from points closer than rounding noise', () => {
    const memo = new PointMemo()
    memo.remember(1000, 50000)
    memo.remember(1000.4, 50001)
    memo.remember(500, 25000)
    expect(memo.near(60000).map((p) => p.x)).toEqual([500, 1000.4])
  })
})
