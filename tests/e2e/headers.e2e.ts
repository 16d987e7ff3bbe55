import { describe, expect, it } from 'vitest'
import { HOSTING_HEADERS } from '../../vite.config'
import { ORIGIN, openSession, sharedBrowser } from './browser'

const browser = sharedBrowser()

describe('the preview server', () => {
  it.each(['/', '/?xp=12&annee=2026', '/favicon.svg'])(
    'sends the hosting headers for %s',
    async (path) => {
      const response = await fetch(`${ORIGIN}${path}`)
      expect(response.ok).toBe(true)
      for (const [name, value] of Object.entries(HOSTING_HEADERS)) {
        expect(response.headers.get(name), name).toBe(value)
      }
    },
  )

  it('sends them with the scripts too', async () => {
    const html = await (await fetch(`${ORIGIN}/`)).text()
    const script = /<script[^>]+src="([^"]+\.js)"/.exec(html)?.[1]
    expect(script).toBeDefined()
    const response = await fetch(`${ORIGIN}${script}`)
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff')
  })

  it('keeps the page out of any frame', async () => {
    // The page itself may frame its own origin (frame-src 'self'): only frame-ancestors stops it.
    const s = await openSession(browser(), '/?xp=1&annee=2026')
    const refused = new Promise<string>((resolve) =>
      s.page.on('console', (m) => {
        if (/frame-ancestors/.test(m.text())) resolve(m.text())
      }),
    )
    await s.page.evaluate((src) => {
      const frame = document.createElement('iframe')
      frame.src = src
      frame.title = 'cadre'
      document.body.append(frame)
    }, `${ORIGIN}/?annee=2026`)
    expect(await refused).toMatch(/violates .*frame-ancestors/)
    // The frame holds Chromium's error page, not the calculator.
    const frame = s.page.frames().find((f) => f !== s.page.mainFrame())
    expect(await frame?.getByText('Calculateur TJM et salaire de CTO').count()).toBe(0)
  })
})
