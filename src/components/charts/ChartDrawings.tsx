import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  Legend,
  Line,
  LineChart,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import {
  type BandBar,
  type BreakdownBar,
  type ComparisonBar,
  formatEur,
  formatNumber,
  type NetByDaysRow,
  type RevenueRow,
} from '../../domain'
import { type Catalogue, useText } from '../../i18n'
import {
  bandSeries,
  breakdownSeries,
  comparisonSeries,
  INK,
  NEUTRAL,
  revenueSeries,
  type StatusKey,
  statusSeries,
} from './series'

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

/** Axis and label text: the page's muted grey, readable on white, 12 px. */
const TICK = { fontSize: 12, fill: INK.muted }

/**
 * Text in tooltips and legends stays in the page's ink colour: the series colours, fine for
 * lines and bars, are too pale for text (WCAG 1.4.3).
 */
const INK_TEXT = { color: INK.ink }
const legendText = (value: string) => <span style={INK_TEXT}>{value}</span>

/**
 * Legend entries in the order of their series, not recharts' alphabetical default: the stack's
 * order bottom up, the statuses' order of the net table.
 */
const inSeriesOrder =
  (series: readonly { key: string }[]) =>
  (item: { dataKey?: unknown }): number =>
    series.findIndex((s) => s.key === item.dataKey)

const kEur = (t: Catalogue) => (n: number) => t.charts.kiloEur(formatNumber(Math.round(n / 1000)))
const eurTooltip = (value: unknown) =>
  Array.isArray(value)
    ? value.map((v) => formatEur(Number(v))).join(' – ')
    : formatEur(Number(value))

/**
 * An axis label broken into lines of at most `maxChars` characters at spaces, so that long
 * category names fit under narrow bars instead of running into each other.
 */
function WrappedTick(props: { x?: number; y?: number; payload?: { value: string } }) {
  const { x = 0, y = 0, payload } = props
  const lines: string[] = []
  for (const word of String(payload?.value ?? '').split(' ')) {
    const last = lines.at(-1)
    if (last !== undefined && `${last} ${word}`.length <= 14)
      lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
  }
  return (
    <text x={x} y={y + 4} textAnchor="middle" fontSize={TICK.fontSize} fill={TICK.fill}>
      {lines.map((line, i) => (
        <tspan key={line} x={x} dy={i === 0 ? '0.71em' : '1.2em'}>
          {line}
        </tspan>
      ))}
    </text>
  )
}

/**
 * One bar per band, lying down so that the band names read across at any width; the person's
 * band in the own colour, the top earners apart.
 */
export function BandsChart({ data }: { data: BandBar[] }) {
  const t = useText()
  const [range, top] = bandSeries(t)
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={FIRST_SIZE}>
      <BarChart
        data={data}
        layout="vertical"
        margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke={NEUTRAL.grid} horizontal={false} />
        <XAxis
          type="number"
          domain={[0, 1100]}
          ticks={[0, 250, 500, 750, 1000]}
          tickFormatter={(n: number) => formatEur(n)}
          tick={TICK}
        />
        <YAxis type="category" dataKey="label" width={110} tick={TICK} interval={0} />
        <Tooltip formatter={eurTooltip} itemStyle={INK_TEXT} />
        <Bar dataKey={range.key} name={range.label} fill={range.color} isAnimationActive={animate}>
          {data.map((row) => (
            <Cell key={row.label} fill={row.current ? NEUTRAL.own : range.color} />
          ))}
        </Bar>
        <Bar dataKey={top.key} name={top.label} fill={top.color} isAnimationActive={animate} />
        <Legend formatter={legendText} itemSorter={inSeriesOrder(bandSeries(t))} />
      </BarChart>
    </ResponsiveContainer>
  )
}

type RevenueProps = {
  data: RevenueRow[]
  salary: { minEur: number; meanEur: number; maxEur: number }
  point: { days: number; revenueEurPerYear: number }
}

/** Revenue lines against billed days, Glassdoor salaries as reference lines, the person's point. */
export function RevenueChart({ data, salary, point }: RevenueProps) {
  const t = useText()
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={FIRST_SIZE}>
      <LineChart
        data={data}
        margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke={NEUTRAL.grid} />
        <XAxis
          dataKey="days"
          type="number"
          domain={[100, 260]}
          ticks={[100, 140, 180, 220, 260]}
          unit={t.charts.daysUnit}
          tick={TICK}
        />
        <YAxis tickFormatter={kEur(t)} width={64} tick={TICK} />
        <Tooltip
          formatter={eurTooltip}
          itemStyle={INK_TEXT}
          labelFormatter={(d) => t.charts.daysTooltip(String(d))}
        />
        <Legend formatter={legendText} itemSorter={inSeriesOrder(revenueSeries(t))} />
        {(
          [
            // recharts' "insideBottom" sits just above a horizontal line, "insideTop" just under:
            // the max above its line, the mean under its own, so the two close lines stay apart.
            [salary.minEur, t.charts.glassdoor.min, 'insideBottomRight'],
            [salary.meanEur, t.charts.glassdoor.mean, 'insideTopLeft'],
            [salary.maxEur, t.charts.glassdoor.max, 'insideBottomRight'],
          ] as const
        ).map(([y, value, position]) => (
          <ReferenceLine
            key={value}
            y={y}
            stroke={NEUTRAL.ref}
            strokeDasharray="4 4"
            label={{ value, fontSize: 11, position, fill: INK.muted }}
          />
        ))}
        {revenueSeries(t).map((line) => (
          <Line
            key={line.key}
            dataKey={line.key}
            name={line.label}
            stroke={line.color}
            strokeDasharray={'dash' in line ? line.dash : undefined}
            strokeWidth={line.key === 'own' ? 2 : 1.5}
            dot={false}
            isAnimationActive={animate}
          />
        ))}
        <ReferenceDot
          x={point.days}
          y={point.revenueEurPerYear}
          r={6}
          fill={NEUTRAL.own}
          stroke="#fff"
          ifOverflow="discard"
        />
      </LineChart>
    </ResponsiveContainer>
  )
}

/**
 * Two upright bars, freelance revenue and CDI gross salary, each value written above its bar:
 * standing bars leave each label the bar's whole width, so "1 000 000 €" fits at 320 px.
 */
export function ComparisonChart({ data }: { data: ComparisonBar[] }) {
  const t = useText()
  const series = comparisonSeries(t)
  const rows = series.map((s) => ({
    ...s,
    eurPerYear: data.find((d) => d.key === s.key)?.eurPerYear ?? 0,
  }))
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={FIRST_SIZE}>
      <BarChart
        data={rows}
        margin={{ top: 24, right: 8, bottom: 8, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke={NEUTRAL.grid} vertical={false} />
        <XAxis dataKey="label" interval={0} height={56} tick={<WrappedTick />} />
        <YAxis tickFormatter={kEur(t)} width={64} tick={TICK} />
        <Bar dataKey="eurPerYear" name={t.charts.series.eurPerYear} isAnimationActive={animate}>
          {rows.map((row) => (
            <Cell key={row.key} fill={row.color} />
          ))}
          <LabelList
            dataKey="eurPerYear"
            position="top"
            fill={INK.ink}
            fontSize={12}
            formatter={(v: unknown) => formatEur(Number(v))}
          />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  )
}

/**
 * Stacked bars per status, lying down so that the five status names read across at 320 px:
 * net after tax, income tax, contributions and the rest.
 */
export function NetChart({ data }: { data: BreakdownBar[] }) {
  const t = useText()
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={FIRST_SIZE}>
      <BarChart
        data={data}
        layout="vertical"
        margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke={NEUTRAL.grid} horizontal={false} />
        <XAxis type="number" tickFormatter={kEur(t)} tick={TICK} />
        <YAxis type="category" dataKey="label" width={72} tick={TICK} interval={0} />
        <Tooltip formatter={eurTooltip} itemStyle={INK_TEXT} />
        <Legend formatter={legendText} itemSorter={inSeriesOrder(breakdownSeries(t))} />
        {breakdownSeries(t).map((segment) => (
          <Bar
            key={segment.key}
            dataKey={segment.key}
            name={segment.label}
            stackId="s"
            fill={segment.color}
            isAnimationActive={animate}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  )
}

type NetByDaysProps = {
  data: NetByDaysRow[]
  /** The statuses drawn, in legend order. */
  statuses: readonly StatusKey[]
  /** The person's billable days, marked by a vertical line. */
  currentDays: number
}

/** Net after tax against billable days: one line per status, the CDI flat, the person's days. */
export function NetByDaysChart({ data, statuses, currentDays }: NetByDaysProps) {
  const t = useText()
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={FIRST_SIZE}>
      <LineChart
        data={data}
        margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke={NEUTRAL.grid} />
        <XAxis
          dataKey="days"
          type="number"
          domain={['dataMin', 'dataMax']}
          allowDecimals={false}
          unit={t.charts.daysUnit}
          tick={TICK}
        />
        <YAxis tickFormatter={kEur(t)} width={64} tick={TICK} />
        <Tooltip
          formatter={eurTooltip}
          itemStyle={INK_TEXT}
          labelFormatter={(d) => t.charts.daysTooltip(String(d))}
        />
        <Legend formatter={legendText} itemSorter={inSeriesOrder(statusSeries(t, statuses))} />
        <ReferenceLine
          x={currentDays}
          stroke={NEUTRAL.ref}
          strokeDasharray="2 3"
          label={{
            value: t.net.yourDays,
            fontSize: 11,
            position: 'insideTopLeft',
            fill: INK.muted,
          }}
          ifOverflow="discard"
        />
        {statusSeries(t, statuses).map((line) => (
          <Line
            key={line.key}
            dataKey={line.key}
            name={line.label}
            stroke={line.color}
            strokeDasharray={line.dash}
            strokeWidth={2}
            dot={false}
            isAnimationActive={animate}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  )
}
