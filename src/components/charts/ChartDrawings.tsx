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
import { type BandBar, type ComparisonBar, formatEur, type RevenueRow } from '../../domain'
import type { BreakdownBar, NetByDaysRow } from '../../social'

/**
 * No animation: the charts redraw as the person types, and an animated redraw costs a render per
 * frame; it also respects prefers-reduced-motion by construction.
 */
const animate = false

const COLORS = {
  band: '#9bb3cf',
  current: '#1f4e8c',
  top: '#c77d1a',
  mid: '#1f4e8c',
  own: '#0f7a5c',
  grid: '#e3e8ef',
  ref: '#8a94a6',
  violet: '#7a3e9d',
}

/**
 * Text in tooltips and legends stays in the page's ink colour: the series colours, fine for
 * lines and bars, are too pale for text (WCAG 1.4.3).
 */
const INK_TEXT = { color: '#1b2433' }
const legendText = (value: string) => <span style={INK_TEXT}>{value}</span>

const kEur = (n: number) => `${Math.round(n / 1000)} k€`
const eurTooltip = (value: unknown) =>
  Array.isArray(value)
    ? value.map((v) => formatEur(Number(v))).join(' – ')
    : formatEur(Number(value))

/** Floating bars: one TJM range per band, the person's band darker, the top earners apart. */
export function BandsChart({ data }: { data: BandBar[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height: 280 }}>
      <BarChart
        data={data}
        margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke={COLORS.grid} vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} interval={0} />
        <YAxis tickFormatter={(n: number) => `${n} €`} width={64} domain={[0, 1100]} />
        <Tooltip formatter={eurTooltip} itemStyle={INK_TEXT} />
        <Bar
          dataKey="range"
          name="Fourchette de TJM"
          fill={COLORS.band}
          isAnimationActive={animate}
        >
          {data.map((row) => (
            <Cell key={row.label} fill={row.current ? COLORS.current : COLORS.band} />
          ))}
        </Bar>
        <Bar
          dataKey="topRange"
          name="Les mieux payés"
          fill={COLORS.top}
          isAnimationActive={animate}
        />
        <Legend formatter={legendText} />
      </BarChart>
    </ResponsiveContainer>
  )
}

/** The revenue chart's lines: the band's min, midpoint and max TJM, and the person's own. */
const REVENUE_LINES = [
  { dataKey: 'min', name: 'TJM min', stroke: COLORS.band },
  { dataKey: 'mid', name: 'TJM milieu', stroke: COLORS.mid },
  { dataKey: 'max', name: 'TJM max', stroke: COLORS.top },
  { dataKey: 'own', name: 'Votre TJM', stroke: COLORS.own, strokeWidth: 2 },
] as const

type RevenueProps = {
  data: RevenueRow[]
  salary: { minEur: number; meanEur: number; maxEur: number }
  point: { days: number; revenueEurPerYear: number }
}

/** Revenue lines against billed days, Glassdoor salaries as reference lines, the person's point. */
export function RevenueChart({ data, salary, point }: RevenueProps) {
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height: 280 }}>
      <LineChart
        data={data}
        margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke={COLORS.grid} />
        <XAxis
          dataKey="days"
          type="number"
          domain={[100, 260]}
          ticks={[100, 140, 180, 220, 260]}
          unit=" j"
        />
        <YAxis tickFormatter={kEur} width={64} />
        <Tooltip formatter={eurTooltip} itemStyle={INK_TEXT} labelFormatter={(d) => `${d} jours`} />
        <Legend formatter={legendText} />
        {(
          [
            // recharts' "insideBottom" sits just above a horizontal line, "insideTop" just under:
            // the max above its line, the mean under its own, so the two close lines stay apart.
            [salary.minEur, 'Glassdoor min', 'insideBottomRight'],
            [salary.meanEur, 'Glassdoor moyenne', 'insideTopLeft'],
            [salary.maxEur, 'Glassdoor max', 'insideBottomRight'],
          ] as const
        ).map(([y, value, position]) => (
          <ReferenceLine
            key={value}
            y={y}
            stroke={COLORS.ref}
            strokeDasharray="4 4"
            label={{ value, fontSize: 11, position }}
          />
        ))}
        {REVENUE_LINES.map((line) => (
          <Line key={line.dataKey} {...line} dot={false} isAnimationActive={animate} />
        ))}
        <ReferenceDot
          x={point.days}
          y={point.revenueEurPerYear}
          r={6}
          fill={COLORS.own}
          stroke="#fff"
          ifOverflow="discard"
        />
      </LineChart>
    </ResponsiveContainer>
  )
}

/** Two bars: freelance revenue and CDI gross salary. */
export function ComparisonChart({ data }: { data: ComparisonBar[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height: 220 }}>
      <BarChart
        data={data}
        layout="vertical"
        margin={{ top: 8, right: 72, bottom: 8, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke={COLORS.grid} horizontal={false} />
        <XAxis type="number" tickFormatter={kEur} />
        <YAxis type="category" dataKey="label" width={150} tick={{ fontSize: 12 }} />
        <Bar dataKey="eurPerYear" name="€ par an" isAnimationActive={animate}>
          {data.map((row) => (
            <Cell key={row.key} fill={row.key === 'freelance' ? COLORS.own : COLORS.current} />
          ))}
          <LabelList
            dataKey="eurPerYear"
            position="right"
            formatter={(v: unknown) => formatEur(Number(v))}
          />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  )
}

/** Stacked bars per status: contributions, income tax, net after tax and the rest. */
export function NetChart({ data }: { data: BreakdownBar[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height: 300 }}>
      <BarChart
        data={data}
        margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke={COLORS.grid} vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={0} />
        <YAxis tickFormatter={kEur} width={64} />
        <Tooltip formatter={eurTooltip} itemStyle={INK_TEXT} />
        <Legend formatter={legendText} />
        <Bar
          dataKey="net"
          name="Net après impôt"
          stackId="s"
          fill={COLORS.own}
          isAnimationActive={animate}
        />
        <Bar
          dataKey="incomeTax"
          name="Impôt sur le revenu"
          stackId="s"
          fill={COLORS.top}
          isAnimationActive={animate}
        />
        <Bar
          dataKey="contributions"
          name="Cotisations"
          stackId="s"
          fill={COLORS.current}
          isAnimationActive={animate}
        />
        <Bar
          dataKey="other"
          name="Frais et autres"
          stackId="s"
          fill={COLORS.band}
          isAnimationActive={animate}
        />
      </BarChart>
    </ResponsiveContainer>
  )
}

/** The statuses drawn as lines on the net-by-days chart, the CDI first (dashed, flat). */
const NET_BY_DAYS_LINES = [
  { key: 'cdi', color: COLORS.ref, dash: '6 4' },
  { key: 'micro', color: COLORS.own, dash: undefined },
  { key: 'eurl', color: COLORS.current, dash: undefined },
  { key: 'sasu', color: COLORS.top, dash: undefined },
  { key: 'portage', color: COLORS.violet, dash: undefined },
] as const

type NetByDaysProps = {
  data: NetByDaysRow[]
  /** The person's billable days, marked by a vertical line. */
  currentDays: number
  /** Each status's name in the legend and tooltip. */
  names: Record<(typeof NET_BY_DAYS_LINES)[number]['key'], string>
  /** The label of the person's days line. */
  currentLabel: string
}

/** Net after tax against billable days: one line per status, the CDI flat, the person's days. */
export function NetByDaysChart({ data, currentDays, names, currentLabel }: NetByDaysProps) {
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height: 300 }}>
      <LineChart
        data={data}
        margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke={COLORS.grid} />
        <XAxis
          dataKey="days"
          type="number"
          domain={['dataMin', 'dataMax']}
          allowDecimals={false}
          unit=" j"
        />
        <YAxis tickFormatter={kEur} width={64} />
        <Tooltip formatter={eurTooltip} itemStyle={INK_TEXT} labelFormatter={(d) => `${d} jours`} />
        <Legend formatter={legendText} />
        <ReferenceLine
          x={currentDays}
          stroke={COLORS.ref}
          strokeDasharray="2 3"
          label={{ value: currentLabel, fontSize: 11, position: 'insideTopLeft' }}
          ifOverflow="discard"
        />
        {NET_BY_DAYS_LINES.map((line) => (
          <Line
            key={line.key}
            dataKey={line.key}
            name={names[line.key]}
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
