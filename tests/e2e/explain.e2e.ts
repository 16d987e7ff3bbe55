import AxeBuilder from '@axe-core/playwright'
import rules from 'modele-social'
import Engine from 'publicodes'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseCsv } from '../csv'
import { eur } from '../text'
import { CalculatorPage, expectHealthy } from './app'
import { plain, sharedBrowser } from './browser'

// The reference: modele-social evaluated here, with the situation written here.
let reference: Engine
beforeAll(() => {
  reference = new Engine(rules, { logger: { log() {}, warn() {}, error() {} } })
}, 30_000)

const browser = sharedBrowser()
const DEFAULT = '/?annee=2026&xp=0&tjm=492.5&jours=212&brut=97193'

/** Opens the page on the default scenario and waits for the net table and break-evens. */
async function openDefault(): Promise<CalculatorPage> {
  const app = await CalculatorPage.open(browser(), DEFAULT)
  await app.started()
  await app.page.getByTestId('net-table').waitFor({ timeout: 30_000 })
  await expect
    .poll(() => app.page.getByTestId('net-table').textContent(), { timeout: 30_000 })
    .not.toMatch(/calcul…/)
  return app
}

describe('Comment est-ce calculé ?', () => {
  it('explains the turnover and a net after tax with the values and a legal reference', async () => {
    const app = await openDefault()
    const { page } = app
    const revenue = page.getByRole('button', {
      name: "Comment est-ce calculé : Chiffre d'affaires annuel",
    })
    await revenue.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => revenue.getAttribute('aria-expanded')).toBe('true')
    const revenuePanel = page.getByRole('region', {
      name: "Comment est-ce calculé : Chiffre d'affaires annuel",
    })
    await expect
      .poll(async () => plain(await revenuePanel.textContent()), { timeout: 10_000 })
      .toContain('492,5 € × 212 jours = 104 410 €')

    // The micro-entreprise's net after tax: the model's chain, its values and its references.
    const micro = page.getByRole('button', {
      name: 'Comment est-ce calculé : Micro-entreprise (BNC)',
    })
    await micro.click()
    const panel = page.getByRole('region', {
      name: 'Comment est-ce calculé : Micro-entreprise (BNC)',
    })
    const taxRow = panel.locator('tr[data-rule="impôt . montant"]')
    await taxRow.waitFor({ timeout: 30_000 })
    const situation = {
      'entreprise . catégorie juridique': "'EI'",
      'entreprise . catégorie juridique . EI . auto-entrepreneur': 'oui',
      "entreprise . chiffre d'affaires": '104410 €/an',
      'entreprise . activité . nature': "'libérale'",
    }
    const value = (rule: string) =>
      reference.setSituation(situation).evaluate({ valeur: rule, unité: '€/an' })
        .nodeValue as number
    expect(plain(await taxRow.textContent())).toContain(eur(value('impôt . montant')))
    const netRow = panel.locator(
      'tr[data-rule="dirigeant . auto-entrepreneur . revenu net . après impôt"]',
    )
    expect(plain(await netRow.textContent())).toContain(
      eur(value('dirigeant . auto-entrepreneur . revenu net . après impôt')),
    )
    // Links the person can open, never fetched by the page.
    const links = panel.locator('a[href^="https://"]')
    expect(await links.count()).toBeGreaterThan(0)
    const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))
    expect(hrefs.some((h) => /legifrance|service-public|urssaf|impots|economie/.test(h))).toBe(true)
    expect(await links.first().getAttribute('rel')).toBe('noopener noreferrer')
    expect(app.requests.filter((r) => !r.startsWith('http://127.0.0.1'))).toEqual([])

    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze()
    expect(
      axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
    ).toEqual([])
    await expectHealthy(app)
  })
})

describe('Exporter en CSV', () => {
  it('the net table’s CSV reads back to the figures on the page', async () => {
    const app = await openDefault()
    const { page } = app
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Exporter en CSV : Revenu net annuel par statut/ }).click(),
    ])
    expect(download.suggestedFilename()).toBe('revenu-net-par-statut.csv')
    const path = await download.path()
    const { readFile } = await import('node:fs/promises')
    const bytes = await readFile(path)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = parseCsv(bytes.toString('utf8'))
    expect(rows[0]).toEqual([
      'Ligne',
      'CDI (cadre)',
      'Micro-entreprise (BNC)',
      'EI / EURL à l’IR',
      'EURL à l’IS',
      'SASU (président)',
      'Portage salarial',
    ])
    const net = rows.find((r) => r[0]?.startsWith('Net après impôt (an)'))
    expect(net?.[0]).toBe('Net après impôt (an) (€/an)')
    const statuses = ['cdi', 'micro', 'eurl', 'eurlIs', 'sasu', 'portage']
    for (const [i, status] of statuses.entries()) {
      const shown = plain(
        await page
          .locator(`[data-testid="net-table"] td[data-status="${status}"][data-row="netAfter"]`)
          .textContent(),
      )
      const exported = Number((net?.[i + 1] ?? '').replace(',', '.'))
      expect(eur(exported), status).toBe(shown)
    }
    await expectHealthy(app)
  })
})

describe('Imprimer / PDF', () => {
  it('prints no button, every table, the inputs and the model’s date, as a PDF', async () => {
    const app = await openDefault()
    const { page } = app
    await expect(page.getByRole('button', { name: 'Imprimer / PDF' })).toBeTruthy()
    // Panels and their tables mount after hydration: count them once they are all there.
    await app.settled()
    await page.emulateMedia({ media: 'screen' })
    const onScreen = await page.locator('table:visible').count()
    await page.emulateMedia({ media: 'print' })
    const visibleControls = await page
      .locator('button, input[type="file"], input[type="range"], summary')
      .evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length)
    expect(visibleControls).toBe(0)
    // A box or a radio button keeps its look on paper: its state is the value printed.
    const looks = await page
      .locator('input[type="checkbox"], input[type="radio"]')
      .evaluateAll((els) => els.map((e) => getComputedStyle(e).appearance))
    expect(looks.length).toBeGreaterThan(0)
    expect(looks.filter((look) => look === 'none')).toEqual([])
    expect(await page.getByTestId('net-table').isVisible()).toBe(true)
    // The inputs print as their labels and values.
    const tjm = page.getByLabel('TJM (€ / jour)', { exact: true })
    expect(await tjm.isVisible()).toBe(true)
    expect(await tjm.inputValue()).toBe('492,5')
    // Every table that shows on screen shows on paper (the data tables stay folded on both).
    expect(await page.locator('table:visible').count()).toBe(onScreen)
    // biome-ignore lint/performance/useDomNodeTextContent: what paper shows
    const text = plain(await page.evaluate(() => document.body.innerText))
    expect(text).toContain('modele-social 11.1.0')
    expect(text).toContain('Source des données')
    const pdf = await page.pdf({ format: 'A4' })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    await page.emulateMedia({ media: 'screen' })
    expect(await page.getByRole('button', { name: 'Imprimer / PDF' }).isVisible()).toBe(true)
    await expectHealthy(app)
  })
})
