import { describe, expect, it } from 'vitest'
import { defaultInputs } from '../../src/domain'
import { STATUSES } from '../../src/social/model'
import { plain } from '../text'
import { openSession, sharedBrowser } from './browser'
import { buildWorkerNets, workerSource } from './build-worker'

const browser = sharedBrowser()

describe('the net figures of a first visit', () => {
  it('are in the prerendered page (no script) and equal the worker’s for the same inputs', async () => {
    const s = await openSession(browser(), '/', { context: { javaScriptEnabled: false } })
    const prerendered: Record<string, string> = {}
    for (const status of STATUSES) {
      const cell = s.page.locator(`td[data-status="${status}"][data-row="netAfter"]`)
      prerendered[status] = plain(await cell.textContent())
    }
    const breakEvenSasu = plain(
      await s.page.locator('td[data-status="sasu"][data-row="breakEven"]').textContent(),
    )
    expect(breakEvenSasu).toMatch(/\d/)

    // The worker the page runs, asked directly for the page's default inputs (this year's, as
    // the build's prerendering).
    const page = (await openSession(browser(), '/')).page
    expect(prerendered).toEqual(
      await buildWorkerNets(page, defaultInputs(new Date().getFullYear())),
    )
  }, 120_000)

  it('come from a worker built with the lean publicodes, as the figures above check', () => {
    // LEAN_EDITS' second edit (src/social/lean-publicodes.ts), as the minifier writes it.
    expect(workerSource()).toMatch(/\.settableRules===void 0\|\|\w+\.settableRules\.has\(/)
  })

  it('hydrate without a flash: the first figure seen stays through hydration and the worker', async () => {
    const s = await openSession(browser(), '/', {
      initScript: {
        script: () => {
          const seen: string[] = []
          ;(window as unknown as { __seen: string[] }).__seen = seen
          new MutationObserver(() => {
            const cell = document.querySelector('td[data-status="micro"][data-row="netAfter"]')
            // Before the parser reaches the table there is nothing to see yet.
            if (cell !== null || seen.length > 0) {
              seen.push(`${document.readyState}|${cell?.textContent ?? '(none)'}`)
            }
          }).observe(document, { subtree: true, childList: true, characterData: true })
        },
      },
    })
    // Hydrated, and the worker has answered (the curve is its last answer).
    await s.page.locator('.net[data-curve="ready"]').waitFor({ timeout: 90_000 })
    const seen = await s.page.evaluate(() => (window as unknown as { __seen: string[] }).__seen)
    // Every state the page went through showed the figure: never empty, never "calcul…".
    expect(seen.length).toBeGreaterThan(0)
    // With the test above (the figures are in the HTML, no script needed), the figure seen
    // first is the prerendered one, and it never changes through hydration and the worker.
    const texts = seen.map((entry) => plain(entry.split('|')[1]))
    expect(new Set(texts).size).toBe(1)
    expect(texts[0]).toMatch(/\d/)
  }, 120_000)
})
