import { createContext, useContext } from 'react'
import { frNotices, type NoticesCatalogue } from './fr-notices'

export { frNotices, type NoticesCatalogue }

/**
 * The notices' texts; only lazy code imports this module, so they stay out of the first load. A
 * provider with another language's file switches them.
 */
export const NoticesTextContext = createContext<NoticesCatalogue>(frNotices)

/** The notices' texts in the page's language. */
export function useNoticesText(): NoticesCatalogue {
  return useContext(NoticesTextContext)
}
