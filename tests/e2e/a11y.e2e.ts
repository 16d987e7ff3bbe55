import AxeBuilder from '@axe-core/playwright'
import type { Result } from 'axe-core'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  CalculatorPage,
  chartSvg,
  expectHealthy,
  field,
  LABEL,
  openAllDetails,
  shown,
  textSeen,
  waitForCharts,
  waitForSettled,
  waitForStart,
} from './app'
import { type SessionOptions, sharedBrowser } from './browser'

const browser = sharedBrowser()

/** One line per violation and per element, with what to do, for the failure message. */
function describeViolations(violations: Result[]): string {
  return violations
    .flatMap((v) => [
      `${v.id} (${v.impact ?? 'no impact'}): ${v.help} — ${v.helpUrl}`,
      ...v.nodes.map(
        (n) => `    at ${n.target.join(' ')}: ${n.failureSummary?.replace(/\n/g, ' ')}`,
      ),
    ])
    .join('\n')
}

/** Runs axe with the WCAG 2.1 A and AA rules and fails with a readable list of violations. */
async function expectNoViolations(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  const report = describeViolations(results.violations)
  if (report) console.log(`axe, ${state}:\n${report}`)
  expect(report, `axe violations, ${state}`).toBe('')
  // The run did check something: the rules that passed are there too.
  expect(results.passes.length).toBeGreaterThan(10)
}

const STATES: {
  name: string
  path: string
  options?: SessionOptions
  act?: (page: Page) => Promise<void>
  /** Leave the pointer where `act` put it; otherwise it moves off the page, hiding tooltips. */
  keepPointer?: boolean
  /** Checked just before and just after axe runs: the state audited is the state meant. */
  check?: (page: Page) => Promise<void>
}[] = [
  { name: 'default state', path: '/?annee=2026' },
  {
    name: 'experience 20 (over 15 years: spread and top earners)',
    path: '/?annee=2026',
    act: async (page) => {
      await field(page, LABEL.experience).fill('20')
      await expect.poll(() => shown(page, 'band-range')).toBe('400 € – 775 €')
    },
  },
  {
    name: 'errors shown (invalid experience and days)',
    path: '/?annee=2026',
    act: async (page) => {
      await field(page, LABEL.experience).fill('abc')
      await field(page, LABEL.bench).fill('-3')
      await expect.poll(() => page.getByRole('alert').count()).toBe(2)
    },
  },
  {
    name: 'every "Voir les données" table and the holidays list open',
    path: '/?xp=12&annee=2026',
    act: async (page) => {
      expect(await openAllDetails(page)).toBeGreaterThanOrEqual(4)
      await expect
        .poll(() => page.getByRole('list', { name: 'Jours fériés 2026' }).isVisible())
        .toBe(true)
    },
  },
  {
    name: 'phone width 390 px',
    path: '/?annee=2026',
    options: {
      viewport: { width: 390, height: 844 },
      context: { isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    },
  },
  {
    name: 'phone width 390 px, every table and the holidays list open',
    path: '/?xp=12&annee=2026',
    options: {
      viewport: { width: 390, height: 844 },
      context: { isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    },
    act: async (page) => {
      expect(await openAllDetails(page)).toBeGreaterThanOrEqual(4)
    },
  },
  {
    name: 'in English, every table and the holidays list open',
    path: '/?xp=12&annee=2026&lang=en',
    act: async (page) => {
      expect(await openAllDetails(page)).toBeGreaterThanOrEqual(4)
    },
    check: async (page) => {
      expect(await page.locator('html').getAttribute('lang')).toBe('en')
    },
  },
  {
    name: 'in English, phone width 390 px, every table and definition open',
    path: '/?xp=12&annee=2026',
    options: {
      viewport: { width: 390, height: 844 },
      // An English browser: the page opens in English.
      context: { isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'en-GB' },
    },
    act: async (page) => {
      expect(await openAllDetails(page)).toBeGreaterThanOrEqual(4)
      const closed = page.locator('.glossary button[aria-expanded="false"]')
      expect(await closed.count()).toBeGreaterThanOrEqual(9)
      while ((await closed.count()) > 0) await closed.first().click()
      await expect.poll(() => page.locator('.glossary dd').first().textContent()).not.toBe('…')
    },
    check: async (page) => {
      expect(await page.locator('html').getAttribute('lang')).toBe('en')
    },
  },
  {
    name: 'a chart tooltip shown (pointer over the "Plus de 15 ans" bars)',
    path: '/?xp=20&annee=2026',
    keepPointer: true,
    act: async (page) => {
      // The top earners' bar, drawn last, sits in the "Plus de 15 ans" row.
      const bar = chartSvg(page, 'chart-bands').locator('.recharts-bar-rectangle').last()
      await bar.scrollIntoViewIfNeeded()
      const box = await bar.boundingBox()
      if (!box) throw new Error('the top earners bar has no box')
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 })
    },
    check: async (page) => {
      const tooltip = page.locator('.chart-bands .recharts-tooltip-wrapper')
      await expect.poll(() => textSeen(tooltip)).toContain('Plus de 15 ans')
      expect(await textSeen(tooltip)).toContain('1 001 € – 1 075 €')
    },
  },
  {
    name: 'a link with unreadable values (notice shown)',
    path: '/?xp=abc&tjm=1e309',
    act: async (page) => {
      await expect
        .poll(() => page.getByText('Certaines valeurs du lien étaient illisibles').count())
        .toBe(1)
    },
  },
]

describe('accessibility (axe, WCAG 2.1 A and AA)', () => {
  it.each(STATES)('$name: no violation', async (state) => {
    const s = await CalculatorPage.open(browser(), state.path, state.options)
    const { page } = s
    await waitForStart(page)
    await waitForCharts(page)
    await waitForSettled(page)
    if (state.act) {
      await state.act(page)
      if (!state.keepPointer) await page.mouse.move(0, 0)
      await waitForSettled(page)
    }
    await state.check?.(page)
    await expectNoViolations(page, state.name)
    await state.check?.(page)
    await expectHealthy(s)
  })
})
