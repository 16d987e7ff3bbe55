/** Placeholder shown where a figure cannot be computed, so NaN or Infinity never reach the page. */
export const NO_FIGURE = '—'

/** The languages the page speaks, and the number conventions each one writes. */
export type NumberLocale = 'fr' | 'en'

const INTL_LOCALES: Record<NumberLocale, string> = { fr: 'fr-FR', en: 'en-GB' }

let numberLocale: NumberLocale = 'fr'

/**
 * Sets how every figure is written and read (`104 410 €` or `€104,410`): the page's language,
 * set before the page is drawn in it. French until told otherwise, as at build time.
 */
export function setNumberLocale(locale: NumberLocale): void {
  numberLocale = locale
}

/** The number conventions in use (./number-text.ts and ./csv.ts follow them too). */
export function getNumberLocale(): NumberLocale {
  return numberLocale
}

/**
 * Every formatter but the percentage (which has its own sign rule) shows a minus only for a value
 * that is still negative once rounded: never "-0 €" for -0 or -0,3.
 *
 * The first fr-FR formatter costs tens of milliseconds (locale data); formatters are made on first
 * use, and `warmFormatters` lets start-up pay that in tasks of their own.
 */
function lazyFormat(options: Intl.NumberFormatOptions) {
  const made: Partial<Record<NumberLocale, Intl.NumberFormat>> = {}
  return (n: number | null | undefined): string => {
    if (typeof n !== 'number' || !Number.isFinite(n)) return NO_FIGURE
    let format = made[numberLocale]
    if (!format) {
      format = new Intl.NumberFormat(INTL_LOCALES[numberLocale], {
        signDisplay: 'negative',
        ...options,
      })
      made[numberLocale] = format
    }
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
