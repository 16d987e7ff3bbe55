import { useLazyText } from '.'
import { type AcreCatalogue, frAcre } from './fr-acre'

export { type AcreCatalogue, frAcre }

/**
 * The texts of the ACRE fields in the page's language. Only lazy code imports this module, so the French
 * texts stay out of the first load; another language's arrive with its catalogue.
 */
export function useAcreText(): AcreCatalogue {
  return useLazyText('acre', frAcre)
}
