// The household as a person describes it (alone or as a couple, children, single parent, the
// spouse's income) and the fiscal parts (quotient familial) it gives, by the rules of article 194
// of the Code général des impôts as modele-social 11.1.0 writes them
// (`impôt . foyer fiscal . nombre de parts`).

/** Most dependent children accepted: a couple with 8 children has 9 parts, within the model's 10. */
export const MAX_CHILDREN = 8

/** A household as a person describes it. */
export type HouseholdDescription = {
  /** Married or PACS (a joint tax return); false for living alone or in a union libre. */
  couple: boolean
  /** Dependent children (enfants à charge). */
  children: number
  /** Living alone with the children (parent isolé): counts only when not a couple. */
  singleParent: boolean
}

/**
 * The fiscal parts of a household: 1 alone or 2 as a couple, ½ for each of the first two children
 * and 1 from the third, ½ more for a single parent; e.g. a single parent with one child → 2.
 */
export function householdParts({ couple, children, singleParent }: HouseholdDescription): number {
  const kids = Math.max(0, Math.floor(children))
  const main = couple ? 2 : 1
  const dependants = kids <= 2 ? kids * 0.5 : kids - 1
  const singleParentBonus = !couple && singleParent && kids > 0 ? 0.5 : 0
  return main + dependants + singleParentBonus
}

/**
 * The household an old link's `parts` meant: from 2 parts a couple, below a person alone (never a
 * single parent), and the children whose parts come closest without exceeding; e.g. 2,5 → a
 * couple with one child.
 */
export function householdFromParts(parts: number): HouseholdDescription {
  const couple = parts >= 2
  const extra = Math.max(0, parts - (couple ? 2 : 1))
  const children = Math.min(
    MAX_CHILDREN,
    extra <= 1 ? Math.floor(extra * 2) : Math.floor(extra) + 1,
  )
  return { couple, children, singleParent: false }
}
