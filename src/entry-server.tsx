import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import { App } from './App'
import { PRERENDERED_SOCIAL, PRERENDERED_SOCIAL_ID } from './components/net/prerendered'

/** The document's title and description, in French, for index.html's head. */
export { frHead as head } from './i18n/fr-head'

/** The first view as HTML, written into index.html at build time so the first paint needs no script. */
export function render(): string {
  return renderToString(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}

/**
 * The social answers the build computed for the default inputs, as the JSON element index.html
 * carries for the page to hydrate them (`<` escaped, so the text cannot close the element).
 */
export function prerenderedSocialElement(): string {
  if (PRERENDERED_SOCIAL === null) return ''
  const json = JSON.stringify(PRERENDERED_SOCIAL).replace(/</g, '\\u003c')
  return `<script type="application/json" id="${PRERENDERED_SOCIAL_ID}">${json}</script>`
}
