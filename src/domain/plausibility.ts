// Values the calculator accepts but that look mistyped: they are computed as given, with a note.

/** A value this many times its reference looks like a typing slip (an extra zero). */
export const IMPLAUSIBLE_FACTOR = 10

/** Which inputs look wrong: each flag true when its value is accepted but unlikely. */
export type Plausibility = {
  /** More days billed than the year's working days. */
  daysAboveWorkingDays: boolean
  /** A TJM over IMPLAUSIBLE_FACTOR × the top of its band. */
  tjmFarAboveBand: boolean
  /** A salary over IMPLAUSIBLE_FACTOR × the dataset's highest salary (Glassdoor's maximum). */
  salaryFarAboveMax: boolean
}

/**
 * Flags values that look mistyped; e.g. 300 days billed in 2026 (252 working days) flags
 * `daysAboveWorkingDays`, a TJM of 7 000 € in a 650–685 € band flags `tjmFarAboveBand`.
 */
export function plausibility(values: {
  billableDays: number
  workingDays: number
  tjmEurPerDay: number
  bandMaxEurPerDay: number
  salaryGrossEurPerYear: number
  salaryMaxEurPerYear: number
}): Plausibility {
  return {
    daysAboveWorkingDays: values.billableDays > values.workingDays,
    tjmFarAboveBand: values.tjmEurPerDay > IMPLAUSIBLE_FACTOR * values.bandMaxEurPerDay,
    salaryFarAboveMax:
      values.salaryGrossEurPerYear > IMPLAUSIBLE_FACTOR * values.salaryMaxEurPerYear,
  }
}
