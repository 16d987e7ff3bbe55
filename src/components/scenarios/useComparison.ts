import { useEffect, useState } from 'react'
import { calculate, type Dataset } from '../../domain'
import type { Scenario } from '../../domain/scenarios'
import type { SocialResult } from '../../social'
import { socialRequestFor } from '../../social/contract'
import type { ComparisonClientSource } from './comparisonClient'

/** A scenario's figures: its TJM, days and turnover, and its net figures once the model answers. */
export type ComparisonColumn = {
  scenario: Scenario
  tjmEurPerDay: number
  billableDays: number
  turnoverEurPerYear: number
  figures:
    | { kind: 'computing' }
    | { kind: 'done'; results: SocialResult['results'] }
    | { kind: 'failed'; error: string }
    /** No billed day, or an amount beyond the model. */
    | { kind: 'outOfModel'; reason: 'noDays' | 'tooLarge' | 'payAboveMargin' }
}

/** The columns for the scenarios, without net figures yet. */
export function comparisonColumns(scenarios: readonly Scenario[], dataset: Dataset) {
  return scenarios.map((scenario): ComparisonColumn => {
    const results = calculate(scenario.inputs, dataset)
    return {
      scenario,
      tjmEurPerDay: results.tjmEurPerDay,
      billableDays: results.days,
      turnoverEurPerYear: results.gross.revenueEurPerYear,
      figures: { kind: 'computing' },
    }
  })
}

/**
 * Every scenario's figures, asked one after the other of a client of the comparison's own (see
 * ./comparisonClient.ts), disposed when the scenarios change or the comparison closes; each
 * column shows its figures as soon as they arrive.
 */
export function useComparison(
  scenarios: readonly Scenario[],
  dataset: Dataset,
  source: ComparisonClientSource,
): ComparisonColumn[] {
  // The columns and what they are for: until the effect has run for new scenarios or another
  // dataset, the columns are still computing (never the previous scenarios' figures).
  const [state, setState] = useState<{
    scenarios: readonly Scenario[] | null
    dataset: Dataset | null
    columns: ComparisonColumn[]
  }>({ scenarios: null, dataset: null, columns: [] })
  useEffect(() => {
    const initial = comparisonColumns(scenarios, dataset)
    setState({ scenarios, dataset, columns: initial })
    const setColumns = (update: (columns: ComparisonColumn[]) => ComparisonColumn[]) =>
      setState((s) => ({ ...s, columns: update(s.columns) }))
    let cancelled = false
    let dispose = () => {}
    const settle = (index: number, figures: ComparisonColumn['figures']) =>
      setColumns((all) => all.map((c, i) => (i === index ? { ...c, figures } : c)))
    void (async () => {
      try {
        const client = await source()
        dispose = () => client.dispose()
        if (cancelled) return dispose()
        for (const [index, column] of initial.entries()) {
          const plan = socialRequestFor(
            column.scenario.inputs,
            column.tjmEurPerDay,
            column.billableDays,
          )
          if (plan.kind !== 'ready') {
            settle(index, { kind: 'outOfModel', reason: plan.kind })
            continue
          }
          try {
            const { results } = await client.compute(plan.inputs)
            if (cancelled) return
            settle(index, { kind: 'done', results })
          } catch (e) {
            if (cancelled) return
            settle(index, { kind: 'failed', error: e instanceof Error ? e.message : String(e) })
          }
        }
      } catch (e) {
        // The client's module could not load: every column says so.
        if (cancelled) return
        const error = e instanceof Error ? e.message : String(e)
        setColumns(() => initial.map((c) => ({ ...c, figures: { kind: 'failed', error } })))
      }
    })()
    return () => {
      cancelled = true
      dispose()
    }
  }, [scenarios, dataset, source])
  return state.scenarios === scenarios && state.dataset === dataset
    ? state.columns
    : comparisonColumns(scenarios, dataset)
}
