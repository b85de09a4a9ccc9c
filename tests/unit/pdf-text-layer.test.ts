// Every letter a desk officer prints can be found again in the PDF: copying or searching "Ngọc" in a
// viewer gives "Ngọc", not "Ngoc". Checked with two independent extractors (poppler's pdftotext and
// pdf.js), for every Vietnamese letter with every tone in regular and bold, in body text, headings and on
// the cover, and for Hangul, Japanese and Chinese.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type PrintableBook, renderBookPdf } from '../../electron/node/pdf/index.ts';
import type { Book, Section, TalkingPoint } from '../../electron/shared/types.ts';

// The Vietnamese alphabet: 12 vowels, each bare and with the five tones (grave, hook, tilde, acute, dot
// below), and 17 consonants, built from base letters and combining marks so the list cannot miss one.
const VOWELS = ['a', 'a\u0306', 'a\u0302', 'e', 'e\u0302', 'i', 'o', 'o\u0302', 'o\u031B', 'u', 'u\u031B', 'y'];
const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
const CONSONANTS = ['b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'q', 'r', 's', 't', 'v', 'x'];
const VI_LOWER = [...VOWELS.flatMap((v) => TONES.map((t) => (v + t).normalize('NFC'))), ...CONSONANTS];
const VI_UPPER = VI_LOWER.map((l) => l.toUpperCase());
const VI_LETTERS = [...VI_LOWER, ...VI_UPPER].join(' ');
// Names and words where decomposing shapers lose the dot below or the horn.
const VI_WORDS =
  'Ngọc Trịnh Đặng Thị Ngọc Thịnh; Nguyễn Phú Trọng; Hồ Chí Minh; Thừa Thiên Huế; Quảng Ngãi; Bạc Liêu; Cần Thơ; ỰỴỴ ựỵ';
// Hangul: two pangrams (every initial, medial and final in common use) and a readout sentence.
const HANGUL =
  '다람쥐 헌 쳇바퀴에 타고파. 키스의 고유조건은 입술끼리 만나야 하고 특별한 기술은 필요치 않다. 외교부 대변인은 한-베트남 관계의 중요성을 강조했다.';
// Japanese and Chinese names a Korean or Vietnamese book quotes (Han characters Noto Sans KR has: it lacks
// many simplified Chinese and some Japanese forms, which print as U+FFFD, never as an empty box).
const CJK = '岸田文雄 外務大臣 きしだ ふみお カタカナ 王毅 外交部 漢字 李在明';
// Letters NFC cannot compose (Yoruba tones over a dot below, a Russian stress mark) keep their combining
// marks; look-alike dashes stay distinct.
const MARKS = 'Ọ̀yọ́ Ẹ̀kọ́ Ìbàdàn; ударе́ние; x̣; ROK-Viet Seoul\u2011Hanoi 2020\u20102021';

function pt(sectionId: string, ordinal: number, text: string): TalkingPoint {
  return { id: `${sectionId}-${ordinal}`, sectionId, ordinal, text, kind: 'talking-point', marking: null, citation: null };
}
function sec(id: string, ordinal: number, title: string, points: TalkingPoint[]): Section {
  return { id, bookId: 'b', key: 'talking-points', title, ordinal, points };
}

function book(): PrintableBook {
  const b: Book = {
    id: 'b',
    title: `Ngọc ${VI_UPPER.slice(0, 30).join('')}`,
    meeting: `Gặp ${VI_LOWER.slice(0, 40).join('')}`,
    meetingDate: '2021-06-15',
    place: 'Thừa Thiên Huế',
    principal: 'Đặng Thị Ngọc Thịnh',
    counterpart: '외교부 장관',
    preparedBy: 'Vụ Đông Nam Á',
    classification: 'OFFICIAL',
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
    sections: [
      sec('lo', 0, `Chữ ${VI_LOWER.slice(72).join('')}`, [pt('lo', 0, VI_LETTERS), pt('lo', 1, VI_WORDS)]),
      sec('bo', 1, `Đậm ${VI_UPPER.slice(72).join('')}`, [pt('bo', 0, `**${VI_LETTERS}**`), pt('bo', 1, `**${VI_WORDS}**`)]),
      sec('ko', 2, '한국어 다람쥐', [
        pt('ko', 0, HANGUL),
        pt('ko', 1, `**${HANGUL}**`),
        pt('ko', 2, CJK),
        pt('ko', 3, `**${CJK}**`),
      ]),
      sec('mk', 3, 'Ọ̀yọ́', [pt('mk', 0, MARKS), pt('mk', 1, `**${MARKS}**`)]),
    ],
  };
  return { book: b, records: [], generatedAt: '2021-06-10T09:00:00Z' };
}

const oneSpace = (s: string) => s.replace(/\s+/g, ' ').normalize('NFC');

/** pdftotext's reading of the whole document, one space for every run of white space. */
function poppler(file: string): string {
  return oneSpace(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
}

/** pdf.js's reading of the whole document (what browsers' viewers search and copy), the same way. */
async function pdfjs(file: string): Promise<string> {
  const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await lib.getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  let out = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    for (const item of content.items) if ('str' in item) out += item.str + (item.hasEOL ? '\n' : '');
    out += '\n';
  }
  await doc.cleanup();
  return oneSpace(out);
}

let dir = '';
let file = '';
const read: Record<string, string> = {};

before(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'bb-pdf-text-'));
  file = path.join(dir, 'letters.pdf');
  await renderBookPdf(book(), file);
  // PDF_PREVIEW_DIR=folder keeps the PDF, to look at its pages (pdftoppm -png -r 60).
  if (process.env.PDF_PREVIEW_DIR) copyFileSync(file, path.join(process.env.PDF_PREVIEW_DIR, 'letters.pdf'));
  read.pdftotext = poppler(file);
  read['pdf.js'] = await pdfjs(file);
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('every letter copies out of the PDF exactly', () => {
  const b = book().book;
  const expected: [string, string][] = [
    ['every Vietnamese letter with every tone, in body text', VI_LETTERS],
    ['Vietnamese names with dots below and horns', VI_WORDS],
    ['Hangul', HANGUL],
    ['Japanese and Chinese names', CJK],
    ['letters with combining marks, and look-alike dashes', MARKS],
    ['a heading', b.sections[0]?.title ?? ''],
    ['a bold heading', b.sections[1]?.title ?? ''],
    ['the cover title', b.title],
    ['the cover subtitle', b.meeting ?? ''],
  ];
  for (const extractor of ['pdftotext', 'pdf.js']) {
    for (const [what, text] of expected) {
      test(`${extractor}: ${what}`, () => {
        const all = read[extractor] ?? '';
        const want = oneSpace(text);
        if (all.includes(want)) return;
        // Name the first letters that did not come back, not the whole page.
        const missing = want.split(' ').filter((w) => !all.includes(w));
        assert.fail(`${extractor} does not give back "${want.slice(0, 60)}…"; words missing: ${missing.slice(0, 12).join(' ')}`);
      });
    }
    test(`${extractor}: bold text comes back as often as regular (twice each)`, () => {
      const all = read[extractor] ?? '';
      assert.equal(all.split(oneSpace(VI_LETTERS)).length - 1, 2);
      assert.equal(all.split(oneSpace(HANGUL)).length - 1, 2);
      assert.equal(all.split(oneSpace(MARKS)).length - 1, 2);
      assert.ok(!all.includes('\uFFFD'), 'no replacement character');
    });
  }
});
