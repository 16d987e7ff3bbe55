// Worker side of "Comment est-ce calculé ?": the chain of the main modele-social rules behind a
// status's figure, each with its value, its unit and the legal references the rule carries.
import type Engine from 'publicodes'
import type { ExplainFigure, Explanation, ExplanationStep } from './explain-contract'
import { checkSettable, type RuleName, type SocialSituation } from './rules'

/** The way a situation is insured, which picks the contributions' rules. */
type Regime = 'micro' | 'independent' | 'salaried'

/** One rule of a chain and the unit it is read in. */
interface ChainRule {
  rule: RuleName
  unit: '€/an' | 'part'
}

const eur = (rule: RuleName): ChainRule => ({ rule, unit: '€/an' })

const SALARIED_KINDS = [
  'maladie',
  'vieillesse',
  'retraite complémentaire',
  'CEG',
  'CET',
  'APEC',
  'chômage',
  'AGS',
  'allocations familiales',
  'FNAL',
  'CSG-CRDS',
  'prévoyances',
  'formation professionnelle',
  "taxe d'apprentissage",
  'ATMP',
  'CSA',
  'exonérations',
] as const

const INDEPENDENT_KINDS = [
  'maladie',
  'indemnités journalières maladie',
  'retraite de base',
  'retraite complémentaire',
  'invalidité et décès',
  'CSG-CRDS',
  'allocations familiales',
  'formation professionnelle',
  'exonérations',
] as const

/** Contributions by kind, then their total and the net they leave, for each regime. */
const CONTRIBUTIONS: Record<Regime, readonly ChainRule[]> = {
  salaried: [
    eur('dirigeant . rémunération . totale'),
    eur('salarié . contrat . salaire brut'),
    ...SALARIED_KINDS.map((kind) => eur(`salarié . cotisations . ${kind}`)),
    eur('salarié . cotisations . salarié'),
    eur('salarié . cotisations . employeur'),
    eur('salarié . coût total employeur'),
    eur('salarié . rémunération . net . à payer avant impôt'),
  ],
  independent: [
    eur("entreprise . chiffre d'affaires"),
    eur('entreprise . charges'),
    eur('dirigeant . indépendant . revenu professionnel'),
    ...INDEPENDENT_KINDS.map((kind) =>
      eur(`dirigeant . indépendant . cotisations et contributions . ${kind}`),
    ),
    eur('dirigeant . indépendant . cotisations et contributions'),
    eur('dirigeant . rémunération . net'),
  ],
  micro: [
    eur("entreprise . chiffre d'affaires"),
    eur('dirigeant . auto-entrepreneur . cotisations et contributions . cotisations'),
    eur('dirigeant . auto-entrepreneur . cotisations et contributions . TFC'),
    eur('dirigeant . auto-entrepreneur . cotisations et contributions . CFP'),
    eur('dirigeant . auto-entrepreneur . cotisations et contributions'),
    eur('dirigeant . auto-entrepreneur . revenu net'),
  ],
}

/** The income tax: taxable income, parts, the bracket reached per part, the tax. */
const INCOME_TAX: readonly ChainRule[] = [
  eur('impôt . revenu imposable'),
  { rule: 'impôt . foyer fiscal . nombre de parts', unit: 'part' },
  eur('impôt . foyer fiscal . impôt sur le revenu . impôt brut . par part'),
  eur('impôt . foyer fiscal . impôt sur le revenu'),
  eur('dirigeant . auto-entrepreneur . impôt . versement libératoire . montant'),
  eur('impôt . montant'),
]

const NET_AFTER_TAX: Record<Regime, readonly ChainRule[]> = {
  salaried: [
    eur('dirigeant . rémunération . net . après impôt'),
    eur('salarié . rémunération . net . payé après impôt'),
  ],
  independent: [eur('dirigeant . rémunération . net . après impôt')],
  micro: [eur('dirigeant . auto-entrepreneur . revenu net . après impôt')],
}

/** The corporate tax (IS): profit, taxable profit, the tax by its brackets, what is left. */
const CORPORATE_TAX: readonly ChainRule[] = [
  eur("entreprise . chiffre d'affaires"),
  eur('entreprise . charges'),
  eur('dirigeant . rémunération . totale'),
  eur('entreprise . résultat fiscal'),
  eur('entreprise . imposition . IS . résultat imposable'),
  eur('entreprise . imposition . IS . montant'),
  eur('entreprise . imposition . IS . résultat net'),
]

/**
 * Every rule an explanation may show, whatever the regime and the figure: the build keeps their
 * legal references (`références`) in the worker's rules, which leave every other rule's out
 * (./prune.ts, workerRules).
 */
export const EXPLAINED_RULES: readonly RuleName[] = [
  ...new Set(
    [
      ...Object.values(CONTRIBUTIONS).flat(),
      ...CORPORATE_TAX,
      ...INCOME_TAX,
      ...Object.values(NET_AFTER_TAX).flat(),
    ].map(({ rule }) => rule),
  ),
]

/**
 * The rules behind a figure, for a situation of a regime (at the corporate tax or not), in the
 * order they are computed.
 */
export function explainChain(
  regime: Regime,
  figure: ExplainFigure,
  corporateTax: boolean,
): readonly ChainRule[] {
  switch (figure) {
    case 'contributions':
      return CONTRIBUTIONS[regime]
    case 'incomeTax':
      return INCOME_TAX
    case 'corporateTax':
      return CORPORATE_TAX
    default:
      return [
        ...CONTRIBUTIONS[regime],
        ...(corporateTax ? CORPORATE_TAX : []),
        ...INCOME_TAX,
        ...NET_AFTER_TAX[regime],
      ]
  }
}

/** Whether a boolean rule is true in the engine's situation. */
const isTrue = (engine: Engine<RuleName>, rule: RuleName) =>
  engine.evaluate(rule).nodeValue === true

/** The regime of the engine's situation: micro-entrepreneur, indépendant, or salaried. */
function regimeOf(engine: Engine<RuleName>): Regime {
  if (isTrue(engine, 'dirigeant . auto-entrepreneur')) return 'micro'
  if (isTrue(engine, 'dirigeant . indépendant')) return 'independent'
  return 'salaried'
}

/** Only web links (http or https) of a rule's `références`, whatever form they take. */
function referencesOf(raw: unknown): { title: string; url: string }[] {
  const entries: [string, unknown][] = Array.isArray(raw)
    ? raw.map((url) => [String(url), url])
    : raw !== null && typeof raw === 'object'
      ? Object.entries(raw)
      : []
  return entries
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    .filter(([, url]) => /^https?:\/\//.test(url))
    .map(([title, url]) => ({ title, url }))
}

interface BaremeTranche {
  nodeValue?: unknown
  taux?: { nodeValue?: unknown }
  plancherValue?: unknown
  plafondValue?: unknown
  isActive?: boolean
}

/**
 * The brackets of the first `barème` met in an evaluated node, with the one reached marked,
 * within 9 levels (a rule's own scale, or that of a part it sums; not a scale far down the rules
 * it reads). publicodes' test of the situation around a rule's value is not counted: the
 * worker's publicodes has it only around the rules a situation can set (./lean-publicodes.ts),
 * so the same brackets come from both.
 */
function bracketsOf(node: unknown, depth = 0): ExplanationStep['brackets'] {
  if (node === null || typeof node !== 'object' || depth > 9) return undefined
  const n = node as { nodeKind?: string; explanation?: unknown }
  if (isSituationTest(n)) return bracketsOf((n.explanation as { alors?: unknown }).alors, depth)
  if (n.nodeKind === 'barème') {
    const tranches = (n.explanation as { tranches?: BaremeTranche[] }).tranches ?? []
    const number = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null)
    return tranches.map((t) => ({
      ratePercent: number(t.taux?.nodeValue) ?? 0,
      floorEur: number(t.plancherValue),
      ceilingEur: number(t.plafondValue),
      amountEur: number(t.nodeValue) ?? 0,
      reached: t.isActive === true,
    }))
  }
  // A node's parts are under `explanation` (one node, or several by name); a variation's branches
  // are plain objects.
  const parts = 'nodeKind' in n ? n.explanation : n
  if (parts === null || typeof parts !== 'object') return undefined
  const children = 'nodeKind' in parts ? [parts] : Object.values(parts)
  for (const child of children) {
    for (const item of Array.isArray(child) ? child : [child]) {
      const found = bracketsOf(item, depth + 1)
      if (found !== undefined) return found
    }
  }
  return undefined
}

/** Whether a node is publicodes' test of the situation around a rule's value. */
function isSituationTest(node: { nodeKind?: string; explanation?: unknown }): boolean {
  if (node.nodeKind !== 'condition') return false
  const tested = (node.explanation as { si?: { nodeKind?: string; explanation?: unknown } }).si
  const rule = tested?.explanation as { dottedName?: unknown } | undefined
  return (
    tested?.nodeKind === 'est non défini' &&
    typeof rule?.dottedName === 'string' &&
    rule.dottedName.endsWith(' . $SITUATION')
  )
}

/**
 * Explains a figure in the situation the engine is set to: each rule of its chain that applies
 * (a rule the situation makes not applicable is left out), with its value in its unit, the
 * model's title, its web references, and for a scale (`barème`) its brackets and the one reached.
 */
export function explainInEngine(
  engine: Engine<RuleName>,
  figure: ExplainFigure,
): ExplanationStep[] {
  const steps: ExplanationStep[] = []
  const seen = new Set<RuleName>()
  const chain = explainChain(
    regimeOf(engine),
    figure,
    // A company at the IS has a corporate tax amount; a salaried situation has none.
    typeof engine.evaluate('entreprise . imposition . IS . montant').nodeValue === 'number',
  )
  for (const { rule, unit } of chain) {
    if (seen.has(rule)) continue
    seen.add(rule)
    const node = engine.evaluate({ valeur: rule, unité: unit })
    const value = node.nodeValue
    if (typeof value !== 'number' || !Number.isFinite(value)) continue
    const parsed = engine.getRule(rule)
    const raw = parsed.rawNode as { titre?: unknown; références?: unknown }
    const brackets = bracketsOf(engine.evaluate(rule))
    steps.push({
      rule,
      title: typeof raw.titre === 'string' ? raw.titre : parsed.title,
      value: Math.round(value * 100) / 100,
      unit,
      references: referencesOf(raw.références),
      ...(brackets !== undefined ? { brackets } : {}),
    })
  }
  return steps
}

/** Sets the situation on a copy of the engine and explains the figure there. */
export function explainSituation(
  base: Engine<RuleName>,
  situation: SocialSituation,
  figure: ExplainFigure,
): ExplanationStep[] {
  checkSettable(situation)
  const engine = base.shallowCopy()
  engine.setSituation(situation)
  return explainInEngine(engine, figure)
}

/** An explanation of a status's figure from the situation its figures were read from. */
export function explanationFor(
  base: Engine<RuleName>,
  status: Explanation['status'],
  figure: ExplainFigure,
  situation: SocialSituation,
): Explanation {
  return { status, figure, steps: explainSituation(base, situation, figure) }
}
