// Who was in the room: every rule's mentions, the sentence around each (a thanked or quoted
// person, a source, someone to be met later), one person per individual, and for each how sure
// the parser is and why, in words the desk officer reads in the Reader.

import { participantKey } from '../../../../shared/people.ts';
import { CHECK_BELOW } from '../../../../shared/types/evidence.ts';
import type { Participant } from '../../../../shared/types.ts';
import { inlineRelatedHeadline } from '../related-links.ts';
import { aliasesOf, assess, onlyMentioned } from './assess.ts';
import { chineseBodyShortensHeadline } from './cjk-name-first.ts';
import { mentionContext, sentenceBefore } from './context.ts';
import { countryBesideNames } from './country-beside.ts';
import { directoryMentions, knownAs } from './directory.ts';
import { everyRuleButTheDirectory } from './every-rule.ts';
import { unglueNames } from './glued-names.ts';
import { fieldBackToOffice } from './indonesian-fields.ts';
import { homeOfMalayIndonesian } from './indonesian-home.ts';
import { homeOfJapanese } from './japanese-home.ts';
import { namedAsPlace } from './korean-bodies.ts';
import { bodyShortensHeadline } from './korean-headline.ts';
import { homeOfKoreanChairs } from './korean-home-chairs.ts';
import { inMeetingSentence, reportsMeeting } from './meeting.ts';
import { isMeetingWordOnly } from './meeting-said.ts';
import { mergeMentions } from './merge.ts';
import { isLoneCommonWord, nameTokens } from './names.ts';
import { notAPerson } from './not-names.ts';
import { fromNamedList, listsOfNamed } from './plural-offices.ts';
import { latinGlosses } from './script-gloss.ts';
import { fillOtherSide } from './sides.ts';
import { nameBesideTitle, namedForSameCountry } from './title-only.ts';
import type { Mention, ParticipantContext } from './types.ts';
import { titleCaseUpperSurnames } from './upper-surnames.ts';
import { fillForeignSide, fillVietnameseSide } from './vietnamese-home-side.ts';

export { participantKey };

function collectMentions(text: string, ctx: ParticipantContext): Mention[] {
  const earlier = ctx.mentionsRead?.find((r) => r.text === text);
  const mentions: Mention[] = earlier ? earlier.mentions.map((m) => ({ ...m })) : [];
  const covered: [number, number][] = earlier ? earlier.covered.map(([s, e]): [number, number] => [s, e]) : [];
  const free = (a: number, b: number): boolean => !covered.some(([s, e]) => a < e && b > s);
  const ends = new Map<number, Mention>(earlier?.ends.map(([end, i]) => [end, mentions[i] as Mention]));
  // A Latin spelling in brackets after a name in the record's own script is that name again: no one is read
  // from inside it (a rule that reads the name, its gloss and its office together, as Thai does, still stands).
  const glosses = latinGlosses(text);
  const take = (found: [Mention, number][]): void => {
    for (const [m, end] of found.sort((a, b) => a[0].index - b[0].index)) {
      if (glosses.some(([s, e]) => m.index >= s && m.index < e)) continue;
      if (!free(m.index, end)) {
        // A list of those present that names someone an earlier rule read: in the room, whatever the role.
        if (m.attending) for (const e of mentions) if (e.index === m.index && e.name === m.name) e.attending = true;
        continue;
      }
      covered.push([m.index, end]);
      const c = mentionContext(text, m.index, end);
      // A list goes on as it began: "the visits of A, B and C", "thanked A and B".
      const before = [...ends.entries()].find(
        ([e]) => e <= m.index && /^\s*(?:,|,? and|và|및|dan)?\s*$/u.test(text.slice(e, m.index)),
      )?.[1];
      // …but not from a fronted "On behalf of X, Minister Y welcomed …" ("En representación del presidente X, la canciller Y …"): Y is the subject.
      const fronted = before ? FRONTED.test(sentenceBefore(text, before.index)) : false;
      if ((before?.passing || before?.possessive) && !fronted) c.passing = true;
      // The source of a statement is not in the room: its span is covered so no rule reads it again.
      if (c.attribution) continue;
      const kept: Mention = {
        ...m,
        ...(c.passing ? { passing: true } : {}),
        ...(c.future ? { future: true } : {}),
        ...(c.possessive || m.possessive ? { possessive: true } : {}),
      };
      mentions.push(kept);
      ends.set(end, kept);
    }
  };
  if (!earlier) everyRuleButTheDirectory(text, take, free);
  if (!earlier && ctx.mentionsRead) {
    const at = new Map(mentions.map((m, i) => [m, i]));
    ctx.mentionsRead.push({
      text,
      mentions: mentions.map((m) => ({ ...m })),
      covered: covered.map(([s, e]): [number, number] => [s, e]),
      ends: [...ends].map(([end, m]): [number, number] => [end, at.get(m) as number]),
    });
  }
  if (ctx.directory) take(directoryMentions(text, ctx.directory, free));
  return mentions.sort((a, b) => a.index - b.index);
}

/** A sentence that opens on whose stead the subject acts: "On behalf of X, …", "En representación de X, …". */
const FRONTED =
  /^\s*(?:on behalf of|thay mặt|atas nama|en representación|em representação|en nombre|a nombre|em nome|au nom|in rappresentanza|in nome|in Vertretung|im Namen)(?![\p{L}])/iu;

/** Letters only Vietnamese writes (horned o and u, tone marks under vowels). */
const VIETNAMESE_MARK = /[ơưƠƯạặậẹệịọộợụựỵ]/u;

/** "Takebe- Chủ tịch": a lower-case letter, a dash, a space, then a capital. */
const GLUED_DASH = /(?<=\p{Ll})-(?= \p{Lu})/gu;

export function findParticipants(paragraphs: string[], ctx: ParticipantContext, captions: string[] = []): Participant[] {
  if (!(ctx.meetingReported ?? reportsMeeting(paragraphs, ctx.title ?? null, ctx.pageCaptions))) return [];
  // Photo captions after the text: read with it, never to decide whether anyone met.
  const found = participantsIn(captions.length ? [...paragraphs, ...captions] : paragraphs, ctx);
  // A headline the body does not repeat may be the only place the principals are named ("Chủ tịch
  // nước X điện đàm với Chủ tịch Y" over one sentence about "hai nhà lãnh đạo"): read it too.
  const title = ctx.title?.trim();
  if (!title || paragraphs.some((p) => p.includes(title))) return found;
  // …and one the body calls by surname and office only ("조 장관은" under "조현 외교부 장관", "劉總領事" under "刘碧伟总领事"): the headline gives the name.
  if (
    found.some((p) => p.name !== null) &&
    !bodyShortensHeadline(title, paragraphs) &&
    !chineseBodyShortensHeadline(title, paragraphs)
  )
    return found;
  return participantsIn([title, ...paragraphs], ctx);
}

function participantsIn(read: string[], ctx: ParticipantContext): Participant[] {
  // "Leer también: Canciller X pide …": another story's headline left in the text names no one here.
  const paragraphs = read.map((p) => (inlineRelatedHeadline(p) ? '' : p));
  // Offsets into the joined text keep reading order; "\n" stops a mention from spanning paragraphs.
  // Vietnamese typed with the Icelandic eth ("Ấn Ðộ") for Đ: the same letter, one code point each.
  const joined = paragraphs.join('\n');
  // A dash glued to the name and spaced from the office ("ông Tsutomu Takebe- Chủ tịch Viện …") sets the office apart as
  // ", " does: a comma in its place keeps the offsets.
  // A Cyrillic surname in capitals after its given name ("Сергій СОЛОМАХА") is read as one in title case: the same length.
  const text = titleCaseUpperSurnames(
    VIETNAMESE_MARK.test(joined) ? joined.replace(/Ð/gu, 'Đ').replace(/ð/gu, 'đ').replace(GLUED_DASH, ',') : joined,
  );
  const starts: number[] = [];
  let at = 0;
  for (const p of paragraphs) {
    starts.push(at);
    at += p.length + 1;
  }
  const people = mergeMentions(unglueNames(collectMentions(text, ctx), text), ctx);
  countryBesideNames(people, text);
  fillOtherSide(people, text);
  fillVietnameseSide(people, text);
  fillForeignSide(people, text);
  homeOfMalayIndonesian(people, text);
  homeOfKoreanChairs(people, text);
  homeOfJapanese(people, text);
  const namedLists = listsOfNamed(people);

  const out: Participant[] = [];
  for (const p of people.sort((a, b) => a.first - b.first)) {
    fieldBackToOffice(p);
    if (p.name !== null && p.name.trim() === '') continue;
    if (p.name !== null && isMeetingWordOnly(p.name)) continue;
    if (p.name !== null && namedAsPlace(p.name, text)) continue;
    if (p.name !== null && isLoneCommonWord(p.name)) continue;
    if (p.name !== null && notAPerson(p.name, text)) continue;
    // Neither a name nor an office: a country alone is no participant the desk officer can act on (the issue calls it a bug).
    if (p.name === null && p.role === null) continue;
    if (fromNamedList(p, namedLists, text)) continue;
    // A title read alone for someone the record names: beside the title, the name; elsewhere, the same person again.
    if (p.name === null) {
      const beside = nameBesideTitle(p, text);
      if (beside !== null) {
        p.name = beside;
        p.tokens = nameTokens(beside);
      } else if (namedForSameCountry(p, people, text)) continue;
    }
    if (onlyMentioned(p, text)) continue;
    // The record's own readers found this person only mentioned (greeted, thanked, an owner): the
    // directory's finding the name again outside the sentence of a meeting does not overrule them.
    const own = p.mentions.filter((m) => !m.directory);
    if (
      own.length > 0 &&
      own.length < p.mentions.length &&
      onlyMentioned({ ...p, mentions: own }, text) &&
      !p.mentions.some((m) => m.directory && inMeetingSentence(text, m.index))
    )
      continue;
    // Known only from the directory: in the room only if a sentence naming them reports the meeting or who attended.
    if (p.mentions.every((m) => m.directory) && !p.mentions.some((m) => inMeetingSentence(text, m.index))) continue;
    const known = knownAs(
      ctx.directory,
      p.mentions.flatMap((m) => [m.name, m.alias]),
    );
    let directoryNote: string | null = null;
    if (known) {
      if (p.country === null || p.countryFrom) {
        directoryNote = p.country === known.country || known.country === null ? null : 'known from the people directory';
        p.country = known.country ?? p.country;
      }
      if (p.role === null && known.role) {
        p.role = known.role;
        directoryNote = 'known from the people directory';
      }
    }
    const { confidence, why } = assess(p, starts, text);
    const reasons = directoryNote && !why.includes(directoryNote) ? `${why}; ${directoryNote}` : why;
    const sure = directoryNote ? Math.max(confidence, 0.7) : confidence;
    out.push({
      name: p.name,
      role: p.role,
      country: p.country,
      aliases: aliasesOf(p),
      key: participantKey(p.name),
      confidence: sure,
      why: reasons,
      check: sure < CHECK_BELOW,
    });
  }
  return out;
}
