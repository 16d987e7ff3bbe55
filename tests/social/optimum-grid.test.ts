// @vitest-environment node
import rules from 'modele-social'
import Engine from 'publicodes'
import { beforeAll, expect, it } from 'vitest'
import { createSocialEngine, type RuleName } from '../../src/social/engine'
import { SocialInputsSchema } from '../../src/social/model'
import { defaultScenario } from './fixtures'

// The naive baseline, once: the SASU's net after tax on a 1 000 € grid of total pay (salary cost)
// from 0 to the turnover, each point evaluated directly with modele-social (publicodes inverting
// the pay itself); the optimum the engine finds must leave at least as much as the grid's best.
// Slow (about 25 s on an idle machine): one test, with a long time-out.
let reference: Engine
beforeAll(() => {
  reference = new Engine(rules, { logger: { log() {}, warn() {}, error() {} } })
}, 60_000)

const eur = (amount: number) => `${amount} €/an`
const read = (situation: Record<string, string>, rule: string) =>
  reference.setSituation(situation).evaluate({ valeur: rule, unité: '€/an' }).nodeValue

it('the optimal SASU split leaves at least the best of a 1 000 € grid of pay', () => {
  const turnover = 104_410 // defaultScenario: 492,5 €/day × 212 days
  const base = {
    'entreprise . catégorie juridique': "'SAS'",
    'entreprise . associés': "'unique'",
    'entreprise . imposition': "'IS'",
    "entreprise . chiffre d'affaires": eur(turnover),
    'impôt . foyer fiscal . situation de famille': "'célibataire'",
    'impôt . foyer fiscal . nombre de parts . rattachées': '0 part',
  }
  let best = { pay: 0, net: Number.NEGATIVE_INFINITY }
  for (let pay = 0; pay <= turnover; pay += 1000) {
    const paid = {
      ...base,
      'dirigeant . rémunération . totale': eur(pay),
      ...(pay === 0
        ? { "impôt . foyer fiscal . revenu imposable . revenu d'activité": eur(0) }
        : {}),
    }
    const salaryNet = pay === 0 ? 0 : read(paid, 'dirigeant . rémunération . net . après impôt')
    const dividends = read(paid, 'entreprise . imposition . IS . résultat net')
    if (typeof salaryNet !== 'number' || typeof dividends !== 'number') continue
    const dividendsNet = read(
      {
        ...paid,
        bénéficiaire: 'oui',
        'impôt . méthode de calcul': "'PFU'",
        'bénéficiaire . dividendes . bruts': eur(dividends),
      },
      "bénéficiaire . dividendes . nets d'impôt",
    )
    if (typeof dividendsNet !== 'number') continue
    if (salaryNet + dividendsNet > best.net) best = { pay, net: salaryNet + dividendsNet }
  }
  const social = createSocialEngine(reference.shallowCopy() as Engine<RuleName>)
  const optimal = social.computeStatus(
    'sasu',
    SocialInputsSchema.parse({ ...defaultScenario, sasuPay: 'optimal' }),
  )
  expect(best.net).toBeGreaterThanOrEqual(57_816 - 1)
  expect(optimal.netAfterTaxEurPerYear).toBeGreaterThanOrEqual(Math.floor(best.net))
}, 1_200_000)
