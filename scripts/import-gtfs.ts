/**
 * `npm run import:gtfs -- FEED.zip --operator ID --token TOKEN [--url http://127.0.0.1:4000]`
 *
 * For operators' staff: streams a GTFS-JP zip to the gateway's `PUT /transit/feeds/:operatorId` with
 * their own token, so the import gets exactly the API's checks (ownership, validation, audit), never
 * touches the database directly, and works for feeds of any size within FEED_UPLOAD_LIMIT_BYTES.
 * Prints the new version, or every problem as `file:line: reason`; exits 1 on failure.
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { json } from 'node:stream/consumers'
import { parseArgs } from 'node:util'
import { streamUpload } from '../lib/http/stream-upload.js'
import { runMain } from '../lib/process/shutdown.js'

interface UploadResponse {
  id?: string
  status?: string
  warningCount?: number
  rowCounts?: { file: string; rows: number }[]
  errors?: { message: string; extensions?: { code?: string } }[]
}

runMain(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      operator: { type: 'string' },
      token: { type: 'string' },
      url: { type: 'string', default: 'http://127.0.0.1:4000' },
    },
  })
  const [file] = positionals
  if (!file || !values.operator || !values.token) {
    throw new Error('usage: npm run import:gtfs -- FEED.zip --operator OPERATOR_ID --token TOKEN [--url GATEWAY_URL]')
  }
  const target = new URL(`/transit/feeds/${encodeURIComponent(values.operator)}`, values.url)
  target.searchParams.set('fileName', basename(file))
  // node:http, not fetch: Node's fetch holds a streamed body in memory whole (lib/http/stream-upload.ts).
  const response = await streamUpload(target, {
    headers: {
      'content-type': 'application/zip',
      'content-length': String((await stat(file)).size),
      authorization: `Bearer ${values.token}`,
    },
    body: createReadStream(file),
  })
  const status = response.statusCode ?? 0
  const body = (await json(response)) as UploadResponse
  if (status < 200 || status > 299 || !body.id) {
    for (const error of body.errors ?? []) console.error(`${error.extensions?.code ?? status}: ${error.message}`)
    process.exit(1)
  }
  const rows = (body.rowCounts ?? []).map((count) => `${count.file} ${count.rows}`).join(', ')
  console.log(
    `imported ${basename(file)} as feed version ${body.id} (${body.status}, ${body.warningCount} warnings): ${rows}`,
  )
})
