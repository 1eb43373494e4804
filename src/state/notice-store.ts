// Short messages the user should see and can dismiss: a link with an unknown trigger point,
// saved data that could not be read and was reset. Never used for errors that stop the app
// (those get the error page). Same text twice shows once.
import { create } from 'zustand'

export type NoticeKind = 'info' | 'warning'

/** One line of a notice; `input` is text from outside the app (a link), shown quoted apart from it. */
export interface NoticeLine {
  text: string
  input?: string
}

export interface Notice {
  id: number
  kind: NoticeKind
  text: string
  /** details listed under the text (every bad value of a link, in one notice) */
  lines?: NoticeLine[]
}

export interface NoticeState {
  notices: Notice[]
  push: (text: string, kind?: NoticeKind, lines?: NoticeLine[]) => void
  dismiss: (id: number) => void
}

/** Older notices are dropped beyond this many, so a flood never covers the screen. */
export const MAX_NOTICES = 4

let nextId = 1

export const useNotices = create<NoticeState>()((set) => ({
  notices: [],
  push: (text, kind = 'warning', lines) =>
    set((s) => {
      const key = JSON.stringify([text, lines ?? []])
      if (s.notices.some((n) => JSON.stringify([n.text, n.lines ?? []]) === key)) return s
      const notices = [...s.notices, { id: nextId++, kind, text, ...(lines && lines.length > 0 && { lines }) }]
      return { notices: notices.slice(Math.max(0, notices.length - MAX_NOTICES)) }
    }),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}))

/** For code outside React (URL sync, persistence). */
export const pushNotice = (text: string, kind?: NoticeKind, lines?: NoticeLine[]): void =>
  useNotices.getState().push(text, kind, lines)

/**
 * What a link got wrong, as notices: one notice per problem when there are few, else one
 * notice listing them all (so none is lost to MAX_NOTICES). The link's own text is kept
 * apart from the app's words in `input`.
 */
export function pushLinkNotices(lines: readonly NoticeLine[]): void {
  if (lines.length === 0) return
  const [only] = lines
  if (lines.length === 1 && only)
    pushNotice(only.text, 'warning', only.input === undefined ? undefined : [{ text: '', input: only.input }])
  else pushNotice(`${lines.length} things in this link could not be used and were ignored:`, 'warning', [...lines])
}
