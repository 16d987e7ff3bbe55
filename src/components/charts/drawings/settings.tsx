// Settings the chart drawings share (frame, axes, tooltips, legends, series), each written once.
import { formatEur, formatNumber } from '../../../domain'
import type { ChartsTexts } from '../../../i18n/charts'
import { INK, NEUTRAL } from '../series'

/**
 * No animation: the charts redraw as the person types, and an animated redraw costs a render per
 * frame; it also respects prefers-reduced-motion by construction.
 */
const animate = false

/**
 * The size recharts assumes before it measures its box (and the only one it knows in jsdom);
 * the drawn height is the box's, set per chart in the CSS.
 */
const FIRST_SIZE = { width: 640, height: 300 }

/** The ResponsiveContainer around every chart: it fills the box its figure reserves. */
export const FRAME = { width: '100%', height: '100%', initialDimension: FIRST_SIZE } as const

/** Every chart's own props: recharts' accessibility layer off. */
export const PLOT = { accessibilityLayer: false } as const

/** Every chart's props with the margin all but the comparison share. */
export const CHART = { ...PLOT, margin: { top: 8, right: 16, bottom: 8, left: 8 } } as const

/** Axis and label text: the page's muted grey, readable on white, 12 px. */
export const TICK = { fontSize: 12, fill: INK.muted }

/** The background grid's lines. */
export const GRID = { stroke: NEUTRAL.grid } as const

/**
 * Bars lying down, one per row named on the left axis (the bands, the statuses): the chart's
 * layout, its grid without the lines along the bars, its axis of names, each name on its row.
 */
export const LYING = {
  chart: { ...CHART, layout: 'vertical' },
  grid: { ...GRID, horizontal: false },
  names: { type: 'category', dataKey: 'label', tick: TICK, interval: 0 },
} as const

/** Bars drawn at once. */
export const BAR = { isAnimationActive: animate } as const

/** Lines drawn at once, without a dot per point. */
export const LINE = { dot: false, isAnimationActive: animate } as const

/** A reference line's stroke and its label's text, quieter than the series. */
export const REFERENCE = { stroke: NEUTRAL.ref } as const
export const REFERENCE_LABEL = { fontSize: 11, fill: INK.muted } as const

const kEur = (t: ChartsTexts) => (n: number) => t.charts.kiloEur(formatNumber(Math.round(n / 1000)))

/** An axis's ticks in thousands of euros. */
export const eurTicks = (t: ChartsTexts) => ({ tickFormatter: kEur(t), tick: TICK })

/** The left axis of euros a year, in thousands. */
export const eurAxis = (t: ChartsTexts) => ({ ...eurTicks(t), width: 64 })

/** The bottom axis of days in a year, a number scale. */
export const daysAxis = (t: ChartsTexts) =>
  ({ dataKey: 'days', type: 'number', unit: t.charts.daysUnit, tick: TICK }) as const

/**
 * Text in tooltips and legends stays in the page's ink colour: the series colours, fine for
 * lines and bars, are too pale for text (WCAG 1.4.3).
 */
const INK_TEXT = { color: INK.ink }
const legendText = (value: string) => <span style={INK_TEXT}>{value}</span>

const eurValue = (value: unknown) =>
  Array.isArray(value)
    ? value.map((v) => formatEur(Number(v))).join(' – ')
    : formatEur(Number(value))

/** A tooltip of euros (a range as "min – max"). */
export const EUR_TOOLTIP = { formatter: eurValue, itemStyle: INK_TEXT } as const

/** A tooltip of euros headed by its number of days. */
export const daysTooltip = (t: ChartsTexts) => ({
  ...EUR_TOOLTIP,
  labelFormatter: (d: unknown) => t.charts.daysTooltip(String(d)),
})

/**
 * A legend in the order of its series, not recharts' alphabetical default: the stack's order
 * bottom up, the statuses' order of the net table.
 */
export const legend = (
  series: readonly { key: string }[],
  /** Series drawn under another data key (the micro-entreprise within its ceiling). */
  drawnAs: Readonly<Record<string, string>> = {},
) => ({
  formatter: legendText,
  itemSorter: (item: { dataKey?: unknown }): number =>
    series.findIndex((s) => (drawnAs[s.key] ?? s.key) === item.dataKey),
})
