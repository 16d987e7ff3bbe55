import AxeBuilder from '@axe-core/playwright'
import rules from 'modele-social'
import type { Page } from 'playwright-core'
import Engine from 'publicodes'
import { beforeAll, describe, expect, it } from 'vitest'
import { eur, eurCents } from '../text'
import { CalculatorPage, waitForStart } from './app'
import { plain, sharedBrowser } from './browser'

// The reference: modele-social evaluated directly in this process, situations written here.
const browser = sharedBrowser()
let reference: Engine
beforeAll(() => {
  reference = new Engine(rules, { logger: { log() {}, warn() {}, error() {} } })
}, 30_000)

const single = {
  'impôt . foyer fiscal . situation de famille': "'célibataire'",
  'impôt . foyer fiscal . nombre de parts . rattachées': '0 part',
}
const value = (situation: Record<string, string>, rule: string, unit: string) =>
  reference.setSituation(situation).evaluate({ valeur: rule, unité: unit }).nodeValue as number

const cell = async (page: Page, status: string, row: string) =>
  plain(
    await page
      .getByTestId('protection-table')
      .locator(`td[data-status="${status}"][data-row="${row}"]`)
      .textContent(),
  ).replace(/^.*? : /, '')

async function openProtection(width: number): Promise<CalculatorPage> {
  // The scenario of 0 years (492,5 €/day × 212 days), not the page's default experience.
  const s = await CalculatorPage.open(browser(), '/?xp=0&annee=2026', {
    viewport: { width, height: 900 },
  })
  await waitForStart(s.page)
  await s.page.getByTestId('protection-table').waitFor({ timeout: 60_000 })
  // Until the worker answers for these inputs, the figures shown are the last ones, marked out of
  // date (the prerendered page's are the default experience's).
  await s.page.locator('section.net[aria-busy="false"]').waitFor({ timeout: 60_000 })
  // The protection is asked after the net figures: its table is up to date a little later.
  await s.page.locator('section.protection[aria-busy="false"]').waitFor({ timeout: 60_000 })
  return s
}

describe('Protection sociale', () => {
  it('default scenario: the CDI column shows 4 quarters and 561 AGIRC-ARRCO points, as modele-social', async () => {
    const { page } = await openProtection(1280)
    const cdi = {
      'salarié . contrat . salaire brut': '97193 €/an',
      'salarié . contrat . statut cadre': 'oui',
      dirigeant: 'non',
      ...single,
    }
    const quarters = value(cdi, 'protection sociale . retraite . trimestres', 'trimestre validé/an')
    const points = Math.round(
      value(
        cdi,
        'protection sociale . retraite . complémentaire . AGIRC ARRCO . points acquis',
        'point',
      ),
    )
    expect([quarters, points]).toEqual([4, 561])
    expect(await cell(page, 'cdi', 'quarters')).toBe(`${quarters} sur 4`)
    expect(await cell(page, 'cdi', 'supplementaryPoints')).toBe(`${points} points AGIRC-ARRCO`)
    const sickPay = value(cdi, 'protection sociale . maladie . arrêt maladie', '€/jour')
    expect(await cell(page, 'cdi', 'sickPay')).toBe(`${eurCents(sickPay)} par jour`)

    const micro = {
      'entreprise . catégorie juridique': "'EI'",
      'entreprise . catégorie juridique . EI . auto-entrepreneur': 'oui',
      "entreprise . chiffre d'affaires": '104410 €/an',
      'entreprise . activité . nature': "'libérale'",
      ...single,
    }
    const rci = value(
      micro,
      'protection sociale . retraite . complémentaire . RCI . points acquis',
      'point',
    )
    expect(await cell(page, 'micro', 'supplementaryPoints')).toBe(`${Math.round(rci)} points RCI`)
    // The self-employed scheme's invalidity pension and death capital: the situation says the
    // person is no employee, as the page's does.
    const selfEmployed = { ...micro, salarié: 'non' }
    const invalidity = value(
      selfEmployed,
      'protection sociale . invalidité et décès . pension invalidité . invalidité totale',
      '€/mois',
    )
    const death = value(
      selfEmployed,
      'protection sociale . invalidité et décès . capital décès',
      '€',
    )
    expect(invalidity).toBeGreaterThan(0)
    expect(await cell(page, 'micro', 'invalidity')).toBe(`${eur(invalidity)} par mois`)
    expect(await cell(page, 'micro', 'deathCapital')).toBe(eur(death))
    expect(await cell(page, 'micro', 'unemployment')).toBe('non')
    expect(await page.getByTestId('protection-reading').textContent()).toMatch(/^(En |Le CDI)/)
  }, 120_000)

  it('at 390 px: no horizontal scrolling, every label whole, axe clean', async () => {
    const { page } = await openProtection(390)
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow).toBe(0)
    const clipped = await page
      .locator('.protection th[scope="row"], .protection td')
      .evaluateAll((nodes) =>
        nodes.filter((n) => n.scrollWidth > n.clientWidth + 1).map((n) => n.textContent),
      )
    expect(clipped).toEqual([])
    // The status of each figure is written on its line, since the header row is hidden.
    const status = page.locator('td[data-status="cdi"][data-row="quarters"] .protection-status')
    expect(await status.isVisible()).toBe(true)
    expect(plain(await status.textContent())).toBe('CDI (cadre) : ')
    const axe = await new AxeBuilder({ page })
      .include('.protection')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze()
    expect(axe.violations.map((v) => v.id)).toEqual([])
  }, 120_000)

  it('at 1440 px: a table with one column per status, axe clean', async () => {
    const { page } = await openProtection(1440)
    const headers = await page.locator('.protection thead th').allInnerTexts()
    // CDI, micro, EI / EURL à l'IR, EURL à l'IS, SASU, portage.
    expect(headers.map(plain)).toHaveLength(6)
    const axe = await new AxeBuilder({ page })
      .include('.protection')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze()
    expect(axe.violations.map((v) => v.id)).toEqual([])
  }, 120_000)
})
