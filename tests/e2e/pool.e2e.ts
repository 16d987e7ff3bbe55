import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { defaultInputs } from '../../src/domain'
import { STATUSES } from '../../src/social/model'
import { plain } from '../text'
import { field, LABEL, waitForStart } from './app'
import { openSession, sharedBrowser } from './browser'
import { buildWorkerNets } from './build-worker'

const browser = sharedBrowser()

/** Every status's net after tax as the net table shows it, once the table is up to date. */
async function settledNets(page: Page, before: string | null): Promise<Record<string, string>> {
  await page.waitForFunction(
    (old) => {
      const cell = document.querySelector('td[data-status="micro"][data-row="netAfter"]')
      const busy = document.querySelector('.net')?.getAttribute('aria-busy') === 'true'
      return !busy && /\d/.test(cell?.textContent ?? '') && cell?.textContent !== old
    },
    before,
    { timeout: 60_000 },
  )
  const nets: Record<string, string> = {}
  for (const status of STATUSES) {
    const cell = page.locator(`td[data-status="${status}"][data-row="netAfter"]`)
    nets[status] = plain(await cell.textContent())
  }
  return nets
}

/**
 * A page at 600 €/day whose TJM was then changed to 650 and 700 €/day: the first change is
 * answered by the first worker alone and warms the second up; the next one is shared.
 */
async function changedTwice(page: Page): Promise<Record<string, string>> {
  await waitForStart(page)
  let nets = await settledNets(page, null)
  for (const tjm of ['650', '700']) {
    await field(page, LABEL.tjm).fill(tjm)
    nets = await settledNets(page, nets.micro ?? null)
  }
  return nets
}

describe('the social model on the device’s cores', () => {
  it('runs a second worker once the first has answered, and its figures are one worker’s', async () => {
    const { page } = await openSession(browser(), '/?tjm=600')
    const nets = await changedTwice(page)
    const cores = await page.evaluate(() => navigator.hardwareConcurrency)
    expect(page.workers()).toHaveLength(cores > 1 ? 2 : 1)

    // One worker of the build, asked directly for the same inputs: the same figures.
    expect(nets).toEqual(
      await buildWorkerNets(page, {
        ...defaultInputs(new Date().getFullYear()),
        tjmEurPerDay: 700,
      }),
    )
  }, 180_000)

  it('asks the first worker for what a second one that broke mid-session fails, with no error', async () => {
    const { page } = await openSession(browser(), '/?tjm=600')
    let nets = await changedTwice(page)
    // This machine has two cores (the first test checks the pool follows the device's count).
    const workers = page.workers()
    expect(workers).toHaveLength(2)
    // The second worker now answers every request with an error, as a broken engine would.
    await workers[1]?.evaluate(() => {
      const post = self.postMessage.bind(self)
      self.postMessage = ((message: { id: number }) =>
        post({ id: message.id, ok: false, error: 'Error: broken' })) as typeof self.postMessage
    })
    for (const tjm of ['750', '800']) {
      await field(page, LABEL.tjm).fill(tjm)
      nets = await settledNets(page, nets.micro ?? null)
    }
    await page.locator('.net[data-curve="ready"]').waitFor({ timeout: 60_000 })
    expect(await page.getByRole('alert').count()).toBe(0)
    expect(nets).toEqual(
      await buildWorkerNets(page, {
        ...defaultInputs(new Date().getFullYear()),
        tjmEurPerDay: 800,
      }),
    )
  }, 180_000)

  it('ends the curve where the longest days leave the model’s domain, with no point for them', async () => {
    // 40 000 € a day: 200 days are 8 M€ a year, within the model's 10 M€; 260 days are not, so
    // the workers answer no point for them, and the curve ends with the others.
    const { page } = await openSession(browser(), '/?tjm=40000&jours=200')
    await page.locator('.net[data-curve="ready"]').waitFor({ timeout: 60_000 })
    // The chart's table, shown on demand.
    const figure = page.locator('figure', { has: page.locator('.chart-box.chart-net-days') })
    await figure.getByText('Voir les données').click()
    const days = (await figure.locator('tbody th').allTextContents()).map((text) =>
      Number.parseInt(plain(text), 10),
    )
    expect(days).toEqual([100, 120, 140, 160, 180, 200, 220, 240])
    expect(await page.getByRole('alert').count()).toBe(0)
  }, 120_000)

  it('keeps to the first worker, with no error, when the second one’s script cannot load', async () => {
    const s = await openSession(browser(), '/?tjm=600', {
      context: { serviceWorkers: 'block' },
    })
    const { page } = s
    // The first worker's script loads; every later one is refused.
    let workerScripts = 0
    await page.route(/\/assets\/worker-[^/]*\.js$/, (route) =>
      workerScripts++ === 0 ? route.continue() : route.abort(),
    )
    await page.reload()
    const nets = await changedTwice(page)
    // The curve comes, and no error is shown.
    await page.locator('.net[data-curve="ready"]').waitFor({ timeout: 60_000 })
    expect(await page.getByRole('alert').count()).toBe(0)
    // One attempt at a second worker, not one per change.
    expect(workerScripts).toBeLessThanOrEqual(2)
    const { pathname, search } = new URL(page.url())
    const fresh = (await openSession(browser(), `${pathname}${search}`)).page
    await waitForStart(fresh)
    expect(await settledNets(fresh, null)).toEqual(nets)
  }, 180_000)
})
