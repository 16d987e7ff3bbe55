import type { CsvTable } from '../../domain'
import type { Catalogue } from '../../i18n'
import type { ExportCatalogue } from '../../i18n/fr-export'

type ChartCsv = typeof import('./chartCsv')

/** A chart's CSV, built once its builders (./chartCsv.ts) and the export texts have loaded. */
export function withCsv(
  t: Pick<Catalogue, 'export'>,
  build: (m: ChartCsv, e: ExportCatalogue) => CsvTable,
): Promise<CsvTable> {
  return Promise.all([import('./chartCsv'), t.export.texts()]).then(([m, e]) => build(m, e))
}
