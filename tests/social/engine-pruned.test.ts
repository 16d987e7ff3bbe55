// @vitest-environment node
// The engine's tests again, the social engine built as the build gives it to the worker: on the
// pruned rules, by publicodes with LEAN_EDITS, only SETTABLE_RULES settable. The reference they
// compare with stays modele-social, whole, evaluated by publicodes as published.
import { describe, expect, it, vi } from 'vitest'
import { builtSettableRules, builtWorkerRules } from './worker-rules'

// Read when the engine is built, after every module has loaded (rules.ts imports this one).
vi.mock('../../src/social/rules-data', () => ({
  get RULES_DATA() {
    return builtWorkerRules()
  },
  get SETTABLE_RULES() {
    return builtSettableRules()
  },
  RULES_LOAD_MS: undefined,
}))

// The engine (src/social/rules.ts) passes `settableRules`: it gets the lean publicodes. The
// reference (engine.test.ts) passes none: it gets publicodes as published.
vi.mock('publicodes', async (importOriginal) => {
  const published = await importOriginal<typeof import('publicodes')>()
  // Imported here: vi.mock runs before the file's imports.
  const { leanPublicodesModule } = await import('./lean-module')
  const lean = await leanPublicodesModule()
  function Engine(rules: never, options?: { settableRules?: unknown }) {
    return options?.settableRules === undefined
      ? new published.default(rules, options as never)
      : new lean.default(rules, options as never)
  }
  return { ...published, default: Engine }
})

await import('./engine.test')

describe('the engine under test', () => {
  it('is the lean publicodes on the worker’s rules: half the rules parsed', async () => {
    const { default: Engine } = await import('publicodes')
    const { buildPublicodesEngine } = await import('../../src/social/rules')
    const parsed = (engine: unknown) =>
      Object.keys((engine as { baseContext: { parsedRules: object } }).baseContext.parsedRules)
        .length
    const published = new Engine(builtWorkerRules() as never, { logger: console })
    expect(parsed(buildPublicodesEngine())).toBeLessThan(parsed(published) * 0.6)
  }, 30_000)
})
