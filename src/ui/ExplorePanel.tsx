import { useSelection } from '../state/selection-store'
import { useView } from '../state/view-store'
import { CauseList } from './CauseList'
import { SearchBox } from './SearchBox'
import { TpList } from './TpList'

/** Explore: search, then the answer to a condition or area search, then every trigger point by body area. */
export function ExplorePanel() {
  const asking = useSelection((s) => s.conditionId !== null || s.regionId !== null)
  const nothingChosen = useSelection((s) => s.tpId === null) && !asking
  const webgl = useView((s) => s.webglAvailable && !s.webglLost)
  return (
    <>
      <SearchBox />
      {nothingChosen && (
        <p className="small muted">
          Search for a muscle or a complaint, open a body area below{webgl ? ', or tap a dot on the body' : ''} to see where its
          trigger point sends pain.
        </p>
      )}
      {asking && <CauseList />}
      <TpList />
    </>
  )
}
