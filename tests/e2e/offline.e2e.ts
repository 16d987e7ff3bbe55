import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { BROWSER_LOCALE } from '../../scripts/chromium.mjs'
import { startPreview } from '../../scripts/preview.mjs'
import { CalculatorPage } from './app'
import { ORIGIN, sharedBrowser } from './browser'

const browser = sharedBrowser()

/** Waits until the service worker has cached the build and is activated; gives its state. */
const serviceWorkerReady = (page: Page) =>
  page.evaluate(async () => {
    const worker = (await navigator.serviceWorker.ready).active
    if (worker !== null && worker.state !== 'activated') {
      await new Promise((resolve) => worker.addEventListener('statechange', resolve))
    }
    return worker?.state
  })

/** The net after tax shown for a status, once it holds a figure. */
async function netAfter(page: Page, status: string): Promise<string> {
  const cell = page.locator(`td[data-status="${status}"][data-row="netAfter"]`)
  await expect.poll(() => cell.textContent(), { timeout: 60_000 }).toMatch(/\d/)
  return (await cell.textContent()) ?? ''
}

describe('offline and installable', () => {
  it('has a manifest with icons the page links to', async () => {
    const app = await CalculatorPage.open(browser())
    const href = await app.page.locator('link[rel="manifest"]').getAttribute('href')
    const manifest = await app.page.evaluate(async (url) => (await fetch(url)).json(), href ?? '')
    expect(manifest).toMatchObject({ lang: 'fr', display: 'standalone', start_url: '/' })
    const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes)
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']))
    for (const icon of manifest.icons as { src: string }[]) {
      const status = await app.page.evaluate(async (src) => (await fetch(src)).status, icon.src)
      expect(status, icon.src).toBe(200)
    }
  })

  it('starts the service worker only once the first answers are in, not at the page’s load', async () => {
    // Its install fetches and stores the whole build: at the load, it slowed a link's figures.
    const context = await browser().newContext({ locale: BROWSER_LOCALE })
    await context.addInitScript(() => {
      const register = navigator.serviceWorker.register.bind(navigator.serviceWorker)
      navigator.serviceWorker.register = (...args) => {
        Object.assign(window, {
          registered: {
            settled: performance.getEntriesByName('page-settled').length,
            breakEvens: document.querySelectorAll('td[data-row="breakEven"]').length,
            computing: [...document.querySelectorAll('td[data-row="breakEven"]')].filter(
              (td) => td.textContent === 'calcul…',
            ).length,
          },
        })
        return register(...args)
      }
    })
    const page = await context.newPage()
    await page.goto(`${ORIGIN}/?tjm=655&jours=207`)
    expect(await serviceWorkerReady(page)).toBe('activated')
    const registered = await page.evaluate(() => (window as { registered?: unknown }).registered)
    // Marked once the curve is in (it renders in a transition, after the mark): the figures and
    // the break-evens asked before it are on screen.
    expect(registered).toEqual({ settled: 1, breakEvens: 6, computing: 0 })
    await context.close()
  }, 120_000)

  it('after a first visit, works with no network: page, charts, net figures, every input', async () => {
    const app = await CalculatorPage.open(browser())
    await app.started()
    await netAfter(app.page, 'micro')
    expect(await serviceWorkerReady(app.page)).toBe('activated')

    await app.context.setOffline(true)
    await app.page.reload()
    await app.started()
    const before = await netAfter(app.page, 'sasu')
    for (const [label, value] of [
      ["Années d'expérience", '12'],
      ['TJM (€ / jour)', '640'],
      ['Jours facturés par an', '200'],
      ['Salaire brut annuel (CDI)', '90000'],
      ['Frais professionnels annuels (€)', '4000'],
      ['Frais de gestion du portage (%)', '8'],
      ['Enfants à charge', '2'],
    ] as const) {
      await app.fill(label, value)
    }
    await app.page.getByLabel('Micro-entreprise : versement libératoire de l’impôt').check()
    // The household: a couple (the spouse's income is then asked) with two children, 3 parts.
    await app.field('Marié(e) ou pacsé(e) (déclaration commune)').check()
    await app.fill('Revenus imposables du conjoint (€ par an)', '30000')
    await expect.poll(() => app.shown('household-parts')).toContain('Soit 3 parts fiscales')
    await expect.poll(() => netAfter(app.page, 'sasu'), { timeout: 60_000 }).not.toBe(before)
    for (const status of ['cdi', 'micro', 'eurl', 'eurlIs', 'sasu', 'portage']) {
      expect(await netAfter(app.page, status), status).toMatch(/\d/)
    }
    await app.chartsDrawn()
    // Nothing off the origin, online or not.
    expect(app.requests.filter((url) => !url.startsWith(new URL(app.page.url()).origin))).toEqual(
      [],
    )
    await app.context.setOffline(false)
  }, 180_000)
})

describe('a new version', () => {
  it('is detected, offered as "Nouvelle version disponible — Recharger", applied on request', async () => {
    // A copy of the build on a port of its own, changed between two visits as a deploy would.
    const dir = mkdtempSync(join(tmpdir(), 'cto-update-'))
    cpSync('dist', dir, { recursive: true })
    const port = Number(process.env.E2E_PORT ?? 4173) + 1
    let server = await startPreview({ port, outDir: dir })
    try {
      const context = await browser().newContext({ locale: BROWSER_LOCALE })
      const page = await context.newPage()
      await page.goto(`${server.origin}/`)
      expect(await serviceWorkerReady(page)).toBe('activated')
      await page.reload()
      await netAfter(page, 'micro')
      const banner = page.getByText('Nouvelle version disponible')
      expect(await banner.count()).toBe(0)

      server.stop()
      const sw = join(dir, 'sw.js')
      writeFileSync(
        sw,
        readFileSync(sw, 'utf8').replace(/const VERSION = '(\w+)'/, "const VERSION = '$1-next'"),
      )
      server = await startPreview({ port, outDir: dir })
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration()
        await registration?.update()
      })
      await expect.poll(() => banner.count(), { timeout: 30_000 }).toBe(1)
      // Offered, never forced: the page is the same until the person asks.
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
      await page.getByRole('button', { name: 'Recharger' }).click()
      await page.waitForEvent('load')
      await expect.poll(() => banner.count(), { timeout: 30_000 }).toBe(0)
      const version = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration()
        return registration?.active?.scriptURL
      })
      expect(version).toContain('/sw.js')
      await context.close()
    } finally {
      server.stop()
      rmSync(dir, { recursive: true, force: true })
    }
  }, 180_000)
})
