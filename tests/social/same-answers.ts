import type Engine from 'publicodes'
import { expect } from 'vitest'
import { createSocialEngine, type RuleName } from '../../src/social/engine'
import { EXPLAIN_FIGURES } from '../../src/social/explain-contract'
import type { SocialInputs, Status } from '../../src/social/model'

/** A social engine over a copy of a publicodes engine (saves building one). */
const over = (engine: Engine<RuleName>) => createSocialEngine(engine.shallowCopy())

/** `candidate` answers the figures, protection, break-evens and curve that `reference` does. */
export function expectSameAnswers(
  reference: Engine<RuleName>,
  candidate: Engine<RuleName>,
  inputs: SocialInputs,
): void {
  const [a, b] = [over(reference), over(candidate)]
  expect(b.compute(inputs)).toEqual(a.compute(inputs))
  expect(b.breakEven(inputs)).toEqual(a.breakEven(inputs))
  expect(b.netByDays(inputs)).toEqual(a.netByDays(inputs))
}

/** `candidate` explains every figure of a status as `reference` does; the candidate's net after tax. */
export function expectSameExplanations(
  reference: Engine<RuleName>,
  candidate: Engine<RuleName>,
  inputs: SocialInputs,
  status: Status,
) {
  const [a, b] = [over(reference), over(candidate)]
  for (const figure of EXPLAIN_FIGURES) {
    expect(b.explain(inputs, status, figure), figure).toEqual(a.explain(inputs, status, figure))
  }
  return b.explain(inputs, status, 'netAfterTax')
}
