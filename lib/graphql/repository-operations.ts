import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse, print, separateOperations } from 'graphql'
import { projectPath } from '../paths.js'

/**
 * The operations this repository's clients and tests use (test/operations/*.graphql), each printed in
 * graphql-js's canonical form with the fragments it needs, by operation name: the persisted-operation
 * safelist is built from these texts, and the benchmark sends them, so both agree byte for byte.
 */
export function repositoryOperations(): Map<string, string> {
  const dir = projectPath('test', 'operations')
  const source = readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(join(dir, file), 'utf8'))
    .join('\n')
  return new Map(Object.entries(separateOperations(parse(source))).map(([name, document]) => [name, print(document)]))
}
