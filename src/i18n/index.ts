import { createContext, useContext } from 'react'
import { fr } from './fr'
import type { AcreCatalogue } from './fr-acre'
import type { AnswerCatalogue } from './fr-answer'
import type { ChartsCatalogue } from './fr-charts'
import type { CompanyPayCatalogue } from './fr-company-pay'
import type { DataActionsCatalogue } from './fr-data-actions'
import type { NetChartsCatalogue } from './fr-net-charts'
import type { NoticesCatalogue } from './fr-notices'
import type { ProtectionCatalogue } from './fr-protection'
import type { RulesCatalogue } from './fr-rules'

/**
 * The shape of a text catalogue: every string and message of the interface. French is the
 * reference; English (./en.ts) is held by the type checker to the same keys and parameters.
 */
export type Catalogue = typeof fr

export { fr }

/** The catalogue components read; a provider with another catalogue switches the language. */
export const TextContext = createContext<Catalogue>(fr)

/** The interface's texts in the page's language. */
export function useText(): Catalogue {
  return useContext(TextContext)
}

/**
 * The parts of the catalogue that load with the lazy code using them (./acre.ts and its siblings),
 * by name. In French each part comes with its code; another language brings them all at once.
 */
export type LazyCatalogues = {
  acre: AcreCatalogue
  answer: AnswerCatalogue
  charts: ChartsCatalogue
  companyPay: CompanyPayCatalogue
  dataActions: DataActionsCatalogue
  netCharts: NetChartsCatalogue
  notices: NoticesCatalogue
  protection: ProtectionCatalogue
  rules: RulesCatalogue
}

/** Another language's lazy parts; null (the default) in French. */
export const LazyTextContext = createContext<LazyCatalogues | null>(null)

/** One lazy part in the page's language: the provided language's, else `french`. */
export function useLazyText<K extends keyof LazyCatalogues>(
  part: K,
  french: LazyCatalogues[K],
): LazyCatalogues[K] {
  return useContext(LazyTextContext)?.[part] ?? french
}
