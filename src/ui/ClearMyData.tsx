// "Clear my data" from every mode (in the Treatment & safety sheet, which every mode opens):
// removes the pain drawing, the quiz progress and anything else this app saved on the device.
import { useState } from 'react'
import { usePain } from '../state/pain-store'
import { useDiary } from '../state/diary-store'
import { useTranslation } from './i18n'
import { useSelection } from '../state/selection-store'
import { useStudy } from '../state/study-store'

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
  const [step, setStep] = useState<'idle' | 'confirm' | 'done'>('idle')
  const { t } = useTranslation('diary')
  return (
    <section aria-labelledby="tpx-my-data-title" data-testid="my-data">
      <h3 id="tpx-my-data-title">Your data on this device</h3>
      <p className="small muted">Your pain drawing and quiz progress are saved in this browser only and never sent anywhere.</p>
      <p className="small muted">{t('view.clearNote')}</p>
      <div className="tpx-data-actions">
        {step === 'confirm' ? (
          <>
            <span>Remove your drawing and quiz progress from this device?</span>
            <button
              type="button"
              className="primary"
              onClick={() => {
                clearAllMyData()
                setStep('done')
              }}
            >
              Yes, remove them
            </button>
            <button type="button" onClick={() => setStep('idle')}>
              Keep them
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setStep('confirm')}>
            Clear my data
          </button>
        )}
        {step === 'done' && (
          <span role="status" className="small">
            Removed.
          </span>
        )}
      </div>
    </section>
  )
}
