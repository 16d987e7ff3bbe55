import { useLazyText } from '.'
import { frNetCharts, type NetChartsCatalogue } from './fr-net-charts'

export { frNetCharts, type NetChartsCatalogue }

/**
 * The texts of the net charts in the page's language. Only lazy code imports this module, so the French
 * texts stay out of the first load; another language's arrive with its catalogue.
 */
export function useNetChartsText(): NetChartsCatalogue {
  return useLazyText('netCharts', frNetCharts)
}
