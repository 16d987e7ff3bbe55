// The rules the worker's engine is built from. In the source, all of modele-social; the build
// (vite.config.ts, prunedRules plugin) replaces this module by the rules the page evaluates and
// what they depend on (./prune.ts), so the worker chunk carries a fraction of the model.
import rules from 'modele-social'

/** modele-social's rules, raw (as published), or the pruned subset in a build. */
export const RULES_DATA: Record<string, unknown> = rules as Record<string, unknown>

/**
 * The rules a situation may set, or undefined for all of them: in a build, those of
 * settableRuleNames (./prune.ts), given to the worker's lean publicodes (./lean-publicodes.ts).
 */
export const SETTABLE_RULES: readonly string[] | undefined = undefined

/** How long parsing the rules took, in ms: measured in a build, unknown here (a JSON import). */
export const RULES_LOAD_MS: number | undefined = undefined
