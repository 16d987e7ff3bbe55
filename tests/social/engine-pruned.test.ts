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

// publicodes' Engine, replaced by a function that `new` calls like the class: the object it
// returns is the instance. The engine under test (src/social/rules.ts, buildPublicodesEngine)
// passes `settableRules` and gets the lean publicodes; the reference of engine.test.ts passes none
// and gets publicodes as published. (vi.mock cannot tell importers apart.)
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
    const { parsedRuleCount } = await import('./lean-module')
    const published = new Engine(builtWorkerRules() as never, { logger: console })
    expect(parsedRuleCount(buildPublicodesEngine())).toBeLessThan(parsedRuleCount(published) * 0.6)
  }, 30_000)
})
