// What a web page says about itself, as evidence for the parser: Open Graph and article meta
// tags, JSON-LD (schema.org NewsArticle, also inside @graph), <time datetime> and itemprop
// microdata. Each value keeps its own confidence and reason, so the resolver can weigh a
// page's structured date against the byline it prints, and the Reader can say where it came from.
// A modification date ("og:updated_time", "dateModified") is not when the record was published
// and is not offered.

import { firstFullDate } from '../parse/dates.ts';
import { type Candidate, candidate } from '../parse/evidence.ts';
import { spelledSite, trimSiteName } from './site-name.ts';
import { cleanHint, isoDateOf } from './types.ts';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function metaContent(document: Document, name: string): string | null {
  const el = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
  return cleanHint(el?.getAttribute('content'));
}

/** A publisher value that is a link (article:publisher is often a Facebook page) names nobody. */
const isName = (s: string | null): s is string => s !== null && !/^(?:https?:|www\.)|^\S+\.(?:com|net|org)\/\S*$/i.test(s);

/** Every object in the page's JSON-LD blocks, @graph arrays and nested lists flattened. */
export function jsonLdObjects(document: Document): Record<string, Json>[] {
  const out: Record<string, Json>[] = [];
  const walk = (v: Json, depth: number): void => {
    if (depth > 4 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) walk(x, depth + 1);
      return;
    }
    out.push(v);
    if (v['@graph']) walk(v['@graph'], depth + 1);
    // A WebPage whose mainEntity is the NewsArticle.
    if (v.mainEntity && typeof v.mainEntity === 'object') walk(v.mainEntity, depth + 1);
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      // CMSs leave raw newlines and trailing commas in JSON-LD; the first are harmless once collapsed.
      walk(JSON.parse((script.textContent ?? '').replace(/[\r\n\t]+/g, ' ')) as Json, 0);
    } catch {
      // Broken JSON-LD says nothing.
    }
  }
  return out;
}

/** A timestamp written in UTC ("2023-11-09T05:30:59Z", "…+00:00"): its hour; null for a local time or a bare date. */
export function utcHourOf(raw: string | null | undefined): number | null {
  const s = (raw ?? '').trim();
  const m =
    /^\d{4}-\d{2}-\d{2}[T ](\d{2}):\d{2}(?::\d{1,2}(?:\.\d+)?)?\s*(?:Z|[+-]00:?00)$/i.exec(s) ??
    // The mail and feed form: "Wed, 04 May 2022 00:25:56 GMT".
    /^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+(\d{2}):\d{2}(?::\d{2})?\s*(?:GMT|UTC|Z|[+-]0000)$/i.exec(s);
  return m ? Number(m[1]) : null;
}

/** The candidates of a publication date read from raw, marked with its UTC hour when it was written in UTC. */
function stamped(raw: string | null | undefined, found: Candidate[]): Candidate[] {
  const hour = utcHourOf(raw);
  return hour === null ? found : found.map((c) => ({ ...c, utcHour: hour }));
}

const typeOf = (o: Record<string, Json>): string[] =>
  (Array.isArray(o['@type']) ? o['@type'] : [o['@type']]).filter((t): t is string => typeof t === 'string');

const ARTICLE_TYPE = /Article$|^(?:Report|BlogPosting|LiveBlogPosting|PressRelease|WebPage)$/;

const str = (v: Json | undefined): string | null => (typeof v === 'string' ? cleanHint(v) : null);

function nameOf(v: Json | undefined): string | null {
  if (typeof v === 'string') return cleanHint(v);
  if (Array.isArray(v)) return nameOf(v[0]);
  if (v && typeof v === 'object') return str(v.name);
  return null;
}

/** Candidates from JSON-LD: an article's headline, datePublished (or dateCreated) and publisher. */
function jsonLdCandidates(document: Document): Candidate[] {
  const objects = jsonLdObjects(document);
  // The article, else any typed object with a date or a headline (a bare WebPage).
  const articles = objects.filter((o) => typeOf(o).some((t) => ARTICLE_TYPE.test(t)));
  const pool = articles.length > 0 ? articles : objects;
  const out: Candidate[] = [];
  const first = <T>(f: (o: Record<string, Json>) => T | null): T | null => {
    for (const o of pool) {
      const v = f(o);
      if (v !== null) return v;
    }
    return null;
  };
  const published = first((o) => (isoDateOf(str(o.datePublished)) ? str(o.datePublished) : null));
  out.push(
    ...stamped(
      published,
      candidate('publishedAt', isoDateOf(published), 'metadata', 0.9, "from the page's publication date (structured data)"),
    ),
  );
  if (!out.length)
    out.push(
      ...candidate(
        'publishedAt',
        first((o) => isoDateOf(str(o.dateCreated))),
        'metadata',
        0.7,
        'from the date the page says the article was written (structured data)',
      ),
    );
  out.push(
    ...candidate(
      'title',
      first((o) => str(o.headline)),
      'metadata',
      0.6,
      "from the page's headline (structured data)",
    ),
  );
  const publisher =
    first((o) => {
      const n = nameOf(o.publisher);
      return isName(n) ? n : null;
    }) ??
    // A page that describes only its site: the Organization or WebSite it names.
    objects
      .filter((o) => typeOf(o).some((t) => /^(?:NewsMediaOrganization|Organization|WebSite)$/.test(t)))
      .map((o) => str(o.name))[0] ??
    null;
  out.push(
    ...candidate(
      'publisher',
      isName(publisher) ? publisher : null,
      'metadata',
      0.85,
      "from the page's publisher (structured data)",
    ),
  );
  return out;
}

/**
 * A CMS's date block that Readability leaves out of the article: an element whose class says it
 * holds the publication date ("yle__article__date--published", "meta_date", "post-date"), its text
 * a full date ("2.9.2020 klo 12.45", "erstellt: 01. April 2025, 15:25"). Only a short text with a
 * stated year, and only a block that names publication, not an update or a related story's date.
 */
const DATE_BLOCK =
  '[class*="date--published" i], [class*="date-published" i], [class*="published-date" i], [class*="publish-date" i], [class*="pubdate" i], [class*="meta_date" i], [class*="meta-date" i], [class*="post-date" i], [class*="article-date" i], [class*="article__date" i]';
function dateBlock(document: Document): { date: string; text: string } | null {
  for (const el of Array.from(document.querySelectorAll(DATE_BLOCK)).slice(0, 3)) {
    if (/updat|modif|related|teaser/i.test(el.getAttribute('class') ?? '')) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length < 6 || text.length > 60) continue;
    const date = firstFullDate(text);
    if (date) return { date, text };
  }
  return null;
}

/** The <time datetime> the article shows under its headline; else the first on the page, which is weaker. */
function timeCandidates(document: Document): Candidate[] {
  const pub = document.querySelector('[itemprop="datePublished"]');
  const marked = pub?.getAttribute('datetime') ?? pub?.getAttribute('content') ?? pub?.textContent;
  const fromItemprop = isoDateOf(marked);
  if (fromItemprop)
    return stamped(marked, candidate('publishedAt', fromItemprop, 'metadata', 0.85, "from the page's marked publication date"));
  const inHeader = document.querySelector(
    'h1 time[datetime], article header time[datetime], header time[datetime], article time[datetime], time[pubdate][datetime], [class*="date" i] time[datetime], time[datetime][class*="date" i], [class*="byline" i] time[datetime]',
  );
  const header = isoDateOf(inHeader?.getAttribute('datetime'));
  if (header)
    return stamped(
      inHeader?.getAttribute('datetime'),
      candidate('publishedAt', header, 'byline', 0.75, 'from the date shown with the article'),
    );
  const block = dateBlock(document);
  if (block) return candidate('publishedAt', block.date, 'byline', 0.7, `from the page's date block "${block.text}"`);
  const any = isoDateOf(document.querySelector('time[datetime]')?.getAttribute('datetime'));
  // A <time> anywhere may be a related story's or today's date: a weak hint only.
  return candidate('publishedAt', any, 'metadata', 0.45, 'from the first date marked on the page (not clearly the article’s)');
}

/** All the page's metadata as candidates with their reasons. Call before scripts are removed. */
export function pageMetadataCandidates(document: Document): Candidate[] {
  const site = spelledSite(metaContent(document, 'og:site_name'), document);
  const articlePublisher = metaContent(document, 'article:publisher');
  const out: Candidate[] = [
    ...jsonLdCandidates(document),
    ...candidate('publisher', site, 'metadata', 0.8, "from the page's site name"),
    ...candidate(
      'publisher',
      isName(articlePublisher) ? articlePublisher : null,
      'metadata',
      0.7,
      "from the page's publisher tag",
    ),
    ...candidate(
      'publisher',
      metaContent(document, 'dc.publisher') ?? metaContent(document, 'DC.publisher'),
      'metadata',
      0.75,
      "from the page's publisher tag",
    ),
    ...stamped(
      metaContent(document, 'article:published_time') ?? metaContent(document, 'og:published_time'),
      candidate(
        'publishedAt',
        isoDateOf(metaContent(document, 'article:published_time') ?? metaContent(document, 'og:published_time')),
        'metadata',
        0.85,
        "from the page's publication date (meta tag)",
      ),
    ),
    ...candidate(
      'publishedAt',
      isoDateOf(
        ['pubdate', 'publishdate', 'date', 'dc.date', 'DC.date', 'dcterms.created', 'dc.date.issued', 'sailthru.date']
          .map((n) => metaContent(document, n))
          .find((v) => v !== null),
      ),
      'metadata',
      0.7,
      "from the page's date tag",
    ),
    ...timeCandidates(document),
    // The plain headline tag ("headline", itemprop) carries no site or section after it.
    ...candidate('title', metaContent(document, 'headline'), 'metadata', 0.6, "from the page's headline tag"),
    ...candidate(
      'title',
      trimSiteName(metaContent(document, 'og:title') ?? metaContent(document, 'twitter:title'), site),
      'metadata',
      0.55,
      "from the page's sharing title",
    ),
  ];
  // Several tags for the same value agree only once: one page, one piece of evidence per kind.
  const seen = new Set<string>();
  return out.filter((c) => {
    const key = `${c.field}|${c.value}|${c.why}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
