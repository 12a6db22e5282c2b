import { CC_BY_4, table } from '../dataset.js'
import { agreementInitiatives, type InitiativeRef } from './initiatives.js'

/** The 取組内容 lines of the agreement's 別表 (real content: the signed text). */
export const initiativesDataset = table<InitiativeRef>({
  id: 'agreement-initiatives',
  fileStem: 'agreement_initiatives',
  title: { ja: '連携協定の取組内容一覧', en: 'Initiatives of the cooperation agreement' },
  description: {
    ja: '2020年10月9日締結の連携協定 別表に定める取組内容（防災、地域公共交通、ICTインフラ）。協定書の本文どおり。',
    en:
      'The initiatives listed in the annex of the agreement signed on 9 October 2020 ' +
      '(disaster preparedness, public transport, ICT infrastructure), verbatim.',
  },
  keywords: ['連携協定', '取組', 'agreement'],
  theme: 'agreement',
  license: CC_BY_4,
  updateFrequency: 'irregular',
  rows: async function* (gateway) {
    yield* await agreementInitiatives(gateway)
  },
  key: (row) => row.id,
  isSample: () => false,
  columns: [
    { name: '取組ID', type: 'string', value: (row) => row.id },
    { name: '分野ID', type: 'string', value: (row) => row.field.id },
    { name: '分野', type: 'string', value: (row) => row.field.name },
    { name: '番号', type: 'integer', value: (row) => row.number },
    { name: '取組内容', type: 'string', value: (row) => row.text },
  ],
})
