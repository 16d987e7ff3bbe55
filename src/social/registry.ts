// The status models the engine compares, one file each under ./statuses/.
//
// To add a status (e.g. "EURL à l'IS"):
//   1. write src/social/statuses/<name>.ts exporting a StatusFactory (./statuses/types.ts): the
//      situation it sets (rule names from ../rules.ts), its figures (a StatusResult, with any
//      figures of its own under `extraFigures`), and, for a freelance status, `breakEven`: the
//      driver its net after tax increases with and the turnover each driver value takes;
//   2. add its key to STATUSES (and FREELANCE_STATUSES) in ../model.ts and to the results and
//      break-even schemas there, which type-check this registry;
//   3. register its factory below, and give it its labels in the text catalogue (`net.labels`,
//      `net.short` in src/i18n/fr.ts) and its colour (`--status-…` in src/palette.css).
// The engine, the break-even search and the net-by-days curve iterate over this registry.
import type { Status } from './model'
import { createCdiModel } from './statuses/cdi'
import { createEurlModel } from './statuses/eurl'
import { createEurlIsModel } from './statuses/eurl-is'
import { createMicroModel } from './statuses/micro'
import { createPortageModel } from './statuses/portage'
import { createSasuModel } from './statuses/sasu'
import type { StatusFactory } from './statuses/types'

/** Every status's model factory, in the order the page shows them. */
export const STATUS_MODELS = {
  cdi: createCdiModel,
  micro: createMicroModel,
  eurl: createEurlModel,
  eurlIs: createEurlIsModel,
  sasu: createSasuModel,
  portage: createPortageModel,
} as const satisfies Record<Status, StatusFactory>
