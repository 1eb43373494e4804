// "Clear my data" from every mode (in the Treatment & safety sheet, which every mode opens):
// removes the pain drawing, the quiz progress and anything else this app saved on the device.
import { useState } from 'react'
import { usePain } from '../state/pain-store'
import { useDiary } from '../state/diary-store'
import { useSelection } from '../state/selection-store'
import { useStudy } from '../state/study-store'
import { ConfirmAction } from './ConfirmAction'
import { useTranslation } from './i18n'

/** Every key this app writes starts with this. */
const PREFIX = 'tpx.'

export function clearAllMyData(): void {
  usePain.getState().clearMyData()
  useDiary.getState().clearMyData()
  useStudy.getState().resetProgress()
  useSelection.getState().clear()
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith(PREFIX)) localStorage.removeItem(key)
  } catch {
    /* storage unavailable: nothing was saved there */
  }
}

export function ClearMyData() {
  const [done, setDone] = useState(false)
  const { t } = useTranslation('safety')
  const { t: tDiary } = useTranslation('diary')
  return (
    <section aria-labelledby="tpx-my-data-title" data-testid="my-data">
      <h3 id="tpx-my-data-title">{t('myData.title')}</h3>
      <p className="small muted">{t('myData.saved')}</p>
      <p className="small muted">{tDiary('view.clearNote')}</p>
      <div className="tpx-data-actions">
        <ConfirmAction
          label={t('myData.clear')}
          ask={t('myData.ask')}
          yes={t('myData.yes')}
          keep={t('myData.keep')}
          onYes={() => {
            clearAllMyData()
            setDone(true)
          }}
        />
        {done && (
          <span role="status" className="small">
            {t('myData.done')}
          </span>
        )}
      </div>
    </section>
  )
}
