import { StrictMode, useEffect, useState } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './App'
import { restoreInputs, syncUrlWithInputs } from './store'
import './styles.css'

let started: string[] | null = null

/** Saved inputs and the link's, applied once; returns the link's unreadable names. */
function start(): string[] {
  if (started === null) {
    started = restoreInputs(window.location.search).rejected
    syncUrlWithInputs()
  }
  return started
}

/**
 * The build writes the default first view into index.html; the saved and linked inputs arrive
 * only after hydration, so that hydration sees exactly what the server rendered.
 */
function Boot() {
  const [unreadable, setUnreadable] = useState<string[]>([])
  useEffect(() => setUnreadable(start()), [])
  return <App unreadable={unreadable} />
}

const root = document.getElementById('root')
if (!root) throw new Error('#root is missing from index.html')
const app = (
  <StrictMode>
    <Boot />
  </StrictMode>
)
if (root.hasChildNodes()) hydrateRoot(root, app)
else createRoot(root).render(app)
