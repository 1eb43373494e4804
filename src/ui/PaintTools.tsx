// The finder's drawing tools: paint / erase / turn the body, brush size, undo / redo / clear,
// and "mirror to the other side". The 3D brush itself lives in the scene.
import { BRUSH_SIZES, type PainTool, usePain } from '../state/pain-store'
import { useTranslation } from './i18n'

const TOOLS: readonly PainTool[] = ['paint', 'erase', 'rotate']

const SIZES = ['small', 'medium', 'large'] as const

export function PaintTools() {
  const tool = usePain((s) => s.tool)
  const brushSize = usePain((s) => s.brushSize)
  const canUndo = usePain((s) => s.canUndo)
  const canRedo = usePain((s) => s.canRedo)
  const empty = usePain((s) => s.empty)
  const ready = usePain((s) => s.vertexCount > 0)
  const pain = usePain.getState
  const { t } = useTranslation('finder')
  return (
    <div className="tpx-tools" data-testid="paint-tools">
      <fieldset>
        <legend>{t('tools.tool')}</legend>
        {TOOLS.map((id) => (
          <button
            key={id}
            type="button"
            aria-pressed={tool === id}
            title={t(`tools.${id}Hint`)}
            onClick={() => pain().setTool(id)}
            data-tool={id}
          >
            {t(`tools.${id}`)}
          </button>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('tools.drawing')}</legend>
        <button type="button" disabled={!canUndo} onClick={() => pain().undo()}>
          {t('tools.undo')}
        </button>
        <button type="button" disabled={!canRedo} onClick={() => pain().redo()}>
          {t('tools.redo')}
        </button>
        <button type="button" disabled={empty || !ready} onClick={() => pain().clear()}>
          {t('tools.clear')}
        </button>
        <button type="button" disabled={empty || !ready} onClick={() => pain().mirror()}>
          {t('tools.mirror')}
        </button>
      </fieldset>
      <fieldset>
        <legend>{t('tools.brush')}</legend>
        {SIZES.map((s) => (
          <button
            key={s}
            type="button"
            aria-pressed={Math.abs(brushSize - BRUSH_SIZES[s]) < 1e-6}
            onClick={() => pain().setBrushSize(BRUSH_SIZES[s])}
          >
            {t(`tools.${s}`)}
          </button>
        ))}
      </fieldset>
      <p className="small muted" style={{ margin: 0 }}>
        {t('tools.tip')}
      </p>
    </div>
  )
}
