// Keyboard for the 3D view, while it (or nothing) has focus: arrow keys turn the body,
// shift + arrows pan, + and - zoom. OrbitControls' own key handling only pans, and listening on
// the window would steal arrow keys from lists and text fields.
import { OrbitControls } from '@react-three/drei'
import { useEffect, type ComponentRef, type RefObject } from 'react'
import { Vector3 } from 'three'

type Controls = ComponentRef<typeof OrbitControls>

const TURN = Math.PI / 12
const MOVES: Record<string, { turn: number; tilt: number; zoom?: number }> = {
  ArrowLeft: { turn: -1, tilt: 0 },
  ArrowRight: { turn: 1, tilt: 0 },
  ArrowUp: { turn: 0, tilt: 1 },
  ArrowDown: { turn: 0, tilt: -1 },
  '+': { turn: 0, tilt: 0, zoom: 0.85 },
  '=': { turn: 0, tilt: 0, zoom: 0.85 },
  '-': { turn: 0, tilt: 0, zoom: 1 / 0.85 },
}

const _pan = new Vector3()
const _up = new Vector3()

/** `onMove` runs before each keyboard move (the rig cancels its animation). */
export function useOrbitKeys(controls: RefObject<Controls | null>, onMove: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const c = controls.current
      const active = document.activeElement
      if (!c || event.ctrlKey || event.metaKey || event.altKey) return
      if (active && active !== document.body && !active.closest('[data-scene]')) return
      const move = MOVES[event.key]
      if (!move) return
      event.preventDefault()
      onMove()
      const camera = c.object
      if (move.zoom) {
        camera.position.sub(c.target).multiplyScalar(move.zoom).add(c.target)
      } else if (event.shiftKey) {
        // pan: target and camera move together along the screen's axes
        const step = c.getDistance() * 0.05
        _pan.setFromMatrixColumn(camera.matrix, 0).multiplyScalar(-move.turn * step)
        _pan.add(_up.setFromMatrixColumn(camera.matrix, 1).multiplyScalar(move.tilt * step))
        c.target.add(_pan)
        camera.position.add(_pan)
      } else {
        c.setAzimuthalAngle(c.getAzimuthalAngle() + move.turn * TURN)
        c.setPolarAngle(c.getPolarAngle() - move.tilt * TURN * 0.7)
      }
      c.update()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [controls, onMove])
}
