import { StrictMode, startTransition, useEffect } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './App'
import { LanguageProvider, switchLanguage } from './components/Language'
import { loadSocialClient } from './components/net/socialClient'
import { fr } from './i18n'
import { startLanguage, useCalculator } from './store'

let started = false

// The start-up code (the link and saved inputs read, the address kept in step) is a chunk of its
// own, outside the first-load budget: fetched now, while the page hydrates, run right after.
let startup: Promise<typeof import('./store/startup')> | null = null

/** Saved inputs and the link's, applied once (the store keeps the notices they call for). */
function start(): void {
  if (started) return
  started = true
  void (startup ?? import('./store/startup')).then((m) => m.startPage(window.location.search))
}

/**
 * The build writes the default first view into index.html; the saved and linked inputs arrive
 * only after hydration, so that hydration sees exactly what the server rendered.
 */
function Boot() {
  useEffect(start, [])
  return (
    <LanguageProvider>
      <App />
    </LanguageProvider>
  )
}

/** Lets the browser paint and handle input before the next piece of start-up work. */
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/** Hydrates the prerendered page in `root`, or renders it there when it is empty (dev server). */
export async function mount(root: HTMLElement): Promise<void> {
  // The build writes the title into index.html; the dev server serves it without one.
  if (!document.title) void fr.head().then((head) => (document.title = head.title))
  startup = import('./store/startup')
  // The social worker, started with the page (main.tsx), gets its client now: a link's first
  // request is sent as soon as the page asks, to an engine already being built.
  void loadSocialClient().catch(() => {
    // The net panel asks again and shows the error with "Réessayer".
  })
  // The prerendered page is French; another language is fetched first and drawn anew. If its texts
  // cannot be fetched (offline before the service worker holds them), the page stays French.
  let language = startLanguage(window.location.search, navigator.languages ?? [])
  if (language !== 'fr') {
    await switchLanguage(language, { chosen: false }).catch(() => {
      language = 'fr'
    })
  }
  await yieldToBrowser()
  const app = (
    <StrictMode>
      <Boot />
    </StrictMode>
  )
  // In a transition, hydration yields to the browser every few milliseconds instead of blocking it.
  // The prerendered view holds the build year's calendar, in French; in another year or another
  // language it is rendered anew.
  const prerenderedYear = Number(root.dataset.prerenderedYear)
  const prerendered = root.hasChildNodes() && language === 'fr'
  if (prerendered && prerenderedYear === useCalculator.getState().inputs.year) {
    startTransition(() => void hydrateRoot(root, app))
  } else {
    root.textContent = ''
    createRoot(root).render(app)
  }
}
