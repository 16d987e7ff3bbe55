import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import { App } from './App'

/** The first view as HTML, written into index.html at build time so the first paint needs no script. */
export function render(): string {
  return renderToString(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}
