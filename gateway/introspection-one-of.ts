import type { ApolloServerPlugin, BaseContext } from '@apollo/server'
import { createRequire } from 'node:module'
import * as graphqlModule from 'graphql'
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql'

/**
 * The copy of graphql-js that built `schema`. Apollo Gateway (CommonJS) builds the schema Apollo Server hands to
 * plugins with the CommonJS graphql-js, and graphql-js refuses a schema object from another copy of itself
 * ("from another module or realm"), which the ESM import here is; so TypeInfo and execute come from the
 * schema's own copy.
 */
const commonJsGraphql = createRequire(import.meta.url)('graphql') as typeof graphqlModule
const graphqlOf = (schema: GraphQLSchema) =>
  schema instanceof graphqlModule.GraphQLSchema ? graphqlModule : commonJsGraphql

const INTROSPECTION_ROOTS = new Set(['__schema', '__type', '__typename'])

/**
 * `__Type.isOneOf` (graphql-js's `getIntrospectionQuery({ oneOf: true })`, which GraphiQL may send) passes
 * validation against the gateway's schema, but Apollo Gateway's query planner has its own copy of the
 * introspection types without that field and throws while planning — Apollo Server answered 500. An
 * operation that selects only introspection needs no plan: it is answered here from the same API schema
 * with graphql-js, as every GraphQL server would. The same field inside an operation that also reads data
 * (which must be planned) is refused with 400. Operations that do not mention `isOneOf` are left alone.
 */
export function introspectionOneOfPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        // Thrown here, not from responseForOperation: Apollo answers an error of this hook with its own status.
        didResolveOperation({ document, operation, schema }) {
          if (!operation || !mentionsIsOneOf(schema, document)) return Promise.resolve()
          if (onlyIntrospection(operation.selectionSet, fragmentsOf(document), new Set())) return Promise.resolve()
          return Promise.reject(
            new GraphQLError(
              '`isOneOf` can only be asked in an operation that selects nothing but introspection ' +
                '(__schema, __type, __typename): send it as a separate request.',
              { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } },
            ),
          )
        },
        async responseForOperation({ document, operation, schema, request, response }) {
          if (!mentionsIsOneOf(schema, document)) return null
          const result = await graphqlOf(schema).execute({
            schema,
            document,
            operationName: operation.name?.value ?? null,
            variableValues: request.variables ?? null,
          })
          return { http: response.http, body: { kind: 'single', singleResult: result } }
        },
      })
    },
  }
}

/**
 * Each document's answer, worked out once: Apollo Server keeps one parsed document per distinct operation text
 * (its document store), so every request after the first of an operation costs one lookup here instead of two
 * walks of the document with type information (7 % of the gateway's CPU under load before).
 */
const mentionsByDocument = new WeakMap<DocumentNode, boolean>()

/** Whether the document selects `__Type.isOneOf` (a field of that name on a type of the API does not count). */
function mentionsIsOneOf(schema: GraphQLSchema, document: DocumentNode): boolean {
  let mentions = mentionsByDocument.get(document)
  if (mentions === undefined) {
    mentions = selectsIsOneOf(schema, document)
    mentionsByDocument.set(document, mentions)
  }
  return mentions
}

function selectsIsOneOf(schema: GraphQLSchema, document: DocumentNode): boolean {
  // A name cannot be escaped in GraphQL: a document whose text never spells it cannot select it.
  if (document.loc && !document.loc.source.body.includes('isOneOf')) return false
  const graphql = graphqlOf(schema)
  const typeInfo = new graphql.TypeInfo(schema)
  let found = false
  graphql.visit(
    document,
    graphql.visitWithTypeInfo(typeInfo, {
      Field(field) {
        if (field.name.value === 'isOneOf' && typeInfo.getParentType()?.name === '__Type') found = true
      },
    }),
  )
  return found
}

function fragmentsOf(document: DocumentNode): ReadonlyMap<string, FragmentDefinitionNode> {
  return new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  )
}

/** True when every root field, through inline fragments and spreads, is an introspection field. */
function onlyIntrospection(
  selectionSet: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  spreading: Set<string>,
): boolean {
  return selectionSet.selections.every((selection) => {
    if (selection.kind === Kind.FIELD) return INTROSPECTION_ROOTS.has(selection.name.value)
    if (selection.kind === Kind.INLINE_FRAGMENT) return onlyIntrospection(selection.selectionSet, fragments, spreading)
    const fragment = fragments.get(selection.name.value)
    // Validation has run: an unknown or cyclic spread cannot reach here, so skipping it only guards recursion.
    if (!fragment || spreading.has(fragment.name.value)) return true
    spreading.add(fragment.name.value)
    const only = onlyIntrospection(fragment.selectionSet, fragments, spreading)
    spreading.delete(fragment.name.value)
    return only
  })
}
