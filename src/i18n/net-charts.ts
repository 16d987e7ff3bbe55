import { createContext, useContext } from 'react'
import { frNetCharts, type NetChartsCatalogue } from './fr-net-charts'

export { frNetCharts, type NetChartsCatalogue }

/**
 * The net charts' texts; only the lazy charts import this module, so the texts stay out of the
 * first load. A provider with another language's file switches them.
 */
export const NetChartsTextContext = createContext<NetChartsCatalogue>(frNetCharts)

/** The net charts' texts in the page's language. */
export function useNetChartsText(): NetChartsCatalogue {
  return useContext(NetChartsTextContext)
}
