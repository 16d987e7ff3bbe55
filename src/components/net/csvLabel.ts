import { ACRE_STATUS_NAMES } from '../../domain/acre-statuses'
import type { ExportCatalogue } from '../../i18n/fr-export'

/**
 * A status's name in a CSV: marked "avec ACRE" when its figures were computed with ACRE, so that a
 * file opened on its own says what the page says by the ACRE field and in the verdict.
 */
export function csvStatusLabel(
  e: Pick<ExportCatalogue, 'withAcre'>,
  status: string,
  label: string,
  acre: boolean,
): string {
  return acre && (ACRE_STATUS_NAMES as readonly string[]).includes(status)
    ? e.withAcre(label)
    : label
}
