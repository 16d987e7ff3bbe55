import {
  formatEur,
  formatEurCents,
  formatNumber,
  type InputKey,
  type Inputs,
  modelDate,
} from '../../domain'
import { differingInputs } from '../../domain/scenarios'
import type { Catalogue } from '../../i18n'
import type { AnswerCatalogue } from '../../i18n/fr-answer'
import { exclusionOf, type Status, verdictFor } from '../../social'
import { STATUS_ORDER } from '../net/statusOrder'
import type { ComparisonColumn } from './useComparison'

/**
 * One cell of the comparison: a number (shown formatted, exported as is) or a text, and a note
 * shown under it (a status beyond its ceiling).
 */
export type ComparisonCell = { value: number | null; text: string; note?: string }

/** One row: what it is about, the status it is about if any, then one cell per scenario. */
export type ComparisonRow = {
  key: string
  header: string
  status?: Status
  cells: ComparisonCell[]
}

/** Rows under a heading (none for the first group, the inputs that differ). */
export type ComparisonGroup = { key: string; heading: string; rows: ComparisonRow[] }

/** The TJM and days are compared as the figures the page uses, not as typed (`automatique`). */
const SHOWN_AS_FIGURES: InputKey[] = ['tjmEurPerDay', 'billableDays']

type ScenarioText = AnswerCatalogue['scenarios']

/** An input's value as the comparison shows it: `oui`, `automatique`, `répartition optimale`… */
export function inputText(s: ScenarioText, key: InputKey, value: Inputs[InputKey]): string {
  if (value === null) return s.values.auto
  if (typeof value === 'boolean') return value ? s.values.yes : s.values.no
  if (typeof value === 'string') {
    // A date, written as in French: 01/03/2026.
    if (key === 'creationDate') return modelDate(value)
    return s.values[value as Exclude<keyof ScenarioText['values'], 'chosenPay'>] ?? value
  }
  // A chosen SASU or EURL pay is a number among named choices.
  if (key === 'sasuPay' || key === 'eurlIsPay') return s.values.chosenPay(formatEur(value))
  // A year is a name, not an amount: 2026, never "2 026".
  return key === 'year' ? String(value) : formatNumber(value)
}

/**
 * The comparison's rows in groups: the inputs that differ, the TJM, days and turnover, every
 * status's net after tax a year (noted when the status is out of reach), and, as a verdict, which
 * leaves the most.
 */
export function comparisonRows(
  t: Catalogue,
  s: ScenarioText,
  columns: readonly ComparisonColumn[],
): ComparisonGroup[] {
  const text = (value: number | null, format: (n: number) => string) => ({
    value,
    text: value === null ? '' : format(value),
  })
  const pending = ({ figures }: ComparisonColumn): ComparisonCell => ({
    value: null,
    text:
      figures.kind === 'computing'
        ? s.computing
        : figures.kind === 'outOfModel'
          ? figures.reason === 'noDays'
            ? s.noDays
            : figures.reason === 'payAboveMargin'
              ? s.payAboveMargin
              : s.outOfModel
          : s.failed,
  })
  const differing = differingInputs(columns.map((c) => c.scenario.inputs)).filter(
    (key) => !SHOWN_AS_FIGURES.includes(key),
  )
  const net = (status: Status): ComparisonRow => ({
    key: `net-${status}`,
    header: t.net.labels[status],
    status,
    cells: columns.map((c) => {
      if (c.figures.kind !== 'done') return pending(c)
      const result = c.figures.results[status]
      const cell = text(result.netAfterTaxEurPerYear, formatEur)
      return exclusionOf(result) === null ? cell : { ...cell, note: s.excluded }
    }),
  })
  const inputs = differing.map((key) => ({
    key: `input-${key}`,
    header: s.fields[key],
    cells: columns.map((c) => {
      const value = c.scenario.inputs[key]
      return { value: typeof value === 'number' ? value : null, text: inputText(s, key, value) }
    }),
  }))
  const activity: ComparisonRow[] = [
    {
      key: 'tjm',
      header: s.tjm,
      cells: columns.map((c) => text(c.tjmEurPerDay, formatEurCents)),
    },
    {
      key: 'days',
      header: s.days,
      cells: columns.map((c) => text(c.billableDays, formatNumber)),
    },
    {
      key: 'turnover',
      header: s.turnover,
      cells: columns.map((c) => text(c.turnoverEurPerYear, formatEur)),
    },
  ]
  const best: ComparisonRow = {
    key: 'best',
    header: s.best,
    cells: columns.map((c) => {
      if (c.figures.kind !== 'done') return pending(c)
      const verdict = verdictFor(c.figures.results, { acre: c.scenario.inputs.acre })
      if (verdict === null) return { value: null, text: s.failed }
      return {
        value: null,
        text: s.bestOf(t.net.labels[verdict.best], formatEur(verdict.bestNetEurPerYear / 12)),
      }
    }),
  }
  return [
    ...(inputs.length > 0 ? [{ key: 'inputs', heading: s.differing, rows: inputs }] : []),
    { key: 'activity', heading: s.activity, rows: activity },
    { key: 'net', heading: s.netHeading, rows: STATUS_ORDER.map(net) },
    // A status and a net a month: not a figure of the €-a-year group above.
    { key: 'verdict', heading: s.verdictHeading, rows: [best] },
  ]
}
