// Long answers in steps (a net-by-days curve): the worker reads the page's messages between
// steps, so a step is cut at a model evaluation once its time is up (./session.ts's interrupt).
import { type Counter, Interrupted } from './session'

/**
 * How long a curve's step runs before it stops at the next model evaluation. A status's figures
 * at a new point take up to 12 evaluations: in one piece, a compute sent meanwhile waited for
 * steps of 108 ms median and up to 286 ms; stopped, the steps took 32 ms median and 95 ms at most
 * (Node, the worker's rules on publicodes made lean, every rule settable, a curve at 610 €/day,
 * 2026-11-28).
 */
export const CURVE_STEP_MS = 20

/**
 * How many times one piece of work may be stopped before it runs to the end. Solves remember
 * every point they evaluate (./curve.ts), so the next try goes on from them; an optimal split's
 * scan does not, and would start over each time.
 */
const CURVE_STEP_TRIES = 16

/**
 * Runs pieces of work in steps over the engine's `counter`: `make` is stopped at its first model
 * evaluation after CURVE_STEP_MS (once it has made one), then tried again after a step, at most
 * CURVE_STEP_TRIES times; the last try runs to the end. The answer is the same however often it
 * stopped: every figure is canonical (./engine.ts), and what a stopped try computed stays in the
 * caches and the solvers' curves for the next.
 */
export function stepper(counter: Counter, now: () => number) {
  return function* inSteps<T>(make: () => T): Generator<void, T, void> {
    for (let tries = 1; ; tries += 1) {
      const before = counter.situations
      const until = now() + CURVE_STEP_MS
      if (tries <= CURVE_STEP_TRIES) {
        counter.interrupt = () => counter.situations > before && now() >= until
      }
      let made: { value: T } | undefined
      try {
        made = { value: make() }
      } catch (error) {
        if (!(error instanceof Interrupted)) throw error
      } finally {
        counter.interrupt = undefined
      }
      if (counter.situations > before) yield
      if (made !== undefined) return made.value
    }
  }
}
