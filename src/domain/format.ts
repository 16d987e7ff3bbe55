/** Placeholder shown where a figure cannot be computed, so NaN or Infinity never reach the page. */
export const NO_FIGURE = '—'

/** The languages the page speaks, and the number conventions each one writes. */
export type NumberLocale = 'fr' | 'en'

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
 * How each language writes a number: group and decimal separators, and the euro's and the
 * percentage's patterns around the digits (#). In French, U+202F (narrow no-break space) between
 * groups and U+00A0 (no-break space) before € and %.
 */
const CONVENTIONS: Record<NumberLocale, readonly [string, string, string, string]> = {
  fr: ['\u202f', ',', '#\u00a0€', '#\u00a0%'],
  en: [',', '.', '€#', '#%'],
}

/**
 * |x| × 10^shift rounded half away from zero to `decimals` places, as whole digits and fraction
 * digits. It rounds the shortest decimal that reads back as x (JavaScript's own `String(x)`, as
 * Intl.NumberFormat does): 1.005 is 1,01, not the 1,00 of `toFixed`, whose binary value is below.
 */
function roundedDigits(x: number, decimals: number, shift: number): [string, string] {
  const [mantissa = '0', exponent = '0'] = String(Math.abs(x)).split('e')
  const [whole = '0', fraction = ''] = mantissa.split('.')
  const point = whole.length + Number(exponent) + shift
  // The digits up to the last place kept, with as many zeros before or after as it takes.
  const digits = '0'.repeat(Math.max(0, -point)) + whole + fraction
  const keep = Math.max(0, point) + decimals
  const up = (digits[keep] ?? '0') >= '5'
  const kept = (BigInt(`0${digits.slice(0, keep).padEnd(keep, '0')}`) + BigInt(up))
    .toString()
    .padStart(decimals + 1, '0')
  return [kept.slice(0, kept.length - decimals), kept.slice(kept.length - decimals)]
}

/**
 * A number written in the page's language, with at most `decimals` decimals (trailing zeros
 * dropped), without Intl: the first Intl.NumberFormat of a page loads the locale's data, 15–25 ms
 * of the main thread at start-up. The same text as Intl.NumberFormat's with
 * `signDisplay: 'negative'` (a percentage: `'exceptZero'`, a change), which
 * tests/domain/format.test.ts checks for any number, in both languages. A sign shows only for a
 * value that is not zero once rounded: never "-0 €" for -0 or -0,3.
 */
function numberFormat(style: 'eur' | 'number' | 'percent', decimals: number) {
  return (n: number | null | undefined): string => {
    if (typeof n !== 'number' || !Number.isFinite(n)) return NO_FIGURE
    const [group, decimal, eur, percent] = CONVENTIONS[numberLocale]
    const [whole, fraction] = roundedDigits(n, decimals, style === 'percent' ? 2 : 0)
    const shown = fraction.replace(/0+$/, '')
    const digits = whole.replace(/\B(?=(\d{3})+$)/g, group) + (shown === '' ? '' : decimal + shown)
    const written =
      style === 'number' ? digits : (style === 'eur' ? eur : percent).replace('#', digits)
    if (/^0*$/.test(whole + fraction)) return written
    return (n < 0 ? '-' : style === 'percent' ? '+' : '') + written
  }
}

/** Whole euros in fr-FR, e.g. `104 410 €`. */
export const formatEur = numberFormat('eur', 0)
/** Euros with up to two decimals in fr-FR, e.g. `492,5 €`. */
export const formatEurCents = numberFormat('eur', 2)
/** Euros with up to four decimals in fr-FR, e.g. a pension point's worth `1,4386 €`. */
export const formatEurPrecise = numberFormat('eur', 4)
/** A number with at most one decimal in fr-FR, e.g. `149,5`. */
export const formatNumber = numberFormat('number', 1)
/** A signed percentage in fr-FR, e.g. `+7,4 %`. */
export const formatPercent = numberFormat('percent', 1)
