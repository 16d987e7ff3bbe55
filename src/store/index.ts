export {
  type CalculatorState,
  currentYear,
  NO_NOTICES,
  type Notices,
  STORAGE_KEY,
  STORAGE_VERSION,
  useCalculator,
} from './calculator'
export {
  browserLanguage,
  LANGUAGE_PARAM,
  LANGUAGE_STORAGE_KEY,
  type Language,
  LanguageSchema,
  languageQuery,
  setLanguage,
  startLanguage,
  useLanguage,
} from './language'
// The page's start (./startup.ts: the link and saved inputs read, the address kept in step, the
// other tabs followed) and the link's reading and writing (./url.ts, ./url-sync.ts) run after
// hydration: code imports them from their modules, so that they stay out of the first load.
export type { UrlReading } from './url'
