/**
 * Readings (hiragana) of the kanji words our datasets are found by, so a resident typing the reading — on a
 * phone before converting, or in half-width katakana from an old system (`ﾋﾅﾝ`) — finds 避難.
 *
 * Why a list here and not a dictionary library: a morphological analyser (kuromoji, MeCab) is tens of MB for a
 * catalog of a few dozen datasets; the words people search this catalog by are few and known. The portal adds
 * the reading of every listed word that occurs in a dataset's searchable text (title, description, keywords,
 * column names, town names), so a new dataset needs no reading of its own unless it brings a new word: add it
 * here. Longer words are listed beside their parts (避難場所 beside 避難 and 場所) so whole readings match too.
 */
export const READINGS: ReadonlyMap<string, readonly string[]> = new Map([
  ['避難', ['ひなん']],
  ['避難所', ['ひなんじょ', 'ひなんしょ']],
  ['避難場所', ['ひなんばしょ']],
  ['場所', ['ばしょ']],
  ['緊急', ['きんきゅう']],
  ['指定', ['してい']],
  ['福祉', ['ふくし']],
  ['防災', ['ぼうさい']],
  ['災害', ['さいがい']],
  ['警戒', ['けいかい']],
  ['訓練', ['くんれん']],
  ['備蓄', ['びちく']],
  ['混雑', ['こんざつ']],
  ['交通', ['こうつう']],
  ['公共交通', ['こうきょうこうつう']],
  ['地域', ['ちいき']],
  ['時刻表', ['じこくひょう']],
  ['路線', ['ろせん']],
  ['停留所', ['ていりゅうじょ']],
  ['運転士', ['うんてんし']],
  ['担い手', ['にないて']],
  ['利用', ['りよう']],
  ['実績', ['じっせき']],
  ['連携', ['れんけい']],
  ['協定', ['きょうてい']],
  ['費用', ['ひよう']],
  ['定住自立圏', ['ていじゅうじりつけん']],
  ['実証', ['じっしょう']],
  ['事例', ['じれい']],
  ['標準化', ['ひょうじゅんか']],
  ['岩見沢', ['いわみざわ']],
  ['夕張', ['ゆうばり']],
  ['美唄', ['びばい']],
  ['三笠', ['みかさ']],
  ['南幌', ['なんぽろ']],
  ['由仁', ['ゆに']],
  ['長沼', ['ながぬま']],
  ['栗山', ['くりやま']],
  ['月形', ['つきがた']],
  ['南空知', ['みなみそらち']],
])

/** The readings of every listed word that occurs in `text`. */
export function readingsIn(text: string): string[] {
  const found: string[] = []
  for (const [word, readings] of READINGS) if (text.includes(word)) found.push(...readings)
  return found
}
