import { useLazyText } from '.'
import { frProtection, type ProtectionCatalogue } from './fr-protection'

export { frProtection, type ProtectionCatalogue }

/**
 * The texts of the protection table in the page's language. Only lazy code imports this module, so the French
 * texts stay out of the first load; another language's arrive with its catalogue.
 */
export function useProtectionText(): ProtectionCatalogue {
  return useLazyText('protection', frProtection)
}
