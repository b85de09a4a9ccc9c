// A small briefing book the export worker lays out while it warms up (warm.ts), thrown away: every part
// of the layout runs once (so it is compiled before the real export), the fonts' shaping tables are read,
// and the letters, digits and punctuation every book uses are shaped, with the pairs they form in English
// and Vietnamese text. Its text is ordinary readout language, so what it teaches the shaper is what books need.

import type { Book, RecordDetail, Section, TalkingPoint } from '../../shared/types.ts';
import type { PrintableBook } from './render.ts';

const PARAGRAPHS = [
  'Minister Kang Kyung-wha held talks with Deputy Prime Minister and Foreign Minister Phạm Bình Minh on 18 September 2020 in Hà Nội, and the two sides agreed to resume regular flights between Incheon, Hà Nội and Hồ Chí Minh City as early as possible.',
  'Both ministers welcomed the quick progress of the Comprehensive Strategic Partnership (CSP) and affirmed that trade, investment, development cooperation and people-to-people exchanges would be further strengthened in 2021–2022.',
  'The Vietnamese side expressed appreciation for Korea’s support of 500,000 face masks and 20 million USD for COVID-19 response; officials of both foreign ministries (외교부) will meet again on 28 September to review the “special entry procedures”.',
  'On the East Sea, the ministers stressed the importance of peace, stability, freedom of navigation and overflight, and of resolving disputes by peaceful means in accordance with international law, including UNCLOS 1982.',
  'Deputy Minister Nguyễn Quốc Dũng and First Vice Minister Choi Jong-kun also exchanged views on the Mekong–Korea framework, the ASEAN–ROK Commemorative Summit, and Việt Nam’s 2020 ASEAN chairmanship; Đà Nẵng, Hải Phòng and Quảng Ninh were named as pilot localities.',
  'Quick-witted officials of the Ministry of Foreign Affairs (MOFA) jumped at the chance to fix a joint work programme: 1) visa facilitation; 2) labour; 3) official development assistance — a 12% increase, subject to approval.',
];

const POINTS: { text: string; kind: TalkingPoint['kind'] }[] = [
  {
    text: 'Welcome the **steady progress** of our Comprehensive Strategic Partnership since the Minister’s last visit.',
    kind: 'talking-point',
  },
  {
    text: '- Resume regular flights between *Incheon* and Hà Nội.\n- Simplify entry for business people and experts.',
    kind: 'talking-point',
  },
  {
    text: 'If asked about the East Sea: restate support for freedom of navigation and overflight, and for UNCLOS.',
    kind: 'if-raised',
  },
  { text: 'Background: the Vice Ministers last met in Seoul on 3 July 2020 (Strategic Dialogue, 9th round).', kind: 'note' },
];

function sampleRecords(): RecordDetail[] {
  return [0, 1].map((r) => ({
    id: `sample-${r}`,
    title:
      r === 0
        ? 'ROK-Viet Nam Foreign Ministers’ Meeting and Luncheon'
        : 'Việt Nam – Hàn Quốc tăng cường quan hệ Đối tác chiến lược toàn diện',
    publisher: 'Ministry of Foreign Affairs',
    publishedAt: '2020-09-22',
    meetingDate: '2020-09-18',
    place: 'Hà Nội',
    language: r === 0 ? 'en' : 'vi',
    paragraphCount: 3,
    sourceName: null,
    importedAt: '2020-09-22T00:00:00Z',
    participants: [],
    dateNotes: [],
    usedParagraphIds: [],
    paragraphs: [0, 1, 2].map((k) => ({
      id: `sample-${r}:${k + 1}`,
      recordId: `sample-${r}`,
      label: String(k + 1),
      ordinal: k,
      text: PARAGRAPHS[(r * 3 + k) % PARAGRAPHS.length] as string,
    })),
  }));
}

/** The warm-up book: key messages on their own page, two sections of cited points, the annex. */
export function sampleBook(): PrintableBook {
  const records = sampleRecords();
  const section = (key: Section['key'], title: string, si: number): Section => ({
    id: `sample-s${si}`,
    bookId: 'sample',
    key,
    title,
    ordinal: si,
    points: [...POINTS, ...PARAGRAPHS.map((text) => ({ text, kind: 'talking-point' as const }))].map((p, pi) => {
      const r = records[pi % 2] as RecordDetail;
      const para = r.paragraphs[pi % 3] as RecordDetail['paragraphs'][number];
      return {
        id: `sample-p${si}-${pi}`,
        sectionId: `sample-s${si}`,
        ordinal: pi,
        text: p.text,
        kind: p.kind,
        marking: pi === 1 ? 'CONFIDENTIAL' : null,
        citation: {
          recordId: r.id,
          paragraphId: para.id,
          label: para.label,
          recordTitle: r.title,
          publishedAt: r.publishedAt,
          sourceText: para.text,
        },
      };
    }),
  });
  const book: Book = {
    id: 'sample',
    title: 'Visit of the Foreign Minister of Viet Nam',
    meeting: 'Bilateral meeting and luncheon',
    meetingDate: '2020-09-18',
    place: 'Seoul',
    principal: 'Minister',
    counterpart: 'Phạm Bình Minh',
    preparedBy: 'Viet Nam Desk',
    classification: 'RESTRICTED',
    createdAt: '2020-09-22T00:00:00Z',
    updatedAt: '2020-09-22T00:00:00Z',
    sections: [section('key-messages', 'Key messages', 0), section('talking-points', 'Talking points', 1)],
  };
  return { book, records, generatedAt: '2020-09-22T00:00:00Z' };
}
