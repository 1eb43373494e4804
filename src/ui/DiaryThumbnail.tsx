// A diary entry as a small picture: the body from the front and from the back with the painted
// skin as cells (domain/diary thumbnail.ts). The outline is computed once per body model.
import { memo, useMemo } from 'react'
import { type BodyOutline, bodyOutline, type DiaryEntry, thumbnailOf } from '../domain/diary'
import { decodePain } from '../domain/pain'
import type { LoadedBody } from '../data/load-body'

const outlines = new WeakMap<object, BodyOutline>()

export function outlineOf(body: LoadedBody): BodyOutline {
  let o = outlines.get(body)
  if (!o) {
    o = bodyOutline(body.mesh.positions)
    outlines.set(body, o)
  }
  return o
}

export interface DiaryThumbnailProps {
  entry: DiaryEntry
  body: LoadedBody
  label: string
}

const GAP = 3

export const DiaryThumbnail = memo(function DiaryThumbnail({ entry, body, label }: DiaryThumbnailProps) {
  const outline = outlineOf(body)
  const cells = useMemo(() => {
    const d = decodePain(entry.drawing)
    return d.ok ? thumbnailOf(d.samples, body.mesh.positions, body.mesh.normals, outline) : { front: [], back: [] }
  }, [entry.drawing, body, outline])
  const { cols, rows } = outline
  const width = 2 * cols + GAP
  const dots = (list: number[], dx: number) =>
    list.map((c) => <rect key={`${dx}-${c}`} x={dx + (c % cols)} y={Math.floor(c / cols)} width={1} height={1} />)
  return (
    <svg
      className="tpx-diary-thumb"
      viewBox={`0 0 ${width} ${rows}`}
      role="img"
      aria-label={label}
      data-painted-cells={cells.front.length + cells.back.length}
    >
      <path d={outline.path} className="skin" />
      <path d={outline.path} className="skin" transform={`translate(${cols + GAP} 0)`} />
      <g className="pain">
        {dots(cells.front, 0)}
        {dots(cells.back, cols + GAP)}
      </g>
    </svg>
  )
})
