// Which of a saved page's headings is the article's headline. Pages print section names in an
// <h1> too ("World", "経済・IT"), glue a kicker or the date into the headline's <h1> ("Minderheit
// in Syrien - Drusen fordern …", "1. Februar 2022 Bundesministerin Raab: …"), and say in their
// metadata (sharing title, structured data) what the headline is. The page is read against itself:
// the heading its own metadata names wins; no list of sites.

/** Compared without case, accents, quotes, entities or spacing. */
const key = (s: string): string =>
  s
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** A heading that says something: four words, or eight characters in scripts written without spaces. */
const says = (s: string): boolean =>
  words(s) >= 4 || (s.match(/[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length >= 8;

/**
 * The heading glued after a short kicker, section or date: "Politics | St. Louis Park elects …"
 * when the metadata says "St. Louis Park elects …". The tail as the page prints it.
 */
function tailOf(heading: string, title: string): string | null {
  const h = key(heading);
  const t = key(title);
  if (t.length < 12 || h === t || !h.endsWith(` ${t}`)) return null;
  const head = h.slice(0, h.length - t.length).trim();
  if (words(head) > 6) return null;
  // The shortest end of the printed heading that reads as the title: no separator left before it.
  const printed = heading.trim();
  for (let i = printed.length - 1; i > 0; i--)
    if (/\s/.test(printed[i - 1] ?? '') && key(printed.slice(i)) === t) return printed.slice(i);
  return null;
}

/**
 * The article's headline among the page's <h1> texts, given the titles its metadata states
 * (sharing title with the site name taken off, structured-data headline, headline tag).
 */
export function pageHeadline(
  h1s: string[],
  metaTitles: string[],
  inChrome: string[] = [],
  /** The site's name (its sharing name, or the part of its <title> after the headline). */
  site: string | null = null,
  /** The sharing title as the page states it, nothing taken off ("Habeck in München - Windkraft …"). */
  whole: string | null = null,
): string | null {
  const headings = h1s.map((h) => h.trim()).filter((h) => h !== '');
  const titles = metaTitles.map((t) => t.trim()).filter((t) => t !== '');
  // A heading the metadata names exactly, in the article or else in the page's chrome.
  const named = [...headings, ...inChrome].find((h) => titles.some((t) => key(t) === key(h)));
  if (named) return named;
  // The heading the sharing title states word for word: a dash inside it ("Habeck in München -
  // Windkraft …", "… New York – folgt schon bald der Nächste?") joins the headline's halves; no site
  // name or kicker stands there to take off.
  const stated = whole === null ? undefined : [...headings, ...inChrome].find((h) => says(h) && key(h) === key(whole));
  if (stated) return stated;
  // A heading with a kicker or date before the headline the metadata names.
  for (const h of headings)
    for (const t of titles) {
      const tail = tailOf(h, t);
      if (tail) return tail;
    }
  // A heading the metadata's title holds with more around it ("Headline|Portal", "Kicker: Headline").
  const held = headings.find((h) => says(h) && titles.some((t) => key(t).includes(key(h))));
  if (held) return held;
  // Otherwise the first heading that says something, before section names, and not the site's own
  // name in an <h1> logo ("Example Times Online News" on a page titled "… | Example Times").
  const logo = (h: string): boolean => site !== null && key(site).length >= 3 && ` ${key(h)} `.includes(` ${key(site)} `);
  const saying = headings.filter((h) => says(h) && !logo(h));
  if (saying.length === 0 && headings.some(logo)) return null;
  // A page whose <title> and metadata agree on a headline, and whose headings share not a word
  // with it, prints another story's or a box's heading ("Topnews", a weekly column's teaser): none
  // is the article's. One source alone may be a sharing title written apart from the headline.
  const stating = titles.filter((t) => says(t) && titles.filter((u) => key(u) === key(t)).length >= 2);
  if (stating.length > 0 && !headings.some((h) => stating.some((t) => sharesWords(h, t)))) return null;
  return saying[0] ?? headings[0] ?? null;
}

/** The words of a text, and in scripts written without spaces its pairs of characters. */
function wordsOf(s: string): Set<string> {
  const out = new Set<string>();
  for (const w of key(s).split(' ')) {
    if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(w))
      for (let i = 0; i + 1 < w.length; i++) out.add(w.slice(i, i + 2));
    else if (w.length >= 4) out.add(w);
  }
  return out;
}

/** Two texts have a telling word (or pair of characters) in common. */
function sharesWords(a: string, b: string): boolean {
  const bw = wordsOf(b);
  for (const w of wordsOf(a)) if (bw.has(w)) return true;
  return false;
}

/**
 * The headline without the kicker the page marks up apart from it: a sharing title or structured
 * data that run the two together ("Grenzschließungen: Deutschland, Frankreich und …", "Ausschuss
 * zur Ahrtal-Flut: Zwei Rücktritte …") give the headline the page prints after its kicker.
 */
const QUOTED = /^["'«»„“”‚‘’‹›「『].*["'«»“”‘’‹›」』]$/u;

export function withoutMarkedKicker(heading: string, kicked: { kicker: string; headline: string }[]): string {
  const whole = key(heading);
  // A quotation before the headline ("\"Es wird bald beginnen\": Trump spricht …") is its first half, not a rubric.
  const split = kicked.find((k) => !QUOTED.test(k.kicker) && key(`${k.kicker} ${k.headline}`) === whole);
  return split ? split.headline : heading;
}
