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
