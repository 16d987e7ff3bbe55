import rules from 'modele-social'
import { workerRules } from '../../src/social/prune'
import { RULES } from '../../src/social/rules'

let made: Record<string, unknown> | undefined

/** The rules the build gives the worker (vite.config.ts, prunedRules), made once per test file. */
export function builtWorkerRules(): Record<string, unknown> {
  made ??= workerRules(rules as Record<string, unknown>, Object.values(RULES))
  return made
}
