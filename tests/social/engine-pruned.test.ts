// @vitest-environment node
// The engine's tests again, the social engine built on the rules the build gives the worker
// (the reference they compare with stays modele-social, whole).
import { vi } from 'vitest'
import { builtWorkerRules } from './worker-rules'

// Read when the engine is built, after every module has loaded (rules.ts imports this one).
vi.mock('../../src/social/rules-data', () => ({
  get RULES_DATA() {
    return builtWorkerRules()
  },
  RULES_LOAD_MS: undefined,
}))

await import('./engine.test')
