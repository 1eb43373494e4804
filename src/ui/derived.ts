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
import { patternsFor } from '../state/patterns'

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

/**
 * Compiles every trigger point's pattern on both sides in small slices while the page is idle
 * (finder mode), so the first ranking of a painted drawing does not pay for it (about 40-80 ms
 * in node, measured by `npm run bench`: rankPaintedDrawingColdMs) at the end of the first stroke.
 */
export function useWarmPatterns(): void {
  const index = useData((s) => s.index)
  const body = useData((s) => s.body)
  const skin = useData((s) => s.skin)
  const regions = useData((s) => s.regions)
  useEffect(() => {
    const cache = patternsFor(index, body, skin, regions)
    if (!index || !cache) return
    const todo = index.allTriggerPoints.flatMap((tp) => [() => cache(tp, 'R'), () => cache(tp, 'L')])
    let timer: ReturnType<typeof setTimeout> | undefined
    const slice = (): void => {
      const until = performance.now() + 8
      while (todo.length > 0 && performance.now() < until) todo.pop()!()
      if (todo.length > 0) timer = setTimeout(slice, 16)
    }
    timer = setTimeout(slice, 200)
    return () => clearTimeout(timer)
  }, [index, body, skin, regions])
}
