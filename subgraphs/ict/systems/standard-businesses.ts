/**
 * The 20 標準化対象事務: the businesses whose systems every municipality must move to the national
 * standard specifications (地方公共団体情報システムの標準化に関する法律). Order as published.
 */
export const STANDARD_BUSINESSES = [
  '住民基本台帳',
  '戸籍',
  '戸籍の附票',
  '印鑑登録',
  '選挙人名簿管理',
  '固定資産税',
  '個人住民税',
  '法人住民税',
  '軽自動車税',
  '国民健康保険',
  '国民年金',
  '障害者福祉',
  '後期高齢者医療',
  '介護保険',
  '児童手当',
  '生活保護',
  '健康管理',
  '就学',
  '児童扶養手当',
  '子ども・子育て支援',
] as const

const STANDARD = new Set<string>(STANDARD_BUSINESSES)
export const isStandardBusiness = (business: string) => STANDARD.has(business)
