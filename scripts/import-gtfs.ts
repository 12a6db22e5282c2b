/**
 * `npm run import:gtfs -- FEED.zip --operator ID --token TOKEN [--url http://127.0.0.1:4000/graphql]`
 *
 * For operators' staff: uploads a GTFS-JP zip through the API with their own token, so the import
 * gets exactly the checks of the mutation (ownership, validation, audit) and never touches the
 * database directly. Prints the new version, or every problem as `file:line: reason`; exits 1 on failure.
 */
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { basename } from 'node:path'
import { runMain } from '../lib/process/shutdown.js'

const IMPORT = `mutation ($operatorId: ID!, $fileName: String!, $content: String!) {
  importGtfsFeed(operatorId: $operatorId, fileName: $fileName, contentBase64: $content) { id status warningCount rowCounts { file rows } }
}`

interface ImportResponse {
  data?: { importGtfsFeed: { id: string; status: string; warningCount: number; rowCounts: { file: string; rows: number }[] } } | null
  errors?: { message: string; extensions?: { code?: string } }[]
}

runMain(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      operator: { type: 'string' },
      token: { type: 'string' },
      url: { type: 'string', default: 'http://127.0.0.1:4000/graphql' },
    },
  })
  const [file] = positionals
  if (!file || !values.operator || !values.token) {
    throw new Error('usage: npm run import:gtfs -- FEED.zip --operator OPERATOR_ID --token TOKEN [--url GRAPHQL_URL]')
  }
  const content = (await readFile(file)).toString('base64')
  const response = await fetch(values.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${values.token}` },
    body: JSON.stringify({ query: IMPORT, variables: { operatorId: values.operator, fileName: basename(file), content } }),
  })
  if (response.status === 413) throw new Error('the feed is larger than the server accepts: raise REQUEST_BODY_LIMIT_BYTES')
  const body = (await response.json()) as ImportResponse
  const version = body.data?.importGtfsFeed
  if (!version) {
    for (const error of body.errors ?? []) console.error(`${error.extensions?.code ?? 'ERROR'}: ${error.message}`)
    process.exit(1)
  }
  const rows = version.rowCounts.map((count) => `${count.file} ${count.rows}`).join(', ')
  console.log(`imported ${basename(file)} as feed version ${version.id} (${version.status}, ${version.warningCount} warnings): ${rows}`)
})
