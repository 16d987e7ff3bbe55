/** What a band's name is made of: the source's label (in French) and its completed years. */
export type BandName = { label: string; fromYears: number; toYears: number | null }

const years = (n: number) => (n === 1 ? '1 year' : `${n} years`)

/**
 * A band's name in English, from its completed years (the source names it in French):
 * "Under 1 year", "1–2 years", "11–15 years", "Over 15 years".
 */
export function englishBandName({ fromYears, toYears }: BandName): string {
  if (toYears === null) return fromYears === 0 ? 'Any experience' : `Over ${years(fromYears - 1)}`
  if (fromYears === 0) return `Under ${years(toYears)}`
  const last = toYears - 1
  return last === fromYears ? years(fromYears) : `${fromYears}–${years(last)}`
}
