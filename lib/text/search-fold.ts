/**
 * The one rule every text search applies to both sides (what is searched and what is asked for), so that
 * the ways Japanese text is commonly typed find each other:
 *
 * 1. Unicode NFKC: full-width letters and digits become ASCII (`ＡＩ` → `AI`, `１２` → `12`), half-width
 *    katakana become full-width (`ｶﾅ` → `カナ`), compatibility characters their plain forms (`㈱` → `(株)`).
 * 2. Lower case (`AI` → `ai`).
 * 3. Katakana → hiragana (`カナ` → `かな`, `ヴ` → `ゔ`), so a reading typed in either script matches.
 *
 * PostgreSQL applies the same rule as `app.search_fold(text)` (migration 0120) to the columns it searches;
 * `lib/text/search-fold.test.ts` checks that the two agree character for character.
 */
export function foldForSearch(text: string): string {
  return katakanaToHiragana(lowerEachCharacter(text.normalize('NFKC')))
}

/**
 * Lower case one character at a time, each to one character, as PostgreSQL's lower() does: JavaScript's
 * toLowerCase looks at neighbours (a final Σ becomes ς) and may grow a character (İ becomes i + U+0307).
 */
function lowerEachCharacter(text: string): string {
  return text.replace(/[\p{Lu}\p{Lt}]/gu, (char) => String.fromCodePoint(char.toLowerCase().codePointAt(0) ?? 0x3f))
}

/** ァ (U+30A1) … ヶ (U+30F6) sit exactly 0x60 above ぁ (U+3041) … ゖ (U+3096); ヷ–ヺ and ー have no hiragana. */
const KATAKANA = /[\u30a1-\u30f6]/g
const KANA_OFFSET = 0x60

function katakanaToHiragana(text: string): string {
  return text.replace(KATAKANA, (char) => String.fromCharCode(char.charCodeAt(0) - KANA_OFFSET))
}

/** Whether `haystack` contains `needle` under the search rule (an empty needle matches everything). */
export function matchesSearch(haystack: string, needle: string): boolean {
  return foldForSearch(haystack).includes(foldForSearch(needle))
}
