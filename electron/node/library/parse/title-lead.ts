// A headline says what its lead says: the two share names, places and the thing done. A site's
// slogan, a section name, a share button or a photo credit above the headline shares nothing with
// the lead. Where the heading lines' position alone cannot tell which is the headline and the line it
// chose shares nothing with the lead, the lead decides. Words of four letters or more are compared
// (shorter ones are the language's glue: "the", "for", "của"); in scripts without spaces, pairs of letters.

const WORD = /[\p{L}\p{M}]+/gu;
const UNSPACED = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Thai}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** The words of a line (four letters or more, no digits), and pairs of letters in Han, Hangul, Thai and kana runs. */
function words(line: string): Set<string> {
  const out = new Set<string>();
  for (const [w] of line.toLowerCase().matchAll(WORD)) {
    if (UNSPACED.test(w)) for (let i = 0; i + 1 < w.length; i++) out.add(w.slice(i, i + 2));
    else if (w.length >= 4) out.add(w);
  }
  return out;
}

/** How many of the line's words the lead uses. */
export function sharedWithLead(line: string, lead: string): number {
  const inLead = words(lead);
  let n = 0;
  for (const w of words(line)) if (inLead.has(w)) n++;
  return n;
}

/**
 * Of heading lines the position alone leaves open, the one that shares most with the lead (two words
 * at least), when the line the position chose shares none: that one is the site's, not the story's.
 * A deck that shares more than a headline does is no reason to pass the headline over.
 */
export function headlineByLead<T extends { l: string }>(candidates: T[], chosen: T, lead: string | undefined): T {
  if (lead === undefined || candidates.length < 2 || sharedWithLead(chosen.l, lead) > 0) return chosen;
  let best = chosen;
  let most = 1;
  for (const c of candidates) {
    const n = sharedWithLead(c.l, lead);
    if (n > most) [best, most] = [c, n];
  }
  return best;
}
