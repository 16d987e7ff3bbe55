// @vitest-environment node
import rules from 'modele-social'
import Engine from 'publicodes'
import { beforeAll, describe, expect, it } from 'vitest'
import { createSocialEngine, type RuleName, type SocialEngine } from '../../src/social/engine'
import { SocialInputsSchema } from '../../src/social/model'
import { defaultScenario } from './fixtures'

// The reference: modele-social evaluated directly with the situations of /work/shared/NOTES.md.
const silent = { log() {}, warn() {}, error() {} }
let reference: Engine
let social: SocialEngine

beforeAll(() => {
  reference = new Engine(rules, { logger: silent })
  social = createSocialEngine(reference.shallowCopy() as Engine<RuleName>)
}, 30_000)

const inputs = SocialInputsSchema.parse(defaultScenario)
const eur = (amount: number) => `${amount} €/an`
const net = (situation: Record<string, string>, rule: string) =>
  reference.setSituation(situation).evaluate({ valeur: rule, unité: '€/an' }).nodeValue as number

const microNet = (turnover: number) =>
  net(
    {
      'entreprise . catégorie juridique': "'EI'",
      'entreprise . catégorie juridique . EI . auto-entrepreneur': 'oui',
      "entreprise . chiffre d'affaires": eur(turnover),
      'entreprise . activité . nature': "'libérale'",
    },
    'dirigeant . auto-entrepreneur . revenu net . après impôt',
  )
const eurlNet = (turnover: number) =>
  net(
    {
      'entreprise . catégorie juridique': "'SARL'",
      'entreprise . associés': "'unique'",
      'entreprise . imposition': "'IR'",
      "entreprise . chiffre d'affaires": eur(turnover),
    },
    'dirigeant . rémunération . net . après impôt',
  )

describe('target net → TJM', () => {
  it('finds the first whole euro of turnover whose official net after tax reaches the target', () => {
    const target = 6000 * 12
    const { statuses, targetNetEurPerYear } = social.target(inputs, target)
    expect(targetNetEurPerYear).toBe(target)
    const micro = statuses.micro.turnoverEurPerYear as number
    const eurl = statuses.eurl.turnoverEurPerYear as number
    expect(Number.isInteger(micro)).toBe(true)
    expect(microNet(micro)).toBeGreaterThanOrEqual(target - 1)
    expect(microNet(micro) - target).toBeLessThan(12)
    expect(eurlNet(eurl)).toBeGreaterThanOrEqual(target - 1)
    expect(eurlNet(eurl) - target).toBeLessThan(12)
    // TJM at the inputs' days, days at the inputs' TJM (104 410 € ÷ 212 days = 492,5 €/day).
    expect(statuses.micro.tjmEurPerDay).toBeCloseTo(micro / 212, 6)
    expect(statuses.micro.daysAtTjm).toBeCloseTo(micro / 492.5, 6)
    // 72 000 € net needs more than the 83 600 € micro ceiling? Said either way, as the model says.
    expect(statuses.micro.ceilingExceeded).toBe(micro > 83600)
  }, 120_000)

  it('is canonical: the same answer whatever the turnover and days the search starts from', () => {
    const target = 50_000
    const fresh = createSocialEngine(reference.shallowCopy() as Engine<RuleName>)
    social.compute({ ...inputs, turnoverEurPerYear: 300_000 })
    const used = social.target({ ...inputs, turnoverEurPerYear: 300_000 }, target)
    const clean = fresh.target(inputs, target)
    for (const status of ['micro', 'eurl', 'sasu', 'portage'] as const) {
      expect(used.statuses[status].turnoverEurPerYear, status).toBe(
        clean.statuses[status].turnoverEurPerYear,
      )
    }
  }, 180_000)

  it('gives every status the first euro whose own figures reach the CDI’s net, the euro below short', () => {
    // Salaried statuses are searched on the gross salary: the answer is still a turnover, checked
    // on the figures the page shows at that turnover (the SASU's and the portage's included).
    const { cdiNetAfterTaxEurPerYear: cdiNet, statuses } = social.breakEven(inputs)
    for (const status of ['micro', 'eurl', 'eurlIs', 'sasu', 'portage'] as const) {
      const turnover = statuses[status].turnoverEurPerYear as number
      const netAt = (turnoverEurPerYear: number) =>
        social.computeStatus(status, { ...inputs, turnoverEurPerYear }).netAfterTaxEurPerYear
      expect(Number.isInteger(turnover), status).toBe(true)
      expect(netAt(turnover), status).toBeGreaterThanOrEqual(cdiNet)
      expect(netAt(turnover - 1), status).toBeLessThan(cdiNet)
    }
    // Micro and EI at IR, on modele-social evaluated directly.
    expect(microNet(statuses.micro.turnoverEurPerYear as number)).toBeGreaterThanOrEqual(cdiNet)
    expect(microNet((statuses.micro.turnoverEurPerYear as number) - 1)).toBeLessThan(cdiNet)
    expect(eurlNet(statuses.eurl.turnoverEurPerYear as number)).toBeGreaterThanOrEqual(cdiNet)
    expect(eurlNet((statuses.eurl.turnoverEurPerYear as number) - 1)).toBeLessThan(cdiNet)
  }, 180_000)

  it('is null when no turnover up to 5 M€ reaches the target', () => {
    const { statuses } = social.target(inputs, 9_000_000)
    expect(statuses.portage).toEqual({
      turnoverEurPerYear: null,
      tjmEurPerDay: null,
      daysAtTjm: null,
    })
  }, 120_000)
})
