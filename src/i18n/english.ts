import type { LazyCatalogues } from '.'
import { en } from './en'
import { enAcre } from './en-acre'
import { enAnswer } from './en-answer'
import { enCharts } from './en-charts'
import { enCompanyPay } from './en-company-pay'
import { enDataActions } from './en-data-actions'
import { enNetCharts } from './en-net-charts'
import { enNotices } from './en-notices'
import { enProtection } from './en-protection'
import { enRules } from './en-rules'

/**
 * The English interface, in one chunk loaded when the page is in English: the catalogue and its
 * lazy parts (the notes and the formulas still load on demand, like their French twins).
 */
export { en }

export const enLazy: LazyCatalogues = {
  acre: enAcre,
  answer: enAnswer,
  charts: enCharts,
  companyPay: enCompanyPay,
  dataActions: enDataActions,
  netCharts: enNetCharts,
  notices: enNotices,
  protection: enProtection,
  rules: enRules,
}
