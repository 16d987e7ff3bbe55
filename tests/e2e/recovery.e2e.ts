import type { Page, Route } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { CHART_IDS, chartSvg, expectNoBadFigures, textSeen, waitForStart } from './app'
import { openSession, sharedBrowser } from './browser'

const browser = sharedBrowser()

/** The recharts chunk, at its first URL or a retry's (`?retry=N`). */
const isChartChunk = (url: URL) => /\/assets\/ChartDrawings-[^/]*\.js$/.test(url.pathname)

const NET_TABLE = 'Revenu net annuel par statut, comparé au CDI'

/** Opens the page with the charts chunk failing to load, and waits for the charts to fail. */
async function openWithChartsFailing() {
  const failChunk = (route: Route) => route.abort('internetdisconnected')
  const s = await openSession(browser(), '/?xp=12&annee=2026', {
    beforeGoto: (page) => page.route(isChartChunk, failChunk),
  })
  const { page } = s
  await waitForStart(page)
  for (const id of CHART_IDS) {
    await page.locator(`figure[aria-labelledby="${id}-title"]`).scrollIntoViewIfNeeded()
  }
  await expect
    .poll(
      () =>
        page
          .getByRole('alert')
          .filter({ hasText: /Impossible d’afficher le graphique/ })
          .count(),
      {
        timeout: 15_000,
      },
    )
    .toBeGreaterThanOrEqual(CHART_IDS.length)
  return { ...s, restore: () => page.unroute(isChartChunk, failChunk) }
}

/** The net panel still shows its table: only its charts depend on the charts chunk. */
async function expectNetTable(page: Page) {
  const table = page.getByRole('table', { name: NET_TABLE })
  await table.waitFor({ state: 'visible', timeout: 20_000 })
  expect(await textSeen(table)).toMatch(/CDI/)
  expect(
    await page
      .getByRole('alert')
      .filter({ hasText: /revenu net/ })
      .count(),
  ).toBe(0)
}

async function expectChartsDrawn(page: Page) {
  for (const id of CHART_IDS) {
    await page.locator(`.chart-box.${id}`).scrollIntoViewIfNeeded()
    await chartSvg(page, id).waitFor({ state: 'attached', timeout: 15_000 })
  }
  expect(
    await page
      .getByRole('alert')
      .filter({ hasText: /graphique/ })
      .count(),
  ).toBe(0)
}

describe('the charts chunk failing to load', () => {
  it('fails each chart alone, the net table stays, and Réessayer brings the charts back', async () => {
    const { page, restore, requests } = await openWithChartsFailing()
    await expectNetTable(page)
    await restore()
    await page.getByRole('button', { name: 'Réessayer' }).first().click()
    await expectChartsDrawn(page)
    // The retry fetched the chunk from a URL of its own: the failed one stays failed in the
    // browser's module map.
    expect(requests.some((u) => isChartChunk(new URL(u)) && /[?&]retry=\d/.test(u))).toBe(true)
    await expectNoBadFigures(page)
  })

  it('recovers on its own when the network comes back', async () => {
    const { page, context, restore } = await openWithChartsFailing()
    await context.setOffline(true)
    await restore()
    await context.setOffline(false)
    await expectChartsDrawn(page)
    await expectNetTable(page)
    await expectNoBadFigures(page)
  })
})
