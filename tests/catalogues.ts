// The French catalogue's lazy parts, gathered as the English ones are in src/i18n/english.ts: for
// the tests that replace or compare them all.
import type { LazyCatalogues } from '../src/i18n'
import { frAcre } from '../src/i18n/fr-acre'
import { frAnswer } from '../src/i18n/fr-answer'
import { frCharts } from '../src/i18n/fr-charts'
import { frCompanyPay } from '../src/i18n/fr-company-pay'
import { frDataActions } from '../src/i18n/fr-data-actions'
import { frNetCharts } from '../src/i18n/fr-net-charts'
import { frNotices } from '../src/i18n/fr-notices'
import { frProtection } from '../src/i18n/fr-protection'
import { frRules } from '../src/i18n/fr-rules'

export const frLazy: LazyCatalogues = {
  acre: frAcre,
  answer: frAnswer,
  charts: frCharts,
  companyPay: frCompanyPay,
  dataActions: frDataActions,
  netCharts: frNetCharts,
  notices: frNotices,
  protection: frProtection,
  rules: frRules,
}
