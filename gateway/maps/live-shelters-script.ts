import { ONE_REREAD_AT_A_TIME } from '../events/live-refresh-script.js'

/**
 * /assets/maps/live-shelters.js: keeps a server-rendered shelter list and its map current, on every page that
 * shows a town's shelters live (the shelters widget, the portal's town page). The map element names its town
 * (`data-live-town`), the id of the list to replace (`data-live-list`, which holds the map's JSON block too) and
 * the last event its data includes (`data-events-after`, event-position.ts); at each shelter event of that town from
 * `/events`, resumed after that one, the page is re-read (never from the HTTP cache) and the list swapped in, then
 * /assets/maps/map.js redraws the markers without moving the view.
 */
export const LIVE_SHELTERS_SCRIPT_PATH = '/assets/maps/live-shelters.js'

export const LIVE_SHELTERS_SCRIPT = `(function () {
  const mapElement = document.querySelector('[data-live-town]')
  if (!mapElement) return
  const town = mapElement.dataset.liveTown
  const listId = mapElement.dataset.liveList
  ${ONE_REREAD_AT_A_TIME}
  const refresh = oneRereadAtATime(async function () {
    const response = await fetch(location.href, { headers: { accept: 'text/html' }, cache: 'no-store' })
    if (!response.ok) throw new Error('HTTP ' + response.status)
    const fresh = new DOMParser().parseFromString(await response.text(), 'text/html').getElementById(listId)
    const list = document.getElementById(listId)
    if (!fresh || !list) return
    list.replaceWith(fresh)
    window.PlatformMap.draw(mapElement, false)
  })
  const types = ['shelter.opened', 'shelter.closed', 'shelter.full', 'shelter.updated']
  const after = mapElement.dataset.eventsAfter
  const source = new EventSource('/events?town=' + encodeURIComponent(town) + '&types=' + types.join(',') +
    (after ? '&lastEventId=' + encodeURIComponent(after) : ''))
  for (const type of types) source.addEventListener(type, () => void refresh())
})()
`

/** The map element's attributes that make its list live: its town, the list's id, the last event its data includes. */
export function liveShelterAttributes(town: string, listId: string, eventsAfter?: number): Record<string, string> {
  const attributes: Record<string, string> = { 'data-live-town': town, 'data-live-list': listId }
  if (eventsAfter !== undefined) attributes['data-events-after'] = String(eventsAfter)
  return attributes
}
