import { useMemo } from 'react'
import { type Catalogue, useLazyText, useText } from '.'
import { type ChartsCatalogue, frCharts } from './fr-charts'

export { type ChartsCatalogue, frCharts }

/** The catalogue as the charts read it: the page's texts, and the charts' own under `charts`. */
export type ChartsTexts = Omit<Catalogue, 'charts'> & {
  charts: Catalogue['charts'] & ChartsCatalogue
}

/**
 * The charts' texts in the page's language, with the rest of the catalogue. Only the charts' lazy
 * chunks import this module, so the French texts stay out of the first load.
 */
export function useChartsTexts(): ChartsTexts {
  const t = useText()
  const charts = useLazyText('charts', frCharts)
  return useMemo(() => ({ ...t, charts: { ...t.charts, ...charts } }), [t, charts])
}
