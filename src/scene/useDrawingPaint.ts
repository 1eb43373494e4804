// Shows the finder's pain drawing (pain-store, one byte per vertex) on the skin while in find
// mode: copied into the `drawing` vertex attribute whenever the store's version changes. The
// copy is 1 byte per vertex (about 50 KB), cheap enough for every pointer move of a stroke.
import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import type { BufferAttribute, BufferGeometry } from 'three'
import { usePain } from '../state/pain-store'
import { useView } from '../state/view-store'
import { useDiaryView } from '../state/diary-view-store'

export function useDrawingPaint(geometry: BufferGeometry | null): void {
  const invalidate = useThree((s) => s.invalidate)
  // two diary entries laid over the body replace the drawing while they are shown
  const overlaid = useDiaryView((s) => s.layers.length > 0)
  const show = useView((s) => s.mode === 'find') && !overlaid
  const version = usePain((s) => s.version)

  useEffect(() => {
    const attribute = geometry?.getAttribute('drawing') as BufferAttribute | undefined
    if (!attribute) return
    const target = attribute.array as Uint8Array
    const drawing = usePain.getState().drawing
    if (show && drawing.length === target.length) target.set(drawing)
    else target.fill(0)
    attribute.needsUpdate = true
    invalidate()
  }, [geometry, show, version, invalidate])
}
