// One pattern run as several, each small enough for V8 to optimise: a pattern source over 20 KB
// (RegExp::kRegExpTooLargeToOptimize) is compiled without the engine's optimisations and reads 3-4×
// slower. Each way of splitting below gives exactly the matches the whole pattern gives; its
// callers say why their split is exact (tests/unit/parse-patterns-stay-optimisable.test.ts checks the size).

/** What a sticky pattern offers its callers: exec from lastIndex. */
export type StickyMatcher = { lastIndex: number; exec(text: string): RegExpExecArray | null };

/**
 * A sticky pattern `head tail` run as the two: for a tail that matches wherever the head's match
 * ends, the head (with the tail's only way to fail folded into its end) gives the same path the
 * whole pattern would take, and the tail its first match after it. The tail's groups follow the head's.
 */
export function headThenTail(head: RegExp, tail: RegExp): StickyMatcher {
  if (!head.sticky || !tail.sticky) throw new Error('headThenTail(): both patterns must be sticky (y)');
  return {
    lastIndex: 0,
    exec(text) {
      head.lastIndex = this.lastIndex;
      const m = head.exec(text);
      if (!m) {
        this.lastIndex = 0;
        return null;
      }
      tail.lastIndex = m.index + m[0].length;
      const t = tail.exec(text);
      if (!t) throw new Error(`headThenTail(): /${tail.source.slice(0, 40)}…/ did not match where its head ended`);
      m[0] += t[0];
      for (let i = 1; i < t.length; i++) m.push(t[i] as string);
      this.lastIndex = tail.lastIndex;
      return m;
    },
  };
}

/**
 * Every match a global search of one pattern would give, from its parts (flags g, the same groups
 * each), each part a run of the whole pattern's ways to match at a place, the parts in the order the
 * whole tries them: at each place, the leftmost wins, and at the same place the earlier part. A
 * part's next match is kept until the search passes it (lookbehinds read the whole text, so a match
 * does not depend on where its search began).
 */
export function* execAllInTurn(parts: RegExp[], text: string): Generator<RegExpExecArray> {
  const next: (RegExpExecArray | null | undefined)[] = parts.map(() => undefined);
  let from = 0;
  while (from <= text.length) {
    let best = -1;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i] as RegExp;
      let m = next[i];
      if (m === undefined || (m !== null && m.index < from)) {
        const kept = part.lastIndex;
        part.lastIndex = from;
        m = part.exec(text);
        part.lastIndex = kept;
        next[i] = m;
      }
      if (m && (best < 0 || m.index < (next[best] as RegExpExecArray).index)) best = i;
    }
    if (best < 0) return;
    const m = next[best] as RegExpExecArray;
    next[best] = undefined;
    if (m[0].length === 0) throw new Error('execAllInTurn(): for patterns that never match empty');
    from = m.index + m[0].length;
    yield m;
  }
}
