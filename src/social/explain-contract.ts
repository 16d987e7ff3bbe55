// The schemas of an explanation ("Comment est-ce calculé ?"), which both sides of the worker
// protocol parse with: the figure asked about, and the chain of rules the worker answers.
import { expected, finiteNumber, z } from '../domain/zod'

/** The figures of a status that can be explained by the model's rules. */
export const EXPLAIN_FIGURES = [
  'contributions',
  'incomeTax',
  'netAfterTax',
  'corporateTax',
] as const
/** The figure schema: one of EXPLAIN_FIGURES. */
export const ExplainFigureSchema = z.enum(EXPLAIN_FIGURES, {
  error: expected(EXPLAIN_FIGURES.join(', ')),
})
/** A figure of a status that can be explained by the model's rules. */
export type ExplainFigure = z.infer<typeof ExplainFigureSchema>

const text = () => z.string({ error: expected('a text') })
const nullableNumber = () => z.nullable(finiteNumber())

/** One link of a rule's `références`: web pages only (the page shows them, never fetches them). */
export const ReferenceSchema = z.object({
  title: text(),
  url: text().check(z.regex(/^https?:\/\/[^\s]+$/, 'must be a web address')),
})

/**
 * One bracket of a scale (barème): its rate in %, bounds and amount in €, and whether it is the one
 * reached (the marginal bracket, where the base ends).
 */
export const BracketSchema = z.object({
  ratePercent: finiteNumber(),
  floorEur: nullableNumber(),
  ceilingEur: nullableNumber(),
  amountEur: finiteNumber(),
  reached: z.boolean({ error: expected('true or false') }),
})

/** One rule of the chain: its name, title, value in its unit, references and brackets if a scale. */
export const ExplanationStepSchema = z.object({
  rule: text(),
  title: text(),
  value: finiteNumber(),
  unit: z.enum(['€/an', 'part'], { error: expected('"€/an" or "part"') }),
  references: z.array(ReferenceSchema, { error: expected('a list') }),
  brackets: z.optional(z.array(BracketSchema, { error: expected('a list') })),
})
/** One rule of an explanation; see ExplanationStepSchema. */
export type ExplanationStep = z.infer<typeof ExplanationStepSchema>

/** A status's figure explained: the chain of rules with their values and references. */
export const ExplanationSchema = z.object({
  status: text(),
  figure: ExplainFigureSchema,
  steps: z
    .array(ExplanationStepSchema, { error: expected('a list') })
    .check(z.maxLength(100, 'must hold at most 100 steps')),
})
/** A status's figure explained; see ExplanationSchema. */
export type Explanation = z.infer<typeof ExplanationSchema>
