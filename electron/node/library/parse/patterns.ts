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
