// The dataset as it reads in another language: the same ids, order, geometry and sources, with
// every text a person reads replaced by its translation. The app indexes the localized dataset,
// so every panel, list and search speaks the language without knowing about it. Condition
// synonyms keep the English ones too: a patient abroad may type either.
import type { Dataset, Fact } from '../validation'
import type { TranslationFile } from './translation'

export function localizeDataset(d: Dataset, t: TranslationFile): Dataset {
  const fact = (f: Fact): Fact => {
    const tr = t.therapy.facts[f.id]
    return tr ? { ...f, title: tr.title, text: tr.text } : f
  }
  const th = d.therapy
  return {
    ...d,
    regionGroups: d.regionGroups.map((g) => {
      const tr = t.regionGroups[g.id]
      return tr ? { ...g, name: tr.name } : g
    }),
    regions: d.regions.map((r) => {
      const tr = t.regions[r.id]
      return tr ? { ...r, name: tr.name, plainName: tr.plainName } : r
    }),
    muscles: d.muscles.map((m) => {
      const tr = t.muscles[m.id]
      const selfCare = m.selfCare?.map((s, i) => ({ ...s, text: tr?.selfCare?.[i] ?? s.text }))
      return {
        ...m,
        ...(tr ? { name: tr.name, plainName: tr.plainName, action: tr.action, symptoms: tr.symptoms } : {}),
        ...(selfCare ? { selfCare } : {}),
        triggerPoints: m.triggerPoints.map((tp) => {
          const tt = t.triggerPoints[tp.id]
          if (!tt) return tp
          return { ...tp, name: tt.name, location: tt.location, ...(tp.note && tt.note ? { note: tt.note } : {}) }
        }),
      }
    }),
    conditions: d.conditions.map((c) => {
      const tr = t.conditions[c.id]
      if (!tr) return c
      const synonyms = [...new Set([...tr.synonyms, c.plainName, ...c.synonyms])]
      return { ...c, name: tr.name, plainName: tr.plainName, description: tr.description, synonyms }
    }),
    therapy: {
      ...th,
      disclaimer: t.therapy.disclaimer,
      whatToExpect: th.whatToExpect.map(fact),
      contraindications: th.contraindications.map(fact),
      causes: th.causes.map(fact),
      painDrivers: th.painDrivers.map(fact),
      techniques: th.techniques.map(fact),
      redFlags: th.redFlags.map(fact),
    },
  }
}
