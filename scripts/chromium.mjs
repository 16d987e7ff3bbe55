// Debian's Chromium, as every browser run of the project launches it: the flags keep it from
// calling out on a closed network (background updates, sync, QUIC) and let it run headless as root.
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium'

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // French, like the page's visitors: headless Chromium says en-US otherwise (--lang is ignored).
  '--accept-lang=fr-FR',
]

/**
 * The browser's language in every browser context: the page opens in the browser's language, and
 * Playwright's contexts say en-US unless told (the flag above serves browsers launched without
 * Playwright, as Lighthouse's). A test of the English page asks for English.
 */
export const BROWSER_LOCALE = 'fr-FR'

/** Launch options for playwright-core's chromium.launch. */
export const chromiumLaunchOptions = () => ({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS })
