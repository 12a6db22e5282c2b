import { sql } from 'kysely'
import type { Database } from '../../lib/db/database.js'

/** Who recorded the disaster day's rows: also how a seeded database is known to have it. */
const RECORDED_BY = 'sample:scale-disaster-day'
/** The day's first report, fixed so that two seeds give the same rows. */
const DAY_START = '2026-09-01T06:00:00+09:00'

/**
 * A disaster day over part of the nationwide data, so that what the board, the wide-area search and the situation
 * pages read at scale is not only a quiet day: in one synthetic 圏域 of every seven (`regionsOneIn`; 234 towns
 * nationwide) the centre sets up its 災害対策本部 and the others 警戒体制, each town issues 警戒レベル 3–5 for two
 * areas, and two shelters of five open with three reports each through the morning (evacuees at 30, 60 and 80 % of
 * capacity): 16,218 reports nationwide, their latest kept by the reports' own trigger (migration 0131). Set-based,
 * deterministic, marked sample; a database that has it already is left as it is. Returns whether it inserted.
 */
export async function insertDisasterDay(admin: Database, { regionsOneIn = 7 } = {}): Promise<boolean> {
  const done = await sql`select 1 from disaster.response_status where recorded_by = ${RECORDED_BY} limit 1`.execute(
    admin,
  )
  if (done.rows.length > 0) return false
  await admin.transaction().execute(async (trx) => {
    await sql`
      create temporary table affected_town on commit drop as
      select rp.municipality_code as code, rp.municipality_code = r.centre_municipality_code as is_centre,
             row_number() over (order by rp.municipality_code)::int as k
        from agreement.region r join agreement.region_party rp on rp.region_id = r.id
       where r.is_sample
         and (split_part(r.id, '-', 2)::int + split_part(r.id, '-', 3)::int) % ${regionsOneIn}::int = 0`.execute(trx)
    await sql`
      insert into disaster.response_status (municipality_code, headquarters_level, note, recorded_by, recorded_at,
                                            is_sample)
      select code, case when is_centre then 'HEADQUARTERS' else 'ALERT' end, 'sample: synthetic disaster day',
             ${RECORDED_BY}, ${DAY_START}::timestamptz, true
        from affected_town`.execute(trx)
    await sql`
      insert into disaster.evacuation_alert (municipality_code, area, level, note, issued_by, issued_at, is_sample)
      select code, '合成地区' || a, 3 + (k + a) % 3, 'sample: synthetic disaster day', ${RECORDED_BY},
             ${DAY_START}::timestamptz + interval '30 minutes', true
        from affected_town cross join generate_series(1, 2) a`.execute(trx)
    await sql`
      insert into disaster.shelter_status_report (shelter_id, municipality_code, is_open, evacuees, needs, reported_by,
                                                  reported_at, is_sample)
      select s.id, s.municipality_code, true, coalesce(s.capacity, 100) * p.share / 100, '', ${RECORDED_BY},
             ${DAY_START}::timestamptz + p.hours * interval '1 hour', true
        from disaster.shelter s
        join affected_town t on t.code = s.municipality_code
       cross join (values (1, 30), (3, 60), (5, 80)) p(hours, share)
       where s.retired_at is null and get_byte(decode(md5(s.id::text), 'hex'), 0) % 5 < 2
       order by p.hours, s.id`.execute(trx)
  })
  return true
}
