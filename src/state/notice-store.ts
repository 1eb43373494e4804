// Short messages the user should see and can dismiss: a link with an unknown trigger point,
// saved data that could not be read and was reset. Never used for errors that stop the app
// (those get the error page). Same message twice shows once.
// A notice is a key of the `notices` interface words (src/locales/<lang>/notices.json) with its
// values, not a sentence: the state layer knows no language, and a notice shown before the
// person switches language is read again in the new one (src/ui/NoticeList.tsx translates it).
import type { ParseKeys } from 'i18next'
import { create } from 'zustand'

export type NoticeKind = 'info' | 'warning'

/** A key of src/locales/en/notices.json, checked at compile time. */
export type NoticeKey = ParseKeys<'notices'>
export type NoticeParams = Record<string, string | number>

export interface NoticeMessage {
  key: NoticeKey
  params?: NoticeParams
}

/** One line of a notice; `input` is text from outside the app (a link), shown quoted apart from it. */
export interface NoticeLine {
  key?: NoticeKey
  params?: NoticeParams
  input?: string
}

export interface Notice extends NoticeMessage {
  id: number
  kind: NoticeKind
  /** details listed under the text (every bad value of a link, in one notice) */
  lines?: NoticeLine[]
}

export interface NoticeState {
  notices: Notice[]
  push: (message: NoticeKey | NoticeMessage, kind?: NoticeKind, lines?: NoticeLine[]) => void
  dismiss: (id: number) => void
}

/** Older notices are dropped beyond this many, so a flood never covers the screen. */
export const MAX_NOTICES = 4

let nextId = 1

const sameAs = (n: Pick<Notice, 'key' | 'params' | 'lines'>) => JSON.stringify([n.key, n.params ?? {}, n.lines ?? []])

export const useNotices = create<NoticeState>()((set) => ({
  notices: [],
  push: (message, kind = 'warning', lines) =>
    set((s) => {
      const m = typeof message === 'string' ? { key: message } : message
      const notice: Notice = { id: nextId++, kind, ...m, ...(lines && lines.length > 0 && { lines }) }
      if (s.notices.some((n) => sameAs(n) === sameAs(notice))) return s
      const notices = [...s.notices, notice]
      return { notices: notices.slice(Math.max(0, notices.length - MAX_NOTICES)) }
    }),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}))

/** For code outside React (URL sync, persistence). */
export const pushNotice = (message: NoticeKey | NoticeMessage, kind?: NoticeKind, lines?: NoticeLine[]): void =>
  useNotices.getState().push(message, kind, lines)

/**
 * What a link got wrong, as notices: one notice per problem when there are few, else one
 * notice listing them all (so none is lost to MAX_NOTICES). The link's own text is kept
 * apart from the app's words in `input`.
 */
export function pushLinkNotices(lines: readonly NoticeLine[]): void {
  if (lines.length === 0) return
  const [only] = lines
  if (lines.length === 1 && only?.key)
    pushNotice(
      { key: only.key, ...(only.params && { params: only.params }) },
      'warning',
      only.input === undefined ? undefined : [{ input: only.input }],
    )
  else pushNotice({ key: 'link.many', params: { count: lines.length } }, 'warning', [...lines])
}
