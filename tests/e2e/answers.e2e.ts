import AxeBuilder from '@axe-core/playwright'
import rules from 'modele-social'
import type { Page } from 'playwright-core'
import Engine from 'publicodes'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Status } from '../../src/social'
import { eur } from '../text'
import { field, LABEL, waitForStart } from './app'
import { openSession, plain, sharedBrowser } from './browser'

// The three answers of issue 13, each played from a cold load: the verdict, the TJM for a target
// net, and the company's view. Figures are checked against modele-social evaluated here.
const browser = sharedBrowser()
let reference: Engine
beforeAll(() => {
  reference = new Engine(rules, { logger: { log() {}, warn() {}, error() {} } })
}, 60_000)

const STATUSES: Status[] = ['cdi', 'micro', 'eurl', 'eurlIs', 'sasu', 'portage']
const LABELS: Record<Status, string> = {
  cdi: 'CDI (cadre)',
  micro: 'Micro-entreprise (BNC)',
  eurl: 'EI / EURL à l’IR',
  eurlIs: 'EURL à l’IS',
  sasu: 'SASU (président)',
  portage: 'Portage salarial',
}
/** The micro-entreprise's turnover ceiling for a liberal activity in 2026, from modele-social. */
const microCeiling = () =>
  reference
    .setSituation({
      'entreprise . catégorie juridique': "'EI'",
      'entreprise . catégorie juridique . EI . auto-entrepreneur': 'oui',
      'entreprise . activité . nature': "'libérale'",
      "entreprise . chiffre d'affaires": '1 €/an',
    })
    .evaluate({
      valeur: "entreprise . chiffre d'affaires . seuil micro . libérale",
      unité: '€/an',
    }).nodeValue as number

/** "84 951 €" → 84951. */
const amount = (text: string) => Number(plain(text).replace(/[^\d-]/g, ''))
const cell = async (page: Page, status: Status, row: string) =>
  plain(
    (await page
      .locator(`[data-testid="net-table"] td[data-status="${status}"][data-row="${row}"]`)
      .textContent()) ?? '',
  )

async function verdictOf(page: Page) {
  const text = page.getByTestId('verdict-text')
  await text.waitFor({ timeout: 60_000 })
  return {
    best: (await text.getAttribute('data-best')) as Status,
    text: plain(await text.textContent()),
  }
}

describe('the answers first, in Chromium on the built app', () => {
  it.each([
    // Micro leaves the most but is beyond its ceiling: never named; the CDI wins.
    ['0 years: micro beyond its ceiling', '/?xp=0&annee=2026', 492.5 * 212, 'cdi'],
    [
      'a lower salary and TJM: micro under its ceiling',
      '/?annee=2026&brut=60000&tjm=380',
      380 * 212,
      'micro',
    ],
    ['the default, 12 years: EURL à l’IS ahead', '/?annee=2026', 667.5 * 212, 'eurlIs'],
  ] as const)(
    'the verdict names the right status — %s',
    async (_, path, turnover, want) => {
      const { page } = await openSession(browser(), path, {
        viewport: { width: 1440, height: 900 },
      })
      // Hydrated (the prerendered page is the default inputs'), then the figures of these inputs,
      // not the prerendered default ones shown until the worker answers.
      await waitForStart(page)
      const region = page.getByRole('region', { name: 'Verdict' })
      await region.waitFor()
      await page.locator('section.net[aria-busy="false"]').waitFor({ timeout: 60_000 })
      const verdict = await verdictOf(page)
      // The oracle: the highest net after tax in the net table, micro left out above its ceiling.
      await expect.poll(() => cell(page, 'cdi', 'netAfter'), { timeout: 30_000 }).toMatch(/€$/)
      const beyond = turnover > microCeiling()
      let best: Status = 'cdi'
      let bestNet = Number.NEGATIVE_INFINITY
      for (const status of STATUSES) {
        if (status === 'micro' && beyond) continue
        const net = amount(await cell(page, status, 'netAfter'))
        if (net > bestNet) [best, bestNet] = [status, net]
      }
      expect(best).toBe(want)
      expect(verdict.best).toBe(want)
      expect(verdict.text.startsWith(`${LABELS[want]} vous laisse le plus`)).toBe(true)
      if (beyond) expect(verdict.text).not.toContain(LABELS.micro)
      // The verdict and the net per status are in view without scrolling at 1440 × 900.
      const box = await region.boundingBox()
      expect((box?.y ?? 1e9) + (box?.height ?? 0)).toBeLessThanOrEqual(900)
    },
    120_000,
  )

  it('the TJM for 6 000 € net a month, typed back in as the TJM, gives 6 000 € a month (±1 €)', async () => {
    const { page } = await openSession(browser(), '/?objectif=6000&annee=2026')
    const tjmCell = page.getByTestId('target-tjm-eurl')
    // "644,64 €" → "644.64", whatever spaces the formatter writes.
    const tjmOf = async () => {
      const digits = ((await tjmCell.textContent()) ?? '').replace(/[^\d,]/g, '')
      return /^\d+(,\d+)?$/.test(digits) ? digits.replace(',', '.') : ''
    }
    await expect.poll(tjmOf, { timeout: 90_000 }).not.toBe('')
    const tjm = await tjmOf()
    await field(page, LABEL.tjm).fill(tjm)
    await expect
      .poll(async () => Math.abs(amount(await cell(page, 'eurl', 'perMonth')) - 6000), {
        timeout: 60_000,
      })
      .toBeLessThanOrEqual(1)
  }, 180_000)

  it('the company view’s employer cost is modele-social’s', async () => {
    const { page } = await openSession(browser(), '/?jours_semaine=2&annee=2026')
    const note = page.getByTestId('company-employer-cost')
    await note.waitFor({ timeout: 90_000 })
    const cost = reference
      .setSituation({
        'salarié . contrat . salaire brut': '97193 €/an',
        'salarié . contrat . statut cadre': 'oui',
        dirigeant: 'non',
      })
      .evaluate({ valeur: 'salarié . coût total employeur', unité: '€/an' }).nodeValue as number
    expect(plain(await note.textContent())).toContain(`Un CDI à temps plein : ${eur(cost)} par an.`)
    // Two days a week of the 2026 calendar: (252 working days − 25 of leave) × 2 ÷ 5 = 90,8 days.
    expect(plain(await page.getByTestId('mission-days').textContent())).toContain('90,8 jours')
    expect(plain(await page.getByTestId('company-cdi-day').textContent())).toBe(eur(cost / 218))
  }, 180_000)

  it.each([
    ['light', 390],
    ['light', 1440],
    ['dark', 390],
    ['dark', 1440],
  ] as const)(
    'axe finds nothing in the %s theme at %s px, a comparison of scenarios shown',
    async (scheme, width) => {
      // With a comparison link's two scenarios, so that the comparison table is checked too.
      const scenario = (name: string, tjm: string) =>
        `scenario=${encodeURIComponent(new URLSearchParams({ nom: name, tjm }).toString())}`
      const path = `/?xp=12&annee=2026&${scenario('Offre A', '600')}&${scenario('Offre B', '700')}`
      const { page } = await openSession(browser(), path, {
        viewport: { width, height: 900 },
        context: { colorScheme: scheme },
      })
      await verdictOf(page)
      await page.getByTestId('company-table').waitFor({ timeout: 90_000 })
      await page
        .locator('[data-testid="shared-comparison"] [data-testid="comparison"][aria-busy="false"]')
        .waitFor({ timeout: 90_000 })
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze()
      const report = results.violations
        .flatMap((v) => [`${v.id}: ${v.help}`, ...v.nodes.map((n) => `  at ${n.target.join(' ')}`)])
        .join('\n')
      expect(report).toBe('')
    },
    180_000,
  )
})
