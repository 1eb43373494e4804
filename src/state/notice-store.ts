// Short messages the user should see and can dismiss: a link with an unknown trigger point,
// saved data that could not be read and was reset. Never used for errors that stop the app
// (those get the error page). Same text twice shows once.
import { create } from 'zustand'

export type NoticeKind = 'info' | 'warning'

export interface Notice {
  id: number
  kind: NoticeKind
  text: string
}

export interface NoticeState {
  notices: Notice[]
  push: (text: string, kind?: NoticeKind) => void
  dismiss: (id: number) => void
}

/** Older notices are dropped beyond this many, so a flood never covers the screen. */
export const MAX_NOTICES = 4

let nextId = 1

export const useNotices = create<NoticeState>()((set) => ({
  notices: [],
  push: (text, kind = 'warning') =>
    set((s) => {
      if (s.notices.some((n) => n.text === text)) return s
      const notices = [...s.notices, { id: nextId++, kind, text }]
      return { notices: notices.slice(Math.max(0, notices.length - MAX_NOTICES)) }
    }),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}))

/** For code outside React (URL sync, persistence). */
export const pushNotice = (text: string, kind?: NoticeKind): void => useNotices.getState().push(text, kind)
