import type { Catalogue } from '../../i18n'
import type { NotesCatalogue } from '../../i18n/fr-notes'

/** Each catalogue's notes, loaded once (by ModelNotes and VersementFields) (a stable promise, as `use` needs). */
const loaded = new WeakMap<Catalogue['honest']['notes'], Promise<NotesCatalogue>>()
export function notesOf(t: Catalogue): Promise<NotesCatalogue> {
  let notes = loaded.get(t.honest.notes)
  if (notes === undefined) {
    notes = t.honest.notes()
    loaded.set(t.honest.notes, notes)
  }
  return notes
}
