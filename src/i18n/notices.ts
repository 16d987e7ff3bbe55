import { useLazyText } from '.'
import { frNotices, type NoticesCatalogue } from './fr-notices'

export { frNotices, type NoticesCatalogue }

/**
 * The texts of the notices in the page's language. Only lazy code imports this module, so the French
 * texts stay out of the first load; another language's arrive with its catalogue.
 */
export function useNoticesText(): NoticesCatalogue {
  return useLazyText('notices', frNotices)
}
