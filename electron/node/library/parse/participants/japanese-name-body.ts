// A Japanese list of officials writes each name, then the body or the field the office is in, then the title,
// with no space or dot between: "呉某某国際交流処処長" (the head of the international exchange division),
// "王某人文学院教授", "李某全国政治協商会議副主席", "山田太郎台南市外交顧問". The name is the first few kanji
// of the run, the rest opens as a body's or a field's name does: a field of the language's own words
// ("国際", "人文学", "事務", "全国"), or a place with its suffix that the record names elsewhere too.
// cjk-japanese.ts asks here where such a name ends, when the run is too long to be a name.

import { countryPrefix, countryWord } from './cjk-offices.ts';
import { FIELD_START } from './japanese-name-place.ts';

/** Words that open the name of a body of state or its field: the nation's, a city's administration, the people's, a government, the press. */
const BODY_OPENS = /^(?:全国|市政|人民|政府|新聞|外交|国務|中央)/u;
/** A place and its suffix opening the body: "台南市", "広東省". */
const PLACE_OPENS = /^\p{Script=Han}{1,3}[都道府県市省州]/u;
/** Kanji of a body, a place or a field, which no name holds: the run before them is no name either. */
const NOT_NAME_CHAR = /[学研究際交流開発企画業務事部課局室所館院省庁会団協党社府県市区町村都道州国]/u;
/** Which holder or whose, not a surname: "同", "前", "本", "駐", "副", "全", "在". */
const NOT_NAME_START = /^[同前元現新各両本当貴駐副正准故次全首総在]/u;

/** Times `s` occurs in `text`. */
const count = (text: string, s: string): number => text.split(s).length - 1;

/**
 * The name at the start of a run of five kanji or more, and the body after it: three kanji first (a Chinese name),
 * then four (a Japanese one). Null when no split leaves a name before a body's or a field's opening word.
 */
export function nameBeforeBody(run: string, text: string): { name: string; body: string } | null {
  if (run.length < 5) return null;
  for (const n of [3, 4]) {
    const name = run.slice(0, n);
    const body = run.slice(n);
    if (body.length < 2 || NOT_NAME_CHAR.test(name) || NOT_NAME_START.test(name)) continue;
    // "名古屋国際…": a place the record names with its suffix elsewhere ("名古屋市"), or a country, is no name.
    const elsewhere = text.split(run).join('、');
    if (countryWord(name) || countryPrefix(name) || new RegExp(`${name}[都道府県市区町村省州]`, 'u').test(elsewhere)) continue;
    const place = PLACE_OPENS.exec(body)?.[0];
    if (FIELD_START.test(body) || BODY_OPENS.test(body) || (place !== undefined && count(text, place) >= 2))
      return { name, body };
  }
  return null;
}
