// A translation of the dataset's words into one language (data/i18n/<lang>.json). Keyed by the
// dataset's ids, so the dataset stays the one source of truth for what exists; this file only
// says how it reads. Plain TypeScript types: the zod schema lives in src/domain/validation.
export interface FactText {
  title: string
  text: string
}

export interface TranslationFile {
  lang: string
  /** keys into data/sources.json: the patient-facing sources the wording was checked against */
  sources: string[]
  /** the headings region lists group regions under ("Head and face"), keyed by group id */
  regionGroups: Record<string, { name: string }>
  regions: Record<string, { name: string; plainName: string }>
  muscles: Record<string, { name: string; plainName: string; action: string; symptoms: string[]; selfCare?: string[] }>
  triggerPoints: Record<string, { name: string; location: string; note?: string }>
  conditions: Record<string, { name: string; plainName: string; description: string; synonyms: string[] }>
  therapy: { disclaimer: string; facts: Record<string, FactText> }
}
