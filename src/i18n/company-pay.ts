import { useLazyText } from '.'
import { type CompanyPayCatalogue, frCompanyPay } from './fr-company-pay'

export { type CompanyPayCatalogue, frCompanyPay }

/**
 * The texts of the company's pay panel in the page's language. Only lazy code imports this module, so the French
 * texts stay out of the first load; another language's arrive with its catalogue.
 */
export function useCompanyPayText(): CompanyPayCatalogue {
  return useLazyText('companyPay', frCompanyPay)
}
