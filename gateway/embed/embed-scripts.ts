/**
 * The widgets' same-origin scripts (the pages' CSP allows no inline script). Plain browser JavaScript kept as
 * text: it runs in the municipal site's iframe and needs no build step.
 */

/**
 * /embed/shelters.js: the map itself is drawn by /assets/maps/map.js (loaded before it) from the page's JSON
 * block; this keeps list and markers current from `/events`, replacing the list (and its JSON block) and
 * redrawing the markers without moving the view.
 */
export const SHELTERS_SCRIPT = `(function () {
  const mapElement = document.getElementById('map')
  const town = mapElement.dataset.town

  async function refresh() {
    const response = await fetch(location.href, { headers: { accept: 'text/html' } })
    if (!response.ok) return
    const fresh = new DOMParser().parseFromString(await response.text(), 'text/html').getElementById('shelter-list')
    const list = document.getElementById('shelter-list')
    if (!fresh || !list) return
    list.replaceWith(fresh)
    window.PlatformMap.draw(mapElement, false)
  }

  const types = ['shelter.opened', 'shelter.closed', 'shelter.full', 'shelter.updated']
  const source = new EventSource('/events?town=' + encodeURIComponent(town) + '&types=' + types.join(','))
  for (const type of types) source.addEventListener(type, () => void refresh())
})()
`

/** /embed/departures.js: the board is re-read every minute, so "next departures" stay next. */
export const DEPARTURES_SCRIPT = `(function () {
  async function refresh() {
    const response = await fetch(location.href, { headers: { accept: 'text/html' } })
    if (!response.ok) return
    const fresh = new DOMParser().parseFromString(await response.text(), 'text/html').getElementById('board')
    const board = document.getElementById('board')
    if (fresh && board) board.replaceWith(fresh)
  }
  setInterval(() => void refresh(), 60000)
})()
`
