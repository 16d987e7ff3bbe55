import { readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { fr } from '../../src/i18n'
import { en } from '../../src/i18n/en'
import { enExport } from '../../src/i18n/en-export'
import { frHead } from '../../src/i18n/fr-head'
import { parseCsv } from '../csv'
import { expectHealthy, waitForStart } from './app'
import { openSession, plain, sharedBrowser, visibleText } from './browser'

// The page in English, as an English-speaking person gets it: from the browser's language or a
// link, every text and number in English, the same figures as in French, and back to French.
const browser = sharedBrowser()

const cdiNet = (page: Page) =>
  page
    .locator('[data-testid="net-table"] td[data-status="cdi"][data-row="netAfter"]')
    .textContent()
    .then(plain)

const digits = (text: string) => text.replace(/\D/g, '')

/** A catalogue's plain texts of some length (sentences, labels), to look for on a page. */
function frenchSentences(value: unknown): string[] {
  if (typeof value === 'string') return value.length >= 12 ? [value] : []
  if (value && typeof value === 'object') return Object.values(value).flatMap(frenchSentences)
  return []
}

const englishHead = await en.head()

describe('the page in English', () => {
  it('opens in English in an English browser, with the French page’s figures', async () => {
    const session = await openSession(browser(), '/?annee=2026', { context: { locale: 'en-US' } })
    const { page } = session
    await waitForStart(page)
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await page.title()).toBe(englishHead.title)
    expect(plain(await page.getByRole('heading', { level: 1 }).textContent())).toBe(en.title)
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en')
    // Numbers in English notation: the euro sign first, commas between thousands.
    await expect.poll(() => cdiNet(page), { timeout: 45_000 }).toMatch(/^€\d{1,3}(,\d{3})+$/)
    const inEnglish = await cdiNet(page)
    const text = await visibleText(page)
    const shared = new Set(frenchSentences(en))
    const left = frenchSentences(fr).filter((s) => !shared.has(s) && text.includes(s))
    expect(left).toEqual([])

    // The switch, named in French, brings the page back to French: the same figure.
    await page.getByRole('button', { name: en.language.other, exact: true }).click()
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('fr')
    expect(await page.title()).toBe(frHead.title)
    await expect.poll(() => cdiNet(page), { timeout: 45_000 }).toMatch(/€$/)
    expect(digits(await cdiNet(page))).toBe(digits(inEnglish))
    // French in an English browser: the link says so, and a reload keeps it.
    expect(new URL(page.url()).searchParams.get('lang')).toBe('fr')
    await page.reload()
    await waitForStart(page)
    expect(plain(await page.getByRole('heading', { level: 1 }).textContent())).toBe(fr.title)
    await expectHealthy(session)
  })

  it('opens a lang=en link in English in a French browser, and exports an English CSV', async () => {
    const session = await openSession(browser(), '/?annee=2026&lang=en')
    const { page } = session
    await waitForStart(page)
    expect(await page.evaluate(() => navigator.language)).toBe('fr-FR')
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    await expect.poll(() => cdiNet(page), { timeout: 45_000 }).toMatch(/^€/)

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: en.export.csvOf(en.net.caption) }).click(),
    ])
    expect(download.suggestedFilename()).toBe(enExport.files.net)
    const rows = parseCsv((await readFile(await download.path())).toString('utf8'), ',')
    expect(rows[0]?.slice(0, 2)).toEqual([enExport.row, en.net.labels.cdi])
    const net = rows.find((r) => r[0] === enExport.eurPerYear(en.net.rows.netAfterTax))
    expect(Math.round(Number(net?.[1]))).toBe(Number(digits(await cdiNet(page))))

    // Back to French with the switch: no lang in a French browser's link, and the choice kept.
    await page.getByRole('button', { name: en.language.other, exact: true }).click()
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('fr')
    expect(new URL(page.url()).searchParams.has('lang')).toBe(false)
    await page.goto(new URL('/?annee=2026', page.url()).href)
    await waitForStart(page)
    expect(await page.locator('html').getAttribute('lang')).toBe('fr')
    await expectHealthy(session)
  })

  it('stays French, and works, when the English texts cannot be fetched', async () => {
    const session = await openSession(browser(), '/?annee=2026', {
      context: { locale: 'en-US' },
      beforeGoto: (page) => page.route(/\/assets\/english-[^/]+\.js$/, (route) => route.abort()),
    })
    const { page } = session
    await waitForStart(page)
    expect(await page.locator('html').getAttribute('lang')).toBe('fr')
    expect(plain(await page.getByRole('heading', { level: 1 }).textContent())).toBe(fr.title)
    // Hydrated: a typed TJM moves the revenue.
    await page.getByLabel(fr.inputs.tjm, { exact: true }).fill('500')
    await expect.poll(() => page.getByTestId('revenue').textContent().then(plain)).toBe('106 000 €')
    await expect.poll(() => cdiNet(page), { timeout: 45_000 }).toMatch(/€$/)
    // The switch cannot fetch them either: it says so by the toolbar, and the page stays French.
    await page.getByRole('button', { name: fr.language.other }).click()
    const failed = page.getByRole('status').filter({ hasText: fr.language.failed })
    await expect.poll(() => failed.count()).toBe(1)
    expect(await page.locator('html').getAttribute('lang')).toBe('fr')
  })
})
