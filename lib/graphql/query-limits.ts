import type { ApolloServerPlugin, BaseContext } from '@apollo/server'
import { ApolloArmor } from '@escape.tech/graphql-armor'
import { GraphQLError, type ParseOptions, type ValidationContext, type ValidationRule } from 'graphql'
import type { QueryLimits } from '../limits.js'
import { introspectionDepthRule } from './introspection-depth.js'

export { DEFAULT_QUERY_LIMITS, type QueryLimits } from '../limits.js'

/**
 * The limits a subgraph applies. The gateway has already checked the client's document; what a
 * subgraph receives is the query planner's rewrite (an `_entities` wrapper, key fields, `__typename`),
 * somewhat deeper and larger than the original. The margin keeps every planned query inside,
 * while a client calling a subgraph directly still meets a bound.
 */
export function subgraphQueryLimits(limits: QueryLimits): QueryLimits {
  return {
    depth: limits.depth + 4,
    aliases: limits.aliases * 2,
    directives: limits.directives * 2,
    tokens: limits.tokens * 4,
    cost: limits.cost * 4,
  }
}

/**
 * Armor reports a rule violation as BAD_USER_INPUT; Apollo then labels it GRAPHQL_VALIDATION_FAILED (HTTP 400).
 * Armor's messages start with "Syntax Error:", which sends people looking for a typo in a well-formed document:
 * the limit is named instead, with what to change.
 */
const reportToClient = (context: ValidationContext | null, error: GraphQLError) =>
  context?.reportError(
    new GraphQLError(overLimitMessage(error.message), { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
  )

export function overLimitMessage(armorMessage: string): string {
  const message = armorMessage.replace(/^Syntax Error:\s*/, '')
  if (/cost/i.test(message))
    return `Over the query cost limit: ${message} Select fewer fields or nest less; page sizes (first) do not add cost.`
  return `Over a query limit: ${message}`
}

/** The Apollo plugins and validation rules enforcing `limits` (graphql-armor). */
export function queryLimitGuards<C extends BaseContext>(
  limits: QueryLimits,
): { plugins: ApolloServerPlugin<C>[]; validationRules: ValidationRule[]; parseOptions: ParseOptions } {
  const onRejection = { propagateOnRejection: false, onReject: [reportToClient], exposeLimits: true }
  const armor = new ApolloArmor({
    maxDepth: { n: limits.depth, ignoreIntrospection: true, flattenFragments: true, ...onRejection },
    maxAliases: { n: limits.aliases, ...onRejection },
    maxDirectives: { n: limits.directives, ...onRejection },
    // Armor's token plugin throws from a plugin hook, which Apollo answers with a 500; graphql-js's own
    // `maxTokens` parse option (see `parseOptions` below) gives a proper 400 GRAPHQL_PARSE_FAILED instead.
    maxTokens: { enabled: false },
    costLimit: { maxCost: limits.cost, ignoreIntrospection: true, flattenFragments: true, ...onRejection },
    // Field suggestions stay: introspection is public here, so "Did you mean" reveals nothing new.
    blockFieldSuggestion: { enabled: false },
  })
  const { plugins, validationRules } = armor.protect()
  return {
    plugins: plugins as ApolloServerPlugin<C>[],
    // Armor's depth limit skips introspection; this one bounds it (a 60-level ofType chain is refused).
    validationRules: [...validationRules, introspectionDepthRule()],
    parseOptions: { maxLexicalTokens: limits.tokens },
  }
}
