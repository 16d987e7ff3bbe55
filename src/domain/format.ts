/** Placeholder shown where a figure cannot be computed, so NaN or Infinity never reach the page. */
export const NO_FIGURE = '—'

/**
 * Every formatter but the percentage (which has its own sign rule) shows a minus only for a value
 * that is still negative once rounded: never "-0 €" for -0 or -0,3.
 *
 * The first fr-FR formatter costs tens of milliseconds (locale data); formatters are made on first
 * use, and `warmFormatters` lets start-up pay that in tasks of their own.
 */
function lazyFormat(options: Intl.NumberFormatOptions) {
  let format: Intl.NumberFormat | null = null
  return (n: number | null | undefined): string => {
    if (typeof n !== 'number' || !Number.isFinite(n)) return NO_FIGURE
    format ??= new Intl.NumberFormat('fr-FR', { signDisplay: 'negative', ...options })
    return format.format(n)
  }
}

/** Whole euros in fr-FR, e.g. `104 410 €`. */
export const formatEur = lazyFormat({
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
})
/** Euros with up to two decimals in fr-FR, e.g. `492,5 €`. */
export const formatEurCents = lazyFormat({
  style: 'currency',
  currency: 'EUR',
  minimumFractionDigits: 0,
  maximumFractionDigits: 2,
})
/** Euros with up to four decimals in fr-FR, e.g. a pension point's worth `1,4386 €`. */
export const formatEurPrecise = lazyFormat({
  style: 'currency',
  currency: 'EUR',
  minimumFractionDigits: 0,
  maximumFractionDigits: 4,
})
/** A number with at most one decimal in fr-FR, e.g. `149,5`. */
export const formatNumber = lazyFormat({ maximumFractionDigits: 1 })
/** A signed percentage in fr-FR, e.g. `+7,4 %`. */
export const formatPercent = lazyFormat({
  style: 'percent',
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
})

/**
 * Builds the formatters now, so that the first render does not pay for them: one per call of
 * `between`, which start-up uses to yield to the browser, so that no task builds more than one.
 */
export async function warmFormatters(between: () => Promise<void>): Promise<void> {
  for (const format of [formatEur, formatEurCents, formatNumber, formatPercent]) {
    await between()
    format(0)
  }
}
