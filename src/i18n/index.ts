import { createContext, useContext } from 'react'
import { fr } from './fr'

/**
 * The shape of a text catalogue: every string and message of the interface. French is the
 * reference; a second language is a file exporting `const en: Catalogue = { … }`, which the type
 * checker holds to the same keys and the same message parameters.
 */
export type Catalogue = typeof fr

export { fr }

/** The catalogue components read; a provider with another catalogue switches the language. */
export const TextContext = createContext<Catalogue>(fr)

/** The interface's texts in the page's language. */
export function useText(): Catalogue {
  return useContext(TextContext)
}
