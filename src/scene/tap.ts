// A tap (or click) on the 3D view, told apart from a drag that orbits the camera: the primary
// pointer goes down and comes up again within a few pixels. Marker picking and the muscle view
// both select on a tap and leave drags to the camera.

/** a press that moves further than this (CSS px) is a drag (orbit), not a tap */
export const TAP_SLOP_PX = 6

/** Calls `onTap` with the pointerup of every tap on `element`; returns the function that stops listening. */
export function listenForTaps(element: HTMLElement, onTap: (up: PointerEvent) => void): () => void {
  let down: { x: number; y: number; id: number } | null = null
  const onDown = (e: PointerEvent) => {
    down = e.isPrimary ? { x: e.clientX, y: e.clientY, id: e.pointerId } : null
  }
  const onUp = (e: PointerEvent) => {
    if (!down || down.id !== e.pointerId) return
    const moved = Math.hypot(e.clientX - down.x, e.clientY - down.y)
    down = null
    if (moved <= TAP_SLOP_PX) onTap(e)
  }
  element.addEventListener('pointerdown', onDown)
  element.addEventListener('pointerup', onUp)
  return () => {
    element.removeEventListener('pointerdown', onDown)
    element.removeEventListener('pointerup', onUp)
  }
}
