import type { ChartsTexts } from '../../i18n/charts'

/**
 * The statuses a chart can show, eurlIs (EURL à l'IS) included ahead of its arrival so that its
 * colour is taken now and no other series borrows it.
 */
export type StatusKey = 'cdi' | 'micro' | 'eurl' | 'sasu' | 'portage' | 'eurlIs'

/**
 * One colour per status, the same in every chart: the Okabe–Ito palette, told apart with the
 * common colour-vision deficiencies. The values live in palette.css as custom properties; SVG
 * presentation attributes accept var(). Text is never drawn in these colours (see INK below).
 */
export const STATUS_COLOR: Readonly<Record<StatusKey, string>> = {
  cdi: 'var(--status-cdi)',
  micro: 'var(--status-micro)',
  eurl: 'var(--status-eurl)',
  sasu: 'var(--status-sasu)',
  portage: 'var(--status-portage)',
  eurlIs: 'var(--status-eurl-is)',
}

/** Colours of what is not a status: greys, so that colour always means a status. */
export const NEUTRAL = {
  own: 'var(--series-own)',
  light: 'var(--series-light)',
  mid: 'var(--series-mid)',
  dark: 'var(--series-dark)',
  pale: 'var(--series-pale)',
  grid: 'var(--chart-grid)',
  ref: 'var(--chart-ref)',
} as const

/** Text drawn in a chart: the page's ink or muted grey, both over 4.5:1 on white (WCAG 1.4.3). */
export const INK = { ink: 'var(--ink)', muted: 'var(--muted)' } as const

/** One drawn series: the data key it reads, its name (legend, tooltip, table header), its look. */
export type Series<K extends string = string> = {
  key: K
  label: string
  color: string
  /** SVG dash pattern, so that lines differ by more than colour. */
  dash?: string
}

/** The bands chart: each band's range, the person's band in the own colour, the top earners. */
export const bandSeries = (t: ChartsTexts) =>
  [
    { key: 'range', label: t.charts.series.band, color: NEUTRAL.light },
    { key: 'topRange', label: t.charts.series.top, color: NEUTRAL.dark },
  ] as const satisfies readonly Series[]

/** The revenue chart's lines: the band's min, midpoint and max TJM, and the person's own. */
export const revenueSeries = (t: ChartsTexts) =>
  [
    { key: 'min', label: t.charts.series.tjmMin, color: NEUTRAL.light, dash: '2 3' },
    { key: 'mid', label: t.charts.series.tjmMid, color: NEUTRAL.mid, dash: '6 3' },
    { key: 'max', label: t.charts.series.tjmMax, color: NEUTRAL.dark, dash: '10 3' },
    { key: 'own', label: t.charts.series.tjmOwn, color: NEUTRAL.own },
  ] as const satisfies readonly Series[]

/** The gross comparison's two bars: the person's revenue, the CDI's gross salary. */
export const comparisonSeries = (t: ChartsTexts) =>
  [
    { key: 'freelance', label: t.charts.series.freelance, color: NEUTRAL.own },
    { key: 'cdi', label: t.charts.series.cdiGross, color: STATUS_COLOR.cdi },
  ] as const satisfies readonly Series[]

/**
 * The net breakdown's stacked segments, bottom up; greys alternating dark and light so that
 * neighbours stand apart, the status being the bar's place on the axis.
 */
export const breakdownSeries = (t: ChartsTexts) =>
  [
    { key: 'net', label: t.charts.series.net, color: NEUTRAL.own },
    { key: 'incomeTax', label: t.charts.series.incomeTax, color: NEUTRAL.light },
    { key: 'contributions', label: t.charts.series.contributions, color: NEUTRAL.mid },
    { key: 'other', label: t.charts.series.other, color: NEUTRAL.pale },
  ] as const satisfies readonly Series[]

/** The micro-entreprise's line beyond its turnover ceiling: dashed, a status it could not keep. */
export const MICRO_BEYOND_CEILING_DASH = '3 4'

/** One line per status, named as in the net table's short labels; the CDI dashed (it is flat). */
export const statusSeries = <S extends StatusKey>(t: ChartsTexts, statuses: readonly S[]) =>
  statuses.map(
    (status): Series<S> => ({
      key: status,
      label: t.net.short[status],
      color: STATUS_COLOR[status],
      ...(status === 'cdi' ? { dash: '6 4' } : {}),
    }),
  )
