import rules from 'modele-social'
import { EXPLAINED_RULES } from '../../src/social/explain'
import { ruleNamesOf, settableRuleNames, workerRules } from '../../src/social/prune'
import * as ruleNames from '../../src/social/rules'

let made: Record<string, unknown> | undefined
let settable: string[] | undefined

/** The rules the build gives the worker (vite.config.ts, prunedRules), made once per test file. */
export function builtWorkerRules(): Record<string, unknown> {
  made ??= workerRules(rules as Record<string, unknown>, ruleNamesOf(ruleNames), EXPLAINED_RULES)
  return made
}

/** The rules the build lets a situation set on them (SETTABLE_RULES), made once per test file. */
export function builtSettableRules(): string[] {
  settable ??= settableRuleNames(builtWorkerRules(), ruleNamesOf(ruleNames))
  return settable
}
