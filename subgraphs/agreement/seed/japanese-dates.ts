/** Japanese era (元号) dates as written in the agreement, converted to ISO dates. */
const ERA_START_YEAR: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925 }

/** Parses `令和2年7月14日`, `令和2年（2020年）10月9日` or `平成24年11月26日` into `YYYY-MM-DD`. */
export function parseJapaneseDate(text: string): string {
  const match = /(令和|平成|昭和)(\d+|元)年(?:[（(]\d{4}年[）)])?(\d+)月(\d+)日/.exec(text)
  if (!match) throw new Error(`Not a Japanese era date: ${JSON.stringify(text)}`)
  const [, era = '', yearText = '', month = '', day = ''] = match
  const start = ERA_START_YEAR[era]
  if (start === undefined) throw new Error(`Unknown era ${era}`)
  const year = start + (yearText === '元' ? 1 : Number(yearText))
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
}
