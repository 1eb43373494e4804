import { useSelection } from '../state/selection-store'
import { CauseList } from './CauseList'
import { SearchBox } from './SearchBox'
import { TpList } from './TpList'

/** Explore: search, then the answer to a condition or area search, then every trigger point by body area. */
export function ExplorePanel() {
  const asking = useSelection((s) => s.conditionId !== null || s.regionId !== null)
  return (
    <>
      <SearchBox />
      {asking && <CauseList />}
      <TpList />
    </>
  )
}
