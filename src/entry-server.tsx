import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import { App } from './App'
import { fr } from './i18n'

/** The document's title and description, in the page's language, for index.html's head. */
export const head = fr.document

/** The first view as HTML, written into index.html at build time so the first paint needs no script. */
export function render(): string {
  return renderToString(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}
