import {
  GraphQLError,
  Kind,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql'

/**
 * How deep a selection under `__schema` / `__type` may go. graphql-armor's depth limit ignores introspection
 * (GraphiQL's own introspection query is deeper than GRAPHQL_MAX_DEPTH: its TypeRef fragment nests `ofType`
 * several times: 14 levels in all with every option on), so without this a 60-level `ofType { ofType { … } }`
 * chain would run. 15 admits that query with a margin of one level and nothing deeper.
 */
export const MAX_INTROSPECTION_DEPTH = 15

const INTROSPECTION_ROOTS = new Set(['__schema', '__type'])

/** Validation rule. An introspection selection deeper than `maxDepth` fails with GRAPHQL_VALIDATION_FAILED. */
export function introspectionDepthRule(maxDepth = MAX_INTROSPECTION_DEPTH): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(operation) {
      const fragments = new Map(
        context
          .getDocument()
          .definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
          .map((fragment) => [fragment.name.value, fragment]),
      )
      for (const selection of operation.selectionSet.selections) {
        if (selection.kind !== Kind.FIELD || !INTROSPECTION_ROOTS.has(selection.name.value)) continue
        const depth = 1 + depthOf(selection.selectionSet, fragments, new Set(), maxDepth)
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(
              `Over a query limit: introspection (${selection.name.value}) nests more than ${maxDepth} levels.`,
              { nodes: [selection], extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
            ),
          )
        }
      }
    },
  })
}

/** Depth of a selection set with fragments flattened; stops counting once past `cap` (and on fragment cycles). */
function depthOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  spreading: Set<string>,
  cap: number,
): number {
  if (!selectionSet || cap < 0) return 0
  let deepest = 0
  for (const selection of selectionSet.selections) {
    let depth: number
    if (selection.kind === Kind.FIELD) {
      depth = selection.selectionSet ? 1 + depthOf(selection.selectionSet, fragments, spreading, cap - 1) : 0
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      depth = depthOf(selection.selectionSet, fragments, spreading, cap)
    } else {
      const fragment = fragments.get(selection.name.value)
      if (!fragment || spreading.has(fragment.name.value)) continue
      spreading.add(fragment.name.value)
      depth = depthOf(fragment.selectionSet, fragments, spreading, cap)
      spreading.delete(fragment.name.value)
    }
    deepest = Math.max(deepest, depth)
  }
  return deepest
}
