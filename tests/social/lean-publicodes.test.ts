// @vitest-environment node
import { readFileSync } from 'node:fs'
import rules from 'modele-social'
import Engine from 'publicodes'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { RuleName } from '../../src/social/engine'
import { explainSituation } from '../../src/social/explain'
import { LEAN_EDITS, leanPublicodes } from '../../src/social/lean-publicodes'
import { SocialInputsSchema, STATUSES } from '../../src/social/model'
import { ruleNamesOf } from '../../src/social/prune'
import * as ruleNames from '../../src/social/rules'
import { checkSettable, SocialModelError } from '../../src/social/rules'
import { createSession } from '../../src/social/session'
import { defaultScenario } from './fixtures'
import { leanPublicodesModule, parsedRuleCount } from './lean-module'
import { expectSameAnswers, expectSameExplanations } from './same-answers'
import { builtSettableRules, builtWorkerRules } from './worker-rules'

// As in the build: only the rules of SETTABLE_RULES can be set (checkSettable reads them).
vi.mock('../../src/social/rules-data', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  get SETTABLE_RULES() {
    return builtSettableRules()
  },
}))

const silent = { log() {}, warn() {}, error() {} }
const published = readFileSync(
  new URL('../../node_modules/publicodes/dist/index.js', import.meta.url),
  'utf8',
)
type EngineClass = typeof Engine
let Lean: EngineClass
let full: Engine<RuleName>
let lean: Engine<RuleName>

beforeAll(async () => {
  Lean = (await leanPublicodesModule()).default
  full = new Engine<RuleName>(rules, { logger: silent })
  lean = new Lean<RuleName>(
    builtWorkerRules() as never,
    {
      logger: silent,
      settableRules: new Set(builtSettableRules()),
    } as never,
  )
}, 60_000)

describe('leanPublicodes', () => {
  it('edits publicodes as installed, each edit once', () => {
    const edited = leanPublicodes(published)
    for (const { find, replace } of LEAN_EDITS) {
      expect(published.split(find)).toHaveLength(2)
      expect(edited).not.toContain(find)
      expect(edited).toContain(replace)
    }
  })

  it('stops the build when publicodes no longer has the code it edits', () => {
    const [first] = LEAN_EDITS
    expect(() => leanPublicodes(published.replace(first.find, ''))).toThrow(/publicodes changed/)
    expect(() => leanPublicodes(`${published}\n${first.find}`)).toThrow(/exactly once/)
    expect(() => leanPublicodes(leanPublicodes(published))).toThrow(/publicodes changed/)
  })
})

describe('the lean publicodes on the worker’s rules', () => {
  it('parses half as many rules with settableRules, and as many as publicodes without', () => {
    const rulesOnly = new Lean(builtWorkerRules() as never, { logger: silent })
    const asPublished = new Engine(builtWorkerRules() as never, { logger: silent })
    expect(parsedRuleCount(rulesOnly)).toBe(parsedRuleCount(asPublished))
    expect(parsedRuleCount(lean)).toBeLessThan(parsedRuleCount(asPublished) * 0.6)
  })

  it.each([
    ['the default scenario', {}],
    [
      'a high turnover, expenses, 2.5 parts, companies paid at the optimum, dividends at the barème',
      {
        turnoverEurPerYear: 260_000,
        expensesEurPerYear: 9_000,
        householdParts: 2.5,
        sasuPay: 'optimal',
        eurlIsPay: 'optimal',
        dividendsMethod: 'bareme',
      },
    ],
    [
      'a low turnover, versement libératoire, ACRE, SASU in dividends, 10 % portage',
      {
        turnoverEurPerYear: 38_000,
        microVersementLiberatoire: true,
        acreCreationDate: '2026-03-01',
        sasuPay: 'dividendes',
        portageFeeRate: 0.1,
      },
    ],
    ['a low salary, 1.5 parts', { cdiGrossEurPerYear: 42_000, householdParts: 1.5 }],
  ])(
    'give the whole model’s figures, protection, break-evens and curve exactly: %s',
    (_, change) => {
      expectSameAnswers(full, lean, SocialInputsSchema.parse({ ...defaultScenario, ...change }))
    },
    240_000,
  )

  it.each(STATUSES)(
    'explain %s’s figures as the whole model does',
    (status) => {
      const netAfterTax = expectSameExplanations(
        full,
        lean,
        SocialInputsSchema.parse(defaultScenario),
        status,
      )
      // The income tax's scale and its brackets: searched without publicodes' situation test.
      const scale = netAfterTax.steps.find((step) => step.rule.endsWith('impôt brut . par part'))
      expect(scale?.brackets?.length).toBe(5)
    },
    120_000,
  )

  it('solves an inversion of the model as publicodes as published does', () => {
    // The micro-entrepreneur's turnover from the net income wanted: publicodes sets the turnover
    // itself while it searches, so the turnover must be settable.
    const situation = {
      'entreprise . catégorie juridique': "'EI'",
      'entreprise . catégorie juridique . EI . auto-entrepreneur': 'oui',
      'entreprise . activité . nature': "'libérale'",
      'dirigeant . auto-entrepreneur . revenu net': '3000 €/mois',
      salarié: 'non',
    } as never
    const turnover = (engine: Engine<RuleName>) =>
      engine
        .shallowCopy()
        .setSituation(situation)
        .evaluate({ valeur: "dirigeant . auto-entrepreneur . chiffre d'affaires", unité: '€/an' })
        .nodeValue
    expect(turnover(full)).toBeGreaterThan(36_000)
    expect(turnover(lean)).toBe(turnover(full))
  })

  it('solves a circular reference on a rule no situation can set from one evaluation, to the same value', () => {
    const rule = 'entreprise . imposition . régime . micro-entreprise . revenu abattu'
    expect(builtSettableRules()).not.toContain(rule)
    // The evaluations of the rule's value the model's root search made, read in its explanation.
    const iterations = (node: unknown): number[] => {
      if (node === null || typeof node !== 'object') return []
      const own = (node as { numberOfIterations?: unknown }).numberOfIterations
      return [
        ...(typeof own === 'number' ? [own] : []),
        ...Object.values(node).flatMap((child) => iterations(child)),
      ]
    }
    for (const turnover of [400, 45_000, 83_600, 130_000]) {
      const situation = {
        'entreprise . catégorie juridique': "'EI'",
        'entreprise . catégorie juridique . EI . auto-entrepreneur': 'oui',
        "entreprise . chiffre d'affaires": `${turnover} €/an`,
        'entreprise . activité . nature': "'libérale'",
        salarié: 'non',
      } as never
      const [a, b] = [full, lean].map((engine) =>
        engine
          .shallowCopy()
          .setSituation(situation)
          .evaluate(rule as RuleName),
      )
      expect(b?.nodeValue, `${turnover} €`).toBe(a?.nodeValue)
      expect(iterations(a).some((n) => n >= 3)).toBe(true)
      expect(iterations(b)).toEqual([1])
    }
  })

  it('lets a situation set the rules the app sets and those the model sets in a contexte', () => {
    const settable = new Set(builtSettableRules())
    for (const name of ruleNamesOf(ruleNames)) expect(settable.has(name), name).toBe(true)
    // Set by a contexte of the micro-entreprise's pension base.
    const inContexte =
      'entreprise . imposition . régime . micro-entreprise . revenu abattu . plancher abattement'
    expect(JSON.stringify(rules)).toContain('plancher abattement')
    expect(settable.has(inContexte)).toBe(true)
  })

  it('ignores a value set on any other rule, which checkSettable refuses', () => {
    const rule = 'salarié . convention collective'
    expect(builtSettableRules()).not.toContain(rule)
    const situation = { [rule]: "'BTP'" } as never
    const value = (engine: Engine<RuleName>) =>
      engine.shallowCopy().setSituation(situation).evaluate(rule).nodeValue
    expect(value(full)).toBe('BTP')
    expect(value(lean)).toBe('droit commun')
    expect(() => checkSettable(situation)).toThrow(SocialModelError)
    expect(() => checkSettable({ 'salarié . contrat . salaire brut': '5000 €/mois' })).not.toThrow()
    // The engine's sessions and explanations check every situation they set.
    const session = createSession(lean, { situations: 0 })
    expect(() => session.evaluate(situation)).toThrow(SocialModelError)
    expect(() => explainSituation(lean, situation, 'netAfterTax')).toThrow(SocialModelError)
  })
})
