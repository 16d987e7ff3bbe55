import AxeBuilder from '@axe-core/playwright'
import rules from 'modele-social'
import type { Page } from 'playwright-core'
import Engine from 'publicodes'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseCsv } from '../csv'
import { eur } from '../text'
import { field, waitForStart } from './app'
import { openSession, plain, sharedBrowser, textOf } from './browser'

// ACRE as a person uses it: from a link, then the creation date changed, refused, and the option
// left; the nets checked against modele-social evaluated here, with situations written here.
const browser = sharedBrowser()
let reference: Engine
beforeAll(() => {
  reference = new Engine(rules, { logger: { log() {}, warn() {}, error() {} } })
}, 60_000)

// 300 €/day over the 212 billable days of 2026: 63 600 €, within the micro-entreprise's ceiling.
const TURNOVER = 300 * 212
const ACRE_LABEL = 'ACRE (aide à la création ou à la reprise d’entreprise)'
const DATE_LABEL = 'Date de création de l’entreprise'

const acre = (date: string) => ({
  'dirigeant . exonérations . ACRE': 'oui',
  'entreprise . date de création': `'${date}'`,
})
const microNet = (situation: Record<string, string> = {}) =>
  reference
    .setSituation({
      'entreprise . catégorie juridique': "'EI'",
      'entreprise . catégorie juridique . EI . auto-entrepreneur': 'oui',
      "entreprise . chiffre d'affaires": `${TURNOVER} €/an`,
      'entreprise . activité . nature': "'libérale'",
      ...situation,
    })
    .evaluate({ valeur: 'dirigeant . auto-entrepreneur . revenu net . après impôt', unité: '€/an' })
    .nodeValue as number
const eurlNet = (situation: Record<string, string> = {}) =>
  reference
    .setSituation({
      'entreprise . catégorie juridique': "'SARL'",
      'entreprise . associés': "'unique'",
      'entreprise . imposition': "'IR'",
      "entreprise . chiffre d'affaires": `${TURNOVER} €/an`,
      ...situation,
    })
    .evaluate({ valeur: 'dirigeant . rémunération . net . après impôt', unité: '€/an' })
    .nodeValue as number

const net = (page: Page, status: string) =>
  page
    .locator(`[data-testid="net-table"] td[data-status="${status}"][data-row="netAfter"]`)
    .textContent()
    .then(plain)

async function expectNet(page: Page, status: string, want: number) {
  await expect.poll(() => net(page, status), { timeout: 45_000 }).toBe(eur(want))
}

/** The net table's CSV header, as downloaded. */
async function csvHeader(page: Page): Promise<string[]> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Exporter en CSV : Revenu net annuel par statut/ }).click(),
  ])
  const { readFile } = await import('node:fs/promises')
  return parseCsv((await readFile(await download.path())).toString('utf8'))[0] ?? []
}

describe('ACRE', () => {
  it('from a link, a date changed, a date refused, the option left: the model’s nets', async () => {
    const { page, problems } = await openSession(
      browser(),
      // A CDI of 60 000 € gross, so that a freelance status leaves the most.
      '/?annee=2026&tjm=300&brut=60000&acre=1&creation=2026-03-01',
    )
    await waitForStart(page)
    expect(await textOf(page, 'revenue')).toBe(eur(TURNOVER))
    // Created in March 2026: half the micro-entreprise's contributions; EI / EURL at 2026's rate.
    await expectNet(page, 'micro', microNet(acre('01/03/2026')))
    await expectNet(page, 'eurl', eurlNet(acre('01/01/2026')))
    expect(await field(page, ACRE_LABEL).isChecked()).toBe(true)
    // The verdict says first that these are the first year's figures.
    const caveat = () => textOf(page, 'verdict-caveat')
    await expect.poll(caveat, { timeout: 30_000 }).toContain('avec l’ACRE')
    // The CSV says it too: the statuses ACRE lowers, not the CDI nor portage.
    const withAcre = ', avec ACRE (12 premiers mois)'
    expect(await csvHeader(page)).toEqual([
      'Ligne',
      'CDI (cadre)',
      `Micro-entreprise (BNC)${withAcre}`,
      `EI / EURL à l’IR${withAcre}`,
      `EURL à l’IS${withAcre}`,
      `SASU (président)${withAcre}`,
      'Portage salarial',
    ])

    // Created in September: three quarters of the contributions, and the link follows.
    const date = field(page, DATE_LABEL)
    await date.fill('2026-09-01')
    await expectNet(page, 'micro', microNet(acre('01/09/2026')))
    await expect.poll(() => page.url()).toContain('creation=2026-09-01')

    // A date of 2025: refused by the field, the figures kept and marked out of date.
    await date.fill('2025-12-31')
    const error = page.getByRole('alert').filter({ hasText: 'Saisissez une date de 2026' })
    await expect.poll(() => error.count()).toBe(1)
    expect(await date.getAttribute('aria-invalid')).toBe('true')
    await expect.poll(() => textOf(page, 'stale')).not.toBe('')
    expect(await net(page, 'micro')).toBe(eur(microNet(acre('01/09/2026'))))
    expect(page.url()).toContain('creation=2026-09-01')

    // Without ACRE: the model's nets without it, and the out-of-date mark gone with the field.
    await field(page, ACRE_LABEL).uncheck()
    await expectNet(page, 'micro', microNet())
    await expectNet(page, 'eurl', eurlNet())
    expect(await textOf(page, 'stale')).toBe('')
    expect(page.url()).not.toContain('acre=')
    await expect.poll(caveat).not.toContain('ACRE')
    expect((await csvHeader(page)).join()).not.toContain('ACRE')
    expect(problems).toEqual([])
  }, 180_000)

  it.each([390, 1440])(
    'axe finds nothing with the ACRE fields open, at %s px',
    async (width) => {
      const { page } = await openSession(browser(), '/?annee=2026&acre=1&creation=2026-05-01', {
        viewport: { width, height: 900 },
      })
      await waitForStart(page)
      await field(page, DATE_LABEL).waitFor()
      const { violations } = await new AxeBuilder({ page })
        .include('[data-testid="acre"]')
        .analyze()
      expect(violations.map((v) => v.id)).toEqual([])
    },
    90_000,
  )
})
