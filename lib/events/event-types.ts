/**
 * Every event the platform tells (DESIGN.md §5b), in one list: the write path's derivers produce them, the
 * gateway streams them (`/events`), signs them to webhooks and lists them in the Atom feeds, and the
 * agreement subgraph lets staff subscribe to them. docs/events.md documents their payloads.
 */
export const EVENT_TYPES = {
  'shelter.opened': { ja: '避難所の開設', en: 'Shelter opened' },
  'shelter.closed': { ja: '避難所の閉鎖', en: 'Shelter closed' },
  'shelter.full': { ja: '避難所が満員', en: 'Shelter full' },
  'shelter.updated': { ja: '避難所の状況更新', en: 'Shelter status updated' },
  'response-level.changed': { ja: '体制の変更', en: 'Response level changed' },
  'alert-level.changed': { ja: '警戒レベルの変更', en: 'Alert level changed' },
  'release.published': { ja: 'オープンデータの新しいリリース', en: 'New open-data release' },
} as const satisfies Record<string, { ja: string; en: string }>

export type EventType = keyof typeof EVENT_TYPES
export const EVENT_TYPE_NAMES = Object.keys(EVENT_TYPES) as EventType[]

export function isEventType(value: string): value is EventType {
  return Object.hasOwn(EVENT_TYPES, value)
}

/** Payload of every `shelter.*` event: the shelter's state after the report. */
export interface ShelterEventPayload {
  shelterId: string
  shelterName: string
  municipalityCode: string
  isOpen: boolean
  evacuees: number
  /** Null when the shelter has no recorded capacity. */
  capacity: number | null
  /** Free places: null when closed or the capacity is unknown. */
  remainingCapacity: number | null
  reportedAt: string
  isSample: boolean
}

export interface ResponseLevelEventPayload {
  municipalityCode: string
  /** NONE, CAUTION, ALERT or HEADQUARTERS. */
  level: string
  /** Null for a town's first recorded level. */
  previousLevel: string | null
  note: string
  recordedAt: string
  isSample: boolean
}

export interface AlertLevelEventPayload {
  municipalityCode: string
  area: string
  /** 3, 4 or 5; null when lifted. */
  level: number | null
  previousLevel: number | null
  note: string
  issuedAt: string
  isSample: boolean
}

export interface ReleaseEventPayload {
  releaseId: string
  publishedAt: string
  datasets: number
}
