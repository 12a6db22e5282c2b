/** The Hazard enum of the disaster subgraph with the words a resident reads (災害種別 of the standard dataset). */
export const HAZARD_LABELS = {
  FLOOD: '洪水',
  LANDSLIDE: '崖崩れ・土石流・地滑り',
  STORM_SURGE: '高潮',
  EARTHQUAKE: '地震',
  TSUNAMI: '津波',
  LARGE_FIRE: '大規模な火事',
  INLAND_FLOOD: '内水氾濫',
  VOLCANO: '火山現象',
} as const

export type Hazard = keyof typeof HAZARD_LABELS

/** The same hazards for the English pages. */
const HAZARD_LABELS_EN: Record<Hazard, string> = {
  FLOOD: 'flood',
  LANDSLIDE: 'landslide, debris flow',
  STORM_SURGE: 'storm surge',
  EARTHQUAKE: 'earthquake',
  TSUNAMI: 'tsunami',
  LARGE_FIRE: 'large fire',
  INLAND_FLOOD: 'inland flooding',
  VOLCANO: 'volcanic activity',
}

const LABELS: Record<'ja' | 'en', Partial<Record<string, string>>> = { ja: HAZARD_LABELS, en: HAZARD_LABELS_EN }

/** The label of a hazard; a value this gateway does not know yet (a newer subgraph) is shown as it is. */
export const hazardLabel = (hazard: string, lang: 'ja' | 'en' = 'ja'): string => LABELS[lang][hazard] ?? hazard

/** The hazards a shelter suits, fully or on conditions (△ in the standard's 災害種別 columns). */
export interface Suitability {
  safe: readonly string[]
  conditional: readonly string[]
}

/** As a resident reads them: 洪水、地震(条件付き)… / flood, earthquake (with conditions)…, or — for none. */
export function suitabilityWords({ safe, conditional }: Suitability, lang: 'ja' | 'en' = 'ja'): string {
  const conditionally = lang === 'ja' ? '(条件付き)' : ' (with conditions)'
  const words = [
    ...safe.map((hazard) => hazardLabel(hazard, lang)),
    ...conditional.map((hazard) => `${hazardLabel(hazard, lang)}${conditionally}`),
  ]
  return words.join(lang === 'ja' ? '、' : ', ') || '—'
}
