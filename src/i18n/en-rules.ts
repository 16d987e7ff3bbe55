/** The English twin of fr-rules.ts, loaded only when the page is in English. */
import type { RulesCatalogue } from './fr-rules'

export const enRules: RulesCatalogue = {
  rulesIntro:
    'The modele-social rules applied to your situation, in calculation order (their names are the model’s own, in French):',
  rule: 'Rule',
  references: 'References',
  parts: (parts: string) => `${parts} ${parts === '1' ? 'share' : 'shares'}`,
  percent: (rate: string) => `${rate}%`,
  bracket: (rate: string, floor: string, ceiling: string) =>
    ceiling === '' ? `${rate} above ${floor}` : `${rate} from ${floor} to ${ceiling}`,
  bracketReached: ' (bracket reached)',
  failed: 'The explanation could not be computed.',
  modelNote:
    'Model amounts, rounded to the euro; the references open the official texts (in French) in a new tab.',
}
