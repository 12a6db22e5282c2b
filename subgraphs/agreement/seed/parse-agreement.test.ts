import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { projectPath } from '../../../lib/paths.js'
import { parseAgreement } from './parse-agreement.js'
import { parseJapaneseDate } from './japanese-dates.js'

const source = readFileSync(projectPath('sql', 'seed', 'agreement-2020-10-09.txt'), 'utf8')
const agreement = parseAgreement(source)
/** The source with the PDF's stray whitespace removed, to check that names are taken from it verbatim. */
const compactSource = source.replace(/\s+/g, '')

describe('parseAgreement', () => {
  it('reads the title, date and the 要綱 it rests on', () => {
    expect(agreement.title).toBe('南空知圏域の形成に関する協定書')
    expect(agreement.signedOn).toBe('2020-10-09')
    expect(agreement.basis).toEqual({
      issuer: '北海道',
      title: '広域連携加速化事業推進要綱',
      issuedOn: '2020-07-14',
      reference: '令和2年7月14日行連第67号',
    })
  })

  it('reads 第1条〜第7条 with their headings and every paragraph verbatim', () => {
    expect(agreement.articles.map((a) => `${a.number}:${a.heading}`)).toEqual([
      '1:目的',
      '2:基本方針',
      '3:連携する取組及び役割分担',
      '4:事業の執行に当たっての連携及び負担',
      '5:協定の変更',
      '6:協定の解消',
      '7:定めのない事項等の処理',
    ])
    const paragraphs = agreement.articles.flatMap((a) => a.paragraphs)
    expect(paragraphs).toHaveLength(8)
    for (const paragraph of paragraphs) expect(source).toContain(paragraph.text)
    expect(agreement.articles[2]?.paragraphs[0]?.items).toEqual([
      '生活機能の強化に係る政策分野',
      '結びつきやネットワークの強化に係る政策分野',
    ])
    expect(agreement.articles[3]?.paragraphs[1]?.text).toMatch(
      /^連携市町は、別表に定める取組を推進するために必要な費用/,
    )
  })

  it('reads the nine signatories in order with their addresses', () => {
    expect(agreement.parties.map((p) => p.municipalityName)).toEqual([
      '岩見沢市',
      '夕張市',
      '美唄市',
      '三笠市',
      '南幌町',
      '由仁町',
      '長沼町',
      '栗山町',
      '月形町',
    ])
    expect(agreement.parties[3]).toMatchObject({
      signatoryTitle: '三笠市長',
      signatoryName: '西城賢策',
      addressAsWritten: '三笠市幸町2番地',
    })
    for (const party of agreement.parties) {
      expect(compactSource).toContain(party.addressAsWritten)
      expect(compactSource).toContain(`${party.signatoryTitle}${party.signatoryName}`)
    }
  })

  it('reads the 別表: two areas, three fields, 4 + 3 + 3 initiatives, lead and partner duties, 備考', () => {
    const fields = agreement.areas.flatMap((area) => area.fields)
    expect(agreement.areas.map((a) => a.title)).toEqual([
      '生活機能の強化に係る政策分野',
      '結びつきやネットワークの強化に係る政策分野',
    ])
    expect(fields.map((f) => [f.name, f.theme, f.initiatives.length])).toEqual([
      ['防災', '地域防災体制等の充実', 4],
      ['地域公共交通', '地域公共交通の維持確保と利用促進', 3],
      ['ICTインフラ', 'ICTインフラの研究・活用', 3],
    ])
    expect(fields[0]?.initiatives[0]).toBe(
      '9市町の職員や自主防災組織、住民など各層を対象とした防災教育・防災訓練等の共同実施',
    )
    expect(fields[2]?.initiatives[1]).toMatch(
      /^自治体クラウド（各市町の情報システムやデータを外部のデータセンターにおいて管理・運用し、共同利用する取組）導入を見据えた調査・研究$/,
    )
    for (const field of fields) {
      for (const line of [...field.initiatives, ...field.roles.flatMap((r) => r.duties), field.direction]) {
        expect(source).toContain(line)
      }
      expect(field.roles.map((r) => r.municipalityNames.length)).toEqual([1, 8])
      expect(field.roles[0]?.municipalityNames).toEqual(['岩見沢市'])
      expect(field.roles[0]?.duties.at(-1)).toBe('その他、連携における中心的な業務')
    }
    expect(fields[0]?.roles[1]?.duties).toEqual([
      '自主防災組織や住民などへの連絡・周知・広報等の協力',
      '必要に応じ、研修会場や備蓄品の収納場所等の協力',
      'その他、連携における各種協力',
    ])
    expect(fields[0]?.notes).toContain('南空知災害時相互応援に関する協定')
    expect(fields[1]?.notes).toBeNull()
  })

  it('fails loudly on text that is not the agreement', () => {
    expect(() => parseAgreement('南空知圏域の形成に関する協定書\n令和2年（2020年）10月9日\n')).toThrow(
      /別表 or attestation not found/,
    )
  })
})

describe('parseJapaneseDate', () => {
  it.each([
    ['令和2年7月14日', '2020-07-14'],
    ['令和2年（2020年）10月9日', '2020-10-09'],
    ['平成24年11月26日', '2012-11-26'],
    ['令和元年5月1日', '2019-05-01'],
  ])('%s → %s', (text, iso) => {
    expect(parseJapaneseDate(text)).toBe(iso)
  })

  it('rejects text without an era date', () => {
    expect(() => parseJapaneseDate('2020年10月9日')).toThrow(/Not a Japanese era date/)
  })
})
