const eur0 = new Intl.NumberFormat('fr-FR', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
})
const eur2 = new Intl.NumberFormat('fr-FR', {
  style: 'currency',
  currency: 'EUR',
  minimumFractionDigits: 0,
  maximumFractionDigits: 2,
})
const num1 = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 })
const pct1 = new Intl.NumberFormat('fr-FR', {
  style: 'percent',
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
})

/** Placeholder shown where a figure cannot be computed, so NaN or Infinity never reach the page. */
export const NO_FIGURE = '—'

const safe = (format: (n: number) => string) => (n: number | null | undefined) =>
  typeof n === 'number' && Number.isFinite(n) ? format(n) : NO_FIGURE

/** Whole euros in fr-FR, e.g. `104 410 €`. */
export const formatEur = safe((n) => eur0.format(n))
/** Euros with up to two decimals in fr-FR, e.g. `492,5 €`. */
export const formatEurCents = safe((n) => eur2.format(n))
/** A number with at most one decimal in fr-FR, e.g. `149,5`. */
export const formatNumber = safe((n) => num1.format(n))
/** A signed percentage in fr-FR, e.g. `+7,4 %`. */
export const formatPercent = safe((n) => pct1.format(n))
