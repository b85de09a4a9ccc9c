// Korean lists of those present that no event word heads: the sentence itself is the list, and its
// end says they were there. "국제협력 담당관실 A 계장과 총영사관 B 영사 등이 참석했다", "이번 방문단은
// C 나트랑시 시장, D 의회 부의장 등 관계자 8명으로 구성됐다", "E 부정장, F 부의장 등 6명의 방문단
// 일행은 …". Each item is a name and its office (korean-lists.ts reads them); no side, so no country.

import { execAll } from '../patterns.ts';
import { type List, readLists } from './korean-lists.ts';
import type { Mention } from './types.ts';

/** Cheap test before the pattern: a record with none of these words has no such list. */
const GATE = /등|참석|배석|동석|함께|구성|꾸려|꾸린|방문단|대표단|교류단|일행/u;

/**
 * From the start of a sentence (a line's start or after a full stop), a list of at most 300
 * characters, closed by "등" (and others) or a subject particle, then the words that say the people
 * were there: attended, sat in, made up the delegation.
 */
const SENTENCE_LIST =
  /(?<=^|[.。!?]\s*|\n)([^.。!?\n]{6,300}?)(?: ?등(?: \p{Script=Hangul}{2,5}){0,2}?(?: ?(?:모두 )?\d+명)?(?:이|도|은|의|으로)?|이|가)? ?(?:배석|참석|동석|자리를 함께|함께 ?했|함께 ?하였|구성(?:됐|되었|된|하)|꾸려|꾸린|(?:을|를) 포함한 (?:\d+명의? )?(?:방문단|대표단|교류단|일행)|(?:\d+명의? )?(?:방문단|대표단|교류단|일행)(?:은|이|과|와|을)?(?= ))/gmu;

const HOW = 'named in a list of those present';

/** "면담에 배석한 A 장관, B 의원 등을": the list after the words that say they sat in, closed by "등". */
const AFTER_PRESENT = /(?<![\p{L}])(?:배석|참석|동석|수행)한 ([^.。!?\n"“”]{6,300}?) ?등(?:을|이|과|와|도|은)?(?![\p{L}])/gu;

export function koreanAttendingMentions(text: string): [Mention, number][] {
  if (!GATE.test(text)) return [];
  const lists: List[] = [...execAll(SENTENCE_LIST, text)].map((m) => ({
    m,
    body: m[1] ?? '',
    country: null,
    how: HOW,
    event: true,
    sentence: true,
  }));
  for (const m of execAll(AFTER_PRESENT, text)) lists.push({ m, body: m[1] ?? '', country: null, how: HOW, event: true });
  return lists.length ? readLists(text, lists) : [];
}
