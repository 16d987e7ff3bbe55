// Each chart's data as a CSV table, with units in the header. Loaded with the first export: it
// imports types only, and takes the series' labels from its caller.
import type { BandBar, ComparisonBar, CsvTable } from '../../domain'
import type { ChartsTexts } from '../../i18n/charts'
import type { ExportCatalogue } from '../../i18n/fr-export'

/** A series of a chart: the key of its value in a row, and its label. */
type Column<K extends string> = { readonly key: K; readonly label: string }

/** The bands chart: each band's range and the top earners' range, in € per day. */
export function bandsCsv(t: ChartsTexts, e: ExportCatalogue, bands: readonly BandBar[]): CsvTable {
  const top = t.charts.series.top
  return {
    fileName: e.files.bands,
    header: [
      t.charts.rowHeader.band,
      e.eurPerDay(t.charts.series.tjmMin),
      e.eurPerDay(t.charts.series.tjmMax),
      e.eurPerDay(`${top} min`),
      e.eurPerDay(`${top} max`),
    ],
    rows: bands.map((b) => [
      b.current ? t.charts.yours(b.label) : b.label,
      b.range[0],
      b.range[1],
      b.topRange?.[0] ?? null,
      b.topRange?.[1] ?? null,
    ]),
  }
}

/** The gross comparison chart: freelance revenue and CDI salary, in € per year. */
export function comparisonCsv(
  t: ChartsTexts,
  e: ExportCatalogue,
  bars: readonly ComparisonBar[],
  series: readonly Column<string>[],
): CsvTable {
  return {
    fileName: e.files.comparison,
    header: [e.row, e.eurPerYear(t.explain.value)],
    rows: series.map((s) => [s.label, bars.find((c) => c.key === s.key)?.eurPerYear ?? null]),
  }
}

/** A table of rows by a first column, each series a column in € per year. */
export function seriesCsv<R extends Record<K, number>, K extends string>(
  fileName: string,
  first: { header: string; value: (row: R) => string | number },
  rows: readonly R[],
  series: readonly Column<K>[],
  unit: (label: string) => string,
): CsvTable {
  return {
    fileName,
    header: [first.header, ...series.map((s) => unit(s.label))],
    rows: rows.map((r) => [first.value(r), ...series.map((s) => r[s.key])]),
  }
}
