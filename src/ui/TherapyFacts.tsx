// What a treatment is like and when not to have it, from data/therapy.json, in one place for the
// screen (the Treatment and safety dialog) and for paper (the consult handout). On screen each
// fact folds open and names its sources as links; on paper every fact is written out (a closed
// <details> does not print its text, and a link cannot be clicked), its sources listed at the
// end of the handout.
import type { DatasetIndex } from '../domain/dataset'
import type { Fact } from '../domain/validation'
import { useTranslation } from './i18n'

/** The groups of facts in therapy.json, in the order they are shown: the warning signs first. */
export const THERAPY_GROUPS = ['redFlags', 'whatToExpect', 'contraindications', 'techniques', 'causes', 'painDrivers'] as const
export type TherapyGroup = (typeof THERAPY_GROUPS)[number]

const HEADINGS = {
  redFlags: 'doctor',
  whatToExpect: 'expect',
  contraindications: 'notWhen',
  techniques: 'techniques',
  causes: 'causes',
  painDrivers: 'drivers',
} as const satisfies Record<TherapyGroup, string>

export interface TherapyFactsProps {
  index: DatasetIndex
  /** which groups, in THERAPY_GROUPS order (default: all) */
  groups?: readonly TherapyGroup[]
  /** written out for print instead of folded with links */
  paper?: boolean
  /** under its own heading, "Treatment and safety" (the dialog's title says it there) */
  titled?: boolean
}

export function TherapyFacts({ index, groups = THERAPY_GROUPS, paper = false, titled = false }: TherapyFactsProps) {
  const { t } = useTranslation('safety')
  const therapy = index.dataset.therapy
  const [min, max] = therapy.holdSeconds
  const trials = therapy.holdSecondsTrials
  return (
    <>
      {titled && <h3>{t('title')}</h3>}
      <p>
        {trials ? t('holdTrials', { min, max, trialMin: trials[0], trialMax: trials[1] }) : t('hold', { min, max })}{' '}
        {t('after', {
          soreMin: therapy.sorenessHours[0],
          soreMax: therapy.sorenessHours[1],
          waitMin: therapy.acuteInjuryHours[0],
          waitMax: therapy.acuteInjuryHours[1],
        })}
      </p>
      {THERAPY_GROUPS.filter((g) => groups.includes(g)).map((g) => (
        <section key={g} className={g === 'redFlags' ? 'tpx-safety' : undefined} data-facts={g}>
          <h3>{t(HEADINGS[g])}</h3>
          {paper ? (
            <ul>
              {therapy[g].map((f) => (
                <li key={f.id}>
                  <strong>{sentence(f.title)}</strong> {f.text}
                </li>
              ))}
            </ul>
          ) : (
            therapy[g].map((f) => <FoldedFact key={f.id} fact={f} index={index} />)
          )}
        </section>
      ))}
    </>
  )
}

/** A title as the start of a written-out line: `Fever or an infection.` */
const sentence = (title: string): string => (/[.!?]$/.test(title) ? title : `${title}.`)

function FoldedFact({ fact, index }: { fact: Fact; index: DatasetIndex }) {
  const { t } = useTranslation('safety')
  return (
    <details className="tpx-group">
      <summary>{fact.title}</summary>
      <p>{fact.text}</p>
      <p className="small muted">
        {t('sources')}{' '}
        {fact.sources.map((key, i) => {
          const src = index.sourceByKey.get(key)
          return (
            <span key={key}>
              {i > 0 ? ', ' : ''}
              {src?.url ? (
                <a href={src.url} target="_blank" rel="noopener noreferrer">
                  {src.title}
                </a>
              ) : (
                (src?.title ?? key)
              )}
            </span>
          )
        })}
      </p>
    </details>
  )
}
