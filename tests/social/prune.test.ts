// @vitest-environment node
import rules from 'modele-social'
import Engine from 'publicodes'
import { beforeAll, describe, expect, it } from 'vitest'
import type { RuleName } from '../../src/social/engine'
import { EXPLAINED_RULES } from '../../src/social/explain'
import { SocialInputsSchema, STATUSES } from '../../src/social/model'
import {
  flattenRules,
  NEVER_SET,
  neededRuleNames,
  pruneRules,
  ruleNamesOf,
  SIMPLIFIED_RULES,
} from '../../src/social/prune'
import * as ruleNames from '../../src/social/rules'
import { defaultScenario } from './fixtures'
import { expectSameAnswers, expectSameExplanations } from './same-answers'
import { builtWorkerRules } from './worker-rules'

const silent = { log() {}, warn() {}, error() {} }
let full: Engine<RuleName>
let pruned: Engine<RuleName>
beforeAll(() => {
  full = new Engine<RuleName>(rules, { logger: silent })
  pruned = new Engine<RuleName>(builtWorkerRules() as never, { logger: silent })
}, 60_000)

describe('the worker’s rules', () => {
  it('keep every rule the engine reads or sets (every constant of rules.ts), and far fewer than the model', () => {
    const kept = Object.keys(builtWorkerRules())
    const named = ruleNamesOf(ruleNames)
    expect(named).toEqual(expect.arrayContaining([...Object.values(ruleNames.PROTECTION_RULES)]))
    for (const name of named) expect(pruned.getRule(name as RuleName), name).toBeDefined()
    expect(kept.length).toBeLessThan(Object.keys(pruneRules(rules, [])).length + 1200)
    expect(JSON.stringify(builtWorkerRules()).length).toBeLessThan(JSON.stringify(rules).length / 2)
  })

  it('follow what is asked: a rule outside RULES is kept once named, with what it reads', () => {
    const name = 'protection sociale . retraite . complémentaire . points acquis'
    const without = new Set(neededRuleNames(rules, ['salarié . contrat . salaire brut']))
    expect(without.has(name)).toBe(false)
    const withIt = new Set(neededRuleNames(rules, ['salarié . contrat . salaire brut', name]))
    expect(withIt.has(name)).toBe(true)
    expect(withIt.has('protection sociale . retraite . complémentaire')).toBe(true)
  }, 60_000)

  it('an evaluated rule left out fails loudly, never silently', () => {
    // Not read by the engine today, so not in the worker's rules.
    const absent = 'protection sociale . retraite . complémentaire . points acquis'
    expect(absent in builtWorkerRules()).toBe(false)
    expect(() => pruned.evaluate(absent as RuleName)).toThrow()
    expect(() => pruned.setSituation({ [absent]: '10 point' } as never, { strict: true })).toThrow()
  })

  it.each([
    ['the default scenario', {}],
    [
      'a high turnover, expenses, 2.5 parts',
      { turnoverEurPerYear: 260_000, expensesEurPerYear: 9_000, householdParts: 2.5 },
    ],
    [
      'a low turnover, versement libératoire, 10 % portage',
      { turnoverEurPerYear: 38_000, microVersementLiberatoire: true, portageFeeRate: 0.1 },
    ],
    ['a low salary, 1.5 parts', { cdiGrossEurPerYear: 42_000, householdParts: 1.5 }],
  ])(
    'give the full model’s figures exactly: %s',
    (_, change) => {
      expectSameAnswers(full, pruned, SocialInputsSchema.parse({ ...defaultScenario, ...change }))
    },
    240_000,
  )

  it('keep the legal references of every rule an explanation shows, and only theirs', () => {
    const built = builtWorkerRules() as Record<string, { références?: unknown } | null>
    const model = flattenRules(rules) as Record<string, { références?: unknown } | null>
    for (const name of EXPLAINED_RULES) {
      expect(name in built, name).toBe(true)
      expect(built[name]?.références, name).toEqual(model[name]?.références)
    }
    expect(EXPLAINED_RULES.some((name) => model[name]?.références !== undefined)).toBe(true)
    const explained = new Set<string>(EXPLAINED_RULES)
    const others = Object.entries(built).filter(
      ([name, rule]) => !explained.has(name) && rule?.références !== undefined,
    )
    expect(others.map(([name]) => name)).toEqual([])
  })

  it('drop the contextes of SIMPLIFIED_RULES, which change nothing while the app sets no rule of NEVER_SET', () => {
    const built = builtWorkerRules()
    const simplified = Object.keys(SIMPLIFIED_RULES)
    for (const name of simplified) {
      expect(JSON.stringify(flattenRules(rules)[name]), name).toContain('contexte')
      expect(JSON.stringify(built[name]), name).not.toContain('contexte')
    }
    // Every rule the engine sets is a constant of rules.ts: none of them is one of NEVER_SET or
    // below one (the département's Mayotte, say).
    const named = ruleNamesOf(ruleNames)
    for (const name of NEVER_SET) {
      const under = named.filter((rule) => rule === name || rule.startsWith(`${name} . `))
      expect(under, name).toEqual([])
    }
    // A cadre's salary high enough for the prévoyance to count: the same values as the model's.
    for (const engine of [full, pruned]) {
      engine.setSituation({
        'salarié . contrat . salaire brut': '15000 €/mois',
        'salarié . contrat . statut cadre': 'oui',
        'salarié . cotisations . prévoyances . santé . montant': '1000 €/mois',
      } as never)
    }
    for (const name of [...simplified, 'salarié . coût total employeur']) {
      const value = (engine: Engine<RuleName>) => engine.evaluate(name as RuleName).nodeValue
      expect(value(pruned), name).toEqual(value(full))
    }
    expect(pruned.evaluate(simplified[0] as RuleName).nodeValue).toBeGreaterThan(0)
    // The self-employed's bases at the SMIC of 1 January.
    const self = 'dirigeant . indépendant . cotisations et contributions . cotisations'
    for (const engine of [full, pruned]) {
      engine.setSituation({
        'entreprise . catégorie juridique': "'SARL'",
        'entreprise . associés': "'unique'",
        'entreprise . imposition': "'IR'",
        "entreprise . chiffre d'affaires": '3000 €/an',
        'dirigeant . indépendant . revenu professionnel': '2000 €/an',
        salarié: 'non',
      } as never)
    }
    for (const name of ["SMIC . horaire . début d'année", self]) {
      const value = (engine: Engine<RuleName>) => engine.evaluate(name as RuleName).nodeValue
      expect(value(pruned), name).toEqual(value(full))
    }
  })

  it.each(STATUSES)(
    'explain %s’s figures as the full model does, legal references included',
    (status) => {
      const inputs = SocialInputsSchema.parse(defaultScenario)
      const netAfterTax = expectSameExplanations(full, pruned, inputs, status)
      expect(netAfterTax.steps.some((step) => step.references.length > 0)).toBe(true)
    },
    120_000,
  )
})
