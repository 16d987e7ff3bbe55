import { createContext, useContext } from 'react'
import { type AcreCatalogue, frAcre } from './fr-acre'

export { type AcreCatalogue, frAcre }

/**
 * The ACRE fields' texts; only those lazy fields import this module, so the texts stay out of the
 * first load. A provider with another language's file switches them.
 */
export const AcreTextContext = createContext<AcreCatalogue>(frAcre)

/** The ACRE fields' texts in the page's language. */
export function useAcreText(): AcreCatalogue {
  return useContext(AcreTextContext)
}
