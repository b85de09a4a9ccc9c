// Running a costly pattern only where a cheap one says it could match.

/**
 * Every match of `strict` in `text`, in order, exactly as `text.matchAll` with `strict` made global
 * would give them. `loose` (flags g, and u if strict has it) must match at every position where
 * `strict` does (the same pattern with some lookaheads left out, say); `strict` must be sticky (y).
 * The loose pattern finds where to try, so the strict one, with its costly exclusions, runs only there.
 */
export function* matchesWhereLoose(loose: RegExp, strict: RegExp, text: string): Generator<RegExpExecArray> {
  let from = 0;
  while (from <= text.length) {
    loose.lastIndex = from;
    const candidate = loose.exec(text);
    if (!candidate) return;
    strict.lastIndex = candidate.index;
    const m = strict.exec(text);
    if (m) {
      yield m;
      from = m.index + m[0].length;
      if (m[0].length > 0) continue;
    } else from = candidate.index;
    // Past the position just tried, by a whole character (never into the middle of a surrogate pair).
    from += (text.codePointAt(from) ?? 0) > 0xffff ? 2 : 1;
  }
}

/**
 * Every match of the global pattern `re` in `text`, as `text.matchAll(re)` gives them, without
 * the copy of the pattern matchAll makes on every call: for the parser's largest patterns (country
 * and title lists, 10–18 KB) that copy cost more than the search. Safe to nest, and the pattern's
 * lastIndex is as it was whenever other code runs (between matches too), as with matchAll's copy.
 */
export function* execAll(re: RegExp, text: string): Generator<RegExpExecArray> {
  if (!re.global) throw new TypeError(`execAll needs a global pattern: /${re.source.slice(0, 40)}…/`);
  const wholeCharacters = re.unicode || re.flags.includes('v');
  const kept = re.lastIndex;
  let from = kept;
  while (from <= text.length) {
    re.lastIndex = from;
    const m = re.exec(text);
    re.lastIndex = kept;
    if (!m) return;
    from = m.index + m[0].length;
    // An empty match moves on by one character, as matchAll does.
    if (m[0].length === 0) from += wholeCharacters && (text.codePointAt(from) ?? 0) > 0xffff ? 2 : 1;
    yield m;
  }
}

/** The word of small letters and the one space just before a position, as a whole word (read backwards from it). */
const WORD_BEFORE = /(?<=(?<![\p{L}])(\p{Ll}+) )/uy;
/** …or of any letters, for a pattern whose word before the head may be capitalised (Dutch "de Nederlandse minister"). */
const ANY_WORD_BEFORE = /(?<=(?<![\p{L}])(\p{L}+) )/uy;

/**
 * Where a pattern of the form "(?<![\p{L}…])(?:(\p{Ll}{4,}) )?(head)…" could start: at a head, or
 * at the word of small letters and the one space just before it. Sorted, each once.
 */
function headStarts(heads: RegExp, text: string, capitalised = false): number[] {
  const before = capitalised ? ANY_WORD_BEFORE : WORD_BEFORE;
  const out: number[] = [];
  heads.lastIndex = 0;
  for (let m = heads.exec(text); m; heads.lastIndex = m.index + 1, m = heads.exec(text)) {
    const h = m.index;
    if (text.charCodeAt(h - 1) === 32) {
      before.lastIndex = h;
      const word = before.exec(text)?.[1];
      if (word) out.push(h - 1 - word.length);
    }
    out.push(h);
  }
  return out.length > 1 ? [...new Set(out)].sort((a, b) => a - b) : out;
}

/**
 * Every match of `strict` (sticky, y) in `text`, as a global search would give them, for a pattern
 * whose every match starts at a head or at one whole word of small letters (\p{Ll}) and one space
 * before a head, and is never empty. `heads` (flags g, and u and i as needed) must match at every
 * position where a match's head starts; the pattern is tried only at those starts.
 */
export function* matchesAtHeads(heads: RegExp, strict: RegExp, text: string, capitalised = false): Generator<RegExpExecArray> {
  let floor = 0;
  for (const at of headStarts(heads, text, capitalised)) {
    if (at < floor) continue;
    strict.lastIndex = at;
    const m = strict.exec(text);
    if (m && m[0].length > 0) {
      yield m;
      floor = m.index + m[0].length;
    }
  }
}

/**
 * How many times the global pattern `re` matches in `text`, as `text.match(re)?.length` would say,
 * without building the array of every match: a record of megabytes has millions of letters, and an
 * array of them cost more memory than the record (tests/robustness/html.test.ts).
 */
export function countMatches(re: RegExp, text: string): number {
  if (!re.global) throw new TypeError(`countMatches needs a global pattern: /${re.source.slice(0, 40)}…/`);
  // test() builds no match object: counting millions of letters allocates nothing.
  const kept = re.lastIndex;
  let n = 0;
  let lastEnd = -1;
  re.lastIndex = 0;
  while (re.test(text)) {
    // Two matches ending at one place: the pattern matched the empty string, which test() cannot step past as
    // match() does. Counted match by match instead.
    if (re.lastIndex === lastEnd) {
      re.lastIndex = 0;
      n = 0;
      for (const _ of execAll(re, text)) n++;
      re.lastIndex = kept;
      return n;
    }
    n++;
    lastEnd = re.lastIndex;
  }
  re.lastIndex = kept;
  return n;
}

/** The runs of letters in `text`, one at a time, as `text.match(/\p{L}+/gu)` lists them. */
export function* wordsOf(text: string): Generator<string> {
  for (const m of execAll(LETTER_RUN, text)) yield m[0];
}
const LETTER_RUN = /\p{L}+/gu;
