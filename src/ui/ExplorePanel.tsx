import { useSelection } from '../state/selection-store'
import { useView } from '../state/view-store'
import { CauseList } from './CauseList'
import { SearchBox } from './SearchBox'
import { TpList } from './TpList'
import { useTranslation } from './i18n'

/** Explore: search, then the answer to a condition or area search, then every trigger point by body area. */
export function ExplorePanel() {
  const asking = useSelection((s) => s.conditionId !== null || s.regionId !== null)
  const nothingChosen = useSelection((s) => s.tpId === null) && !asking
  const webgl = useView((s) => s.webglAvailable && !s.webglLost)
  const { t } = useTranslation('explore')
  return (
    <>
      <SearchBox />
      {nothingChosen && <p className="small muted">{webgl ? t('hint.body') : t('hint.list')}</p>}
      {asking && <CauseList />}
      <TpList />
    </>
  )
}
