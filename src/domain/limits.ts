// Every bound the calculator lives by, in one place: the input schema, the dataset schema and the
// domain's guards all read them here, so a dataset the schema accepts can never hold a figure the
// calculator refuses (a band at 200 000 €/day used to pass the schema and blank the page).

/** The highest daily rate the calculator accepts, in € per day. */
export const MAX_TJM_EUR_PER_DAY = 100_000
/** The highest annual amount the calculator accepts, in €. */
export const MAX_EUR_PER_YEAR = 100_000_000
/** No year holds more days than this. */
export const MAX_DAYS = 366
/** The longest career the calculator accepts, in years. */
export const MAX_EXPERIENCE_YEARS = 50
/** Years the calendar covers. */
export const MIN_YEAR = 1900
export const MAX_YEAR = 2200

/**
 * Most TJM bands a dataset may hold: a market survey has a handful; fifty is generous, and keeps
 * the bands chart and its table quick to draw (10 000 bands froze the page for 2.5 s).
 */
export const MAX_BANDS = 50
/** Longest band label, in characters: it is drawn under a chart bar. */
export const MAX_LABEL_LENGTH = 80
/** Longest free text of a dataset (source, quote, document, role), in characters. */
export const MAX_TEXT_LENGTH = 2_000
