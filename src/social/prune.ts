// Which of modele-social's rules an engine needs to evaluate a set of rules: the rules named, and
// everything they reach in publicodes' own dependency graph (references, parents, replacements).
import Engine from 'publicodes'

const silent = { log() {}, warn() {}, error() {} }

/** The ancestors of a dotted rule name, closest first ("a . b . c" → "a . b", "a"). */
function ancestors(name: string): string[] {
  const parts = name.split(' . ')
  return parts.slice(0, -1).map((_, i) => parts.slice(0, parts.length - 1 - i).join(' . '))
}

/**
 * The rules with every `avec` block written out as rules of their own ("a" with `avec: { b }` →
 * "a" and "a . b"), as publicodes reads them, so that each rule can be kept or left alone.
 */
export function flattenRules(rules: Record<string, unknown>): Record<string, unknown> {
  const flat: Record<string, unknown> = {}
  const add = (name: string, rule: unknown) => {
    if (rule !== null && typeof rule === 'object' && 'avec' in rule) {
      const { avec, ...own } = rule as { avec: Record<string, unknown> }
      flat[name] = own
      for (const [child, childRule] of Object.entries(avec)) add(`${name} . ${child}`, childRule)
    } else flat[name] = rule
  }
  for (const [name, rule] of Object.entries(rules)) add(name, rule)
  return flat
}

/**
 * The names of the rules needed to evaluate or set `roots` on `rules`: the closure of the roots
 * under publicodes' references (each rule's formula, conditions, defaults, replacements inlined),
 * each rule's ancestors (a rule is not applicable when its parent is not), and every rule that
 * replaces or disables a kept rule (`remplace`, `rend non applicable`).
 */
export function neededRuleNames(rules: Record<string, unknown>, roots: Iterable<string>): string[] {
  const engine = new Engine(rules as never, { logger: silent })
  // The engine's own context: getParsedRules() leaves private rules out, and they count too.
  const { parsedRules: parsed, referencesMaps } = (
    engine as unknown as {
      baseContext: {
        parsedRules: Record<
          string,
          { replacements?: { replacedReference: { dottedName?: string; name?: string } }[] }
        >
        referencesMaps: { referencesIn: Map<string, Set<string>> }
      }
    }
  ).baseContext
  const referencesIn = referencesMaps.referencesIn
  // Rules that replace another: replaced name → replacing rules.
  const replacedBy = new Map<string, string[]>()
  for (const [name, node] of Object.entries(parsed)) {
    for (const replacement of node.replacements ?? []) {
      const replaced =
        replacement.replacedReference.dottedName ?? replacement.replacedReference.name
      if (replaced === undefined) continue
      replacedBy.set(replaced, [...(replacedBy.get(replaced) ?? []), name])
    }
  }
  const kept = new Set<string>()
  const queue: string[] = []
  const keep = (name: string) => {
    // Rules the engine makes of a rule's `une possibilité` are parsed rules, not written ones:
    // kept through their parent.
    if (kept.has(name) || !(name in parsed)) return
    kept.add(name)
    queue.push(name)
  }
  for (const root of roots) {
    if (!(root in parsed)) throw new Error(`no rule "${root}" in the model`)
    keep(root)
  }
  // Every reference anywhere in a parsed rule (formula, conditions, defaults, contexts, inlined
  // replacements, source maps), besides the engine's own map of references: a walk over every
  // property, as publicodes' traversals skip some of the places references hide in.
  const referencesOf = (name: string): Set<string> => {
    const found = new Set(referencesIn.get(name) ?? [])
    const seen = new Set<object>()
    const walk = (value: unknown) => {
      if (value === null || typeof value !== 'object' || seen.has(value)) return
      seen.add(value)
      const node = value as { nodeKind?: unknown; dottedName?: unknown }
      if (node.nodeKind === 'reference' && typeof node.dottedName === 'string') {
        found.add(node.dottedName)
      }
      for (const child of Object.values(value)) walk(child)
    }
    walk(parsed[name])
    return found
  }
  while (queue.length > 0) {
    const name = queue.pop() as string
    for (const parent of ancestors(name)) keep(parent)
    for (const reference of referencesOf(name)) keep(reference)
    for (const replacing of replacedBy.get(name) ?? []) keep(replacing)
  }
  return Object.keys(rules).filter((name) => kept.has(name))
}

/**
 * The subset of `rules` needed for `roots` (see neededRuleNames), flattened (flattenRules), in
 * the model's order.
 */
export function pruneRules(
  rules: Record<string, unknown>,
  roots: Iterable<string>,
): Record<string, unknown> {
  const flat = flattenRules(rules)
  return Object.fromEntries(neededRuleNames(flat, roots).map((name) => [name, flat[name]]))
}

/**
 * What a rule says for people, not for the computation: the worker never shows it, except the
 * `références` of the rules an explanation shows (see workerRules). `titre` and `question` stay
 * (short; publicodes reads a question to type a rule as a yes/no).
 */
const DOCUMENTATION = [
  'description',
  'références',
  'note',
  'meta',
  'résumé',
  'icônes',
  'suggestions',
  'aide',
]

/**
 * A rule without its documentation fields (see DOCUMENTATION), its `références` kept when
 * `keepReferences`; anything else kept as is.
 */
function withoutDocumentation(rule: unknown, keepReferences: boolean): unknown {
  if (rule === null || typeof rule !== 'object' || Array.isArray(rule)) return rule
  return Object.fromEntries(
    Object.entries(rule).filter(
      ([key]) => !DOCUMENTATION.includes(key) || (keepReferences && key === 'références'),
    ),
  )
}

/** Rules the app never sets, on which SIMPLIFIED_RULES depend (tests/social/prune.test.ts). */
export const NEVER_SET = [
  'salarié . convention collective',
  'date',
  'établissement . commune . département',
] as const

/**
 * Rules the worker evaluates without the `contexte` modele-social writes them with. A `contexte`
 * evaluates its value in a sub-engine whose cache starts empty, so it evaluates again all that
 * value depends on, at each situation. These three give the same values without it in every
 * situation the app sets, as none of them sets a rule of NEVER_SET or one below it:
 * - `… prévoyances . employeur . non déductible socialement` evaluates `employeur` with itself
 *   set to 0 €: a convention collective whose prévoyance is based on `cotisations . assiette`
 *   (which adds this rule) would otherwise loop. With no convention collective, `employeur` never
 *   reads it. The sub-engine took a third of a salaried evaluation (portage, SASU, CDI).
 * - `plafond sécurité sociale . N-1` is the PSS at the model's date a year earlier. With the date
 *   the model's own, it is a constant: the model evaluates it once, here.
 * - `SMIC . horaire . début d'année` is the hourly SMIC on 1 January of the model's year (the
 *   self-employed's minimum bases): with the date the model's own and no département set (Mayotte
 *   has its own SMIC), a constant too. Its sub-engine took a tenth of an EI / EURL evaluation.
 */
export const SIMPLIFIED_RULES = {
  'salarié . cotisations . prévoyances . employeur . non déductible socialement': (
    rule: unknown,
  ) => {
    const { valeur } = rule as { valeur?: { valeur?: unknown; contexte?: unknown } }
    if (
      valeur?.valeur !== 'employeur' ||
      JSON.stringify(valeur.contexte) !== JSON.stringify({ 'non déductible socialement': '0€' })
    ) {
      throw new Error('modele-social changed the prévoyance’s non déductible part: check it')
    }
    return { ...(rule as object), valeur: 'employeur' }
  },
  'plafond sécurité sociale . N-1': (_rule: unknown, engine: Engine) => {
    const { nodeValue, unit } = engine.evaluate('plafond sécurité sociale . N-1')
    const per = unit?.denominators.join('') ?? ''
    if (typeof nodeValue !== 'number' || unit?.numerators.join('') !== '€' || per === '') {
      throw new Error('modele-social changed the PSS of the year before: check it')
    }
    return { valeur: `${nodeValue} €/${per}` }
  },
  "SMIC . horaire . début d'année": (rule: unknown, engine: Engine) => {
    const { valeur, contexte } = rule as { valeur?: unknown; contexte?: unknown }
    const { nodeValue, unit } = engine.evaluate("SMIC . horaire . début d'année")
    if (
      valeur !== 'SMIC . horaire' ||
      JSON.stringify(contexte) !== JSON.stringify({ date: "période . début d'année" }) ||
      typeof nodeValue !== 'number' ||
      unit?.numerators.join('') !== '€' ||
      unit?.denominators.join('') !== 'heure'
    ) {
      throw new Error('modele-social changed the SMIC at the start of the year: check it')
    }
    return { valeur: `${nodeValue} €/heure` }
  },
} as const satisfies Record<string, (rule: unknown, engine: Engine) => unknown>

/**
 * The worker's rules: those needed for `roots` and `explained` (pruneRules), without their
 * documentation, except the legal references (`références`) of the `explained` rules, which
 * "Comment est-ce calculé ?" links to (./explain.ts, EXPLAINED_RULES), and with the rules of
 * SIMPLIFIED_RULES simplified. The build writes them in place of ./rules-data.ts; the tests
 * compare their figures and explanations with the full model's.
 */
export function workerRules(
  rules: Record<string, unknown>,
  roots: Iterable<string>,
  explained: Iterable<string> = [],
): Record<string, unknown> {
  const withReferences = new Set(explained)
  const pruned = pruneRules(rules, [...roots, ...withReferences])
  const engine = new Engine(pruned as never, { logger: silent })
  const simplified = { ...pruned }
  for (const [name, simplify] of Object.entries(SIMPLIFIED_RULES)) {
    if (name in simplified) simplified[name] = simplify(simplified[name], engine)
  }
  return Object.fromEntries(
    Object.entries(simplified).map(([name, rule]) => [
      name,
      withoutDocumentation(rule, withReferences.has(name)),
    ]),
  )
}

/**
 * The rules a situation may set on `rules`: `named` (every rule the app reads or sets, see
 * ruleNamesOf: those only read are settable too, harmlessly) and every rule the model sets itself:
 * a `contexte`'s rules, and an `inversion`'s rule and the rules it may be solved from. The
 * worker's publicodes (./lean-publicodes.ts) lets only these be set.
 */
export function settableRuleNames(
  rules: Record<string, unknown>,
  named: Iterable<string>,
): string[] {
  const engine = new Engine(rules as never, { logger: silent })
  const { parsedRules } = (engine as unknown as { baseContext: { parsedRules: object } })
    .baseContext
  const settable = new Set<string>(named)
  const seen = new Set<object>()
  const walk = (value: unknown) => {
    if (value === null || typeof value !== 'object' || seen.has(value)) return
    seen.add(value)
    const node = value as {
      nodeKind?: unknown
      explanation?: {
        contexte?: [{ dottedName: string }, unknown][]
        ruleToInverse?: string
        inversionCandidates?: { dottedName: string }[]
      }
    }
    if (node.nodeKind === 'contexte') {
      for (const [set] of node.explanation?.contexte ?? []) settable.add(set.dottedName)
    }
    if (node.nodeKind === 'inversion') {
      // publicodes sets the inverted rule itself while it searches, and the candidate it solves from.
      if (node.explanation?.ruleToInverse !== undefined) {
        settable.add(node.explanation.ruleToInverse)
      }
      for (const set of node.explanation?.inversionCandidates ?? []) settable.add(set.dottedName)
    }
    for (const child of Object.values(value)) walk(child)
  }
  walk(parsedRules)
  return [...settable].filter((name) => name in rules).sort()
}

/**
 * Every rule name a module of rule-name constants holds (./rules.ts: RULES, PROTECTION_RULES and
 * any constant added there), read from its exported objects, so that the worker's rules follow
 * whatever the engine is given to read, never a second list kept by hand.
 */
export function ruleNamesOf(module: Record<string, unknown>): string[] {
  const names = new Set<string>()
  const collect = (value: unknown) => {
    if (typeof value === 'string') names.add(value)
    else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const child of Object.values(value)) collect(child)
    }
  }
  for (const exported of Object.values(module)) {
    if (exported !== null && typeof exported === 'object') collect(exported)
  }
  return [...names]
}
