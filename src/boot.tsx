import { StrictMode, startTransition, useEffect } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './App'
import { loadSocialClient } from './components/net/socialClient'
import { warmFormatters } from './domain'
import { fr } from './i18n'
import { followOtherTabs, restoreInputs, syncUrlWithInputs, useCalculator } from './store'

let started = false

/** Saved inputs and the link's, applied once (the store keeps the notices they call for). */
function start(): void {
  if (started) return
  started = true
  restoreInputs(window.location.search)
  syncUrlWithInputs()
  followOtherTabs()
}

/**
 * The build writes the default first view into index.html; the saved and linked inputs arrive
 * only after hydration, so that hydration sees exactly what the server rendered.
 */
function Boot() {
  useEffect(start, [])
  return <App />
}

/** Lets the browser paint and handle input before the next piece of start-up work. */
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/** Hydrates the prerendered page in `root`, or renders it there when it is empty (dev server). */
export async function mount(root: HTMLElement): Promise<void> {
  // The build writes the title into index.html; the dev server serves it without one.
  document.title ||= fr.document.title
  // The social worker builds its engine (the slowest step to the first net figure) on its own
  // thread while the page hydrates, instead of after.
  void loadSocialClient().catch(() => {
    // The net panel asks again and shows the error with "Réessayer".
  })
  await warmFormatters(yieldToBrowser)
  await yieldToBrowser()
  const app = (
    <StrictMode>
      <Boot />
    </StrictMode>
  )
  // In a transition, hydration yields to the browser every few milliseconds instead of blocking it.
  // The prerendered view holds the build year's calendar; in another year it is rendered anew.
  const prerenderedYear = Number(root.dataset.prerenderedYear)
  if (root.hasChildNodes() && prerenderedYear === useCalculator.getState().inputs.year) {
    startTransition(() => void hydrateRoot(root, app))
  } else {
    root.textContent = ''
    createRoot(root).render(app)
  }
}
