import { createContext, useContext } from 'react'
import { type DataActionsCatalogue, frDataActions } from './fr-data-actions'

export { type DataActionsCatalogue, frDataActions }

/**
 * The dataset actions' texts; only those lazy actions import this module, so the texts stay out
 * of the first load. A provider with another language's file switches them.
 */
export const DataActionsTextContext = createContext<DataActionsCatalogue>(frDataActions)

/** The dataset actions' texts in the page's language. */
export function useDataActionsText(): DataActionsCatalogue {
  return useContext(DataActionsTextContext)
}
