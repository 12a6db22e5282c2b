/**
 * The addresses a person who just ran `npm start` wants to open, one per line, from the gateway's GraphQL URL.
 * The first line keeps `ready at <GraphQL URL>`: test/start.test.ts, test/support and the cold-start bench read it.
 */
export function startUpBanner(gatewayUrl: string): string {
  const origin = new URL(gatewayUrl).origin
  const lines: [string, string][] = [
    ['GraphQL API and explorer', gatewayUrl],
    ['Open data (datasets, files)', `${origin}/opendata/`],
    ['CKAN API', `${origin}/api/3/action/package_list`],
    ['DCAT catalog', `${origin}/opendata/catalog`],
    ['Disaster situation (live)', `${origin}/situation`],
    ['Staff page', `${origin}/staff`],
  ]
  const width = Math.max(...lines.map(([label]) => label.length))
  return [
    `南空知 GraphQL API ready at ${gatewayUrl} — open in a browser:`,
    ...lines.map(([label, url]) => `  ${label.padEnd(width)}  ${url}`),
    'Ctrl-C stops it.',
  ].join('\n')
}
