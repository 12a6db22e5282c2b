import type { ApolloServerPlugin } from '@apollo/server'
import type { FastifyInstance } from 'fastify'
import { readFileSync } from 'node:fs'
import { projectPath } from '../../lib/paths.js'

/**
 * GraphiQL served entirely by this server (React, GraphiQL and its CSS from node_modules), so the
 * explorer works offline and behind firewalls: no CDN, no outbound request.
 */
const ASSETS = {
  'react.production.min.js': { file: 'node_modules/react/umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.production.min.js': {
    file: 'node_modules/react-dom/umd/react-dom.production.min.js',
    type: 'text/javascript',
  },
  'graphiql.min.js': { file: 'node_modules/graphiql/graphiql.min.js', type: 'text/javascript' },
  'graphiql.min.css': { file: 'node_modules/graphiql/graphiql.min.css', type: 'text/css' },
} as const

const EXAMPLE_QUERY = `# 南空知圏域 Regional Data Federation — try a query, then Ctrl-Enter.
# Public data needs no token; staff add "Authorization: Bearer <token>" under Headers.
query Agreement {
  agreement {
    title
    signedOn
    policyAreas {
      title
      fields {
        name
        initiatives { id text }
      }
    }
  }
}
`

const explorerHtml = `<!doctype html>
<html lang="ja">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>南空知圏域 GraphQL Explorer</title>
  <link rel="stylesheet" href="/explorer/graphiql.min.css">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading the GraphQL explorer…</div>
  <script src="/explorer/react.production.min.js"></script>
  <script src="/explorer/react-dom.production.min.js"></script>
  <script src="/explorer/graphiql.min.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: '/graphql', headers: { 'apollo-require-preflight': 'true' } });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, {
        fetcher,
        defaultQuery: ${JSON.stringify(EXAMPLE_QUERY)},
        defaultEditorToolsVisibility: true,
      })
    );
  </script>
</body>
</html>
`

/** Apollo Server's landing page for browsers that open `/graphql`. */
export function explorerLandingPage<C extends object>(): ApolloServerPlugin<C> {
  return {
    serverWillStart() {
      return Promise.resolve({ renderLandingPage: () => Promise.resolve({ html: explorerHtml }) })
    },
  }
}

export function registerExplorerAssets(app: FastifyInstance): void {
  for (const [name, asset] of Object.entries(ASSETS)) {
    const body = readFileSync(projectPath(asset.file))
    app.get(`/explorer/${name}`, async (_request, reply) =>
      reply
        .header('content-type', `${asset.type}; charset=utf-8`)
        .header('cache-control', 'public, max-age=86400')
        .send(body),
    )
  }
  app.get('/', async (_request, reply) => reply.redirect('/graphql'))
}
