// What the page needs from the social model before it is loaded: pure functions over its inputs
// and answers, without the client or the zod schemas, so that `import('./index')` (the client,
// which starts the worker) stays a chunk of its own, loaded after the first paint.
export { type SocialPageInputs, type SocialRequestPlan, socialRequestFor } from './contract'
export {
  type BreakdownBar,
  type CeilingSplitRow,
  type NetByDaysFigures,
  type NetByDaysRow,
  netBreakdownSeries,
  netByDaysSeries,
  type StatusFigures,
  splitAtCeiling,
} from './series'
