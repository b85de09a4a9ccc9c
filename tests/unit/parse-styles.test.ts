// The shapes records come in: numbering styles, dates, page chrome, mail, datelines.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { BriefbookError } from '../../electron/shared/errors.ts';

const labels = (text: string): string[] => parseRecordText(text).paragraphs.map((p) => p.label);
const texts = (text: string): string[] => parseRecordText(text).paragraphs.map((p) => p.text);

describe('paragraph numbering', () => {
  test('"1." points with "o" sub-points become 1, 1.1, 1.2, 2', () => {
    const text = '1. The ministers met.\n\no They discussed trade.\n\no They discussed visas.\n\n2. They will meet again.';
    assert.deepEqual(labels(text), ['1', '1.1', '1.2', '2']);
    assert.deepEqual(texts(text), [
      'The ministers met.',
      'They discussed trade.',
      'They discussed visas.',
      'They will meet again.',
    ]);
  });

  test('"2)" numbering is the record’s own, and "(a)" letters stay under their point', () => {
    const text = '1) The ministers spoke by phone.\n\n2) They agreed on two things.\n\n(a) First on trade.\n\n(b) Then on visas.';
    assert.deepEqual(labels(text), ['1', '2', '2(a)', '2(b)']);
    assert.equal(texts(text)[2], 'First on trade.');
  });

  test('"-", "•" and "◦" bullets under a number become its sub-points, "◦" a level below "•"', () => {
    const text =
      '1. Outcomes of the talks.\n• Flights will resume.\n◦ Incheon-Hanoi first.\n◦ Then Incheon-Ho Chi Minh City.\n• The social security agreement will be signed.\n2. Next steps.\n- Working-level talks in October.';
    assert.deepEqual(labels(text), ['1', '1.1', '1.1.1', '1.1.2', '1.2', '2', '2.1']);
    assert.equal(texts(text)[2], 'Incheon-Hanoi first.');
  });

  test('bullets in a record without numbers are numbered 1, 2, 3 in reading order', () => {
    const text = '- The ministers met in Seoul.\n- They discussed trade.\n- They agreed to meet again.';
    assert.deepEqual(labels(text), ['1', '2', '3']);
    assert.deepEqual(texts(text), ['The ministers met in Seoul.', 'They discussed trade.', 'They agreed to meet again.']);
  });

  test('plain paragraphs separated by blank lines are numbered 1, 2, 3', () => {
    const text = 'The ministers met in Seoul.\n\nThey discussed trade and investment.\n\n\nThey agreed to meet again next year.';
    assert.deepEqual(labels(text), ['1', '2', '3']);
  });

  test('one paragraph per line when lines are separated by single newlines', () => {
    const text =
      'The ministers met in Seoul on Friday to review relations.\nThey discussed trade and investment.\nThey agreed to meet again next year.';
    assert.deepEqual(texts(text), [
      'The ministers met in Seoul on Friday to review relations.',
      'They discussed trade and investment.',
      'They agreed to meet again next year.',
    ]);
  });

  test('unnumbered text inside a numbered record continues the point above it', () => {
    assert.deepEqual(labels('1. The ministers met.\n\nThey were joined by the ambassadors.\n\n2. They agreed.'), [
      '1',
      '1.1',
      '2',
    ]);
  });
});

describe('text clean-up', () => {
  test('sentences glued at a full stop are separated, "U.S." and decimals are not', () => {
    const [para] = texts(
      'The two sides reviewed bilateral relations.The two sides agreed to work with the U.S. on a 1.5 percent target.It was agreed.',
    );
    assert.equal(
      para,
      'The two sides reviewed bilateral relations. The two sides agreed to work with the U.S. on a 1.5 percent target. It was agreed.',
    );
  });

  test('whitespace is collapsed, curly apostrophes are kept and text is NFC', () => {
    const [para] = texts('  Minister Kang’s   visit\u00A0to  Viet Nam’s capital, Pha\u0323m Bi\u0300nh Minh said.  ');
    assert.equal(para, 'Minister Kang’s visit to Viet Nam’s capital, Phạm Bình Minh said.');
    assert.equal(para, para?.normalize('NFC'));
  });

  test('hard-wrapped lines of a paragraph are joined again', () => {
    const text =
      'The ministers met in Hanoi and agreed that the two countries would\nresume regular flights as early as possible after the final round of\nconsultations.\n\nThey also agreed to meet again in September.';
    assert.deepEqual(texts(text), [
      'The ministers met in Hanoi and agreed that the two countries would resume regular flights as early as possible after the final round of consultations.',
      'They also agreed to meet again in September.',
    ]);
  });
});

describe('dates', () => {
  const meeting = (text: string) => {
    const r = parseRecordText(text);
    return { publishedAt: r.publishedAt, meetingDate: r.meetingDate, notes: r.dateNotes };
  };

  test('"18 September 2020" is taken as it stands', () => {
    // A date stated in full needs no note (its evidence still says where it was read).
    assert.deepEqual(meeting('The ministers met in Seoul on 18 September 2020.'), {
      publishedAt: null,
      meetingDate: '2020-09-18',
      notes: [],
    });
  });

  test('"September 18, 2020" is taken as it stands', () => {
    assert.equal(meeting('The ministers met on Friday, September 18, 2020 in Seoul.').meetingDate, '2020-09-18');
  });

  test('"2020-09-22" is taken as it stands', () => {
    assert.equal(meeting('The meeting took place on 2020-09-22 at the Lotte Hotel in Seoul.').meetingDate, '2020-09-22');
  });

  test('"on June 23" without a publication date is left empty rather than guessed', () => {
    assert.deepEqual(meeting('The ministers met on June 23 in Hanoi.'), { publishedAt: null, meetingDate: null, notes: [] });
  });

  test('"on June 23" takes its year from the publication date, with a note saying so', () => {
    assert.deepEqual(meeting('Date : 2020-06-25 09:00:00\n\nThe ministers met on June 23 in Hanoi.'), {
      publishedAt: '2020-06-25',
      meetingDate: '2020-06-23',
      notes: [
        {
          field: 'meetingDate',
          value: '2020-06-23',
          from: "'on June 23', year from the publication date 2020-06-25",
        },
      ],
    });
  });

  test('a meeting in late December published in January belongs to the year before', () => {
    const r = meeting('Date : 2021-01-05 10:00\n\nThe ministers met on 30 December in Seoul.');
    assert.equal(r.meetingDate, '2020-12-30');
    assert.match(r.notes[0]?.from ?? '', /year before that of the publication date 2021-01-05/);
  });

  test('the date a record introduces with "on" is the meeting, not one mentioned earlier as context', () => {
    const r = meeting(
      'Date : 2020-09-22\n\nFollowing their call of September 2, the ministers met on the morning of September 18.',
    );
    assert.equal(r.meetingDate, '2020-09-18');
  });

  test('a weekday is the last such day on or before publication', () => {
    assert.equal(meeting('Date : 2020-06-23\n\nThe ministers met on Monday in Hanoi.').meetingDate, '2020-06-22');
  });

  test('an impossible date is ignored', () => {
    assert.equal(meeting('The ministers met on 31 February 2020.').meetingDate, null);
  });
});

describe('page chrome', () => {
  const page = [
    'Skip navigation',
    '',
    'Countries Information',
    '',
    '  1. HOME',
    '  2. Press',
    '  3. Ministry News',
    'Ministry News',
    'Ministry News 상세보기',
    '',
    'Ministers Meet in Seoul',
    '',
    '  • Date : 2021-03-04 10:00:00',
    '  • Hit : 321',
    '',
    'Ministers Meet in Seoul',
    '',
    '1. Minister of Foreign Affairs Chung Eui-yong met the Ambassador of Viet Nam on March 3.',
    '',
    'o The two sides agreed to meet again.',
    '',
    'Print',
    'Share',
    'List',
    '',
    'Related news',
    '',
    'Another story about something else entirely, published elsewhere.',
  ].join('\n');
  const r = parseRecordText(page);

  test('menus, counters and share bars are removed and the title is kept once', () => {
    assert.deepEqual(
      r.paragraphs.map((p) => `${p.label} ${p.text}`),
      [
        '1 Minister of Foreign Affairs Chung Eui-yong met the Ambassador of Viet Nam on March 3.',
        '1.1 The two sides agreed to meet again.',
      ],
    );
    assert.equal(r.title, 'Ministers Meet in Seoul');
    assert.equal(r.titleDerived, false);
  });

  test('the page’s "Date :" line is the publication date and resolves the meeting date', () => {
    assert.equal(r.publishedAt, '2021-03-04');
    assert.equal(r.meetingDate, '2021-03-03');
  });

  test('the site chrome names the publisher, and an unqualified minister belongs to its country', () => {
    assert.equal(r.publisher, 'Ministry of Foreign Affairs, Republic of Korea');
    // confidence, why and check are the evidence shown in the Reader; the person is the rest.
    const people = r.participants.map(({ name, role, country, aliases, key }) => ({ name, role, country, aliases, key }));
    assert.deepEqual(people, [
      {
        name: 'Chung Eui-yong',
        role: 'Minister of Foreign Affairs',
        country: 'Republic of Korea',
        aliases: [],
        key: 'chung eui yong',
      },
      { name: null, role: 'Ambassador', country: 'Viet Nam', aliases: ['the Ambassador of Viet Nam'], key: null },
    ]);
  });
});

test('one person is one key across records, with or without Vietnamese diacritics and honorifics', () => {
  const withMarks = parseRecordText('Minister of Foreign Affairs Phạm Bình Minh held talks in Hà Nội today.').participants[0];
  const without = parseRecordText('Minister of Foreign Affairs H.E. Mr. Pham Binh Minh held talks in Hanoi today.')
    .participants[0];
  assert.equal(withMarks?.key, 'pham binh minh');
  assert.equal(without?.key, withMarks?.key);
});

describe('text pasted from e-mail', () => {
  const mail = [
    'From: Nguyen Van A <a@example.vn>',
    'Sent: Tuesday, June 23, 2020 10:15 AM',
    'To: Korea Desk <korea@example.vn>',
    'Subject: RE: Readout of the call with the Korean Ambassador',
    '',
    'Dear colleagues,',
    '',
    '> Deputy Minister Nguyen Quoc Dung received Korean Ambassador Park Noh-wan on Monday.',
    '> The two sides agreed to resume flights.',
    '',
    'Best regards,',
    'Nguyen Van A',
    'Korea Desk',
  ].join('\n');
  const r = parseRecordText(mail);

  test('the subject is the title and the sent date the publication date', () => {
    assert.equal(r.title, 'Readout of the call with the Korean Ambassador');
    assert.equal(r.titleDerived, false);
    assert.equal(r.publishedAt, '2020-06-23');
  });

  test('headers, greeting, quote marks and signature are not paragraphs', () => {
    assert.deepEqual(texts(mail), [
      'Deputy Minister Nguyen Quoc Dung received Korean Ambassador Park Noh-wan on Monday.',
      'The two sides agreed to resume flights.',
    ]);
  });

  test('"on Monday" is resolved against the sent date', () => {
    assert.equal(r.meetingDate, '2020-06-22');
    assert.equal(r.dateNotes[0]?.from, "'on Monday', the Monday before the publication date 2020-06-23");
  });

  test('participants are read from the text, with the ambassador’s country from "Korean"', () => {
    assert.deepEqual(
      r.participants.map((p) => [p.name, p.role, p.country]),
      [
        ['Nguyen Quoc Dung', 'Deputy Minister', null],
        ['Park Noh-wan', 'Ambassador', 'Republic of Korea'],
      ],
    );
  });
});

describe('news-agency copy', () => {
  const article =
    'Hanoi (VNA) – Deputy Prime Minister and Foreign Minister Pham Binh Minh met his Korean counterpart Kang Kyung-wha on September 18.\n\nThe two sides agreed to boost trade.\n\nTranslated by Mai Huong';
  const r = parseRecordText(article);

  test('the dateline gives the agency as publisher and is not part of the text', () => {
    assert.equal(r.publisher, 'Vietnam News Agency (VNA)');
    assert.ok(r.paragraphs[0]?.text.startsWith('Deputy Prime Minister and Foreign Minister Pham Binh Minh met'));
  });

  test('the translator credit is neither a paragraph nor the publisher', () => {
    assert.deepEqual(labels(article), ['1', '2']);
  });

  test('"Seoul (VNA)" also reads as a dateline', () => {
    assert.equal(
      parseRecordText('Seoul (VNA) Minister Kang met the Vietnamese ambassador.').publisher,
      'Vietnam News Agency (VNA)',
    );
  });

  test('an acronym in brackets at the start of a sentence is not a dateline', () => {
    assert.equal(parseRecordText('New Southern Policy Plus (NSPP) is the priority of the Korean government.').publisher, null);
  });
});

describe('titles and language', () => {
  test('a record without a title gets its first clause, cut at a word boundary to 90 characters', () => {
    const r = parseRecordText(
      'The two foreign ministers discussed ways to strengthen cooperation in trade, investment, labour, education, culture and people-to-people exchanges over the coming years.',
    );
    assert.equal(r.titleDerived, true);
    assert.ok(r.title.length <= 91, r.title);
    assert.equal(r.title, 'The two foreign ministers discussed ways to strengthen cooperation in trade');
  });

  test('Korean and Vietnamese text is recognised by script and diacritics', () => {
    assert.equal(parseRecordText('강경화 외교부 장관은 9월 18일 하노이에서 회담을 가졌다.').language, 'ko');
    assert.equal(parseRecordText('Hai bên nhất trí tăng cường hợp tác trong các lĩnh vực thương mại và đầu tư.').language, 'vi');
    assert.equal(parseRecordText('Deputy Prime Minister Phạm Bình Minh met Minister Kang in Hanoi.').language, 'en');
  });
});

describe('empty input', () => {
  for (const [what, text] of [
    ['empty text', ''],
    ['whitespace only', '  \n\t\n \u00A0 '],
    ['page chrome only', 'Skip navigation\n\nHOME\n  • Hit : 12'],
  ] as const) {
    test(`${what} is refused with IMPORT_EMPTY and a message a desk officer understands`, () => {
      assert.throws(
        () => parseRecordText(text),
        (error: unknown) =>
          error instanceof BriefbookError && error.code === 'IMPORT_EMPTY' && /no paragraphs/.test(error.message),
      );
    });
  }
});
