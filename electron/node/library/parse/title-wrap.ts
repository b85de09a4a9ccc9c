// A headline the page wrapped onto two lines or more: the first stops on a word a headline cannot end on.

import { endsSentence, wordCount } from './text.ts';
import { substantialLine } from './title-lines.ts';

/**
 * The words a headline cannot end on, in the languages desks read: a preposition, an article or a
 * conjunction left at the end of a line says the headline goes on below ("… hội đàm với"); so does a
 * comma, in any script ("한·대만 방문단," / "자매지구 지구대회 예방").
 */
const DANGLING =
  /[,，、]$|(?<![\p{L}])(?:with|and|of|to|for|in|on|at|the|a|an|from|by|between|amid|over|into|với|và|của|tại|cho|trong|về|giữa|các|những|de|du|des|et|avec|au|aux|le|la|les|pour|sur|mit|und|der|die|das|den|dem|von|zu|zur|zum|für|im|auf|bei|über|del|con|y|el|los|las|para|por|al|dengan|dan|di|ke|dari|untuk|yang|antara)$/iu;

/** A line set in capitals: a headline a printed page sets over several lines, blank lines between. */
const inCapitals = (l: string): boolean => /\p{Lu}/u.test(l) && !/\p{Ll}/u.test(l);

/**
 * The lines of a headline wrapped at a word it cannot end on, when `chosen` is one of the first two. A headline
 * set in capitals may stand over three or four lines with blank lines between ("SPEECH OF THE VICE PRESIDENT AT"
 * / "THE CEREMONY MARKING 30 YEARS" / "OF DIPLOMATIC RELATIONS"): the capital lines under it go on with it.
 */
export function wrappedWith<T extends { l: string; i: number }>(
  header: T[],
  chosen: T,
): { first: T; second: T; more: T[] } | null {
  const at = header.indexOf(chosen);
  const capitals = (a: T, b: T): boolean => b.i === a.i + 2 && inCapitals(a.l) && inCapitals(b.l);
  const pair = (first: T | undefined, second: T | undefined): { first: T; second: T; more: T[] } | null =>
    first &&
    second &&
    (second.i === first.i + 1 || capitals(first, second)) &&
    DANGLING.test(first.l) &&
    substantialLine(first.l) &&
    !endsSentence(second.l) &&
    wordCount(first.l) + wordCount(second.l) <= 40
      ? { first, second, more: [] }
      : null;
  const wrap = pair(chosen, header[at + 1]) ?? pair(header[at - 1], chosen);
  if (!wrap || !inCapitals(wrap.first.l)) return wrap;
  let words = wordCount(wrap.first.l) + wordCount(wrap.second.l);
  for (let k = header.indexOf(wrap.second) + 1, last = wrap.second; k < header.length; k++) {
    const next = header[k];
    if (!next || endsSentence(last.l) || !(next.i <= last.i + 2 && inCapitals(next.l))) break;
    words += wordCount(next.l);
    if (words > 40) break;
    wrap.more.push(next);
    last = next;
  }
  return wrap;
}
