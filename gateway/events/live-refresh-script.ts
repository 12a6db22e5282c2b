/**
 * Browser code shared by the live pages' scripts: `oneRereadAtATime(reread)` returns a function to call at each
 * event, which runs `reread` (fetch the page again, swap in its fresh part; throwing when the page could not be had)
 * never twice at once. Events come in bursts (a town reporting several shelters, or the backlog a resumed stream
 * replays), and two re-reads at once can answer out of order: the older page, swapped in last, would stay on screen
 * until the next event. So a call during a re-read only asks for one more after it, which then sees everything up to
 * that call. A re-read that fails (the network, a 503 while a subgraph is down) leaves the page known to be behind:
 * it is tried again, 2 s later, then 4, 8 … up to a minute apart, until it succeeds — not left stale until the next
 * event, which in a quiet hour of a disaster may be long in coming.
 */
export const ONE_REREAD_AT_A_TIME = `function oneRereadAtATime(reread) {
  let running = false
  let again = false
  let failures = 0
  let retry = null
  return async function run() {
    if (running) {
      again = true
      return
    }
    running = true
    clearTimeout(retry)
    try {
      await reread()
      failures = 0
    } catch (error) {
      failures += 1
      console.warn('live page: re-read failed; trying again', error)
      retry = setTimeout(run, Math.min(60000, 1000 * 2 ** failures))
    }
    running = false
    if (again) {
      again = false
      void run()
    }
  }
}`
