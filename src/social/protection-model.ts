// What a status's contributions buy, as the social worker sends it (issue 12): the zod schema of
// the "Protection sociale" figures, read from modele-social's `protection sociale . …` rules at
// the same situation as the status's net figures.
import { expected, finiteNumber, z } from '../domain/zod'

/** The social security schemes a status falls under: salaried (régime général) or self-employed. */
export const PROTECTION_SCHEMES = ['salaried', 'selfEmployed'] as const

/** A figure the model gives, or null where it gives none for the status (shown "non calculé"). */
const figure = () => z.nullable(finiteNumber())

/**
 * One status's social protection for one year at the inputs, every figure from modele-social
 * 11.1.0 (null where the model gives none):
 * - `scheme`: salaried (régime général, AGIRC-ARRCO) or self-employed (SSI, RCI);
 * - `quartersPerYear`: base-pension quarters validated this year (0 to 4);
 * - `basePensionFullCareerEurPerYear`: `protection sociale . retraite . base`, the full-rate base
 *   pension if every year of the career earned what this one does (not what this year adds);
 * - `supplementaryPoints` and `supplementaryPointValueEur`: points acquired this year in the
 *   supplementary scheme (AGIRC-ARRCO or RCI) and what one point pays per year of pension;
 * - `sickPayEurPerDay` and `sickPayWaitingDays`: daily sick-leave allowance and days unpaid first;
 * - `maternityEurPerDay`: daily maternity / paternity / adoption allowance;
 * - `invalidityEurPerMonth`: total-invalidity pension; `deathCapitalEur`: capital paid on death;
 * - `unemploymentContributionsEurPerYear`: unemployment-insurance contributions paid (0 or null
 *   means not insured);
 * - `employerHealthCoverEurPerYear`, `employerProvidentCoverEurPerYear`: the employer's share of
 *   the company health insurance (mutuelle) and of the provident cover (prévoyance).
 */
export const ProtectionSchema = z.object(
  {
    scheme: z.enum(PROTECTION_SCHEMES, { error: expected('"salaried" or "selfEmployed"') }),
    quartersPerYear: figure(),
    basePensionFullCareerEurPerYear: figure(),
    supplementaryPoints: figure(),
    supplementaryPointValueEur: figure(),
    sickPayEurPerDay: figure(),
    sickPayWaitingDays: figure(),
    maternityEurPerDay: figure(),
    invalidityEurPerMonth: figure(),
    deathCapitalEur: figure(),
    unemploymentContributionsEurPerYear: figure(),
    employerHealthCoverEurPerYear: figure(),
    employerProvidentCoverEurPerYear: figure(),
  },
  { error: expected('an object') },
)
/** One status's social protection; see ProtectionSchema. */
export type Protection = z.infer<typeof ProtectionSchema>

/** A Protection's figure names (every key but the scheme). */
export type ProtectionFigure = Exclude<keyof Protection, 'scheme'>
