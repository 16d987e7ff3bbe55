/** The English twin of fr-data-actions.ts, loaded only when the page is in English. */
import type { DataActionsCatalogue } from './fr-data-actions'

const grouped = (n: number) => n.toLocaleString('en-GB')

export const enDataActions: DataActionsCatalogue = {
  load: 'Load a data set',
  export: 'Export the data set',
  loaded: (name: string) => `Data set “${name}” loaded.`,
  refused: 'File rejected, the current data is kept:',
  notJson: (reason: string) => `the file is not valid JSON (${reason})`,
  tooLarge: 'the file is larger than 1 MB',
  problem: (path: string, message: string) => `${path}: ${message}`,
  exportName: 'dataset.json',
  datasetWords: {
    missing: 'is missing',
    mustBe: (what) => `must be ${what}`,
    kinds: {
      text: 'a text',
      finiteNumber: 'a finite number',
      wholeNumber: 'a whole number',
      wholeNumberOrNull: 'a whole number or null',
      object: 'an object',
      range: 'an object { min, max }',
      spread: 'an object { low, high, top }',
      band: 'a band (an object)',
      bands: 'a list of bands',
    },
    notEmpty: 'must not be empty',
    namesSource: 'must name the source',
    atMostChars: (max) => `must not exceed ${grouped(max)} characters`,
    nonNegative: 'must be zero or more',
    atMostEur: (max, per) => `must not exceed €${grouped(max)} per ${per} (the calculator’s limit)`,
    atMostYears: (max) => `must not exceed ${max} years`,
    minAboveMax: 'the minimum exceeds the maximum',
    meanOutside: 'the mean must lie between the minimum and the maximum',
    firstBandFromZero: 'the first band must start at 0 years',
    toAfterFrom: 'must be greater than fromYears',
    lastBandOpen: 'the last band must be open-ended (null)',
    onlyLastOpen: 'only the last band may be open-ended (null)',
    gapAfter: (band, end) => `leaves a gap after band ${band} (which ends at ${end} years)`,
    overlaps: (band, end) => `overlaps band ${band} (which ends at ${end} years)`,
    spreadBounds: 'low.min and high.max must equal rate.min and rate.max',
    atLeastOneBand: 'must hold at least one band',
    atMostBands: (max) => `must not hold more than ${max} bands`,
    root: '(root)',
  },
}
