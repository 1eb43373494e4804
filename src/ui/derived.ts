// Derived data the panels share, computed once per dataset (not per component): the prepared
// ranking (built with the dataset index and held by the data store) and the search engine
// (cached here by the index object, which changes only on a reload).
// The search engine (fuse.js) is imported on first use: panels mount only once the data is ready,
// after the first frame, so its chunk stays out of the JavaScript loaded before that frame.
import { useEffect, useState } from 'react'
import type { DatasetIndex } from '../domain/dataset'
import type { PreparedRanking } from '../domain/ranking'
import type { createSearch } from '../domain/search'
import { useData } from '../state/data-store'

type Search = ReturnType<typeof createSearch>

const searchCache = new WeakMap<DatasetIndex, Search>()

let searchModule: Promise<typeof import('../domain/search')> | null = null

export async function searchFor(index: DatasetIndex): Promise<Search> {
  let s = searchCache.get(index)
  if (!s) {
    searchModule ??= import('../domain/search')
    const { createSearch } = await searchModule
    s = searchCache.get(index) ?? createSearch(index)
    searchCache.set(index, s)
  }
  return s
}

export function usePreparedRanking(): PreparedRanking | null {
  return useData((s) => s.ranking)
}

/** null until the engine for the current dataset has loaded (a moment after the first use). */
export function useSearchEngine(): Search | null {
  const index = useData((s) => s.index)
  const [loaded, setLoaded] = useState<{ index: DatasetIndex; search: Search } | null>(null)
  useEffect(() => {
    if (!index) return
    let live = true
    void searchFor(index).then((search) => {
      if (live) setLoaded({ index, search })
    })
    return () => {
      live = false
    }
  }, [index])
  return loaded && loaded.index === index ? loaded.search : null
}
