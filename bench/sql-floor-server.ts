/**
 * The SQL floor as an HTTP server for `npm run bench`: POST /graphql with the same JSON body the
 * gateways get; it runs the operation's one hand-written statement (bench/sql-floor.ts) and answers
 * `{"data": …}` with PostgreSQL's JSON text as is. Plain node:http and one pg Pool as the database
 * administrator (DATABASE_URL), no parsing or validation of the query: the least any server can do.
 */
import { createServer } from 'node:http'
import pg from 'pg'
import { BENCH_OPERATION_NAMES, type BenchOperationName } from './operations.js'
import { FLOOR_STATEMENTS } from './sql-floor.js'

const databaseUrl = process.env['DATABASE_URL']
const port = Number(process.env['PORT'])
if (!databaseUrl || !Number.isInteger(port) || port <= 0) throw new Error('set DATABASE_URL and PORT')

const pool = new pg.Pool({ connectionString: databaseUrl, max: 10, application_name: 'bench-sql-floor' })
const isOperationName = (name: unknown): name is BenchOperationName =>
  BENCH_OPERATION_NAMES.some((known) => known === name)

const server = createServer((request, response) => {
  const chunks: Buffer[] = []
  request.on('data', (chunk: Buffer) => chunks.push(chunk))
  request.on('end', () => {
    const answer = async () => {
      if (request.method !== 'POST') return { status: 405, body: '{"errors":[{"message":"POST only"}]}' }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        operationName?: unknown
        variables?: Record<string, unknown>
      }
      // `{ __typename }` (the readiness probe) has no operation name.
      if (!isOperationName(body.operationName)) return { status: 200, body: '{"data":{"__typename":"Query"}}' }
      const statement = FLOOR_STATEMENTS[body.operationName]
      const result = await pool.query<{ data: string }>(statement.text, statement.values(body.variables ?? {}))
      return { status: 200, body: `{"data":${result.rows[0]?.data ?? 'null'}}` }
    }
    answer().then(
      ({ status, body }) => response.writeHead(status, { 'content-type': 'application/json' }).end(body),
      (error: unknown) =>
        response
          .writeHead(500, { 'content-type': 'application/json' })
          .end(JSON.stringify({ errors: [{ message: String(error) }] })),
    )
  })
})
server.listen(port, '127.0.0.1')
process.once('SIGTERM', () => {
  server.close()
  void pool.end().finally(() => process.exit(0))
})
