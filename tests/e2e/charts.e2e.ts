import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { CalculatorPage, chartSvg, eur, expectHealthy, textSeen } from './app'
import { plain, type SessionOptions, sharedBrowser } from './browser'

const browser = sharedBrowser()

/** A TJM and days whose revenue is 1 000 000 €, the longest value label the chart writes. */
const MILLION = '/?xp=12&tjm=5000&jours=200&annee=2026'

type Box = { x: number; y: number; width: number; height: number }

/** Boxes of the elements `selector` finds in a chart's SVG, in page pixels, with their text. */
async function boxes(page: Page, id: string, selector: string) {
  return (await framed(page, id, selector)).boxes
}

/**
 * A chart's SVG box and the boxes of the elements `selector` finds in it, with their text, all
 * read in one frame: the page may move the chart between two reads (figures arriving above it).
 */
function framed(page: Page, id: string, selector: string) {
  return chartSvg(page, id).evaluate((svg, within) => {
    const box = (e: Element) => {
      const r = e.getBoundingClientRect()
      return { x: r.x, y: r.y, width: r.width, height: r.height }
    }
    return {
      svg: box(svg),
      boxes: [...svg.querySelectorAll(within)].map((e) => {
        // A label broken into lines is one <tspan> per line: read them as one line.
        const lines = [...e.querySelectorAll('tspan')].map((t) => t.textContent)
        const text = lines.length > 0 ? lines.join(' ') : (e.textContent ?? '')
        return { text, ...box(e) }
      }),
    }
  }, selector)
}

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 0.5 &&
  inner.y >= outer.y - 0.5 &&
  inner.x + inner.width <= outer.x + outer.width + 0.5 &&
  inner.y + inner.height <= outer.y + outer.height + 0.5

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

/** Opens `path` at `options`' viewport, charts drawn. */
async function openCharts(path: string, options: SessionOptions) {
  const calculator = await CalculatorPage.open(browser(), path, options)
  await calculator.started()
  await calculator.chartsDrawn()
  return calculator
}

/** The widths the charts are checked at, each named as its tests are. */
const WIDE = ['1280 px', { viewport: { width: 1280, height: 900 } }] as const
const NARROW = ['320 px', { viewport: { width: 320, height: 800 } }] as const
const ZOOMED = [
  '200 % zoom (640 px at scale 2)',
  { viewport: { width: 640, height: 450 }, context: { deviceScaleFactor: 2 } },
] as const

describe('charts at every width', () => {
  it.each([WIDE, NARROW, ZOOMED])(
    '%s: the comparison writes "1 000 000 €" whole, inside its drawing',
    async (_, options) => {
      const s = await openCharts(MILLION, options)
      const { page } = s
      const { svg, boxes: labels } = await framed(
        page,
        'chart-comparison',
        '.recharts-label-list text',
      )
      expect(labels.map((l) => plain(l.text))).toEqual([eur(1_000_000), eur(97_193)])
      for (const label of labels) expect(inside(label, svg), label.text).toBe(true)
      // The bars are drawn, in proportion.
      const heights = await chartSvg(page, 'chart-comparison')
        .locator('.recharts-bar-rectangle path')
        .evaluateAll((ps) => ps.map((p) => (p as SVGGraphicsElement).getBBox().height))
      expect(heights).toHaveLength(2)
      const [freelance = 0, cdi = 0] = heights
      expect(cdi).toBeGreaterThan(0)
      expect(Math.round((freelance / cdi) * 10) / 10).toBe(
        Math.round((1_000_000 / 97_193) * 10) / 10,
      )
      expect(await s.sidewaysOverflow()).toBeLessThanOrEqual(0)
      await expectHealthy(s)
    },
  )

  it.each([NARROW, ZOOMED])(
    '%s: axis labels stay apart and inside their chart, nothing scrolls sideways',
    async (_, options) => {
      const s = await openCharts('/?xp=12&annee=2026', options)
      const { page } = s
      expect(await s.sidewaysOverflow()).toBeLessThanOrEqual(0)
      // The net breakdown comes from the worker: scroll to it and wait for its bars.
      await page.locator('.chart-box.chart-net').scrollIntoViewIfNeeded()
      await expect
        .poll(() => chartSvg(page, 'chart-net').locator('.recharts-bar-rectangle').count(), {
          timeout: 30_000,
        })
        .toBeGreaterThan(0)
      for (const id of ['chart-bands', 'chart-revenue', 'chart-comparison', 'chart-net']) {
        for (const axis of ['xAxis', 'yAxis']) {
          const { svg, boxes: ticks } = await framed(page, id, `.recharts-${axis}-tick-labels text`)
          expect(ticks.length, `${id} ${axis}`).toBeGreaterThan(1)
          for (const [i, tick] of ticks.entries()) {
            expect(inside(tick, svg), `${id}: « ${tick.text} » inside`).toBe(true)
            for (const other of ticks.slice(i + 1)) {
              expect(overlap(tick, other), `${id}: « ${tick.text} » and « ${other.text} »`).toBe(
                false,
              )
            }
          }
        }
      }
      // Every band is named on its axis, whole.
      const bandNames = await boxes(page, 'chart-bands', '.recharts-yAxis-tick-labels text')
      expect(bandNames.map((b) => plain(b.text).replace(/\s+/g, ' '))).toEqual([
        "Moins d'un an",
        '1-2 ans',
        '3-4 ans',
        '5-10 ans',
        '11-15 ans',
        'Plus de 15 ans',
      ])
      await expectHealthy(s)
    },
  )

  it('lists each legend in the order of its table columns', async () => {
    const s = await openCharts('/?xp=12&annee=2026', {})
    const { page } = s
    const legend = (id: string) =>
      page
        .locator(`.chart-box.${id} .recharts-legend-item-text`)
        .evaluateAll((items) => items.map((i) => i.textContent ?? ''))
    const columns = async (id: string) => {
      const figure = page.locator('figure', { has: page.locator(`.chart-box.${id}`) })
      await figure.getByText('Voir les données').click()
      const headers = await figure
        .locator('thead th')
        .evaluateAll((ths) => ths.map((th) => th.textContent ?? ''))
      return headers.slice(1)
    }
    expect(await legend('chart-revenue')).toEqual(await columns('chart-revenue'))
    await page.locator('.chart-box.chart-net-days').scrollIntoViewIfNeeded()
    const netDays = chartSvg(page, 'chart-net-days').locator('path.recharts-line-curve')
    // Six statuses, and the micro-entreprise's dashed line beyond its ceiling (141 510 € at 212
    // days: above 83 600 €), which has no legend entry of its own.
    await expect.poll(() => netDays.count(), { timeout: 30_000 }).toBe(7)
    // Its table starts with the days and the turnover; then the statuses, as in the legend.
    expect(await legend('chart-net-days')).toEqual((await columns('chart-net-days')).slice(1))
    await expectHealthy(s)
  })

  it('gives each status one colour in every chart it appears in', async () => {
    const s = await openCharts('/?xp=12&annee=2026', {})
    const { page } = s
    // The gross comparison's CDI bar and the net-by-days chart's CDI line share their colour.
    const cdiBar = chartSvg(page, 'chart-comparison').locator('.recharts-bar-rectangle path').last()
    const cdiFill = await cdiBar.evaluate((p) => getComputedStyle(p).fill)
    const colours = await page.evaluate(() => {
      const style = getComputedStyle(document.documentElement)
      return ['cdi', 'micro', 'eurl', 'eurl-is', 'sasu', 'portage'].map((k) =>
        style.getPropertyValue(`--status-${k}`).trim(),
      )
    })
    expect(new Set(colours).size).toBe(6)
    expect(cdiFill).toBe(hexToRgb(colours[0] ?? ''))
    const netDays = page.locator('.chart-box.chart-net-days')
    await netDays.scrollIntoViewIfNeeded()
    const lines = chartSvg(page, 'chart-net-days').locator('path.recharts-line-curve')
    // In the table's order, then the micro-entreprise beyond its ceiling, dashed, in its colour.
    await expect.poll(() => lines.count(), { timeout: 30_000 }).toBe(7)
    const strokes = await lines.evaluateAll((ps) => ps.map((p) => getComputedStyle(p).stroke))
    expect(strokes).toEqual([...colours, colours[1] ?? ''].map(hexToRgb))
    expect(await textSeen(page.locator('.chart-box.chart-net-days'))).not.toContain('Chargement')
    await expectHealthy(s)
  })

  it('draws the net against the salary’s cost of each optimal split, in the statuses’ colours', async () => {
    const s = await openCharts('/?xp=12&annee=2026&sasu=optimal&eurlis=optimal&capital=50000', {})
    const { page } = s
    const box = page.locator('.chart-box.chart-split')
    await box.waitFor({ timeout: 90_000 })
    await box.scrollIntoViewIfNeeded()
    const lines = chartSvg(page, 'chart-split').locator('path.recharts-line-curve')
    await expect.poll(() => lines.count(), { timeout: 60_000 }).toBe(2)
    const colours = await page.evaluate(() => {
      const style = getComputedStyle(document.documentElement)
      return ['sasu', 'eurl-is'].map((k) => style.getPropertyValue(`--status-${k}`).trim())
    })
    const strokes = await lines.evaluateAll((ps) => ps.map((p) => getComputedStyle(p).stroke))
    expect(strokes).toEqual(colours.map(hexToRgb))
    // Its height is reserved before it draws (nothing shifts), and each split retained is marked.
    expect(await box.evaluate((b) => getComputedStyle(b).height)).toBe('260px')
    expect(await chartSvg(page, 'chart-split').locator('.recharts-reference-dot').count()).toBe(2)
    await expectHealthy(s)
  })
})

/** `#0072b2` → `rgb(0, 114, 178)`, as getComputedStyle writes colours. */
function hexToRgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16)
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`
}
