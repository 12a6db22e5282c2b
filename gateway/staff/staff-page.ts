import type { FastifyInstance } from 'fastify'
import { html, type SafeHtml } from '../opendata/serve/html.js'
import { STAFF_SCRIPT } from './staff-script.js'

/**
 * `/staff` (issue #21): the page where town staff report a shelter's status and decide what waits for their
 * town (stock transfers to approve, amendments to consent to) without writing GraphQL. The HTML is static;
 * `/staff/staff.js` (same origin, no inline script) signs in with a pasted token and calls `/graphql` with it.
 */

// connect-src 'self': the page talks to this gateway's /graphql only; nothing may frame it (a token page).
const CSP =
  "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; " +
  "form-action 'none'; frame-ancestors 'none'"

const STYLE = `*{box-sizing:border-box}body{font-family:system-ui,sans-serif;margin:0
  auto;max-width:40rem;padding:.75rem;
line-height:1.5;overflow-wrap:anywhere}button,input,textarea,select{font:inherit;max-width:100%}
button{min-height:3rem;padding:.5rem 1rem;margin:.25rem .25rem .25rem 0;border:1px solid #555;border-radius:.5rem;
background:#f4f4f4}button:focus-visible,input:focus-visible,textarea:focus-visible{outline:3px solid #1a5fb4}
button[aria-pressed=true]{background:#1a5fb4;color:#fff}.big{display:block;width:100%;text-align:left}
.big .name,.card .name{display:block;font-weight:bold}.big .meta,.meta{display:block;font-size:.9rem;color:#444}
ul{list-style:none;padding:0}textarea,input[type=text],input[type=search]{width:100%;min-height:2.5rem}
.stepper{display:flex;align-items:center}.stepper
  input{width:6rem;min-height:3rem;text-align:center;font-size:1.25rem}.primary{width:100%;font-weight:bold}
.card{border:1px solid #ccc;border-radius:.5rem;padding:.5rem;margin:.5rem 0}.error{color:#a00}.ok{color:#060}`

/**
 * The shelter manager's part: a shelter, 開設/閉鎖, 報告. The form is `novalidate`: the API checks the number and
 * names the field, and the page shows that answer rather than the browser's own bubble.
 */
function shelterSection(): SafeHtml {
  return html`<section aria-labelledby="shelters-heading">
    <h2 id="shelters-heading">避難所の状況報告 <span lang="en">Shelter status</span></h2>
    <label for="shelter-filter">絞り込み <span lang="en">Filter by name</span></label>
    <input id="shelter-filter" type="search" autocomplete="off" />
    <ul id="shelter-list"></ul>
    <form id="report-form" hidden novalidate>
      <h3 id="report-name"></h3>
      <div role="group" aria-label="状態 Status">
        <button type="button" id="open" aria-pressed="true">開設 <span lang="en">Open</span></button>
        <button type="button" id="closed" aria-pressed="false">閉鎖 <span lang="en">Closed</span></button>
      </div>
      <label for="evacuees">避難者数 <span lang="en">Evacuees</span></label>
      <div class="stepper">
        <button type="button" id="minus" aria-label="1人減らす Decrease by one">−</button>
        <input id="evacuees" type="number" inputmode="numeric" min="0" max="100000" step="1" />
        <button type="button" id="plus" aria-label="1人増やす Increase by one">+</button>
      </div>
      <button type="submit" class="primary">報告 <span lang="en">Report</span></button>
    </form>
    <p id="report-result" role="status"></p>
  </section>`
}

function staffPage(): string {
  return html`<!doctype html>
    <html lang="ja">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>南空知 職員ページ Staff</title>
        <style>
          ${STYLE}
        </style>
        <script src="/staff/staff.js" defer></script>
      </head>
      <body>
        <main>
          <h1>職員ページ <span lang="en">Staff</span></h1>
          <noscript><p>このページには JavaScript が必要です。This page needs JavaScript.</p></noscript>
          <form id="token-form">
            <label for="token">トークン <span lang="en">Token</span></label>
            <textarea id="token" rows="3" autocomplete="off" spellcheck="false" required></textarea>
            <button type="submit">サインイン <span lang="en">Sign in</span></button>
            <button type="button" id="signout" hidden>サインアウト <span lang="en">Sign out</span></button>
          </form>
          <p id="who" role="status"></p>
          <div id="work" hidden>
            ${shelterSection()}
            <section aria-labelledby="transfers-heading">
              <h2 id="transfers-heading">備蓄の融通 <span lang="en">Stock transfers</span></h2>
              <ul id="transfers"></ul>
            </section>
            <section aria-labelledby="amendments-heading">
              <h2 id="amendments-heading">協定の変更 <span lang="en">Amendment votes</span></h2>
              <ul id="amendments"></ul>
            </section>
            <p id="coord-result" role="status"></p>
          </div>
        </main>
      </body>
    </html>`.toString()
}

export function registerStaffPage(app: FastifyInstance): void {
  const page = staffPage()
  app.get('/staff', (_request, reply) =>
    reply
      .header('content-security-policy', CSP)
      .header('cache-control', 'no-store')
      .header('referrer-policy', 'no-referrer')
      .type('text/html; charset=utf-8')
      .send(page),
  )
  app.get('/staff/staff.js', (_request, reply) =>
    reply.header('cache-control', 'no-cache').type('text/javascript; charset=utf-8').send(STAFF_SCRIPT),
  )
}
