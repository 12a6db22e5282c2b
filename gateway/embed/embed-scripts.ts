/**
 * The widgets' same-origin scripts (the pages' CSP allows no inline script). Plain browser JavaScript kept as
 * text: it runs in the municipal site's iframe and needs no build step.
 */

/**
 * /embed/shelters.js: draws the map from the page's JSON block, with a marker and a popup per shelter, and keeps
 * list and markers current from `/events`. Markers and popups need no tile: when tiles cannot load (offline, a
 * blocked tile host) the map is blank behind them and still works.
 */
export const SHELTERS_SCRIPT = `(function () {
  const mapElement = document.getElementById('map')
  const town = mapElement.dataset.town
  const map = L.map(mapElement, { scrollWheelZoom: false })
  L.tileLayer(mapElement.dataset.tileUrl, { attribution: mapElement.dataset.tileAttribution, maxZoom: 18 }).addTo(map)
  const layer = L.layerGroup().addTo(map)

  function popupOf(shelter) {
    const box = document.createElement('div')
    const title = document.createElement('strong')
    title.textContent = shelter.name
    box.append(title)
    for (const line of [shelter.address, '対応: ' + shelter.suitability,
      '状況: ' + shelter.status + (shelter.free === null ? '' : '(空き ' + shelter.free + ' 人)')]) {
      const p = document.createElement('p')
      p.textContent = line
      p.style.margin = '.2rem 0'
      box.append(p)
    }
    return box
  }

  function draw(fitView) {
    const shelters = JSON.parse(document.getElementById('shelter-data').textContent)
    layer.clearLayers()
    const points = []
    for (const shelter of shelters) {
      const point = [shelter.latitude, shelter.longitude]
      points.push(point)
      L.marker(point, { title: shelter.name, alt: shelter.name + '(' + shelter.status + ')' })
        .bindPopup(popupOf(shelter))
        .addTo(layer)
    }
    if (!fitView) return
    if (points.length > 0) map.fitBounds(points, { padding: [20, 20], maxZoom: 15 })
    else map.setView([43.1, 141.8], 10)
  }

  async function refresh() {
    const response = await fetch(location.href, { headers: { accept: 'text/html' } })
    if (!response.ok) return
    const fresh = new DOMParser().parseFromString(await response.text(), 'text/html').getElementById('shelter-list')
    const list = document.getElementById('shelter-list')
    if (!fresh || !list) return
    list.replaceWith(fresh)
    draw(false)
  }

  draw(true)
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
