/** Every status's net after tax in €/year at one number of billable days, the TJM held. */
export type NetByDaysFigures = {
  days: number
  /** Freelance turnover at those days: TJM × days. */
  turnoverEurPerYear: number
  /** The CDI's net after tax: the same at every point, a salary does not depend on days billed. */
  cdi: number
  micro: number
  eurl: number
  sasu: number
  portage: number
}

/** One row of the net-by-days chart and table; `current` marks the person's own days. */
export type NetByDaysRow = NetByDaysFigures & { current: boolean }

/**
 * The net-by-days chart's rows, in €/year: ordered by days, one per number of days (the last
 * given wins), the person's own days marked; e.g. points at 212, 100 and 260 days with
 * `currentDays` 212 → rows at 100, 212 (current) and 260 days.
 */
export function netByDaysSeries(
  points: readonly NetByDaysFigures[],
  currentDays: number,
): NetByDaysRow[] {
  const byDays = new Map<number, NetByDaysFigures>()
  for (const point of points) byDays.set(point.days, point)
  return [...byDays.values()]
    .sort((a, b) => a.days - b.days)
    .map((point) => ({ ...point, current: point.days === currentDays }))
}
