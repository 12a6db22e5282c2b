/**
 * A graphql-codegen plugin (named in codegen.yml) that runs `typescript-resolvers` for one subgraph with
 * the settings that follow from names, so adding an entity or a model needs no edit in codegen.yml:
 *
 * - the subgraph is the output's name: `codegen/<subgraph>-resolvers.ts`;
 * - `contextType` is `<Subgraph>Context` from `subgraphs/<subgraph>/context.ts`;
 * - `mappers`: every `export type|interface <Type>Model` in `subgraphs/<subgraph>/<folder>/*.model.ts` is the
 *   model of GraphQL type `<Type>`; a type the subgraph only extends (Municipality, Initiative) falls back to
 *   the key-only references of `lib/graphql/entity-refs.ts`.
 *
 * A `…Model` export that names no type of the subgraph's schema fails the run: a typo would otherwise leave
 * resolvers typed against the GraphQL shape instead of the row they really receive.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { basename, dirname, join, relative } from 'node:path'
import type { PluginFunction } from '@graphql-codegen/plugin-helpers'
import {
  plugin as typescriptResolvers,
  type TypeScriptResolversPluginConfig,
} from '@graphql-codegen/typescript-resolvers'
import { isObjectType, type GraphQLSchema } from 'graphql'

const MODEL_EXPORT = /^export (?:type|interface) ([A-Z][A-Za-z0-9]*)Model\b/gm
const SHARED_REFS = join('lib', 'graphql', 'entity-refs.ts')
const PAGINATION = join('lib', 'graphql', 'pagination.ts')

interface ModelExport {
  typeName: string
  file: string
}

/** The `<Type>Model` exports of one file, in file order. */
function modelExports(file: string): ModelExport[] {
  return [...readFileSync(file, 'utf8').matchAll(MODEL_EXPORT)].map((match) => ({ typeName: match[1] ?? '', file }))
}

/** Every `*.model.ts` one level below the subgraph's folder, sorted so the output is stable. */
export function subgraphModelFiles(root: string, subgraph: string): string[] {
  const dir = join(root, 'subgraphs', subgraph)
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) =>
      readdirSync(join(dir, entry.name))
        .filter((file) => file.endsWith('.model.ts'))
        .map((file) => join(dir, entry.name, file)),
    )
    .sort()
}

/** GraphQL type name → `module#Export` relative to the generated file, by the naming convention above. */
export function conventionMappers(root: string, subgraph: string, outputFile: string, schema: GraphQLSchema) {
  const mappers: Record<string, string> = {}
  const importPath = (file: string, typeName: string) => {
    const path = relative(dirname(join(root, outputFile)), file).replace(/\.ts$/, '.js')
    return `${path.startsWith('.') ? path : `./${path}`}#${typeName}Model`
  }
  for (const { typeName, file } of subgraphModelFiles(root, subgraph).flatMap(modelExports)) {
    if (!schema.getType(typeName)) {
      throw new Error(`${relative(root, file)}: ${typeName}Model names no type of the ${subgraph} schema`)
    }
    if (mappers[typeName]) throw new Error(`${typeName}Model is exported twice in subgraphs/${subgraph}`)
    mappers[typeName] = importPath(file, typeName)
  }
  for (const { typeName, file } of modelExports(join(root, SHARED_REFS))) {
    if (schema.getType(typeName) && !mappers[typeName]) mappers[typeName] = importPath(file, typeName)
  }
  // Every connection counts lazily (lib/graphql/pagination.ts): `totalCount` is a function until it is asked for.
  const pagination = importPath(join(root, PAGINATION), '').replace(/#Model$/, '#CountedLazily<{T}>')
  for (const type of Object.values(schema.getTypeMap())) {
    if (isObjectType(type) && type.name.endsWith('Connection') && type.getFields()['totalCount'] && !mappers[type.name])
      mappers[type.name] = pagination
  }
  return mappers
}

function subgraphOf(outputFile: string): string {
  const match = /^([a-z]+)-resolvers\.ts$/.exec(basename(outputFile))
  if (!match?.[1]) throw new Error(`${outputFile}: expected an output named codegen/<subgraph>-resolvers.ts`)
  return match[1]
}

export const plugin: PluginFunction<TypeScriptResolversPluginConfig> = (schema, documents, config, info) => {
  const outputFile = info?.outputFile ?? ''
  const subgraph = subgraphOf(outputFile)
  const contextName = `${subgraph.charAt(0).toUpperCase()}${subgraph.slice(1)}Context`
  return typescriptResolvers(
    schema,
    documents,
    {
      ...config,
      contextType: `../subgraphs/${subgraph}/context.js#${contextName}`,
      mappers: conventionMappers(process.cwd(), subgraph, outputFile, schema),
      // typescript-resolvers never marks `{T}` mappers as used and would warn about every connection; a mapper
      // that names no type is refused above, which is the mistake that warning is there to catch.
      showUnusedMappers: false,
    },
    info,
  )
}
