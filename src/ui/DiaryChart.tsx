// Pain over time, in plain SVG (issue 13): one point per entry on a 0 to 10 scale against the
// day, joined by a line. Screen readers get a description and the same values as a table,
// which anyone can open.
import { useId, useState } from 'react'
import { dayNumber, type DiaryEntry } from '../domain/diary'
import { formatDay } from './diary-format'
import { useTranslation } from './i18n'

export interface DiaryChartProps {
  /** oldest first */
  entries: readonly DiaryEntry[]
  lang: string
}

const W = 320
const H = 150
const PAD = { left: 28, right: 12, top: 10, bottom: 26 }

export function DiaryChart({ entries, lang }: DiaryChartProps) {
  const { t } = useTranslation('diary')
  const [table, setTable] = useState(false)
  const id = useId()
  const first = entries[0]
  const last = entries[entries.length - 1]
  if (!first || !last) return null
  const d0 = dayNumber(first.date)
  const span = Math.max(1, dayNumber(last.date) - d0)
  const x = (e: DiaryEntry) =>
    entries.length === 1
      ? (PAD.left + W - PAD.right) / 2
      : PAD.left + ((dayNumber(e.date) - d0) / span) * (W - PAD.left - PAD.right)
  const y = (v: number) => PAD.top + (1 - v / 10) * (H - PAD.top - PAD.bottom)
  const points = entries.map((e) => `${x(e).toFixed(1)},${y(e.intensity).toFixed(1)}`).join(' ')
  return (
    <figure className="tpx-diary-chart" data-testid="diary-chart">
      <figcaption id={`${id}-title`}>
        <strong>{t('chart.title')}</strong>
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
        <desc id={`${id}-desc`}>
          {t('chart.description', { from: formatDay(first.date, lang), to: formatDay(last.date, lang), count: entries.length })}
        </desc>
        {[0, 5, 10].map((v) => (
          <g key={v} className="grid">
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
            <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end">
              {v}
            </text>
          </g>
        ))}
        <text className="axis" x={PAD.left} y={H - 6} textAnchor="start">
          {formatDay(first.date, lang, 'short')}
        </text>
        {entries.length > 1 && (
          <text className="axis" x={W - PAD.right} y={H - 6} textAnchor="end">
            {formatDay(last.date, lang, 'short')}
          </text>
        )}
        <polyline points={points} className="line" />
        {entries.map((e) => (
          <circle key={e.id} cx={x(e)} cy={y(e.intensity)} r={4.5} className="dot" data-intensity={e.intensity}>
            <title>{`${formatDay(e.date, lang)}: ${t('view.pain', { value: e.intensity })}`}</title>
          </circle>
        ))}
      </svg>
      <button type="button" aria-expanded={table} onClick={() => setTable((v) => !v)}>
        {table ? t('chart.hideTable') : t('chart.showTable')}
      </button>
      {table && (
        <table className="tpx-diary-table" data-testid="diary-table">
          <thead>
            <tr>
              <th scope="col">{t('chart.day')}</th>
              <th scope="col">{t('chart.pain')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td>{formatDay(e.date, lang)}</td>
                <td>{e.intensity}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  )
}
