import type { Browser, Locator, Page } from 'playwright-core'
import { expect } from 'vitest'
import { openSession, plain, type Session, type SessionOptions, visibleText } from './browser'

/** The labels of the calculator's fields, as a person reads them. */
export const LABEL = {
  experience: "Années d'expérience",
  slider: "Années d'expérience (curseur)",
  tjm: 'TJM (€ / jour)',
  days: 'Jours facturés par an',
  salary: 'Salaire brut annuel (CDI)',
  year: 'Année',
  alsace: 'Alsace-Moselle (Vendredi saint et Saint-Étienne fériés)',
  paidLeave: 'Congés payés (jours)',
  bench: 'Intercontrat (jours)',
  other: 'Autres jours non facturés (formation, maladie, gestion, prospection)',
} as const

/** Key of the saved inputs in localStorage. */
export const STORAGE_KEY = 'calculateur-cto:inputs'

/** The text of the notice shown when a link held unreadable values. */
export const UNREADABLE_NOTICE =
  'Certaines valeurs du lien étaient illisibles ou hors des limites acceptées'

/** The field labelled exactly `label`. */
export const field = (page: Page, label: string): Locator => page.getByLabel(label, { exact: true })

/** The value shown in the field labelled `label`. */
export const fieldValue = (page: Page, label: string): Promise<string> =>
  field(page, label).inputValue()

/**
 * Waits until the app has applied the saved and linked inputs: it then rewrites the address bar
 * to its own query, with `xp`, `brut` and `annee` always present and every value a plain number
 * (or `auto`, a named choice such as `optimal`, or a date), each name once. Open pages on a path that is
 * not already in that form, so that the wait means something; then two animation frames let
 * React paint what followed.
 */
export async function waitForStart(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const params = new URLSearchParams(window.location.search)
      const names = [...params.keys()]
      return (
        ['xp', 'brut', 'annee'].every((n) => params.has(n)) &&
        new Set(names).size === names.length &&
        [...params.values()].every((v) => /^(auto|[a-z]+|-?\d+(\.\d+)?|\d{4}-\d{2}-\d{2})$/.test(v))
      )
    },
    undefined,
    { timeout: 10_000 },
  )
  // The notices (link or saved values unreadable or replaced) load once the page has started,
  // as one of the parts shown after hydration, which come one at a time: then the others.
  await page.locator('.notices').waitFor({ state: 'attached', timeout: 10_000 })
  await page
    .locator('html:not([data-parts-pending])')
    .waitFor({ state: 'attached', timeout: 30_000 })
  await nextFrames(page)
}

/** Two animation frames, so that what React scheduled has been painted. */
export function nextFrames(page: Page): Promise<unknown> {
  return page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  )
}

/** The three chart boxes, in page order. */
export const CHART_IDS = ['chart-bands', 'chart-revenue', 'chart-comparison'] as const

/** The main SVG drawn in a chart box (recharts also draws small SVGs for its legend). */
export const chartSvg = (page: Page, id: string): Locator =>
  page.locator(`.chart-box.${id} .recharts-wrapper > svg.recharts-surface`)

/** Scrolls to each chart (they load near the viewport) and waits until each has drawn its SVG. */
export async function waitForCharts(page: Page): Promise<void> {
  for (const id of CHART_IDS) {
    await page.locator(`.chart-box.${id}`).scrollIntoViewIfNeeded()
    await chartSvg(page, id).waitFor({ state: 'attached', timeout: 15_000 })
  }
}

export { eur, eurCents, percent } from '../text'

/** What a person sees of an element (rendered text, not hidden text), spaces made plain. */
export async function textSeen(locator: Locator): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: what a person sees, not hidden text
  return plain(await locator.innerText())
}

/** The text the page shows for the figure with `testId`. */
export const shown = (page: Page, testId: string): Promise<string> =>
  textSeen(page.getByTestId(testId))

/** Every value shown in a text or range field, with its label, for comparisons and checks. */
export function fieldValues(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {}
    for (const input of document.querySelectorAll('input')) {
      if (input.type === 'file') continue
      const name = input.getAttribute('aria-label') ?? input.labels?.[0]?.textContent ?? input.id
      out[name] = input.type === 'checkbox' ? String(input.checked) : input.value
    }
    return out
  })
}

const BAD_FIGURE = /\bNaN\b|Infinity|\bundefined\b/

/** Fails if NaN, Infinity or undefined shows anywhere on the page, text or field values. */
export async function expectNoBadFigures(page: Page): Promise<void> {
  expect(await visibleText(page)).not.toMatch(BAD_FIGURE)
  const values = await fieldValues(page)
  for (const [name, value] of Object.entries(values)) {
    expect(value, `field « ${name} »`).not.toMatch(BAD_FIGURE)
  }
}

/** The common ending of every test: nothing on the console, no page error, no bad figure. */
export async function expectHealthy(session: Session): Promise<void> {
  await expectNoBadFigures(session.page)
  expect(session.problems).toEqual([])
}

/** The text of the element(s) an input's aria-describedby points to, id by id. */
export function describedBy(input: Locator): Promise<Record<string, string>> {
  return input.evaluate((el) => {
    const out: Record<string, string> = {}
    for (const id of (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean)) {
      out[id] = (document.getElementById(id)?.textContent ?? '<missing>').replace(
        /[\u00a0\u202f]/g,
        ' ',
      )
    }
    return out
  })
}

/**
 * Unfolds « Autres paramètres » by its « Modifier » button, as a person on a phone does: there
 * the salary and the calendar (holidays list included) are folded away. On a wide screen they
 * are always shown and the button is hidden: nothing to do.
 */
export async function unfoldMoreInputs(page: Page): Promise<void> {
  // In French or English: « Modifier » / « Replier », "Edit" / "Collapse".
  const unfold = page.getByRole('button', { name: /^(Modifier|Edit)$/, expanded: false })
  if (!(await unfold.isVisible())) return
  await unfold.click()
  await expect
    .poll(() => page.getByRole('button', { name: /^(Replier|Collapse)$/, expanded: true }).count())
    .toBe(1)
}

/**
 * Opens every `<details>` of the page by clicking its summary, as a person would: on a phone,
 * « Autres paramètres » is unfolded first, since some of them sit there.
 */
export async function openAllDetails(page: Page): Promise<number> {
  await unfoldMoreInputs(page)
  const summaries = page.locator('details:not([open]) > summary')
  let opened = 0
  while ((await summaries.count()) > 0) {
    await summaries.first().click()
    opened++
    if (opened > 50) throw new Error('a <details> does not stay open')
  }
  await expect.poll(() => page.locator('details:not([open])').count()).toBe(0)
  return opened
}

/**
 * Waits until the page stops changing: no DOM mutation for `quietMs`. For checks that walk the
 * whole page (Tab order, axe) while parts of it still load, such as results computed in a worker.
 */
export async function waitForQuiet(page: Page, quietMs = 500, timeoutMs = 15_000): Promise<void> {
  const settled = await page.evaluate(
    ([quiet, timeout]) =>
      new Promise<boolean>((resolve) => {
        let timer = setTimeout(done, quiet)
        const observer = new MutationObserver(() => {
          clearTimeout(timer)
          timer = setTimeout(done, quiet)
        })
        const giveUp = setTimeout(() => {
          observer.disconnect()
          resolve(false)
        }, timeout)
        function done() {
          observer.disconnect()
          clearTimeout(giveUp)
          resolve(true)
        }
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        })
      }),
    [quietMs, timeoutMs] as const,
  )
  expect(settled, `the page kept changing for ${timeoutMs} ms`).toBe(true)
}

/**
 * Waits until nothing on the page is loading: no `aria-busy="true"`, no loading placeholder
 * (`.chart-loading`, used by the charts and by results computed in a worker), every chart box
 * scrolled near so that it loads; then until the DOM stops changing (animations done).
 */
export async function waitForSettled(page: Page, timeoutMs = 30_000): Promise<void> {
  const start = Date.now()
  for (;;) {
    // Handles, not locators: a box that has loaded meanwhile is skipped, not waited for.
    for (const box of await page.locator('.chart-box:has(.chart-loading)').elementHandles()) {
      await box.scrollIntoViewIfNeeded({ timeout: 2_000 }).catch(() => {})
      await box.dispose()
    }
    const busy = await page.evaluate(
      () => document.querySelectorAll('[aria-busy="true"], .chart-loading').length,
    )
    if (busy === 0) break
    expect(Date.now() - start, 'the page was still loading').toBeLessThan(timeoutMs)
    await page.waitForTimeout(150)
  }
  await waitForQuiet(page)
}

/**
 * The page object of the browser tests: the calculator as a person uses it (fields by their
 * label, figures, charts and their tables), over a recording Session, so that a test reads as
 * steps and `expectHealthy` still takes it.
 */
export class CalculatorPage implements Session {
  readonly page: Page
  readonly context: Session['context']
  readonly problems: string[]
  readonly requests: string[]
  readonly dialogs: string[]

  constructor(session: Session) {
    this.page = session.page
    this.context = session.context
    this.problems = session.problems
    this.requests = session.requests
    this.dialogs = session.dialogs
  }

  /** Opens `path` in a fresh context of `browser`. */
  static async open(
    browser: Browser,
    path = '/',
    options: SessionOptions = {},
  ): Promise<CalculatorPage> {
    return new CalculatorPage(await openSession(browser, path, options))
  }

  /** The field labelled exactly `label`. */
  field(label: string): Locator {
    return field(this.page, label)
  }

  /** Types `value` into the field labelled `label`, as a person replaces its content. */
  fill(label: string, value: string): Promise<void> {
    return this.field(label).fill(value)
  }

  /** The text shown for the figure with `testId`. */
  shown(testId: string): Promise<string> {
    return shown(this.page, testId)
  }

  /** Waits until the saved and linked inputs are applied. */
  started(): Promise<void> {
    return waitForStart(this.page)
  }

  /** Scrolls to each gross chart and waits until it is drawn. */
  chartsDrawn(): Promise<void> {
    return waitForCharts(this.page)
  }

  /** Waits until nothing loads and the page stops changing. */
  settled(): Promise<void> {
    return waitForSettled(this.page)
  }

  /** The drawn SVG of the chart whose box has the class `id`. */
  chart(id: string): Locator {
    return chartSvg(this.page, id)
  }

  /** The chart figure named `name` (its title). */
  figure(name: string): Locator {
    return this.page.getByRole('figure', { name })
  }

  /** Opens the "Voir les données" table of the figure named `name`. */
  async showData(name: string): Promise<void> {
    const figure = this.figure(name)
    await figure.getByText('Voir les données').click()
    await expect.poll(() => figure.locator('table').isVisible(), { message: name }).toBe(true)
  }

  /** The cells of the figure's table, row by row, as shown. */
  tableRows(name: string): Promise<string[][]> {
    return this.figure(name)
      .locator('table tr')
      .evaluateAll((rows) =>
        rows.map((r) =>
          // biome-ignore lint/performance/useDomNodeTextContent: what a person sees
          [...r.querySelectorAll('th, td')].map((c) => (c as HTMLElement).innerText.trim()),
        ),
      )
      .then((rows) => rows.map((cells) => cells.map(plain)))
  }

  /** The "Jours facturables : N" line under the calendar. */
  billableLine(): Promise<string> {
    return textSeen(this.page.locator('.days-total'))
  }

  /** How far the page scrolls sideways, in CSS pixels (0 when it does not). */
  sidewaysOverflow(): Promise<number> {
    return this.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  }
}
