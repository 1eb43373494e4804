// Derived data the panels share, computed once per dataset (not per component): the prepared
// ranking and the search engine. Cached by the index object, which changes only on a reload.
import { useMemo } from 'react'
import type { DatasetIndex } from '../domain/dataset-index'
import { type PreparedRanking, prepareRanking } from '../domain/ranking'
import { createSearch } from '../domain/search'
import { useData } from '../state/data-store'

type Search = ReturnType<typeof createSearch>

const rankingCache = new WeakMap<DatasetIndex, PreparedRanking>()
const searchCache = new WeakMap<DatasetIndex, Search>()

export function preparedFor(index: DatasetIndex): PreparedRanking {
  let p = rankingCache.get(index)
  if (!p) {
    p = prepareRanking(index.dataset)
    rankingCache.set(index, p)
  }
  return p
}

export function searchFor(index: DatasetIndex): Search {
  let s = searchCache.get(index)
  if (!s) {
    s = createSearch(index)
    searchCache.set(index, s)
  }
  return s
}

export function usePreparedRanking(): PreparedRanking | null {
  const index = useData((s) => s.index)
  return useMemo(() => (index ? preparedFor(index) : null), [index])
}

export function useSearchEngine(): Search | null {
  const index = useData((s) => s.index)
  return useMemo(() => (index ? searchFor(index) : null), [index])
}
