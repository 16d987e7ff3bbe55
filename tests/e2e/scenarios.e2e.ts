import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { parseCsv } from '../csv'
import { eur } from '../text'
import { field, LABEL, waitForStart } from './app'
import { openSession, plain, sharedBrowser, visibleText } from './browser'

// Issue 13: "nobody can compare two offers". Two offers saved under a name, compared side by side
// on the built app, the comparison's figures the page's own for the same inputs, and its link
// opening the same comparison elsewhere.
const browser = sharedBrowser()

const netCell = async (page: Page, status: string) =>
  plain(
    await page
      .locator(`[data-testid="net-table"] td[data-status="${status}"][data-row="netAfter"]`)
      .textContent(),
  )

/** The page's net figures once the worker answered for the current inputs. */
async function settledNets(page: Page) {
  await page.locator('section.net[aria-busy="false"]').waitFor({ timeout: 60_000 })
  return { cdi: await netCell(page, 'cdi'), eurl: await netCell(page, 'eurl') }
}

/** The comparison's rows, by header: one text per scenario. */
async function comparisonRows(page: Page, within: string) {
  const region = page.locator(within).getByTestId('comparison')
  await region.and(page.locator('[aria-busy="false"]')).waitFor({ timeout: 90_000 })
  const rows = await region
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')))
  return Object.fromEntries(
    rows.map(([header = '', ...cells]) => [plain(header), cells.map(plain)]),
  )
}

async function saveScenario(page: Page, name: string) {
  await page.getByLabel('Nom du scénario').fill(name)
  await page.getByRole('button', { name: 'Enregistrer ce scénario' }).click()
  await page
    .getByRole('status')
    .filter({ hasText: `« ${name} » enregistré.` })
    .waitFor()
}

describe('scenarios side by side, in Chromium on the built app', () => {
  it('two offers saved and compared show the page’s own figures; the link reopens them', async () => {
    const { page, problems, requests, context } = await openSession(
      browser(),
      '/?annee=2026&jours=210',
      { viewport: { width: 1440, height: 900 } },
    )
    await waitForStart(page)
    await field(page, LABEL.tjm).fill('600')
    const offerA = await settledNets(page)
    await saveScenario(page, 'Offre A')
    await field(page, LABEL.tjm).fill('700')
    await field(page, LABEL.salary).fill('100000')
    const offerB = await settledNets(page)
    await saveScenario(page, 'Offre B')

    await page.getByRole('button', { name: 'Comparer' }).click()
    const rows = await comparisonRows(page, 'section.scenarios')
    expect(rows['TJM (€ / jour)']).toEqual(['600 €', '700 €'])
    expect(rows['Salaire brut CDI (€ / an)']).toEqual(['97 193', '100 000'])
    expect(rows['Chiffre d’affaires (€ / an)']).toEqual(['126 000 €', '147 000 €'])
    expect(rows['CDI (cadre)']).toEqual([offerA.cdi, offerB.cdi])
    expect(rows['EI / EURL à l’IR']).toEqual([offerA.eurl, offerB.eurl])
    expect(rows['Le plus de net']?.every((text) => / : [\d\s]+ € \/ mois$/.test(text))).toBe(true)

    // The comparison as a spreadsheet: the same figures, numbers in French notation.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporter en CSV : la comparaison des scénarios' }).click(),
    ])
    expect(download.suggestedFilename()).toBe('comparaison-scenarios.csv')
    const { readFile } = await import('node:fs/promises')
    const csv = parseCsv((await readFile(await download.path())).toString('utf8'))
    expect(csv[0]).toEqual(['Ligne', 'Offre A', 'Offre B'])
    const csvRow = (header: string) => csv.find((row) => row[0] === header)?.slice(1) ?? []
    expect(csvRow('Activité : Chiffre d’affaires (€ / an)')).toEqual(['126000', '147000'])
    const euros = (cells: string[]) => cells.map((c) => eur(Number(c.replace(',', '.'))))
    expect(euros(csvRow('Net après impôt (€ / an) : CDI (cadre)'))).toEqual([
      offerA.cdi,
      offerB.cdi,
    ])
    // 126 000 € and 147 000 € are beyond the micro-entreprise's ceiling: the file says so too.
    expect(csvRow('Net après impôt (€ / an) : Micro-entreprise (BNC) (remarque)')).toEqual([
      'écartée : au-delà du plafond',
      'écartée : au-delà du plafond',
    ])
    // Which leaves the most is a status and a net a month: a verdict, not a €-a-year figure.
    const verdicts = csvRow('Verdict : Le plus de net').map(plain)
    expect(verdicts).toHaveLength(2)
    expect(verdicts.every((text) => / : [\d\s]+ € \/ mois$/.test(text))).toBe(true)
    expect(csv.some((row) => row[0] === 'Net après impôt (€ / an) : Le plus de net')).toBe(false)

    // Saved in this browser: a reload keeps them.
    await page.reload()
    await waitForStart(page)
    await expect
      .poll(() => page.getByTestId('scenarios-list').locator('li').count(), { timeout: 30_000 })
      .toBe(2)

    // The comparison's link, opened in another browser (empty storage), shows the same figures.
    await page.getByRole('button', { name: 'Comparer' }).click()
    const href = await page
      .getByRole('link', { name: 'Lien de la comparaison' })
      .getAttribute('href')
    expect(href).toMatch(/^\/\?scenario=/)
    const other = await openSession(browser(), href ?? '', {
      viewport: { width: 390, height: 844 },
    })
    // Started: the address holds the page's own inputs beside the link's scenarios.
    await other.page.waitForFunction(() => new URLSearchParams(window.location.search).has('xp'))
    await other.page.locator('html:not([data-parts-pending])').waitFor({ state: 'attached' })
    const shared = await comparisonRows(other.page, '[data-testid="shared-comparison"]')
    expect(shared['CDI (cadre)']).toEqual([offerA.cdi, offerB.cdi])
    expect(shared['EI / EURL à l’IR']).toEqual([offerA.eurl, offerB.eurl])
    // The link's scenarios stay in the address while the person's own inputs change.
    await field(other.page, LABEL.tjm).fill('650')
    await expect.poll(() => other.page.url()).toContain('tjm=650')
    expect(new URL(other.page.url()).searchParams.getAll('scenario')).toHaveLength(2)
    // On a phone: no horizontal scrolling of the page, axe finds nothing in the section.
    expect(
      await other.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true)
    const axe = await new AxeBuilder({ page: other.page })
      .include('section.scenarios')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze()
    expect(axe.violations.map((v) => v.id)).toEqual([])
    await other.page.getByRole('button', { name: 'Garder ces scénarios' }).click()
    await other.page.getByTestId('scenarios-list').waitFor()
    expect(new URL(other.page.url()).searchParams.has('scenario')).toBe(false)

    expect(await visibleText(page)).not.toMatch(/NaN|Infinity|undefined/)
    expect(problems).toEqual([])
    expect(other.problems).toEqual([])
    // Nothing left the browser.
    for (const url of [...requests, ...other.requests]) {
      expect(url.startsWith('http://127.0.0.1:') || url.startsWith('blob:')).toBe(true)
    }
    await context.close()
  }, 240_000)
})
