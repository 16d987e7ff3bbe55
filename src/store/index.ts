export {
  type CalculatorState,
  followOtherTabs,
  NO_NOTICES,
  type Notices,
  restoreInputs,
  STORAGE_KEY,
  STORAGE_VERSION,
  useCalculator,
} from './calculator'
export { decodeQuery, encodeQuery, URL_NAMES, type UrlReading } from './url'
export { syncUrlWithInputs } from './url-sync'
