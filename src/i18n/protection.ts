import { createContext, useContext } from 'react'
import { frProtection, type ProtectionCatalogue } from './fr-protection'

export { frProtection, type ProtectionCatalogue }

/**
 * The protection table's texts; only lazy code imports this module, so they stay out of the
 * first load. A provider with another language's file switches them.
 */
export const ProtectionTextContext = createContext<ProtectionCatalogue>(frProtection)

/** The protection table's texts in the page's language. */
export function useProtectionText(): ProtectionCatalogue {
  return useContext(ProtectionTextContext)
}
