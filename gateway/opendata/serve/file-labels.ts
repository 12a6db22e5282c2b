import type { Distribution } from '../release-manifest.js'
import type { Lang } from './portal-layout.js'
import { townOf } from './towns.js'

/**
 * A file's title for people: per-town files are titled by the publisher with the town's code
 * (`指定緊急避難場所一覧（014303）`), which residents do not know, so the code is replaced by the town's name
 * (`…（月形町）`), or the name is put first when the title does not carry the code.
 */
export function fileLabel(distribution: Pick<Distribution, 'title' | 'municipalityCode'>, lang: Lang): string {
  const title = distribution.title[lang]
  const code = distribution.municipalityCode
  if (!code) return title
  const name = townOf(code)[lang]
  return title.includes(code) ? title.split(code).join(name) : `${name}: ${title}`
}
