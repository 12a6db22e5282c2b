/**
 * /assets/maps/map.js: the one map drawer of every page with a map (portal dataset and town pages, the shelters
 * widget). Plain browser JavaScript kept as text, same origin, no inline script: a page puts its markers in a
 * JSON block (`<script type="application/json">`, see map-markup.ts) and a `<div data-map-source="id">` with the
 * tile settings; this script draws a marker and a popup per point, and a polyline with a popup per line of the
 * block `data-line-source` names (bus routes). Markers, lines and popups need no tile: when tiles cannot load
 * (offline, a blocked tile host) the map is blank behind them and still works.
 *
 * A map with nothing to draw opens on its \`data-map-centre\` (a town's office: served towns may be anywhere in Japan),
 * else on all of Japan.
 *
 * `window.PlatformMap.draw(element, fitView)` redraws a map from its JSON block (the widget calls it after a
 * live update replaced the block); a popup open before the redraw is open again after it, on the same point or line,
 * showing the fresh data — a reader who opened a shelter is not interrupted by a report elsewhere. A reader who
 * prefers reduced motion gets no fading popups and no animated zoom.
 */
export const MAP_SCRIPT = `(function () {
  const maps = new Map()
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches

  function popupOf(marker) {
    const box = document.createElement('div')
    const title = document.createElement('strong')
    title.textContent = marker.name
    box.append(title)
    for (const line of marker.lines || []) {
      const p = document.createElement('p')
      p.textContent = line
      p.style.margin = '.2rem 0'
      box.append(p)
    }
    return box
  }

  function mapOf(element) {
    let entry = maps.get(element)
    if (entry) return entry
    const map = L.map(element, {
      scrollWheelZoom: false,
      fadeAnimation: !still,
      zoomAnimation: !still,
      markerZoomAnimation: !still,
    })
    L.tileLayer(element.dataset.tileUrl, { attribution: element.dataset.tileAttribution, maxZoom: 18 }).addTo(map)
    entry = { map: map, layer: L.layerGroup().addTo(map) }
    maps.set(element, entry)
    return entry
  }

  function readBlock(id) {
    const block = id ? document.getElementById(id) : null
    return block ? JSON.parse(block.textContent) : []
  }

  function drawLines(element, layer, points) {
    for (const line of readBlock(element.dataset.lineSource)) {
      for (const path of line.paths) {
        points.push(...path)
        const style = { color: line.color || '#0b5cad', weight: 5, opacity: 0.85, className: 'map-line' }
        const polyline = L.polyline(path, style)
        polyline.platformKey = 'line ' + line.name + ' ' + JSON.stringify(path[0])
        polyline.bindPopup(popupOf(line)).addTo(layer)
      }
    }
  }

  function draw(element, fitView) {
    const source = document.getElementById(element.dataset.mapSource)
    if (!source) return
    const markers = JSON.parse(source.textContent)
    const entry = mapOf(element)
    let openKey = null
    entry.layer.eachLayer(function (layer) {
      if (layer.isPopupOpen()) openKey = layer.platformKey
    })
    entry.layer.clearLayers()
    const points = []
    drawLines(element, entry.layer, points)
    for (const marker of markers) {
      const point = [marker.latitude, marker.longitude]
      points.push(point)
      const alt = marker.name + (marker.state ? '(' + marker.state + ')' : '')
      const pin = L.marker(point, { title: marker.name, alt: alt })
      pin.platformKey = 'marker ' + (marker.id || marker.name) + ' ' + point.join(',')
      pin.bindPopup(popupOf(marker)).addTo(entry.layer)
    }
    entry.layer.eachLayer(function (layer) {
      if (openKey !== null && layer.platformKey === openKey) layer.openPopup()
    })
    if (!fitView) return
    if (points.length > 0) entry.map.fitBounds(points, { padding: [20, 20], maxZoom: 15 })
    else if (element.dataset.mapCentre) entry.map.setView(element.dataset.mapCentre.split(',').map(Number), 13)
    else entry.map.setView([37.5, 137.5], 5)
  }

  window.PlatformMap = { draw: draw }
  for (const element of document.querySelectorAll('[data-map-source]')) draw(element, true)
})()
`
