/**
 * Browser code shared by the live pages' scripts: `oneRereadAtATime(reread)` returns a function to call at each
 * event, which runs `reread` (fetch the page again, swap in its fresh part) never twice at once. Events come in
 * bursts (a town reporting several shelters, or the backlog a resumed stream replays), and two re-reads at once can
 * answer out of order: the older page, swapped in last, would stay on screen until the next event. So a call during
 * a re-read only asks for one more after it, which then sees everything up to that call.
 */
export const ONE_REREAD_AT_A_TIME = `function oneRereadAtATime(reread) {
  let running = false
  let again = false
  return async function run() {
    if (running) {
      again = true
      return
    }
    running = true
    try {
      await reread()
    } catch (error) {
      console.warn('live page: re-read failed', error)
    }
    running = false
    if (again) {
      again = false
      void run()
    }
  }
}`
