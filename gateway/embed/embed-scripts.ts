/**
 * The widgets' same-origin scripts (the pages' CSP allows no inline script). Plain browser JavaScript kept as
 * text: it runs in the municipal site's iframe and needs no build step.
 */

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
