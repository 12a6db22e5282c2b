import {
  OpenDataAgreementPartiesDocument,
  type OpenDataAgreementPartiesQuery,
} from '../../../codegen/opendata-operations.js'
import { CC_BY_4, table } from '../dataset.js'

type PartyRow = OpenDataAgreementPartiesQuery['agreement']['parties'][number]

/** The nine signatories of the agreement as the signed text names them (real content, never sample). */
export const agreementParties = table<PartyRow>({
  id: 'agreement-parties',
  fileStem: 'agreement_parties',
  title: { ja: '連携協定の締結市町（署名者）', en: 'Parties to the cooperation agreement' },
  description: {
    ja: '南空知圏域の形成に関する協定書に署名した市町：署名順、署名者の職名と氏名、協定書に記載の住所。協定書の本文どおり。',
    en:
      'The municipalities that signed the agreement: order of signature, ' +
      'signatory title and name, and the address as written in the agreement.',
  },
  keywords: ['連携協定', '協定書', '締結市町', 'agreement'],
  theme: 'agreement',
  license: CC_BY_4,
  updateFrequency: 'irregular',
  rows: async function* (gateway) {
    yield* (await gateway.query(OpenDataAgreementPartiesDocument)).agreement.parties
  },
  primaryKey: ['市区町村コード'],
  key: (row) => row.municipality.code,
  isSample: () => false,
  municipalityCode: (row) => row.municipality.code,
  columns: [
    { name: '署名順', type: 'integer', value: (row) => row.position },
    { name: '市区町村コード', type: 'string', value: (row) => row.municipality.code },
    { name: '市区町村名', type: 'string', value: (row) => row.municipality.name },
    { name: '住所', type: 'string', value: (row) => row.addressAsWritten },
    { name: '署名者職名', type: 'string', value: (row) => row.signatoryTitle },
    { name: '署名者氏名', type: 'string', value: (row) => row.signatoryName },
  ],
})
