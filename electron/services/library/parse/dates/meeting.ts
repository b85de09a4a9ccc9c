// The meeting date: the date the lead attaches to the meeting ("met on", "held talks on",
// "hội đàm ngày", "이날 … 통화했다", "bertemu pada"), resolved against the publication date.
// Dates of future events, document numbers, anniversaries, photos and earlier meetings are not it,
// and a date that needs an anchor the record does not state gives nothing: never invented.

import { type Candidate, candidate } from '../evidence.ts';
import { fallback, headlineDate } from './fallback.ts';
import { type DateMention, type DateReader, dateOfDateLine, daysIn, firstFullDate, isFull, iso, READ_ALWAYS } from './forms.ts';
import { fromUtc, resolveRelative, toUtc } from './relative.ts';

/** Words that report a meeting, call, visit or reception (not a press conference), in the languages desks read. */
export const MEETING = new RegExp(
  [
    String.raw`\b(?:met|meet|meets|meeting|talks|talked|spoke|speak|phone|telephone|call|called|calls|received|receives|hosted|visit|visited|visiting|conversation|discussed|consultations?|dialogue|co-chaired|summit|bilateral|reception|luncheon|dinner|welcomed|greeted|sat\s+down\s+with)\b`,
    String.raw`(?<![\p{L}])(?:hội\s+đàm|hội\s+kiến|gặp|tiếp(?!\s+(?:tục|cận|theo|thu|xúc|nối))|điện\s+đàm|trao\s+đổi|làm\s+việc|thăm|đối\s+thoại|tham\s+vấn|cuộc\s+họp(?!\s+báo)|hội\s+nghị|(?:lễ\s+)?đón(?!\s+nhận)|đồng\s+chủ\s+trì|chiêu\s+đãi|bertemu|pertemuan|bertelepon|berbicara|menerima|kunjungan|berkunjung|membahas|rapat|dialog|jamuan)(?![\p{L}])`,
    // German, French, Spanish, Italian, Portuguese, Filipino: letters on neither side (\b does not see "ó").
    String.raw`(?<![\p{L}])(?:Treffen|trifft|treffen|traf|trafen|getroffen|empfing|empfangen|Sitzung|Dringlichkeitssitzung|Begegnung|Unterredung|Gespräch\p{L}*|Telefongespräch\p{L}*|telefonierte\p{L}*|Besuch\p{L}*|entretien\p{L}*|entretenu\p{L}*|rencontr\p{L}*|reçu|visite|sommet|reuni\p{L}*|reúne|encuentro|encontr\p{L}*|conversación|conversó|dialogó|recibió|recibe|recibieron|llamada|accueilli\p{L}*|s['’]est\s+entretenu\p{L}*|visita|cumbre|incontr\p{L}*|colloqui\p{L}*|vertice|ricevut\p{L}*|bilaterale|conversa|nakipag-usap|nakipagpulong|pulong|telepono)(?![\p{L}])`,
    // Russian and Ukrainian.
    String.raw`встреч\p{L}*|встретил\p{L}*|переговор\p{L}*|телефонн\p{L}*\s+разговор\p{L}*|бесед\p{L}*|зустр\p{L}*|розмов\p{L}*`,
    'หารือ|เยี่ยมคารวะ|ต้อนรับ|ประชุม|สนทนา|พบปะ|เข้าพบ|회담|통화|면담|접견|만나|만났|회동|방문|협의|대화|예방|만찬|오찬|会談|会見|電話|会合|訪問|協議|表敬|懇談|会食|立ち話|会谈|会见|会晤|通话|通电话|通電話|會談|會見|會晤|磋商',
  ].join('|'),
  'iu',
);

/** The talks themselves, as against a visit or stay over several days: "visited on 17-18 October, held talks on the 18th". */
export const CORE =
  /\b(?:met|meetings?|talks|talked|spoke|call|called|conversation|received|hosted)\b|หารือ|สนทนา|(?<![\p{L}])(?:hội\s+đàm|hội\s+kiến|điện\s+đàm|gặp|tiếp|bertemu|pertemuan|bertelepon)(?![\p{L}])|회담|통화|면담|접견|会談|会谈|会见|会晤|通话|通電話|會談|(?<![\p{L}])(?:traf|trafen|trifft|Treffen|Gespräch\p{L}*|Sitzung|rencontr\p{L}*|entretenu|entretien|reuni\p{L}*|reúne|encuentro|incontr\p{L}*|colloqui\p{L}*|встреч\p{L}*|встретил\p{L}*|переговор\p{L}*|зустр\p{L}*|переговор\p{L}*)(?![\p{L}])/iu;

/** CORE for reading every place it occurs (compiled once, not for each paragraph). */
const CORE_ALL = new RegExp(CORE.source, 'giu');

/** The day something was announced, not done: "the ministry said on 1 December that…". */
const REPORTED =
  /^\s*(?:\([^)]*\)\s*)?(?:said|says|announced|stated|reported|cho\s+biết|thông\s+báo|mengatakan|menyatakan|밝혔|전했|말했|表示|称|発表|(?:sagte|erklärte|teilte|mitgeteilt|dijo|anunció|informó|ha\s+detto|ha\s+annunciato|a\s+déclaré|a\s+annoncé|заявил\p{L}*|сообщил\p{L}*|сказал\p{L}*|заявив|повідомив)(?![\p{L}]))/iu;

/** A reporting verb just before the date: "the ministry said on Thursday", "announced in a statement on 5 June". */
const SAID_BEFORE =
  /(?:\b(?:said|says|announced|stated|reported|told\s+[\p{L}]+|confirmed)(?:\s+in\s+a\s+(?:statement|press\s+release|readout))?|(?<![\p{L}])(?:a\s+(?:indiqué|annoncé|déclaré)|informó|anunció|dijo|teilte\s+mit|erklärte|cho\s+biết|thông\s+báo)(?![\p{L}]))\s*$/iu;

/** A clause about what is still to happen. */
export const FUTURE =
  /\b(?:will|shall|to\s+be\s+held|is\s+to|are\s+to|scheduled|slated|plans?\s+to|planned|expected\s+to|upcoming|forthcoming|next|set\s+to|due\s+to)\b|(?<![\p{L}])(?:sẽ|dự\s+kiến|sắp\s+tới|tới\s+đây|kế\s+hoạch|akan|dijadwalkan|direncanakan|rencananya|mendatang)(?![\p{L}])|bakal|예정|계획|오는|予定|将于|将在|即将|计划|(?<![\p{L}])(?:wird|werden|soll|sollen|nächst\p{L}*|próxim\p{L}*|celebrará|será|prossim\p{L}*|sarà|prochain\p{L}*|aura\s+lieu|состоится|будет|будут|следующ\p{L}*|відбудеться|буде)(?![\p{L}])/iu;

/** A date that belongs to something else: a number, an anniversary, a signing, an earlier meeting, a photo. */
export const OTHER =
  /\b(?:No\.|Nos\.|Ref\.|anniversary|signed|signing|established|founded|last\s+met|previous|earlier\s+meeting|since|photo|file)\b|(?<![\p{L}])(?:số|kỷ\s+niệm|ký\s+kết|thiết\s+lập|lần\s+trước|ảnh|ditandatangani|peringatan|foto|nomor)(?![\p{L}])|주년|수교|체결|지난번|사진|周年|签署|建交|写真/iu;

/** The words right before a date that make it another event's ("the call of 2 September", "since 5 May"). */
const OWNED_BY_OTHER =
  /(?:\b(?:of|since|until|till|after|before|following|No\.?|number|date|dated|posted|published|updated)|của|từ\s+sau|sejak|ngày\s+đăng|cập\s+nhật|작성일|입력|등록|수정|이후|以来)\s*[:.]?\s*$/iu;

/** A press event right after the date owns it: "이날 정례브리핑에서", "on Tuesday at a press briefing", "hôm nay tại cuộc họp báo". */
const BRIEFING_AFTER =
  /^\s*(?:[\p{L}\d'’-]+\s+){0,3}?[\p{L}-]*?(?:briefing|press\s+conference|news\s+conference|press\s+point|브리핑|기자회견|họp\s+báo|konferensi\s+pers|jumpa\s+pers|記者会見|记者会|Pressekonferenz|conférence\s+de\s+presse|point\s+de\s+presse|rueda\s+de\s+prensa|conferencia\s+de\s+prensa|conferenza\s+stampa|брифинг|пресс-конференц)/iu;

/** Inside quoted words: a relative day there ("Met him this afternoon", "오늘 회담") counts from when they were spoken, which the record does not give. */
function quoted(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const count = (re: RegExp): number => (before.match(re) ?? []).length;
  return count(/[“「『«]/g) > count(/[”」』»]/g) || count(/"/g) % 2 === 1;
}

/** Past tense: a meeting already reported. */
const PAST =
  /(?<!\b(?:be|been|being)\s)\b(?:met|held|had|spoke|talked|paid|took|received|hosted|visited|discussed|agreed|exchanged|co-chaired|called)\b|(?:았|었|였|했|졌)다|đã|telah|sudah|した|了|(?<![\p{L}])(?:hat|haben|hatte|hatten|traf|trafen|fand|wurde|wurden|(?:a|ont)\s+(?:rencontré|reçu|eu|tenu|discuté|échangé)|s['’]est\s+entretenu|se\s+sont\s+entretenus|(?:ha|hanno)\s+(?:incontrato|avuto|ricevuto|tenuto|discusso)|se\s+reunió|reunió|sostuvo|mantuvo|celebró|recibió|reuniu|encontrou|recebeu|провел\p{L}*|встретил\p{L}*|состоял\p{L}*|прошл\p{L}*|зустрівся|зустрілись|провели)(?![\p{L}])/iu;

/** Time words that name no day: a sentence with them does not date its meeting. */
const VAGUE =
  /\b(?:last\s+(?:week|month|year)|earlier\s+this\s+(?:week|month|year)|recently|this\s+week)\b|tuần\s+trước|gần\s+đây|지난주|지난달(?!\s*\d)|최근|minggu\s+lalu|bulan\s+lalu|baru-baru\s+ini|先週|先月(?!\s*\d)|上周|上个?月(?!\s*\d)|最近/iu;

const LEAD = 3;
/** How far past the lead a sentence reporting the meeting itself may date it ("The talks took place on Monday, 6 March"). */
const LATER = 7;

/**
 * The lead: the first three paragraphs of prose, with the short lines among and before them
 * (a date line, a heading left in the text), where records say when their meeting took place.
 */
function lead(texts: string[], paragraphs = LEAD): { text: string; prose: number }[] {
  const out: { text: string; prose: number }[] = [];
  let prose = 0;
  for (const text of texts.slice(0, paragraphs + 7)) {
    out.push({ text, prose });
    if ((text.match(/\S+/g) ?? []).length >= 8 || /[\uac00-\ud7af\u4e00-\u9fff]{20}/.test(text)) prose += 1;
    if (prose >= paragraphs) break;
  }
  return out;
}

type Span = { start: number; end: number };

/** Sentence spans; a full stop after an abbreviation ("Oct.", "Mr.", "U.S.") does not end one. */
function sentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  // Pasted text may lose the space after a full stop ("…Trung Quốc.Đoàn đại biểu…"): a word's end, then a capitalised word.
  const re = /[.!?](?=\s+[^\s\p{Ll}(])|(?<=\p{Ll}{2})[.!?](?=\p{Lu}\p{Ll})|[。]/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 6), m.index);
    // Thai ends sentences with a space, not a full stop: its full stops are abbreviations ("๑๐.๓๐ น.", "พ.ศ.").
    if (
      m[0] === '.' &&
      /(?:[\u0e00-\u0e7f]|\b[A-Z][a-z]{0,3}|\b[A-Z](?:\.[A-Z])*|\b[a-z](?:\.[a-z])+|\bNo|\bSt|\bvs|\d)$/.test(before)
    )
      continue;
    out.push({ start, end: m.index + 1 });
    start = m.index + 1;
  }
  out.push({ start, end: text.length });
  return out;
}

/** The clause around a date; a clause that is only the date ("On 20 May,") runs on into the next. */
function clauseOf(text: string, s: Span, m: DateMention): Span {
  const sent = text.slice(s.start, s.end);
  const at = m.index - s.start;
  const bounds = /[,;:()–—]|\s-{1,2}\s/g;
  let start = 0;
  let end = sent.length;
  for (let b = bounds.exec(sent); b; b = bounds.exec(sent)) {
    if (b.index < at) start = b.index + b[0].length;
    else if (b.index >= at + m.phrase.length) {
      end = b.index;
      break;
    }
  }
  const words = (
    sent
      .slice(start, end)
      .replace(m.phrase, ' ')
      .match(/\p{L}+/gu) ?? []
  ).length;
  if (words <= 2) {
    const next = sent.slice(end + 1).search(/[,;:()–—]/);
    end = next < 0 ? sent.length : end + 1 + next;
  }
  return { start: s.start + start, end: s.start + end };
}

export type Reading = {
  mention: DateMention;
  paragraph: number;
  /** In a sentence that reports the meeting. */
  attached: boolean;
  /** The clause of the date names the talks themselves, not only a visit around them. */
  core: boolean;
  /** Past tense in its sentence: a record written just before its stated date may still report it. */
  past: boolean;
  dateline: boolean;
  sentence: number;
  /** After the lead: counts only when the lead dates no meeting and its clause names the talks. */
  late: boolean;
  /** The day something was said or announced ("the ministry said on Thursday"), not done. */
  announced: boolean;
  /** After a reporting verb ("his office said Tuesday"): the day it was told, which the meeting may precede. */
  saidOn: boolean;
  /** A line that is only a date (a byline): the record's date, not the meeting's. */
  byline: boolean;
  firstPerson: boolean;
  /** Its sentence also has "last week", "recently": the sentence may not be about this date's day. */
  vague: boolean;
};

/** A photo caption or credit: its dates are the photo's. */
const CAPTION =
  /^\s*[▲△]|^\s*\(?(?:photo|ảnh|사진|foto|写真)\b|\((?:photo|ảnh|foto|자료사진)[^)]*\)\s*$|(?:Ảnh|Photo|Foto|사진|写真|图)\s*[:：=]|Chú\s+thích\s+ảnh/iu;

function read(texts: string[], dates: DateReader): Reading[] {
  const out: Reading[] = [];
  let sentenceNo = 0;
  for (const [i, { text, prose: p }] of lead(texts, LATER).entries()) {
    const caption = CAPTION.test(text);
    const spans = sentences(text);
    const mentions = dates.mentions(text);
    const cores = [...text.matchAll(CORE_ALL)].map((x) => x.index);
    for (const m of mentions) {
      const si = Math.max(
        0,
        spans.findIndex((x) => m.index >= x.start && m.index < x.end),
      );
      const s = spans[si] ?? { start: 0, end: text.length };
      const sentence = text.slice(s.start, s.end);
      const c = clauseOf(text, s, m);
      const before = text.slice(c.start, m.index);
      const rest = text.slice(m.index + m.phrase.length);
      const after = text.slice(m.index + m.phrase.length, c.end);
      const clause = text.slice(c.start, c.end);
      const korean = /[\uac00-\ud7af]/.test(sentence);
      const future = korean
        ? /오는\s*$/.test(text.slice(Math.max(0, m.index - 4), m.index)) || (FUTURE.test(sentence) && !PAST.test(sentence))
        : FUTURE.test(before) ||
          (FUTURE.test(text.slice(s.start, m.index)) && !PAST.test(sentence)) ||
          (FUTURE.test(after) && !PAST.test(clause));
      const announced = REPORTED.test(rest);
      const saidOn = SAID_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index));
      const other =
        caption ||
        OTHER.test(before) ||
        OWNED_BY_OTHER.test(text.slice(Math.max(0, m.index - 14), m.index)) ||
        BRIEFING_AFTER.test(rest) ||
        (m.relative !== null && quoted(text, m.index));
      if (future || other) continue;
      // "I" or "we" speak in a speech, and their dates are not a meeting's, unless they report one ("I met X on 11 September").
      const firstPerson =
        /^\s*(?:I|We)\b/.test(sentence) &&
        !/^\s*(?:I|We)\s+(?:met|spoke|held|had\s+talks|received|hosted|called\s+on)\b/.test(sentence);
      const reported = MEETING.test(sentence) && !VAGUE.test(sentence) && !firstPerson;
      // "HANOI, May 3 (VNA) –", "新华社北京5月9日电": the dispatch's date, weaker than the date the lead gives the meeting.
      // "РОВАНИЕМИ, 6 мая - РИА Новости." after a line of chrome: a city in capitals opening a lead paragraph.
      const opener = text.slice(0, m.index);
      const dateline =
        /^\s*[電电]/.test(rest) ||
        (m.index < 40 &&
          ((i === 0 && /^\s*[\p{Lu}][\p{L} .'-]*(?:\s*[[(][^\])]{1,30}[\])])?,\s*$/u.test(opener)) ||
            (p < LEAD && /^\s*\p{Lu}[\p{Lu} .'-]+,\s*$/u.test(opener))));
      out.push({
        mention: m,
        paragraph: p,
        attached: reported && !dateline && !announced,
        announced,
        saidOn,
        byline: dateOfDateLine(text, dates) !== null,
        firstPerson,
        vague: VAGUE.test(sentence),
        core: cores.some((j) => j >= s.start && j < s.end && nearest(mentions, m, j, text)),
        past: PAST.test(sentence),
        dateline,
        sentence: sentenceNo + si,
        late: p >= LEAD,
      });
    }
    sentenceNo += spans.length;
  }
  return out;
}

/**
 * No other date stands between this one and the meeting word at j: the word is this date's.
 * A date that restates the one beside it ("this evening [Wednesday 26 February]", "today (5 May)") stands with it.
 */
const nearest = (all: readonly DateMention[], m: DateMention, j: number, text: string): boolean =>
  !all.some((o) => o !== m && (o.index - m.index) * (o.index - j) < 0 && !beside(o, m, text));

const beside = (a: DateMention, b: DateMention, text: string): boolean => {
  const [x, y] = a.index < b.index ? [a, b] : [b, a];
  return /^[\s,([]*$/.test(text.slice(x.index + x.phrase.length, y.index));
};

/** month: only the year and month are stated ("date 2017-08"); date is then the month's last day. */
export type Anchor = { date: string; what: string; weight: number; month?: boolean };

/**
 * The anchor for partial and relative dates: the publication date; else a date line heading
 * the text ("New York, 4 December 2013", "date 2021-12-11 …") that the header did not take.
 */
function anchorOf(texts: string[], publishedAt: string | null, head: string[], dates: DateReader): Anchor | null {
  if (publishedAt) return { date: publishedAt, what: 'the publication date', weight: 1 };
  const lines = [...lead(texts).map((l) => l.text.trim()), ...head.map((l) => l.trim())];
  for (const t of lines) {
    const d = dateOfDateLine(t, dates);
    if (d) return { date: d, what: `the date line '${t}'`, weight: 0.8 };
    const labelled = /^(?:date|dated|posted|published)\s*[:：]?\s*(\d{4}-\d{2}-\d{2})\b/i.exec(t);
    if (labelled?.[1]) return { date: labelled[1], what: `the date '${labelled[0]}' heading the text`, weight: 0.8 };
  }
  for (const t of lines) {
    // "date 2017-08" above the text: the year and month, which date "ngày 7/8" but not "yesterday".
    const ym = /^(?:date|dated|posted|published)\s*[:：]?\s*(\d{4})-(\d{2})(?![-\d])/i.exec(t);
    const [y, mo] = [Number(ym?.[1]), Number(ym?.[2])];
    if (ym && y >= 1900 && mo >= 1 && mo <= 12)
      return { date: iso(y, mo, daysIn(y, mo)), what: `the month '${ym[0]}' heading the text`, weight: 0.8, month: true };
  }
  for (const t of lines) {
    // A short byline in the text: "2023-05-09 10:01 | Source: …", "Xinhua, May 17, 2016 Adjust font size:".
    const full = (t.match(/\S+/g) ?? []).length <= 10 && !MEETING.test(t) ? firstFullDate(t, dates) : null;
    if (full) return { date: full, what: `the date '${t}' above the text`, weight: 0.75 };
  }
  return null;
}

const DAY = 86_400_000;
/** How far after its stated date a record may still report a meeting (a site's date that lags); checked by the caller. */
export const LAG = 7 * DAY;

/** A mention as a date, with how it was resolved; null when the record does not let it be known. */
function resolve(
  m: DateMention,
  anchor: Anchor | null,
  established: { date: string; phrase: string } | null,
): { date: string; why: string; anchored: boolean } | null {
  if (isFull(m)) {
    if (m.day > daysIn(m.year, m.month)) return null;
    return { date: iso(m.year, m.month, m.day), why: `the text says '${m.phrase}'`, anchored: false };
  }
  if (!anchor) return null;
  if (m.relative && anchor.month) return null;
  if (m.relative) {
    const r = resolveRelative(m, anchor, established);
    return r ? { ...r, anchored: true } : null;
  }
  const a = toUtc(anchor.date);
  const [ay = 0, am = 1] = anchor.date.split('-').map(Number);
  const q = `'${m.phrase}'`;
  if (m.month !== null && m.day !== null) {
    // The year is the anchor's, or the one before when the day would fall after it (a record of
    // 5 January reporting 30 December); a day months after the anchor is a future event, not this meeting.
    for (const [year, how] of [
      [ay, 'year from'],
      [ay - 1, 'the year before that of'],
    ] as const) {
      if (m.day > daysIn(year, m.month)) continue;
      const t = Date.UTC(year, m.month - 1, m.day);
      if (t <= a + LAG && a - t <= (anchor.month ? 92 : 62) * DAY)
        return { date: fromUtc(t), why: `${q}, ${how} ${anchor.what}${anchor.month ? '' : ` ${anchor.date}`}`, anchored: true };
    }
    return null;
  }
  if (m.day !== null) {
    const months = [
      [ay, am],
      [am === 1 ? ay - 1 : ay, am === 1 ? 12 : am - 1],
    ] as const;
    // Against a stated month, a bare day is in that month only; "지난달 28일" is in the month before.
    for (const [y, mo] of m.lastMonth ? months.slice(1) : anchor.month ? months.slice(0, 1) : months) {
      if (m.day > daysIn(y, mo)) continue;
      const t = Date.UTC(y, mo - 1, m.day);
      if (t <= a + LAG)
        return {
          date: fromUtc(t),
          why: `${q}, ${m.lastMonth ? 'the month before that of' : 'month and year from'} ${anchor.what}${anchor.month ? '' : ` ${anchor.date}`}`,
          anchored: true,
        };
    }
  }
  return null;
}

/** The meeting date as evidence: what the text says, resolved against the publication date. */
export function meetingDateCandidates(
  texts: string[],
  publishedAt: string | null,
  _anchorWhy: string,
  /** The first lines of the text as written, before its header was taken off: a "date 2017-08" line may be there. */
  head: string[] = [],
  /** The parse's date reader, so lines read before are not read again. */
  dates: DateReader = READ_ALWAYS,
): Candidate[] {
  const anchor = anchorOf(texts, publishedAt, head, dates);
  const readings = read(texts, dates);
  let established: { date: string; phrase: string } | null = null;
  let unresolved = false;
  const resolved: { r: Reading; date: string; why: string; confidence: number }[] = [];
  for (const r of readings) {
    const got = resolve(r.mention, anchor, established);
    if (!got) {
      unresolved = unresolved || !r.late;
      // The lead dates its meeting in a way the record cannot resolve: no other date stands in for it.
      if (r.attached && !r.late && !resolved.some((x) => x.r.attached)) return [];
      continue;
    }
    let confidence = confidenceOf(r, got, anchor);
    if (anchor && got.date > anchor.date) {
      // Only a past-tense report a few days after its stated date (a site's date that lags) is kept, and doubted.
      if (!r.past || anchor.weight < 1 || toUtc(got.date) - toUtc(anchor.date) > LAG) continue;
      confidence = Math.min(confidence, 0.55);
      got.why = `${got.why}, though after ${anchor.what}`;
    }
    established = { date: got.date, phrase: r.mention.phrase };
    resolved.push({ r, date: got.date, why: got.why, confidence });
  }
  const attached = resolved.filter((x) => x.r.attached && !x.r.late);
  // The date of the talks beats that of the visit around them ("visited on 17-18 October, held talks on the 18th").
  // Failing the lead, a later sentence about the talks themselves ("The bilateral meetings ran … Monday, 6 March 2017").
  const chosen =
    // A date the text states beats one worked out from the record's own date, which may lag ("met this evening [Wednesday 26 February]").
    attached.find((x) => x.r.core && !x.r.mention.relative) ??
    attached.find((x) => x.r.core) ??
    attached[0] ??
    resolved.find((x) => x.r.dateline && readings.some((y) => y.attached && !y.late)) ??
    resolved.find(
      (x) =>
        x.r.late &&
        x.r.attached &&
        x.r.core &&
        !readings.some((y) => y.attached && !y.late) &&
        // Far back from the record's date, a meeting told after the lead is an earlier one it recalls.
        (!anchor || toUtc(anchor.date) - toUtc(x.date) <= LAG),
    );
  // A lead date the record cannot resolve ("this afternoon" with no date to count from) may be the meeting's: no fallback then.
  // The lead must itself report a meeting (a speech's date is the speech's).
  const reportsOne = lead(texts).some((l) => MEETING.test(l.text));
  if (!chosen) {
    if (unresolved || !reportsOne) return [];
    const lone = fallback(resolved, anchor);
    // A lead about what is still to happen ("will meet") leaves a headline's date to that future event.
    const future = lead(texts, 1).some((l) => FUTURE.test(l.text));
    return lone.length > 0 || resolved.some((x) => !x.r.late) || future ? lone : headlineDate(head, dates);
  }
  const agreeing = resolved.filter((x) => x !== chosen && x.date === chosen.date && (x.r.attached || x.r.dateline));
  return [chosen, ...agreeing.slice(0, 1)].flatMap((x) =>
    candidate('meetingDate', x.date, 'body', x === chosen ? x.confidence : Math.min(x.confidence, 0.4), x.why),
  );
}

function confidenceOf(r: Reading, got: { date: string; anchored: boolean }, anchor: Anchor | null): number {
  const m = r.mention;
  let c = r.dateline ? 0.6 : m.relative === 'weekday' || m.relative === 'lastWeekday' || m.relative === 'thatDay' ? 0.75 : 0.8;
  if (!r.dateline && (m.hasOn || isFull(m))) c += 0.05;
  if (r.paragraph >= 2) c -= 0.1;
  if (r.late) c = Math.min(c, 0.6);
  if (r.saidOn) c = Math.min(c, 0.5);
  if (got.anchored && anchor) c *= anchor.weight;
  // A full date long before the publication date may be an earlier meeting the record recalls.
  if (!got.anchored && anchor && toUtc(anchor.date) - toUtc(got.date) > 45 * DAY) c = Math.min(c, 0.5);
  return c;
}
