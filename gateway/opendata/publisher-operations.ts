import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse, print, separateOperations } from 'graphql'
import { projectPath } from '../../lib/paths.js'

/**
 * The open-data publisher's public queries (gateway/opendata/**\/*.graphql, compiled by codegen into
 * codegen/opendata-operations.ts) in graphql-js's canonical print: the text the publisher sends (it prints
 * the same documents) and so the text the persisted-operation safelist must hold.
 */
export function publisherOperations(): string[] {
  const dir = projectPath('gateway', 'opendata')
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.graphql'))
    .sort()
  const source = files.map((file) => readFileSync(join(dir, file), 'utf8')).join('\n')
  return Object.values(separateOperations(parse(source))).map((document) => print(document))
}
