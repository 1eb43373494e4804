// The pain diary (issue 13), loaded on first use: the form that saves the drawing as an entry,
// or the diary itself. Reads the diary saved on this device for the body model on first show.
import { useEffect, useState } from 'react'
import { useData } from '../state/data-store'
import { useDiary } from '../state/diary-store'
import type { DiaryPanelView } from './DiaryEntryPoint'
import { DiarySaveForm } from './DiarySaveForm'
import { DiaryView } from './DiaryView'
import './diary.css'

export interface DiaryPanelProps {
  view: DiaryPanelView
  onView: (view: DiaryPanelView | null) => void
}

export default function DiaryPanel({ view, onView }: DiaryPanelProps) {
  const vertexCount = useData((s) => (s.body ? s.body.mesh.positions.length / 3 : 0))
  const [message, setMessage] = useState<string | null>(null)
  const loaded = useDiary((s) => s.vertexCount !== 0 && s.vertexCount === vertexCount)
  useEffect(() => {
    if (vertexCount > 0) useDiary.getState().load(vertexCount)
  }, [vertexCount])
  if (!loaded) return null
  return view === 'save' ? (
    <DiarySaveForm
      onDone={(m) => {
        setMessage(m)
        onView(m ? 'diary' : null)
      }}
    />
  ) : (
    <DiaryView message={message} />
  )
}
