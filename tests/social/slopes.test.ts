// @vitest-environment node
// What the solves rely on (src/social/settle.ts, `minSlope` and `unitSlopeSteps`), checked on
// modele-social evaluated directly, with situations written here: an employer's cost never rises
// less than the gross salary, and what a revenu professionnel takes out of the margin is that
// income plus contributions rounded to the euro (it rises by the cent, or by whole euros more).

import rules from 'modele-social'
import Engine from 'publicodes'
import { beforeAll, describe, expect, it } from 'vitest'

type Situation = Record<string, string>
const silent = { log() {}, warn() {}, error() {} }
let model: Engine

beforeAll(() => {
  model = new Engine(rules, { logger: silent })
}, 30_000)

const eur = (amount: number) => `${Math.round(amount * 100) / 100} €/an`
const value = (situation: Situation, rule: string) =>
  model.setSituation(situation).evaluate({ valeur: rule, unité: '€/an' }).nodeValue as number

/** f at eleven cents from `x`: the rise over each cent. */
const risesByCent = (f: (x: number) => number, x: number) => {
  const ys = Array.from({ length: 11 }, (_, i) => f((Math.round(x * 100) + i) / 100))
  return ys.slice(1).map((y, i) => y - (ys[i] as number))
}

// Gross salaries around the réduction générale's range (1 to 3 SMIC, about 21 600 to 64 900 € a
// year in 2026) and the social security ceiling's multiples (PSS about 48 000 €).
const GROSS = [21_700, 30_000, 45_000, 48_060, 64_800, 64_950, 100_000, 200_000]

describe('the functions the solves settle on', () => {
  it('an employee’s and a SASU president’s cost rise at least a cent per cent of gross', () => {
    const employee = (gross: number) =>
      value(
        {
          'salarié . contrat . salaire brut': eur(gross),
          'salarié . contrat . statut cadre': 'oui',
          dirigeant: 'non',
        },
        'salarié . coût total employeur',
      )
    const president = (gross: number) =>
      value(
        {
          'entreprise . catégorie juridique': "'SAS'",
          'entreprise . associés': "'unique'",
          'salarié . contrat . salaire brut': eur(gross),
        },
        'dirigeant . rémunération . totale',
      )
    for (const cost of [employee, president]) {
      for (const gross of GROSS) {
        for (const rise of risesByCent(cost, gross)) expect(rise).toBeGreaterThan(0.01 - 1e-6)
      }
    }
  }, 120_000)

  it('an EI / EURL’s revenu professionnel takes itself plus contributions in whole euros', () => {
    const margin = 300_000
    const takes = (income: number) =>
      income +
      margin -
      value(
        {
          'entreprise . catégorie juridique': "'SARL'",
          'entreprise . associés': "'unique'",
          'entreprise . imposition': "'IR'",
          "entreprise . chiffre d'affaires": eur(margin),
          'entreprise . charges': '0 €/an',
          'dirigeant . indépendant . revenu professionnel': eur(income),
          salarié: 'non',
        },
        'entreprise . résultat fiscal',
      )
    for (const income of [20_000, 41_037.27, 52_077.95, 61_017.12, 89_265.91, 118_209.46]) {
      for (const rise of risesByCent(takes, income)) {
        // A cent, or a cent and whole euros of contributions.
        expect(rise).toBeGreaterThan(0.01 - 1e-6)
        expect(Math.abs(rise - 0.01 - Math.round(rise - 0.01))).toBeLessThan(1e-6)
      }
    }
  }, 120_000)
})
