/** The English twin of fr-data-actions.ts, loaded only when the page is in English. */
import type { DataActionsCatalogue } from './fr-data-actions'

export const enDataActions: DataActionsCatalogue = {
  load: 'Load a data set',
  export: 'Export the data set',
  loaded: (name: string) => `Data set “${name}” loaded.`,
  refused: 'File rejected, the current data is kept:',
  notJson: (reason: string) => `the file is not valid JSON (${reason})`,
  tooLarge: 'the file is larger than 1 MB',
  problem: (path: string, message: string) => `${path}: ${message}`,
  exportName: 'dataset.json',
}
