// npm run screenshot: the README's picture, docs/screenshot.png. Builds when the build is missing
// or older than the sources, serves it with vite preview, and shoots the whole page at 1280 px in
// Debian's Chromium once every chart and the net income are drawn. Tests never write it.
import { execSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { BROWSER_LOCALE, chromiumLaunchOptions } from './chromium.mjs'
import { startPreview } from './preview.mjs'

// Not 4173 (the browser tests' default) nor 4180 (the bench): the three may run side by side.
const PORT = Number(process.env.SCREENSHOT_PORT ?? 4181)
const OUT = 'docs/screenshot.png'
// What the page opens on (its defaults), the year fixed so that the picture does not age.
const PATH = '/?annee=2026'

/** Latest modification time under `paths`, in ms. */
function newest(paths) {
  let latest = 0
  for (const path of paths) {
    if (!existsSync(path)) continue
    const files = statSync(path).isDirectory()
      ? readdirSync(path, { recursive: true }).map((f) => join(path, String(f)))
      : [path]
    for (const file of files) latest = Math.max(latest, statSync(file).mtimeMs)
  }
  return latest
}

const sources = ['src', 'data', 'public', 'index.html', 'vite.config.ts', 'package-lock.json']
if (!existsSync('dist/index.html') || newest(sources) > statSync('dist/index.html').mtimeMs) {
  execSync('npm run build', { stdio: 'inherit' })
}

const server = await startPreview({ port: PORT })
const browser = await chromium.launch(chromiumLaunchOptions())
try {
  const context = await browser.newContext({
    locale: BROWSER_LOCALE,
    viewport: { width: 1280, height: 900 },
    reducedMotion: 'reduce',
  })
  const page = await context.newPage()
  const problems = []
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`)
  })
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
  await page.goto(`${server.origin}${PATH}`)
  // Charts load when scrolled near and the net income comes from a worker: scroll to whatever
  // still loads until nothing does.
  const deadline = Date.now() + 60_000
  for (;;) {
    for (const box of await page.locator('.chart-box:has(.chart-loading)').elementHandles()) {
      await box.scrollIntoViewIfNeeded().catch(() => {})
    }
    const loading = await page.evaluate(
      () =>
        document.querySelectorAll('[aria-busy="true"], .chart-loading').length +
        (document.querySelector('.recharts-wrapper') ? 0 : 1),
    )
    if (loading === 0) break
    if (Date.now() > deadline) throw new Error('the page was still loading after 60 s')
    await page.waitForTimeout(200)
  }
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.evaluate(() => document.fonts.ready)
  if (problems.length > 0) throw new Error(`the page reported problems:\n${problems.join('\n')}`)
  mkdirSync('docs', { recursive: true })
  await page.screenshot({ path: OUT, fullPage: true })
  console.log(`wrote ${OUT}`)
} finally {
  await browser.close()
  server.stop()
}
