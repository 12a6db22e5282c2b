import { describe, expect, it } from 'vitest'
import { placeKey } from './match-keys.js'

describe('placeKey', () => {
  it('recognises a place whose address a file writes with or without its prefecture, 郡 and town', () => {
    const bare = placeKey({ name: '美郷町公民館', address: '土崎1番地' }, '美郷町')
    for (const address of ['秋田県仙北郡美郷町土崎1番地', '秋田県 美郷町土崎１', '仙北郡美郷町土崎1'])
      expect(placeKey({ name: '美郷町公民館', address }, '美郷町')).toBe(bare)
    const tsukigata = placeKey({ name: '月形町体育館', address: '1219番地' }, '月形町')
    expect(placeKey({ name: '月形町体育館', address: '北海道樺戸郡月形町1219' }, '月形町')).toBe(tsukigata)
  })

  it('keeps places apart that differ after the prefecture', () => {
    expect(placeKey({ name: '公民館', address: '東京都千代田区1' }, '千代田区')).not.toBe(
      placeKey({ name: '公民館', address: '東京都千代田区2' }, '千代田区'),
    )
  })
})
