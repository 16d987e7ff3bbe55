// How the page writes text and money, for every test (jsdom and browser alike), computed
// independently of the app's own formatting so that a formatting bug cannot agree with itself.

/** Text with fr-FR's narrow and non-breaking spaces turned into plain spaces, for comparisons. */
export const plain = (text: string | null | undefined): string =>
  (text ?? '').replace(/[\u00a0\u202f]/g, ' ')

/** Groups thousands with a space, as fr-FR does (narrow spaces turned plain by `plain`). */
const grouped = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ' ')

/** Whole euros as the page writes them: `104 410 €`, `-1 234 €`. */
export function eur(n: number): string {
  const rounded = Math.round(Math.abs(n))
  return `${n < 0 && rounded !== 0 ? '-' : ''}${grouped(String(rounded))} €`
}

/** Euros with up to two decimals, comma-separated: `492,5 €`, `650 €`. */
export function eurCents(n: number): string {
  const [whole = '0', decimals] = String(Math.round(n * 100) / 100).split('.')
  return `${grouped(whole)}${decimals ? `,${decimals}` : ''} €`
}

/** A signed percentage with at most one decimal: `+7,4 %`, `-12 %`. */
export function percent(ratio: number): string {
  const value = Math.round(ratio * 1000) / 10
  if (value === 0) return '0 %'
  return `${value > 0 ? '+' : '-'}${String(Math.abs(value)).replace('.', ',')} %`
}
