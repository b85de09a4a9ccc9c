// A printable book for the PDF tests: the real 2020-09-22 press release (paragraphs 1-4) and a
// Vietnamese-side record, and the poppler helpers that read a PDF back.
import { execFileSync } from 'node:child_process';
import type { PrintableBook } from '../../electron/node/pdf/index.ts';
import type { Book, Citation, RecordDetail, Section, TalkingPoint } from '../../electron/shared/types.ts';
// ---------- Fixture: the real 2020-09-22 press release (paragraphs 1-4) and a Vietnamese-side record ----------

export const REC1 = 'rec-000';
export const REC2 = 'rec-003';
export const TITLE1 = 'ROK-Viet Nam Foreign Ministers’ Meeting and Luncheon';

export const para = (recordId: string, label: string, ordinal: number, text: string) => ({
  id: `${recordId}:${label}`,
  recordId,
  label,
  ordinal,
  text,
});

export const PARA_3 =
  'In particular, Minister Kang and Deputy Prime Minister Minh deeply agreed on the need to introduce special entry procedures between the two countries. Deputy Prime Minister Minh said that he expects his country to soon come up with measures simplifying entry procedures to offer more favorable conditions to Korean business people and other essential personnel, and suggested continuing close consultations to make a working-level agreement on concrete measures.';
export const PARA_3_1 =
  'On regular flights between the two countries, they agreed to begin by resuming the Incheon-Hanoi and Incheon-Ho Chi Minh routes as early as possible after final rounds of consultations between the aviation authorities of the two countries.';
export const PARA_4 =
  'Deputy Prime Minister Minh praised the healthcare and medical capabilities that the ROK has shown in responding to COVID-19, and hoped to cooperate with the ROK in developing and producing vaccines. He added that the role of relevant international organizations, including the International Vaccine Institute located in the ROK, is also important.';
export const PARA_4_1 =
  'Minister Kang mentioned that vaccines and treatments for COVID-19 are public goods for mankind and cross-border cooperation is necessary for the smooth execution of vaccine development and distribution. She went on to say that she looks forward to continued cooperation with Viet Nam in clinical trials and equitable access.';

export function record1(): RecordDetail {
  return {
    id: REC1,
    title: TITLE1,
    publisher: 'Ministry of Foreign Affairs, Republic of Korea (외교부)',
    publishedAt: '2020-09-22T13:26:07',
    meetingDate: '2020-09-18',
    place: 'Guest house of the Ministry of Foreign Affairs of Viet Nam, Hanoi',
    language: 'en',
    paragraphCount: 7,
    sourceName: '000_14d4902e11750d46.txt',
    importedAt: '2024-03-01T09:00:00Z',
    participants: [
      { name: 'Kang Kyung-wha', role: 'Minister of Foreign Affairs', country: 'Republic of Korea', aliases: ['Minister Kang'] },
      {
        name: 'Phạm Bình Minh',
        role: 'Deputy Prime Minister and Minister of Foreign Affairs',
        country: 'Viet Nam',
        aliases: ['Pham Binh Minh', 'Prime Minister Minh'],
      },
    ],
    paragraphs: [
      para(
        REC1,
        '1',
        0,
        'Minister of Foreign Affairs Kang, Kyung-wha, who is on an official visit to the Socialist Republic of Viet Nam, had a meeting on the morning of September 18 and an official luncheon with Deputy Prime Minister and Minister of Foreign Affairs of Viet Nam Pham Binh Minh at the guest house of the Ministry of Foreign Affairs of Viet Nam. The two sides had an extensive and in-depth discussion on cooperation in COVID-19 response, the way forward for the Republic of Korea-Viet Nam strategic cooperative partnership, and key bilateral and multilateral issues.',
      ),
      para(
        REC1,
        '2',
        1,
        'Minister Kang assessed that her visit to Viet Nam, the first ASEAN country she has visited since the COVID-19 pandemic, reflects the special ROK-Viet Nam relations.',
      ),
      para(REC1, '3', 2, PARA_3),
      para(REC1, '3.1', 3, PARA_3_1),
      para(REC1, '4', 4, PARA_4),
      para(REC1, '4.1', 5, PARA_4_1),
      para(
        REC1,
        '5',
        6,
        'In addition, the two sides had a very fruitful discussion on ways to make tangible progress on substantive cooperation between the ROK and Viet Nam.',
      ),
    ],
    dateNotes: [],
    usedParagraphIds: [`${REC1}:3`, `${REC1}:4`],
  };
}

export function record2(): RecordDetail {
  return {
    id: REC2,
    title: 'Bộ trưởng Bùi Thanh Sơn tiếp Thứ trưởng Ngoại giao Hàn Quốc',
    publisher: 'Báo Quốc tế (Thế giới & Việt Nam)',
    publishedAt: null,
    meetingDate: '2021-06-15',
    place: 'Hà Nội',
    language: 'vi',
    paragraphCount: 2,
    sourceName: '003_8efa98ed4426d19f.txt',
    importedAt: '2024-03-01T09:01:00Z',
    participants: [
      { name: null, role: 'Head of the RoK’s ASEAN SOM', country: 'Republic of Korea', aliases: ['the Korean diplomat'] },
    ],
    paragraphs: [
      para(
        REC2,
        '1',
        0,
        'FM Son said that the two sides should maintain trade and investment exchange, support and create favorable conditions for Korean investors and businesses to overcome the impacts of the pandemic, stabilize and expand production and business.',
      ),
      para(
        REC2,
        '2',
        1,
        'Ngoại trưởng Bùi Thanh Sơn đề nghị hai bên duy trì đối thoại, xây dựng lòng tin; 외교부 대변인은 한-베트남 관계의 중요성을 강조했다 (Đà Nẵng, Huế).',
      ),
    ],
    dateNotes: [],
    usedParagraphIds: [],
  };
}

export function cite(r: RecordDetail, label: string): Citation {
  const p = r.paragraphs.find((x) => x.label === label);
  if (!p) throw new Error(`no para ${label}`);
  return { recordId: r.id, paragraphId: p.id, label, recordTitle: r.title, publishedAt: r.publishedAt, sourceText: p.text };
}

export function point(sectionId: string, ordinal: number, text: string, citation: Citation | null): TalkingPoint {
  return { id: `${sectionId}-p${ordinal}`, sectionId, ordinal, text, kind: 'talking-point', marking: null, citation };
}

export function section(id: string, ordinal: number, title: string, key: Section['key'], points: TalkingPoint[]): Section {
  return { id, bookId: 'book-1', key, title, ordinal, points };
}

export function fixture(): PrintableBook {
  const r1 = record1();
  const r2 = record2();
  const book: Book = {
    id: 'book-1',
    title: 'Visit of the Foreign Minister of Viet Nam',
    meeting: 'Bilateral meeting with Deputy Prime Minister Phạm Bình Minh',
    meetingDate: '2020-09-18',
    place: 'Hanoi, Viet Nam',
    principal: 'Minister of Foreign Affairs Kang Kyung-wha',
    counterpart: 'Deputy Prime Minister and Minister of Foreign Affairs Phạm Bình Minh',
    preparedBy: 'Viet Nam Desk, Southeast Asia Division',
    classification: 'RESTRICTED',
    createdAt: '2024-03-01T09:00:00Z',
    updatedAt: '2024-03-02T09:00:00Z',
    sections: [
      section('s-km', 1, 'Key messages', 'key-messages', [
        point(
          's-km',
          1,
          'We agree on the need to introduce special entry procedures for business people and other essential personnel, and welcome Deputy Prime Minister Phạm Bình Minh’s commitment to simplify them soon.',
          cite(r1, '3'),
        ),
        point(
          's-km',
          2,
          'We hope to resume the Incheon–Hanoi and Incheon–Ho Chi Minh City routes as early as possible.',
          cite(r1, '3.1'),
        ),
        point(
          's-km',
          3,
          'We look forward to working with Viet Nam on vaccine development and production, including through the International Vaccine Institute.',
          cite(r1, '4'),
        ),
      ]),
      section('s-obj', 0, 'Objectives', 'objectives', []),
      section('s-tp', 2, 'Talking points: economic recovery', 'talking-points', [
        point(
          's-tp',
          1,
          'Vaccines and treatments for COVID-19 are public goods for mankind. Cross-border cooperation is necessary for the smooth development and distribution of vaccines; we look forward to cooperating with Viet Nam in clinical trials and equitable access.',
          cite(r1, '4.1'),
        ),
        point(
          's-tp',
          2,
          'We welcome the proposal of 외교부 to hold the next consultation in Đà Nẵng in the second half of the year.',
          cite(r2, '2'),
        ),
        point('s-tp', 3, 'A point without a recorded source stays in the book.', null),
      ]),
    ],
  };
  return { book, records: [r1, r2], generatedAt: '2020-09-25T08:30:00Z' };
}

export function longFixture(points: number): PrintableBook {
  const base = fixture();
  const r1 = record1();
  const labels = ['3', '3.1', '4', '4.1'];
  const texts = [PARA_3, PARA_3_1, PARA_4, PARA_4_1];
  const sections: Section[] = [];
  const perSection = 25;
  for (let s = 0; s < Math.ceil(points / perSection); s++) {
    const id = `s${s}`;
    const pts: TalkingPoint[] = [];
    for (let i = 0; i < perSection && s * perSection + i < points; i++) {
      const k = (s * perSection + i) % 4;
      pts.push(point(id, i + 1, `(${s * perSection + i + 1}) ${texts[k]}`, cite(r1, labels[k] ?? '3')));
    }
    sections.push(
      section(
        id,
        s,
        `Topic ${s + 1}: ${['Entry procedures', 'Flights', 'Vaccines', 'Access', 'Đà Nẵng', 'Mekong', 'East Sea', 'Trade'][s % 8]}`,
        'talking-points',
        pts,
      ),
    );
  }
  return { ...base, book: { ...base.book, title: 'Long briefing book', sections }, records: [r1] };
}

// ---------- Helpers ----------

export function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

export function pdfInfo(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of run('pdfinfo', ['-enc', 'UTF-8', file]).split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m?.[1] && m[2] !== undefined) out[m[1].trim()] = m[2].trim();
  }
  return out;
}

export function pagesText(file: string): string[] {
  const text = run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']);
  const pages = text.split('\f');
  if (pages[pages.length - 1]?.trim() === '') pages.pop();
  return pages;
}

/** A page's text without the markings, running header and footer (they interrupt text that runs over a page). */
export function body(page: string, index: number): string {
  const lines = page.split('\n');
  const content = lines.filter((l) => l.trim() !== '');
  const drop = new Set([content[0], content[content.length - 1], content[content.length - 2]]);
  if (index > 0) drop.add(content[1]);
  return lines.filter((l) => !drop.has(l)).join('\n');
}

/** pdftotext -layout without the line breaks and column padding, for phrases that may wrap. */
export function flat(s: string): string {
  return s.replace(/\s+/g, ' ');
}

export const keep = process.env.PDF_PREVIEW_DIR;
