import { formatEur, formatEurCents } from '../../domain'
import type { Catalogue } from '../../i18n'
import type { ProtectionCatalogue } from '../../i18n/protection'
import type { SocialResult } from '../../social'
import { protectionTradeOff } from '../../social/protection-reading'

/**
 * The one-line reading under the protection table: what the status leaving the most net after
 * tax gives up against the CDI (quarters, supplementary pension per year worked, sick pay,
 * unemployment insurance), e.g. "En SASU (président), par rapport au CDI : 0 trimestre validé,
 * pas d'indemnités journalières."; null while a protection is missing. Pure: the answer-first
 * verdict may quote it.
 */
export function protectionReading(
  results: SocialResult['results'],
  t: Catalogue,
  pt: ProtectionCatalogue,
): string | null {
  const trade = protectionTradeOff(results)
  if (trade === null) return null
  const r = pt.reading
  if (trade.status === 'cdi') return r.cdiBest
  const parts: string[] = []
  const { cdi } = trade
  if (
    trade.quartersPerYear !== null &&
    cdi.quartersPerYear !== null &&
    trade.quartersPerYear < cdi.quartersPerYear
  ) {
    parts.push(r.quarters(trade.quartersPerYear))
  }
  const own = trade.supplementaryPensionEurPerYear
  if (own !== null && cdi.supplementaryPensionEurPerYear !== null) {
    if (own < cdi.supplementaryPensionEurPerYear) {
      parts.push(r.pension(formatEur(own), formatEur(cdi.supplementaryPensionEurPerYear)))
    }
  }
  if (trade.sickPayEurPerDay === 0) parts.push(r.noSickPay)
  else if (
    trade.sickPayEurPerDay !== null &&
    cdi.sickPayEurPerDay !== null &&
    trade.sickPayEurPerDay < cdi.sickPayEurPerDay
  ) {
    parts.push(
      r.sickPay(formatEurCents(trade.sickPayEurPerDay), formatEurCents(cdi.sickPayEurPerDay)),
    )
  }
  if (!trade.unemploymentInsurance) parts.push(r.noUnemployment)
  const label = t.net.labels[trade.status]
  return `${r.lead(label)}${parts.length === 0 ? r.nothing : `${parts.join(', ')}.`}`
}
