import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from 'playwright-core'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { BROWSER_LOCALE, chromiumLaunchOptions } from '../../scripts/chromium.mjs'
import { plain } from '../text'

export const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`

/** Debian's Chromium; the flags keep it from calling out on this machine's closed network. */
export function launch(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions())
}

export type Watched = { page: Page; problems: string[]; requests: string[] }

export type Session = Watched & {
  context: BrowserContext
  /** Every alert, confirm or prompt the page opened; each is also a problem. */
  dialogs: string[]
}

export type SessionOptions = {
  viewport?: { width: number; height: number }
  /** More context options: permissions, reduced motion… */
  context?: BrowserContextOptions
  /** Runs in the page before any of its own scripts, on every navigation. */
  initScript?: { script: (arg: never) => unknown; arg?: unknown }
  /** Called on the page before it navigates, to route requests for instance. */
  beforeGoto?: (page: Page) => Promise<unknown>
}

/** Contexts opened by openSession and not closed yet. */
const openContexts = new Set<BrowserContext>()

/**
 * Closes every context openSession opened: call it after each test, so that a finished test's
 * pages (and their workers) stop using the CPU the next test needs.
 */
/**
 * One browser for a whole test file: launched before its tests, its sessions closed after each
 * test, closed after the file. Returns a getter for it.
 */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launch()
  })
  afterEach(closeSessions)
  afterAll(async () => {
    await browser?.close()
  })
  return () => {
    if (!browser) throw new Error('the browser is not launched yet: call it inside a test')
    return browser
  }
}

export async function closeSessions(): Promise<void> {
  const contexts = [...openContexts]
  openContexts.clear()
  await Promise.all(contexts.map((c) => c.close().catch(() => {})))
}

/**
 * A page in its own browser context (empty storage) that records console errors and warnings,
 * page errors, dialogs and every request the context makes, workers included. Close it with
 * closeSessions.
 */
export async function openSession(
  browser: Browser,
  path = '/',
  options: SessionOptions = {},
): Promise<Session> {
  const context = await browser.newContext({
    locale: BROWSER_LOCALE,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    ...options.context,
  })
  openContexts.add(context)
  context.on('close', () => openContexts.delete(context))
  if (options.initScript) {
    const { script, arg } = options.initScript
    await context.addInitScript(script as (arg: unknown) => unknown, arg)
  }
  const page = await context.newPage()
  const problems: string[] = []
  const requests: string[] = []
  const dialogs: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning')
      problems.push(`console ${m.type()}: ${m.text()}`)
  })
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`)
    problems.push(`dialog ${d.type()}: ${d.message()}`)
    void d.dismiss().catch(() => {})
  })
  context.on('request', (r) => requests.push(r.url()))
  await options.beforeGoto?.(page)
  await page.goto(`${ORIGIN}${path}`)
  return { context, page, problems, requests, dialogs }
}

/** A fresh page that records console errors, page errors and every request it makes. */
export async function openPage(
  browser: Browser,
  path = '/',
  viewport = { width: 1280, height: 900 },
): Promise<Watched> {
  const { page, problems, requests } = await openSession(browser, path, { viewport })
  return { page, problems, requests }
}

/** The visible text of the page, to check that no NaN, Infinity or undefined reached it. */
export async function visibleText(page: Page): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: what a person sees, not hidden text
  return plain(await page.evaluate(() => document.body.innerText))
}

export { plain } from '../text'

/** The plain text of the element with `testId`. */
export async function textOf(page: Page, testId: string): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: what a person sees, not hidden text
  return plain(await page.getByTestId(testId).innerText())
}
