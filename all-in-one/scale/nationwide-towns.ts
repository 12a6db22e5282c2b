import { sql } from 'kysely'
import type { Database } from '../../lib/db/database.js'
import { STANDARD_BUSINESSES } from '../../subgraphs/ict/systems/standard-businesses.js'

/** 市町村 1,718 and 特別区 23: the municipalities of Japan, the nine real parties among them. */
export const NATIONWIDE_MUNICIPALITIES = 1741
/** Synthetic 圏域 hold about this many towns each (定住自立圏 and 連携中枢都市圏 hold 2 to ~30). */
const TOWNS_PER_REGION = 12

/** How many municipalities in all, over how many prefectures (01 up to this): 1,741 over all 47 nationwide. */
export interface TownsSize {
  municipalities: number
  prefectures: number
}
const NATIONWIDE: TownsSize = { municipalities: NATIONWIDE_MUNICIPALITIES, prefectures: 47 }

/**
 * Synthetic municipalities up to `size.municipalities` in all (1,741 nationwide), set-based: per prefecture codes
 * numbered from 500 (no real code of the nine parties is among them) with the 総務省 check digit, spread over the
 * prefectures as evenly as the count allows, named 合成市町村 and placed on a rough grid over Japan. Every row is
 * marked sample in its population source. Idempotent: codes that exist are left as they are. A smaller size (the
 * tests' multi-region data) goes through the same statement.
 */
export async function insertNationwideTowns(admin: Database, size: TownsSize = NATIONWIDE): Promise<void> {
  await sql`
    with wanted as (select ${size.municipalities}::int - (select count(*) from agreement.municipality) as n),
    numbered as (
      select g - 1 as i, ((g - 1) % ${size.prefectures}::int) + 1 as pref, (g - 1) / ${size.prefectures}::int as k
        from generate_series(1, greatest((select n from wanted), 0)) g),
    five as (select i, pref, k, lpad(pref::text, 2, '0') || (500 + k)::text as digits from numbered)
    insert into agreement.municipality (code, name, name_kana, name_en, kind, district, office_address,
                                        office_latitude, office_longitude, population, population_year,
                                        population_source, mayor_at_signing)
    select digits || ((11 - ((6 * substr(digits, 1, 1)::int + 5 * substr(digits, 2, 1)::int
                             + 4 * substr(digits, 3, 1)::int + 3 * substr(digits, 4, 1)::int
                             + 2 * substr(digits, 5, 1)::int) % 11)) % 10)::text,
           '合成市町村' || digits, 'ごうせいしちょうそん', 'Sample Town ' || digits,
           case when k % 5 = 0 then 'CITY' when k % 5 = 4 then 'VILLAGE' else 'TOWN' end, null,
           '合成県' || pref || '合成町' || k || '番地 (sample)',
           31 + (47 - pref) * 0.3 + (k % 6) * 0.05, 129.5 + pref * 0.33 + (k / 6) * 0.05,
           2000 + (i * 7919) % 200000, 2020, 'sample: synthetic nationwide scale data (all-in-one/scale)', 'sample'
      from five
    on conflict (code) do nothing`.execute(admin)
}

/**
 * Groups every municipality outside the real agreement into synthetic 圏域 of about twelve neighbours (same
 * prefecture, consecutive codes), each with its centre (the first) and its parties in order; all marked sample.
 */
export async function insertSyntheticRegions(admin: Database): Promise<void> {
  await sql`
    with others as (
      select m.code, substr(m.code, 1, 2) as pref,
             (row_number() over (partition by substr(m.code, 1, 2) order by m.code) - 1) as k
        from agreement.municipality m
       where not exists (select from agreement.party p where p.municipality_code = m.code)),
    grouped as (select code, pref, k / ${TOWNS_PER_REGION} as r, k % ${TOWNS_PER_REGION} + 1 as position from others),
    regions as (
      insert into agreement.region (id, name, kind, centre_municipality_code, signed_on, is_sample)
      select 'sample-' || pref || '-' || r, '合成圏域 ' || pref || '-' || r || ' (sample)',
             case when r % 2 = 0 then 'SETTLEMENT_AND_INDEPENDENCE' else 'CORE_CITY_COOPERATION' end,
             min(code), date '2020-04-01' + (r * 30)::int, true
        from grouped group by pref, r
      on conflict (id) do nothing returning id)
    insert into agreement.region_party (region_id, municipality_code, position)
    select 'sample-' || pref || '-' || r, code, position from grouped
     where 'sample-' || pref || '-' || r in (select id from regions)`.execute(admin)
}

/** The 20 標準化対象事務 for every town that has no system yet: what a nationwide system matrix spans. */
export async function insertSyntheticSystems(admin: Database): Promise<void> {
  await sql`
    insert into ict.system (id, municipality_code, business, vendor, product, deployment, contract_ends_on, is_sample)
    select md5('scale-system-' || m.code || '-' || b.n)::uuid, m.code, b.business, '合成ベンダー' || (b.n % 7),
           '合成製品 ' || b.business, case when b.n % 3 = 0 then 'GOVERNMENT_CLOUD' else 'ON_PREMISES' end,
           date '2026-03-31' + ((b.n * 97 + substr(m.code, 1, 5)::int) % 1500)::int, true
      from agreement.municipality m
     cross join unnest(${[...STANDARD_BUSINESSES]}::text[]) with ordinality as b(business, n)
     where not exists (select from ict.system s where s.municipality_code = m.code)`.execute(admin)
}

/**
 * `count` shelters (ids derived from their number: two runs give the same rows) spread round-robin over every
 * municipality, near its office; all marked sample. Skipped when scale shelters exist already.
 */
export async function insertScaleShelters(admin: Database, count: number): Promise<boolean> {
  const existing = await sql<{
    n: number
  }>`select count(*)::int as n from disaster.shelter where source_id like 'scale-%'`.execute(admin)
  if ((existing.rows[0]?.n ?? 0) > 0) return false
  await sql`
    insert into disaster.shelter (id, municipality_code, name, address, latitude, longitude, capacity, hazard_flood,
                                  hazard_earthquake, is_designated_shelter, source_id, is_sample)
    select md5('scale-shelter-' || g)::uuid, t.code, '合成避難場所' || g, t.name || '合成町' || (g % 100) || '番地',
           t.lat + ((g::bigint * 7919) % 2000 - 1000) / 20000.0, t.lon + ((g::bigint * 104729) % 2000 - 1000) / 20000.0,
           50 + (g % 20) * 25, g % 2 = 0, true, g % 3 = 0, 'scale-' || g, true
    from generate_series(1, ${count}::int) g
    join (select code, name, office_latitude as lat, office_longitude as lon, row_number() over (order by code) - 1 as i
          from agreement.municipality) t on t.i = g % (select count(*) from agreement.municipality)`.execute(admin)
  return true
}
