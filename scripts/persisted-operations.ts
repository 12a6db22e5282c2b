/**
 * Part of `npm run codegen`: the safelist for PERSISTED_OPERATIONS_ONLY=1 — every operation in
 * test/operations/*.graphql (the operations this repository's clients and tests use), printed in
 * graphql-js's canonical form with the fragments it needs, keyed by the SHA-256 of that text
 * (the hash Apollo's persisted-query clients send), plus the open-data publisher's public queries (the .graphql files
 * under gateway/opendata/).
 */
import { writeFileSync } from 'node:fs'
import { publisherOperations } from '../gateway/opendata/publisher-operations.js'
import { repositoryOperations } from '../lib/graphql/repository-operations.js'
import { operationHash } from '../lib/http/persisted-operations.js'
import { projectPath } from '../lib/paths.js'

// The open-data publisher's queries (.graphql files under gateway/opendata/, sent anonymously) are listed too.
const operations = [...repositoryOperations().values(), ...publisherOperations()]
const safelist = Object.fromEntries(
  operations.map((text): [string, string] => [operationHash(text), text]).sort(([a], [b]) => a.localeCompare(b)),
)
writeFileSync(projectPath('codegen', 'persisted-operations.json'), `${JSON.stringify(safelist, null, 2)}\n`)
console.log(`wrote ${operations.length} persisted operations to codegen/persisted-operations.json`)
