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

const LABELS: Partial<Record<string, string>> = HAZARD_LABELS

/** The label of a hazard; a value this gateway does not know yet (a newer subgraph) is shown as it is. */
export const hazardLabel = (hazard: string): string => LABELS[hazard] ?? hazard
