import type { Catalogue } from '../../i18n'
import { ACRE_STATUSES } from '../../social/model'

/**
 * A status's name in a CSV: marked "avec ACRE" when its figures were computed with ACRE, so that a
 * file opened on its own says what the page says by the ACRE field and in the verdict.
 */
export function csvStatusLabel(
  t: Pick<Catalogue, 'export'>,
  status: string,
  label: string,
  acre: boolean,
): string {
  return acre && (ACRE_STATUSES as readonly string[]).includes(status)
    ? t.export.withAcre(label)
    : label
}
