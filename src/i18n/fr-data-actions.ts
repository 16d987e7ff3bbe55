import type { DatasetWords } from '../domain/dataset-words'

/** A number as the messages write it: `100 000`. */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')

/** The words of a refused dataset file's problems, in French. */
const datasetWords: DatasetWords = {
  missing: 'est absent',
  mustBe: (what) => `doit être ${what}`,
  kinds: {
    text: 'un texte',
    finiteNumber: 'un nombre fini',
    wholeNumber: 'un nombre entier',
    wholeNumberOrNull: 'un nombre entier ou null',
    object: 'un objet',
    range: 'un objet { min, max }',
    spread: 'un objet { low, high, top }',
    band: 'une tranche (un objet)',
    bands: 'une liste de tranches',
  },
  notEmpty: 'ne doit pas être vide',
  namesSource: 'doit nommer la source',
  atMostChars: (max) => `ne doit pas dépasser ${grouped(max)} caractères`,
  nonNegative: 'doit être positif ou nul',
  atMostEur: (max, per) =>
    `ne doit pas dépasser ${grouped(max)} € par ${per === 'day' ? 'jour' : 'an'} (limite du calculateur)`,
  atMostYears: (max) => `ne doit pas dépasser ${max} ans`,
  minAboveMax: 'le minimum dépasse le maximum',
  meanOutside: 'la moyenne doit être comprise entre le minimum et le maximum',
  firstBandFromZero: 'la première tranche doit commencer à 0 an',
  toAfterFrom: 'doit être supérieur à fromYears',
  lastBandOpen: 'la dernière tranche doit être ouverte (null)',
  onlyLastOpen: 'seule la dernière tranche peut être ouverte (null)',
  gapAfter: (band, end) => `laisse un trou après la tranche ${band} (qui finit à ${end} ans)`,
  overlaps: (band, end) => `chevauche la tranche ${band} (qui finit à ${end} ans)`,
  spreadBounds: 'low.min et high.max doivent être égaux à rate.min et rate.max',
  atLeastOneBand: 'doit contenir au moins une tranche',
  atMostBands: (max) => `ne doit pas contenir plus de ${max} tranches`,
  root: '(racine)',
}

/**
 * Loading a dataset file and saving the one in use, in French: those actions load after
 * hydration, so these texts load with them, out of the first load. Another language adds a
 * sibling file of type DataActionsCatalogue.
 */
export const frDataActions = {
  load: 'Charger un jeu de données',
  export: 'Exporter le jeu de données',
  loaded: (name: string) => `Jeu de données « ${name} » chargé.`,
  refused: 'Fichier refusé, les données actuelles sont conservées :',
  notJson: (reason: string) => `le fichier n’est pas du JSON valide (${reason})`,
  tooLarge: 'le fichier dépasse 1 Mo',
  problem: (path: string, message: string) => `${path} : ${message}`,
  exportName: 'jeu-de-donnees.json',
  /** What a refused file's problems say. */
  datasetWords,
}

/** The dataset actions' texts, in any language. */
export type DataActionsCatalogue = typeof frDataActions
