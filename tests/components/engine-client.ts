import { type SocialClient, SocialInputsSchema } from '../../src/social'
import type { SocialEngine } from '../../src/social/engine'

/**
 * A social client over the engine on this thread, as the worker answers: every request's inputs
 * parsed, every answer computed at once; `onDispose` counts the disposals.
 */
export function clientOver(engine: SocialEngine, onDispose: () => void = () => {}): SocialClient {
  const parse = (inputs: unknown) => SocialInputsSchema.parse(inputs)
  return {
    compute: async (inputs) => engine.nets(parse(inputs)),
    protection: async (inputs) => engine.protection(parse(inputs)),
    breakEven: async (inputs) => engine.breakEven(parse(inputs)),
    netByDays: async (inputs) => engine.netByDays(parse(inputs)),
    target: async (inputs, net) => engine.target(parse(inputs), net),
    explain: async (inputs, status, figure) => engine.explain(parse(inputs), status, figure),
    dispose: onDispose,
  }
}
