// @vitest-environment node
import rules from 'modele-social'
import Engine from 'publicodes'
import { beforeAll, describe, expect, it } from 'vitest'
import { createSocialEngine, type RuleName, type SocialEngine } from '../../src/social/engine'
import { type SocialInputs, SocialInputsSchema, type Status } from '../../src/social/model'
import { readProtection } from '../../src/social/protection'
import type { Protection } from '../../src/social/protection-model'
import { createSession } from '../../src/social/session'
import { atTurnover, defaultScenario } from './fixtures'

// The reference: modele-social evaluated directly, situations written out here, publicodes
// solving every inversion itself (independently of src/social/statuses/*).
type Situation = Record<string, string>
const silent = { log() {}, warn() {}, error() {} }
let reference: Engine
let social: SocialEngine

beforeAll(() => {
  reference = new Engine(rules, { logger: silent })
  social = createSocialEngine(reference.shallowCopy() as Engine<RuleName>)
}, 30_000)

const eur = (amount: number) => `${amount} €/an`
const single = {
  'impôt . foyer fiscal . situation de famille': "'célibataire'",
  'impôt . foyer fiscal . nombre de parts . rattachées': '0 part',
}

/** The protection rules read in their units; null where the model gives no number. */
function referenceProtection(situation: Situation, salaried: boolean) {
  const engine = reference.shallowCopy()
  engine.setSituation(situation)
  const value = (rule: string, unit: string) => {
    const v = engine.evaluate({ valeur: rule, unité: unit }).nodeValue
    return typeof v === 'number' ? v : null
  }
  const scheme = salaried ? 'AGIRC ARRCO' : 'RCI'
  return {
    quartersPerYear: value('protection sociale . retraite . trimestres', 'trimestre validé/an'),
    basePensionFullCareerEurPerYear: value('protection sociale . retraite . base', '€/an'),
    // Whole points, as the model's total `complémentaire . points acquis` rounds them.
    supplementaryPoints: round(
      value(`protection sociale . retraite . complémentaire . ${scheme} . points acquis`, 'point'),
    ),
    supplementaryPointValueEur: value(
      `protection sociale . retraite . complémentaire . ${scheme} . valeur du point`,
      '€/an/point',
    ),
    sickPayEurPerDay: value('protection sociale . maladie . arrêt maladie', '€/jour'),
    sickPayWaitingDays: value(
      'protection sociale . maladie . arrêt maladie . délai de carence',
      'jour',
    ),
    maternityEurPerDay: value(
      'protection sociale . maladie . maternité paternité adoption',
      '€/jour',
    ),
    invalidityEurPerMonth: value(
      'protection sociale . invalidité et décès . pension invalidité . invalidité totale',
      '€/mois',
    ),
    deathCapitalEur: value('protection sociale . invalidité et décès . capital décès', '€'),
  }
}

const round = (x: number | null) => (x === null ? null : Math.round(x))
const makeInputs = (turnover = 104_410): SocialInputs =>
  SocialInputsSchema.parse({ ...defaultScenario, ...atTurnover(turnover) })

/** Each figure equal to the reference: counts exactly, amounts within a cent per € 1 000. */
function expectSame(actual: Protection | undefined, expected: Record<string, number | null>) {
  expect(actual).toBeDefined()
  for (const [key, value] of Object.entries(expected)) {
    const got = actual?.[key as keyof Protection] as number | null
    if (value === null) expect(got, key).toBeNull()
    else
      expect(
        Math.abs((got ?? Number.NaN) - value),
        `${key}: ${got} vs ${value}`,
      ).toBeLessThanOrEqual(Math.max(0.01, Math.abs(value) * 1e-4))
  }
}

describe('protection sociale, against modele-social evaluated directly', () => {
  it('CDI cadre at 97 193 €: 4 quarters, 561 AGIRC-ARRCO points, 3 waiting days', () => {
    const situation = {
      'salarié . contrat . salaire brut': eur(97_193),
      'salarié . contrat . statut cadre': 'oui',
      dirigeant: 'non',
      ...single,
    }
    const protection = social.compute(makeInputs()).results.cdi.protection
    expect(protection?.quartersPerYear).toBe(4)
    expect(protection?.supplementaryPoints).toBe(561)
    expect(protection?.sickPayWaitingDays).toBe(3)
    expect(protection?.scheme).toBe('salaried')
    expectSame(protection, referenceProtection(situation, true))
    expect(protection?.unemploymentContributionsEurPerYear).toBeGreaterThan(0)
    expect(protection?.employerHealthCoverEurPerYear).toBeGreaterThan(0)
    expect(protection?.employerProvidentCoverEurPerYear).toBeGreaterThan(0)
  }, 60_000)

  it.each([104_410, 60_000])(
    'micro-entreprise (BNC libérale) at %s €: RCI points',
    (turnover) => {
      const situation = {
        'entreprise . catégorie juridique': "'EI'",
        'entreprise . catégorie juridique . EI . auto-entrepreneur': 'oui',
        "entreprise . chiffre d'affaires": eur(turnover),
        'entreprise . activité . nature': "'libérale'",
        'dirigeant . auto-entrepreneur . impôt . versement libératoire': 'non',
        // No employee (otherwise the invalidity pension tests a salaried base and has no figure).
        salarié: 'non',
        ...single,
      }
      const protection = social.compute(makeInputs(turnover)).results.micro.protection
      expect(protection?.scheme).toBe('selfEmployed')
      expect(protection?.supplementaryPoints).toBeGreaterThan(0)
      // The self-employed scheme's invalidity pension and death capital (20 % of the PASS).
      expect(protection?.invalidityEurPerMonth).toBeGreaterThan(0)
      expect(protection?.deathCapitalEur).toBeGreaterThan(3_681)
      expectSame(protection, referenceProtection(situation, false))
      expect(protection?.unemploymentContributionsEurPerYear).toBeNull()
      expect(protection?.employerHealthCoverEurPerYear).toBeNull()
    },
    60_000,
  )

  it.each([
    ['EI / EURL at income tax', 'eurl', { 'entreprise . imposition': "'IR'" }],
    [
      'EURL à l’IS, all the margin as pay',
      'eurlIs',
      { 'entreprise . imposition': "'IS'", 'dirigeant . rémunération . totale': eur(104_410) },
    ],
  ] as const)(
    '%s: RCI points, the self-employed allowance, invalidity and death capital',
    (_, status, taxation) => {
      const situation = {
        'entreprise . catégorie juridique': "'SARL'",
        'entreprise . associés': "'unique'",
        "entreprise . chiffre d'affaires": eur(104_410),
        'entreprise . charges': eur(0),
        ...taxation,
        salarié: 'non',
        ...single,
      }
      const protection = social.compute(makeInputs()).results[status].protection
      expect(protection?.scheme).toBe('selfEmployed')
      const expected = referenceProtection(situation, false)
      // At 104 410 €: half the PASS a month, and 20 % of the PASS (2026: 48 060 €).
      expect(expected.invalidityEurPerMonth).toBe(2_002.5)
      expect(expected.deathCapitalEur).toBe(9_612)
      // publicodes solves the revenu professionnel to its own precision: a point either way.
      expect(
        Math.abs((protection?.supplementaryPoints ?? 0) - (expected.supplementaryPoints ?? 0)),
      ).toBeLessThanOrEqual(1)
      expectSame(protection, {
        ...expected,
        supplementaryPoints: protection?.supplementaryPoints ?? null,
      })
    },
    120_000,
  )

  it('SASU, the whole margin as pay: AGIRC-ARRCO points, no unemployment insurance', () => {
    const situation = {
      'entreprise . catégorie juridique': "'SAS'",
      'entreprise . associés': "'unique'",
      'dirigeant . rémunération . totale': eur(104_410),
      ...single,
    }
    const protection = social.compute(makeInputs()).results.sasu.protection
    expect(protection?.scheme).toBe('salaried')
    expect(protection?.unemploymentContributionsEurPerYear ?? 0).toBe(0)
    const expected = referenceProtection(situation, true)
    expect(
      Math.abs((protection?.supplementaryPoints ?? 0) - (expected.supplementaryPoints ?? 0)),
    ).toBeLessThanOrEqual(1)
    expectSame(protection, {
      ...expected,
      supplementaryPoints: protection?.supplementaryPoints ?? null,
    })
  }, 120_000)

  it('portage: the salaried protection of the salary the budget pays', () => {
    // At 130 000 € (publicodes' own inversion of the employer's cost gives nothing near 3 SMIC).
    const inputs = makeInputs(130_000)
    const situation = {
      'salarié . coût total employeur': eur(inputs.turnoverEurPerYear * 0.93),
      'salarié . contrat . statut cadre': 'oui',
      dirigeant: 'non',
      ...single,
    }
    const protection = social.compute(inputs).results.portage.protection
    const expected = referenceProtection(situation, true)
    expect(
      Math.abs((protection?.supplementaryPoints ?? 0) - (expected.supplementaryPoints ?? 0)),
    ).toBeLessThanOrEqual(1)
    expectSame(protection, {
      ...expected,
      supplementaryPoints: protection?.supplementaryPoints ?? null,
    })
    expect(protection?.unemploymentContributionsEurPerYear).toBeGreaterThan(0)
  }, 120_000)

  it('SASU paid all in dividends (no salary): 0 quarter, no daily allowance', () => {
    // The reader on the situation of a president without pay, as the dividends strategy sets it.
    const session = createSession(reference.shallowCopy() as Engine<RuleName>, { situations: 0 })
    const situation = {
      'entreprise . catégorie juridique': "'SAS'",
      'entreprise . associés': "'unique'",
      'salarié . contrat . salaire brut': eur(0),
      ...single,
    } as const
    const protection = readProtection(session.evaluate(situation), 'salaried')
    expect(protection.quartersPerYear).toBe(0)
    expect(protection.sickPayEurPerDay).toBe(0)
    expect(protection.supplementaryPoints).toBe(0)
    expectSame(protection, referenceProtection(situation, true))
  }, 60_000)

  it('is read for the compute only: break-even searches and curves do not read it', () => {
    const engine = createSocialEngine(reference.shallowCopy() as Engine<RuleName>)
    const inputs = makeInputs(98_000)
    const status: Status = 'micro'
    expect(engine.computeStatus(status, inputs).protection).toBeUndefined()
    expect(engine.compute(inputs).results.micro.protection).toBeDefined()
  }, 60_000)
})
