import { type Browser, chromium, type Page } from 'playwright-core'

export const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`

/** Debian's Chromium; the flags keep it from calling out on this machine's closed network. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

export type Watched = { page: Page; problems: string[]; requests: string[] }

/** A fresh page that records console errors, page errors and every request it makes. */
export async function openPage(
  browser: Browser,
  path = '/',
  viewport = { width: 1280, height: 900 },
): Promise<Watched> {
  const context = await browser.newContext({ viewport })
  const page = await context.newPage()
  const problems: string[] = []
  const requests: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning')
      problems.push(`console ${m.type()}: ${m.text()}`)
  })
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
  page.on('request', (r) => requests.push(r.url()))
  await page.goto(`${ORIGIN}${path}`)
  return { page, problems, requests }
}

/** The visible text of the page, to check that no NaN, Infinity or undefined reached it. */
export async function visibleText(page: Page): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: what a person sees, not hidden text
  return plain(await page.evaluate(() => document.body.innerText))
}

/** Text with fr-FR's narrow and non-breaking spaces turned into plain spaces, for comparisons. */
export const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

/** The plain text of the element with `testId`. */
export async function textOf(page: Page, testId: string): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: what a person sees, not hidden text
  return plain(await page.getByTestId(testId).innerText())
}
