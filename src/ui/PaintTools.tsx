// The finder's drawing tools: paint / erase / turn the body, brush size, undo / redo / clear,
// and "mirror to the other side". The 3D brush itself lives in the scene.
import { BRUSH_SIZES, type PainTool, usePain } from '../state/pain-store'

const TOOLS: readonly { id: PainTool; label: string; hint: string }[] = [
  { id: 'paint', label: 'Paint', hint: 'Drag on the body to paint where it hurts' },
  { id: 'erase', label: 'Erase', hint: 'Drag on the body to rub out' },
  { id: 'rotate', label: 'Turn', hint: 'Drag to turn the body without painting' },
]

const SIZES = [
  { label: 'Small', value: BRUSH_SIZES.small },
  { label: 'Medium', value: BRUSH_SIZES.medium },
  { label: 'Large', value: BRUSH_SIZES.large },
] as const

export function PaintTools() {
  const tool = usePain((s) => s.tool)
  const brushSize = usePain((s) => s.brushSize)
  const canUndo = usePain((s) => s.canUndo)
  const canRedo = usePain((s) => s.canRedo)
  const empty = usePain((s) => s.empty)
  const ready = usePain((s) => s.vertexCount > 0)
  const pain = usePain.getState
  return (
    <div className="tpx-tools" data-testid="paint-tools">
      <fieldset>
        <legend>Tool</legend>
        {TOOLS.map((t) => (
          <button
            key={t.id}
            type="button"
            aria-pressed={tool === t.id}
            title={t.hint}
            onClick={() => pain().setTool(t.id)}
            data-tool={t.id}
          >
            {t.label}
          </button>
        ))}
      </fieldset>
      <fieldset>
        <legend>Drawing</legend>
        <button type="button" disabled={!canUndo} onClick={() => pain().undo()}>
          Undo
        </button>
        <button type="button" disabled={!canRedo} onClick={() => pain().redo()}>
          Redo
        </button>
        <button type="button" disabled={empty || !ready} onClick={() => pain().clear()}>
          Clear
        </button>
        <button type="button" disabled={empty || !ready} onClick={() => pain().mirror()}>
          Mirror to the other side
        </button>
      </fieldset>
      <fieldset>
        <legend>Brush size</legend>
        {SIZES.map((s) => (
          <button
            key={s.label}
            type="button"
            aria-pressed={Math.abs(brushSize - s.value) < 1e-6}
            onClick={() => pain().setBrushSize(s.value)}
          >
            {s.label}
          </button>
        ))}
      </fieldset>
      <p className="small muted" style={{ margin: 0 }}>
        Tip: zoom in (scroll or pinch) for a precise brush; choose Turn to rotate the body without painting.
      </p>
    </div>
  )
}
