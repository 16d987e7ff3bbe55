import { useLazyText } from '.'
import { type DataActionsCatalogue, frDataActions } from './fr-data-actions'

export { type DataActionsCatalogue, frDataActions }

/**
 * The texts of the dataset's actions in the page's language. Only lazy code imports this module, so the French
 * texts stay out of the first load; another language's arrive with its catalogue.
 */
export function useDataActionsText(): DataActionsCatalogue {
  return useLazyText('dataActions', frDataActions)
}
