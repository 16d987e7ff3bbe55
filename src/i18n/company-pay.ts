import { createContext, useContext } from 'react'
import { type CompanyPayCatalogue, frCompanyPay } from './fr-company-pay'

export { type CompanyPayCatalogue, frCompanyPay }

/**
 * The director's pay panel's texts; only that lazy panel imports this module, so they stay out of
 * the first load. A provider with another language's file switches them.
 */
export const CompanyPayTextContext = createContext<CompanyPayCatalogue>(frCompanyPay)

/** The director's pay panel's texts in the page's language. */
export function useCompanyPayText(): CompanyPayCatalogue {
  return useContext(CompanyPayTextContext)
}
