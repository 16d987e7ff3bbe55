import type { NumberLocale } from './format'

const dayFormats: Partial<Record<NumberLocale, Intl.DateTimeFormat>> = {}

/**
 * A day of the calendar in words in a language, e.g. `jeudi 1 janvier` or `Thursday 1 January`. Intl, whose
 * data costs 15–25 ms the first time: only the list of public holidays calls it, once opened,
 * from a chunk of its own (so this module is not in the domain's public API, ./index.ts).
 */
export function formatDay(isoDate: string, locale: NumberLocale): string {
  let format = dayFormats[locale]
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    })
    dayFormats[locale] = format
  }
  return format.format(new Date(`${isoDate}T00:00:00Z`))
}
