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
  ['.chart-box.chart-bands', 'height', '280px'], // ChartFigure.css
  ['.chart-box.chart-comparison', 'height', '200px'], // ChartFigure.css
  ['.table-scroll', 'overflowX', 'auto'], // DataTable.css
  ['.data-actions', 'display', 'flex'], // DataSource.css
  ['.net-status', 'minHeight', /px$/], // NetPanel.css
] as const

describe('styles, one file per component, one stylesheet', () => {
  it('styles the prerendered page before any script runs', async () => {
    const s = await openSession(browser(), '/', { context: { javaScriptEnabled: false } })
    const { page } = s
    expect(await page.locator('link[rel="stylesheet"]').count()).toBe(1)
    for (const [selector, property, expected] of RULES) {
      const value = await page
        .locator(selector)
        .first()
        .evaluate((e, p) => getComputedStyle(e)[p as 'display'], property)
      if (typeof expected === 'string') expect(value, selector).toBe(expected)
      else expect(value, selector).toMatch(expected)
    }
    expect(s.problems).toEqual([])
  })

  it('hydrates the prerendered page without a warning, and keeps its classes', async () => {
    const s = await CalculatorPage.open(browser(), '/?xp=12&annee=2026')
    const { page } = s
    await s.started()
    await s.chartsDrawn()
    for (const [selector] of RULES)
      expect(await page.locator(selector).count(), selector).toBeGreaterThan(0)
    await expectHealthy(s)
  })
})
