// The site's name and the headline in a page's <title> ("Headline | Section - Site"): which part
// is the site's, the headline without it, and the site's name as the page spells it.

import { cleanHint } from './types.ts';

/** A page title's parts: "Headline | Section - Site", "Headline_新华网". */
const titleParts = (title: string): string[] =>
  title
    // "ㅣ" (a Hangul letter) stands for the bar on Korean sites: "Headline-정치ㅣ한국일보".
    .split(/\s+[|–—-]\s+|\s*[|｜ㅣ]\s*|_(?=[^_\s]{2,12}$)/)
    .map((p) => p.trim())
    .filter((p) => p !== '');

/** A part of a page title that says something: six words, or twelve characters in scripts written without spaces. */
const tells = (p: string): boolean =>
  p.split(/\s+/).length >= 6 ||
  (p.match(/[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length >= 12;

/**
 * A page title "Headline | Site" without the site part. Without the site's name to go by, the
 * headline is the one long part when every other part is short (a site or section name).
 */
export function trimSiteName(title: string | null, site: string | null): string | null {
  if (!title) return null;
  const parts = titleParts(title);
  if (parts.length > 1 && site) {
    const kept = parts.filter((p) => p.toLowerCase() !== site.toLowerCase());
    // "Headline | Section | Desk | Site": the one part that says something, the rest crumbs.
    const telling = kept.filter(tells);
    if (kept.length > 1 && telling.length === 1 && kept.every((p) => p === telling[0] || p.length <= 12))
      return telling[0] ?? title;
    if (kept.length < parts.length) return kept.join(' – ');
  }
  const words = (p: string): number => p.split(/\s+/).length;
  const long = parts.filter((p) => words(p) >= 6);
  if (parts.length > 1 && long.length === 1 && parts.every((p) => p === long[0] || words(p) <= 5)) return long[0] ?? title;
  return title;
}

/** The site a page title names after its headline ("… | India News - Times of India"): its last short part. */
export function siteOfTitle(title: string | null): string | null {
  if (!title) return null;
  const parts = titleParts(title);
  const last = parts.at(-1) ?? '';
  // A last part that is a domain ("… — example.ua") is the site's name whatever the headline's length.
  if (parts.length > 1 && DOMAIN.test(last)) return last;
  return parts.length > 1 && last.split(/\s+/).length <= 5 && trimSiteName(title, null) !== title ? last : null;
}

/** A site named by its domain ("lastampa.it", "example.com.ar"). */
const DOMAIN = /^(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}]{2,6}){1,2}$/u;

/**
 * The site's name as the page spells it: a sharing name that is only the domain ("lastampa.it")
 * gives way to the name the page's <title> ends with when it is the same letters ("La Stampa").
 */
export function spelledSite(site: string | null, document: Document): string | null {
  if (!site || !DOMAIN.test(site)) return site;
  const named = siteOfTitle(cleanHint(document.querySelector('title')?.textContent));
  const letters = (s: string): string =>
    s
      .toLowerCase()
      .replace(/^www\./, '')
      .replace(/\..*$/, '')
      .replace(/[^\p{L}\p{N}]/gu, '');
  return named && !DOMAIN.test(named) && letters(named) === letters(site) ? named : site;
}
