// The search box's text and whether its results are open. Results are derived in the
// component from the domain search (createSearch over the dataset index), never stored.
import { create } from 'zustand'

export interface SearchState {
  query: string
  open: boolean
  setQuery: (query: string) => void
  setOpen: (open: boolean) => void
}

export const useSearch = create<SearchState>()((set) => ({
  query: '',
  open: false,
  setQuery: (query) => set({ query, open: query.trim().length > 0 }),
  setOpen: (open) => set({ open }),
}))
