// A saved web page → the article's text. Readability finds the article (menus, share bars,
// "Related news", "Most popular" and cookie banners fall away); linkedom gives it a DOM in Node.
// What the page's own metadata says (title, site, date, language) comes back as hints.

import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { fail } from '../../../shared/errors.ts';
import { MAX_HTML_DEPTH, MAX_HTML_ELEMENTS, MAX_READABLE_DEPTH, MAX_READABLE_ELEMENTS } from '../../../shared/limits.ts';
import { decodeTextWithWarnings } from '../decode.ts';
import { candidate } from '../parse/evidence.ts';
import { htmlToParagraphs } from './blocks.ts';
import { dateUnderHeadline } from './date-under-headline.ts';
import { pageHeadline, withoutMarkedKicker } from './headline.ts';
import { boundHtml } from './html-bounds.ts';
import { pageMetadataCandidates } from './metadata.ts';
import { withPrintedDay } from './printed-day.ts';
import { siteOfTitle, trimSiteName } from './site-name.ts';
import { cleanHint, type DocumentHints, type ExtractedDocument, isoDateOf, primaryLanguage } from './types.ts';

/** The charset a page declares in its first few KB (<meta charset> or http-equiv). */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head)?.[1] ?? null;
}

/** Blocks that are never the article, whatever Readability scores them. */
const CHROME_SELECTOR = [
  'nav',
  'header nav',
  '[role="navigation"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[aria-label*="cookie" i]',
  '[class*="cookie" i]',
  '[id*="cookie" i]',
  '[class*="consent" i]',
  '[id*="consent" i]',
  '[class*="share" i]',
  '[id*="share" i]',
  '[class*="social" i]',
  '[class*="breadcrumb" i]',
  '[class*="related" i]',
  '[id*="related" i]',
  '[class*="popular" i]',
  '[id*="popular" i]',
  '[class*="newsletter" i]',
  '[class*="advert" i]',
  '[class*="skip" i]',
  // Readers' comments below the article: their "Posted by: …, 27 Sep 2011" lines are not the page's.
  '[id="comments" i]',
  '[class*="comments-list" i]',
  '[class*="comment-list" i]',
  '[class*="commentlist" i]',
  '[class*="comment_block" i]',
  '[class*="comment-block" i]',
].join(',');

/** What a page marks up as a photo's caption: its own element, or a block whose class says so ("pb-caption", "image-annotation caption"). */
const CAPTION_SELECTOR = 'figcaption, [class*="caption" i]';
/** A caption is a line or two; a longer block that a class calls one ("has-caption") is a wrapper of the text. */
const CAPTION_CHARS = 600;
const MAX_CAPTIONS = 40;

/**
 * The page's photo captions ("President X chairs a meeting …" under a picture): never the text's
 * report of a meeting, though the reader sees them among its paragraphs.
 */
function pageCaptions(document: Document): string[] {
  const out = new Set<string>();
  for (const el of Array.from(document.querySelectorAll(CAPTION_SELECTOR))) {
    const text = cleanHint(el.textContent, CAPTION_CHARS + 1);
    if (text && text.length <= CAPTION_CHARS) out.add(text);
    if (out.size >= MAX_CAPTIONS) break;
  }
  return [...out];
}

function meta(document: Document, ...names: string[]): string | null {
  for (const name of names) {
    const el = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const value = cleanHint(el?.getAttribute('content'));
    if (value) return value;
  }
  return null;
}

function pageHints(document: Document): DocumentHints {
  const title =
    // The plain headline tag carries no "-정치ㅣ한국일보" site and section after it.
    meta(document, 'headline', 'og:title', 'twitter:title', 'dc.title', 'DC.title') ??
    cleanHint(document.querySelector('title')?.textContent);
  const timeEl = document.querySelector('time[datetime]');
  return {
    title,
    // Not 'author': that is a person, not who published the page.
    publisher: meta(document, 'og:site_name', 'publisher', 'dc.publisher', 'DC.publisher'),
    publishedAt: isoDateOf(
      meta(
        document,
        'article:published_time',
        'datePublished',
        'date',
        'pubdate',
        'publishdate',
        'dc.date',
        'DC.date',
        'dcterms.created',
      ) ?? timeEl?.getAttribute('datetime'),
    ),
    language: primaryLanguage(
      document.documentElement?.getAttribute('lang') ?? meta(document, 'og:locale', 'language', 'dc.language'),
    ),
  };
}

export function extractHtml(bytes: Uint8Array, fileName: string): ExtractedDocument {
  const decoded = decodeTextWithWarnings(bytes, fileName, declaredCharset(bytes));
  const doc = extractHtmlString(decoded.text, fileName);
  if (decoded.warnings.length) doc.warnings = [...decoded.warnings, ...(doc.warnings ?? [])];
  return doc;
}

/** The page's DOM, bounded first (see html-bounds.ts); refuses a page no meeting record could be. */
function parsePage(raw: string, fileName: string): { doc: Document; flattened: number } {
  const bounded = boundHtml(raw);
  if (!bounded.ok) {
    fail(
      'IMPORT_UNSAFE',
      `${fileName} has more than ${MAX_HTML_ELEMENTS.toLocaleString('en')} HTML elements, far more than any web page holding a meeting record, so Briefbook did not read it. Save the article alone, or copy its text.`,
    );
  }
  const html = bounded.html;
  const { document } = parseHTML(
    html.includes('<html') || html.includes('<HTML') ? html : `<!doctype html><html><body>${html}</body></html>`,
  );
  return { doc: document as unknown as Document, flattened: bounded.flattened };
}

/** Element count and deepest nesting, walked without recursion. */
function domSize(root: Node): { elements: number; depth: number } {
  let elements = 0;
  let depth = 0;
  const stack: [Node, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, d] = stack.pop() as [Node, number];
    elements++;
    if (d > depth) depth = d;
    for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) stack.push([c, d + 1]);
  }
  return { elements, depth };
}

export function extractHtmlString(html: string, fileName = 'The page'): ExtractedDocument {
  const { doc, flattened } = parsePage(html, fileName);
  const warnings: string[] = [];
  if (flattened > 0)
    warnings.push(
      `${fileName} nests its elements more than ${MAX_HTML_DEPTH} deep; the text below that depth was read as plain text.`,
    );
  const hints = pageHints(doc);
  // The sharing title as stated, before any site name is taken off it.
  const sharing = meta(doc, 'og:title', 'twitter:title');
  const pageTitle = cleanHint(doc.querySelector('title')?.textContent);
  // Read before scripts go: JSON-LD lives in <script>.
  // The date printed under the headline, outside the article: weighed against the tags' stamps
  // (printed-day.ts), and the page's date when no tag gives one.
  const printedDate = dateUnderHeadline(doc);
  const candidates = withPrintedDay(doc, pageMetadataCandidates(doc), printedDate);
  const underHeadline = hints.publishedAt || candidates.some((c) => c.field === 'publishedAt') ? null : printedDate;
  // Read before the chrome goes too: some pages print the headline's <h1> in their header bar.
  const h1sOnPage = Array.from(doc.querySelectorAll('h1')).flatMap(headingTexts);
  // Headings with their kicker marked up apart (<h1>/<h2> "<span>Grenzschließungen</span><span>…</span>").
  const kicked = Array.from(doc.querySelectorAll('h1, h2')).flatMap((h) => kickerSplit(h) ?? []);
  for (const el of Array.from(doc.querySelectorAll('script, style, noscript, template, svg, iframe, object, embed'))) el.remove();
  const captions = pageCaptions(doc);
  if (captions.length > 0) hints.captions = captions;
  const removed = new Set<Element>();
  for (const el of Array.from(doc.querySelectorAll(CHROME_SELECTOR))) {
    // Never drop the page body or a block that holds most of the page's text. A block inside one
    // already dropped is gone with it: not searched again.
    if (el === doc.body || insideRemoved(el, removed) || el.matches('article, main') || el.querySelector('article, main'))
      continue;
    el.remove();
    removed.add(el);
  }
  let paragraphs: string[] = [];
  let articleTitle: string | null = null;
  // The article finder costs as much as elements times depth, several times over: a page beyond
  // any real one's size is read from its cleaned body instead.
  const size = doc.documentElement ? domSize(doc.documentElement) : { elements: 0, depth: 0 };
  const readable = size.elements <= MAX_READABLE_ELEMENTS && size.depth <= MAX_READABLE_DEPTH;
  if (readable)
    try {
      const article = new Readability<Element>(doc.cloneNode(true) as Document, {
        charThreshold: 200,
        serializer: (node) => node as Element,
      }).parse();
      if (article?.content) {
        paragraphs = htmlToParagraphs(article.content);
        articleTitle = cleanHint(article.title);
        hints.publisher ??= cleanHint(article.siteName);
        hints.publishedAt ??= isoDateOf(article.publishedTime);
        hints.language ??= primaryLanguage(article.lang);
      }
    } catch {
      // Readability gives up on odd pages; the whole body below is the fallback.
    }
  const bodyParagraphs = doc.body ? htmlToParagraphs(doc.body) : [];
  const chars = (ps: string[]) => ps.reduce((n, p) => n + p.length, 0);
  // A short page (a readout of three paragraphs) may be below Readability's threshold; then the
  // cleaned body is the record.
  if (chars(paragraphs) < 0.3 * chars(bodyParagraphs)) paragraphs = bodyParagraphs;

  // Of several <h1> (a section name, a kicker glued on), the one the page's own metadata names.
  const metaTitles = [
    ...candidates.filter((c) => c.field === 'title').map((c) => c.value),
    trimSiteName(pageTitle, hints.publisher ?? null) ?? '',
  ];
  // The article's own headings first; one in the chrome (a header bar, a cookie banner) only when
  // the page's metadata names it.
  const kept = Array.from(doc.querySelectorAll('h1')).flatMap(headingTexts);
  const printed = pageHeadline(kept, metaTitles, h1sOnPage, hints.publisher ?? siteOfTitle(pageTitle), sharing);
  const h1 = printed && withoutMarkedKicker(printed, kicked);
  const heading =
    h1 ??
    meta(doc, 'headline') ??
    trimSiteName(articleTitle, hints.publisher ?? null) ??
    trimSiteName(hints.title ?? null, hints.publisher ?? null);
  hints.title = (heading && withoutMarkedKicker(heading, kicked)) ?? hints.title ?? null;
  // The site a page's <title> names after the headline: weak evidence of the publisher.
  candidates.push(
    ...candidate('publisher', siteOfTitle(pageTitle), 'metadata', 0.55, "from the site name at the end of the page's title"),
  );
  candidates.push(...candidate('title', h1, 'heading', 0.7, "the page's main headline"));
  // What Readability found where the tags above did not say.
  if (!candidates.some((c) => c.field === 'publisher'))
    candidates.push(...candidate('publisher', cleanHint(hints.publisher), 'metadata', 0.7, "from the page's site name"));
  if (!candidates.some((c) => c.field === 'publishedAt'))
    candidates.push(...candidate('publishedAt', hints.publishedAt, 'metadata', 0.75, "from the page's publication date"));
  if (underHeadline && !candidates.some((c) => c.field === 'publishedAt'))
    candidates.push(
      ...candidate('publishedAt', underHeadline.date, 'byline', 0.6, `from the date "${underHeadline.text}" under the headline`),
    );
  hints.candidates = candidates;
  // The title goes first, as it does on the page, unless the article already starts with it.
  const shown = hints.title ?? heading;
  if (shown && paragraphs[0]?.trim().toLowerCase() !== shown.toLowerCase()) paragraphs.unshift(shown);
  return { format: 'html', text: paragraphs.join('\n\n'), hints, ...(warnings.length ? { warnings } : {}) };
}

/**
 * An element's text with its children's texts kept apart: a kicker in its own <span> before the
 * headline ("<span>Nationale Demo</span>Der 9. Juli naht: …") is not glued onto its first word.
 */
function spacedText(node: Node): string {
  let out = '';
  for (let c = node.firstChild; c; c = c.nextSibling)
    out += c.nodeType === 3 ? (c.textContent ?? '') : c.nodeType === 1 && !isDateLine(c as Element) ? ` ${spacedText(c)} ` : '';
  return out;
}

/** A date line set inside a heading (its <time>, "Datum: 26.01.2022 Pressemitteilung: 6/2022") is not the headline's words. */
const isDateLine = (el: Element): boolean =>
  (el.tagName === 'TIME' || el.querySelector('time') !== null) && (el.textContent ?? '').replace(/\s+/g, ' ').trim().length <= 80;

/**
 * A heading made of a kicker the page marks up as its own element (a rubric, a topline, a quote in
 * a <span>, a few words) and the headline after it: both parts, and the whole heading as printed.
 */
function kickerSplit(h: Element): { kicker: string; headline: string; whole: string } | null {
  const whole = cleanHint(spacedText(h)) ?? '';
  let first: Node | null = h.firstChild;
  while (first?.nodeType === 3 && (first.textContent ?? '').trim() === '') first = first.nextSibling;
  if (first?.nodeType !== 1) return null;
  const kicker = cleanHint(first.textContent) ?? '';
  let rest = '';
  for (let c = first.nextSibling; c; c = c.nextSibling) rest += c.nodeType === 1 ? ` ${spacedText(c)} ` : (c.textContent ?? '');
  // A dash the page hides between the two ("<span aria-hidden> – </span>") is no part of the headline.
  const headline = cleanHint(rest.replace(/^[\s\-–—:|]+/u, '')) ?? '';
  const words = (t: string): number => t.split(' ').filter(Boolean).length;
  return kicker !== '' && words(kicker) <= 6 && words(headline) >= 4 ? { kicker, headline, whole } : null;
}

/** A heading's texts: the headline after a kicker marked up as its own element, then the whole heading. */
function headingTexts(h1: Element): string[] {
  const split = kickerSplit(h1);
  // The separator the page set before a date line it nests in the heading stays behind: "Headline :".
  return split ? [split.headline, split.whole] : [cleanHint(spacedText(h1))?.replace(/\s+[:|–—-]+$/u, '') ?? ''];
}

/** Whether an element lies inside one already taken out (its parent chain ends at a removed block). */
function insideRemoved(el: Element, removed: ReadonlySet<Element>): boolean {
  if (removed.size === 0) return false;
  for (let p = el.parentNode; p; p = p.parentNode) if (removed.has(p as Element)) return true;
  return false;
}
