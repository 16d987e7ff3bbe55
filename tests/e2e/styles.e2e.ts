import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { CalculatorPage, expectHealthy } from './app'
import { openSession, sharedBrowser } from './browser'

const browser = sharedBrowser()

/** One rule of each component's stylesheet, as a computed style of an element it styles. */
const RULES = [
  ['.card', 'borderTopLeftRadius', '10px'], // styles.css
  ['.layout', 'display', 'grid'], // App.css
  ['.field label', 'display', 'block'], // NumberField.css
  ['.slider', 'width', /px$/], // InputsPanel.css
  ['.toolbar', 'display', 'flex'], // Toolbar.css
  ['.switch', 'display', 'flex'], // InputField.css
  ['.days-table', 'borderCollapse', 'collapse'], // DaysBreakdown.css
  ['.results', 'display', 'grid'], // Results.css
  ['.table-scroll', 'overflowX', 'auto'], // DataTable.css
  ['.net-status', 'minHeight', /px$/], // NetPanel.css
  ['.more-inputs-bar', 'display', 'none'], // MoreInputs.css: on a wide screen, never folded
  ['.verdict', 'borderLeftWidth', '6px'], // Verdict.css
] as const

/** Rules of elements that mount after hydration, in lazy chunks: not in the prerendered page. */
const HYDRATED_RULES = [
  ['.data-actions', 'display', 'flex'], // DataSource.css (DataActions)
  ['.chart-box.chart-bands', 'height', '280px'], // ChartFigure.css (the gross charts section)
  ['.chart-box.chart-comparison', 'height', '200px'], // ChartFigure.css
] as const

type Rule = (typeof RULES)[number] | (typeof HYDRATED_RULES)[number]

/** Fails unless the first element matching the rule's selector has the rule's computed style. */
async function expectStyled(page: Page, [selector, property, expected]: Rule): Promise<void> {
  const value = await page
    .locator(selector)
    .first()
    .evaluate((e, p) => getComputedStyle(e)[p as 'display'], property)
  if (typeof expected === 'string') expect(value, selector).toBe(expected)
  else expect(value, selector).toMatch(expected)
}

describe('styles, one file per component, one stylesheet', () => {
  it('styles the prerendered page before any script runs', async () => {
    const s = await openSession(browser(), '/', { context: { javaScriptEnabled: false } })
    const { page } = s
    expect(await page.locator('link[rel="stylesheet"]').count()).toBe(1)
    for (const rule of RULES) await expectStyled(page, rule)
    expect(s.problems).toEqual([])
  })

  it('hydrates the prerendered page without a warning, and keeps its classes', async () => {
    const s = await CalculatorPage.open(browser(), '/?xp=12&annee=2026')
    const { page } = s
    await s.started()
    await s.chartsDrawn()
    for (const [selector] of RULES)
      expect(await page.locator(selector).count(), selector).toBeGreaterThan(0)
    // What mounts after hydration is styled by the same stylesheet, once it is there.
    for (const rule of HYDRATED_RULES) {
      await page.locator(rule[0]).first().waitFor({ state: 'attached' })
      await expectStyled(page, rule)
    }
    await expectHealthy(s)
  })
})
