// Build time only (vite.config.ts, prerenderedSocial): the social model's answers for the page's
// default inputs, computed in Node by the worker's engine code (./engine.ts) on the whole model
// and publicodes as published (the worker's pruned rules and lean publicodes give the same
// figures: tests/social/prune.test.ts, lean-publicodes.test.ts), so that the prerendered page
// shows the net figures at first paint.
import { calculate, defaultInputs } from '../domain'
import { socialRequestFor } from './contract'
import { createSocialEngine } from './engine'
import { type BreakEvenResult, SocialInputsSchema, type SocialResult } from './model'

/** The answers for one set of social inputs, under the key the page's hook gives them. */
export interface PrerenderedSocial {
  /** JSON of the social inputs, as the net panel's hook keys its requests. */
  key: string
  result: SocialResult
  breakEven: BreakEvenResult
}

/** The figures and break-even TJMs for the default inputs of `year`; null when none apply. */
export function prerenderSocial(year: number): PrerenderedSocial | null {
  const inputs = defaultInputs(year)
  const results = calculate(inputs)
  const plan = socialRequestFor(inputs, results.tjmEurPerDay, results.days)
  if (plan.kind !== 'ready') return null
  const parsed = SocialInputsSchema.parse(plan.inputs)
  const engine = createSocialEngine()
  return {
    key: JSON.stringify(plan.inputs),
    result: engine.compute(parsed),
    breakEven: engine.breakEven(parsed),
  }
}
