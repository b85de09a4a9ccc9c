// One person written two ways in one record: a slip of the keyboard ("Sirojiddin" / "Siorjiddin",
// "Michael" / "Michel"), a long word cut short by the page ("Kang Myon" for "Kang Myongil"), the
// same letters spaced differently ("럼 반 비" / "럼반비"), a name in the genitive of the Nordic and
// German languages ("Kolbergs tur", "Macrons energi"). The desk officer wants one person, not two.

/** Scripts whose names are whole syllables: one letter changed there is another name ("김영남" / "김영삼"). */
const SYLLABIC = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** One letter added, dropped, changed, or two neighbours swapped. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length)
    return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.slice(i) === long.slice(i + 1);
}

/**
 * Two words of long names that are one word slipped: a long word (7 letters or more, where another
 * name one letter away is rare) one edit from the other, one letter changed in a word of 5 or 6 when
 * two other words of the names agree, or a word of 4 letters or more that starts a longer one of 6
 * or more (the page cut it). Short words are left: "Hoan" is not "Hoang".
 */
function slipped(a: string, b: string, agreeing = 1): boolean {
  if (SYLLABIC.test(a) || SYLLABIC.test(b) || !/^[\p{L}\p{M}'’-]+$/u.test(a) || !/^[\p{L}\p{M}'’-]+$/u.test(b)) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length >= 7 && oneEditApart(short, long)) return true;
  // Two other words the same ("Airin Rachmi Diani" / "… Diany"): one letter changed in a word of 5 or 6 is the same slip.
  if (agreeing >= 2 && short.length === long.length && long.length >= 5 && oneEditApart(short, long)) return true;
  return short.length >= 4 && long.length >= 6 && long.startsWith(short);
}

/**
 * A Japanese surname alone ("岩屋外務大臣", "鈴木知事") for the full name written elsewhere ("岩屋毅"), or a
 * Han name the page cut short ("逢澤一" for "逢澤一郎"): two Han characters or more that begin a Han name
 * of four at most. Han names are written whole; a shorter one inside a longer is the same person.
 */
const HAN_NAME = /^\p{Script=Han}{2,4}$/u;
const hanShortFor = (short: string, long: string): boolean =>
  HAN_NAME.test(short) && HAN_NAME.test(long) && long.length > short.length && long.startsWith(short);

/** A Nordic or German genitive of a one-word name: "Kolbergs" is Kolberg's. */
const genitiveOf = (word: string, name: string): boolean =>
  word.length >= 5 && word === `${name}s` && !SYLLABIC.test(word) && !name.endsWith('s');

/**
 * Same person, the words of the names given (folded): the same letters spaced otherwise; the same
 * words but one slipped; or a one-word genitive of the other's last word.
 */
export function writtenTwoWays(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  if ((a.length > 1 || b.length > 1) && a.length !== b.length && a.join('') === b.join('')) return true;
  if (a.length === 1 && b.length > 1) return genitiveOf(a[0] as string, b.at(-1) as string);
  if (b.length === 1 && a.length > 1) return genitiveOf(b[0] as string, a.at(-1) as string);
  if (a.length === 1 && b.length === 1) {
    const [x, y] = [a[0] as string, b[0] as string];
    return genitiveOf(x, y) || genitiveOf(y, x) || hanShortFor(x, y) || hanShortFor(y, x);
  }
  if (a.length !== b.length) return false;
  const differ = a.flatMap((t, i) => (t === b[i] ? [] : [i]));
  return differ.length === 1 && slipped(a[differ[0] as number] as string, b[differ[0] as number] as string, a.length - 1);
}

/** The whole form of a name written cut short or in the genitive before: "Kang Myongil" for "Kang Myon", "Macron" for "Macrons". */
export function wholerForm(before: string[], now: string[]): boolean {
  if (before.length !== now.length || before.length === 0) return false;
  const last = before.length - 1;
  if (before.slice(0, last).join(' ') !== now.slice(0, last).join(' ')) return false;
  const was = before[last] as string;
  const is = now[last] as string;
  if (genitiveOf(is, was)) return false;
  if (hanShortFor(was, is)) return true;
  return (is.length > was.length && is.startsWith(was) && slipped(was, is)) || genitiveOf(was, is);
}
