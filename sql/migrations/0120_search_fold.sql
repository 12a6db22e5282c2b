-- One search rule for every text search (lib/text/search-fold.ts): NFKC, lower case, katakana → hiragana,
-- applied to what is searched here and to what is asked for in TypeScript. `ＡＩ` finds `AI`, `ｶﾞﾊﾞｸﾗ` finds
-- `ガバクラ`, and a reading typed in katakana finds one stored in hiragana. lib/text/search-fold.test.ts checks
-- that this function and foldForSearch agree character for character.

-- ァ (U+30A1) … ヶ (U+30F6) → ぁ (U+3041) … ゖ (U+3096); ヷ–ヺ and ー have no hiragana and stay.
CREATE FUNCTION app.search_fold(value text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$
    SELECT translate(
      lower(normalize(value, NFKC)),
      'ァアィイゥウェエォオカガキギクグケゲコゴサザシジスズセゼソゾタダチヂッツヅテデトドナニヌネノハバパヒビピフブプヘベペホボポマミムメモャヤュユョヨラリルレロヮワヰヱヲンヴヵヶ',
      'ぁあぃいぅうぇえぉおかがきぎくぐけげこごさざしじすずせぜそぞただちぢっつづてでとどなにぬねのはばぱひびぴふぶぷへべぺほぼぽまみむめもゃやゅゆょよらりるれろゎわゐゑをんゔゕゖ'
    )
  $$;

-- Every element folded, for tag filters (a generated column needs an IMMUTABLE expression).
CREATE FUNCTION app.search_fold_all(value text[]) RETURNS text[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT coalesce(array_agg(app.search_fold(element) ORDER BY position), '{}') FROM unnest(value) WITH ORDINALITY AS u (element, position) $$;

GRANT EXECUTE ON FUNCTION app.search_fold(text), app.search_fold_all(text[])
  TO agreement_svc, disaster_svc, transit_svc, ict_svc, gateway_svc;

-- 先進事例: the haystack and the tags under the search rule (until now: lower() only, and exact tags).
ALTER TABLE ict.shared_case DROP COLUMN search_text;
ALTER TABLE ict.shared_case
  ADD COLUMN search_text text GENERATED ALWAYS AS
    (app.search_fold(title || ' ' || summary || ' ' || source || ' ' || ict.join_tags(tags))) STORED,
  ADD COLUMN search_tags text[] GENERATED ALWAYS AS (app.search_fold_all(tags)) STORED;
-- Trigram index: serves LIKE '%…%' for queries of three characters or more; shorter ones scan.
CREATE INDEX shared_case_search_idx ON ict.shared_case USING gin (search_text gin_trgm_ops);
CREATE INDEX shared_case_search_tags_idx ON ict.shared_case USING gin (search_tags);
