// The two real records Briefbook starts from, parsed field by field.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const seed = (name: string): string => readFileSync(new URL(`../../assets/records/${name}`, import.meta.url), 'utf8');

describe('the Korean MOFA press release copied from its web page (000)', () => {
  const record = parseRecordText(seed('000_14d4902e11750d46.txt'), { fileName: '000_14d4902e11750d46.txt' });

  test('keeps the page title, with its curly apostrophe, and does not call it derived', () => {
    assert.equal(record.title, 'ROK-Viet Nam Foreign Ministers’ Meeting and Luncheon');
    assert.equal(record.titleDerived, false);
  });

  test('recognises the ministry from its site chrome "Ministry News 상세보기"', () => {
    assert.equal(record.publisher, 'Ministry of Foreign Affairs, Republic of Korea');
  });

  test('takes the publication date from the page line "Date : 2020-09-22 13:26:07"', () => {
    assert.equal(record.publishedAt, '2020-09-22');
  });

  test('resolves the meeting date "on the morning of September 18" against the publication date', () => {
    assert.equal(record.meetingDate, '2020-09-18');
    assert.deepEqual(record.dateNotes, [
      {
        field: 'meetingDate',
        value: '2020-09-18',
        from: "'on the morning of September 18', year from the publication date 2020-09-22",
      },
    ]);
  });

  test('finds the place where the ministers met', () => {
    assert.equal(record.place, 'guest house of the Ministry of Foreign Affairs of Viet Nam');
  });

  test('is in English', () => {
    assert.equal(record.language, 'en');
  });

  test('has Minister Kang as one participant of the Republic of Korea, however often she is named', () => {
    const kang = record.participants[0];
    assert.equal(kang?.name, 'Kang Kyung-wha');
    assert.equal(kang?.role, 'Minister of Foreign Affairs');
    assert.equal(kang?.country, 'Republic of Korea');
    assert.deepEqual(kang?.aliases, ['Minister Kang']);
  });

  test('has Deputy Prime Minister Minh as one participant of Viet Nam, with his short names as aliases', () => {
    const minh = record.participants[1];
    assert.equal(minh?.name, 'Pham Binh Minh');
    assert.equal(minh?.role, 'Deputy Prime Minister and Minister of Foreign Affairs');
    assert.equal(minh?.country, 'Viet Nam');
    assert.deepEqual(minh?.aliases, ['Prime Minister Minh', 'Deputy Prime Minister Minh']);
  });

  test('has exactly the two ministers as participants', () => {
    assert.equal(record.participants.length, 2);
  });

  test('keeps the release’s own numbering: points 1 to 9 with their "o" sub-points', () => {
    assert.deepEqual(
      record.paragraphs.map((p) => p.label),
      [
        '1',
        '2',
        '2.1',
        '3',
        '3.1',
        '4',
        '4.1',
        '5',
        '5.1',
        '5.2',
        '5.3',
        '5.4',
        '6',
        '6.1',
        '6.2',
        '7',
        '7.1',
        '7.2',
        '8',
        '8.1',
        '8.2',
        '9',
      ],
    );
  });

  test('drops the "1." and "o" markers from paragraph text', () => {
    const para = (label: string): string => record.paragraphs.find((p) => p.label === label)?.text ?? '';
    assert.ok(para('1').startsWith('Minister of Foreign Affairs Kang, Kyung-wha, who is on an official visit'));
    assert.ok(para('3').startsWith('In particular, Minister Kang and Deputy Prime Minister Minh deeply agreed'));
    assert.ok(para('3.1').startsWith('On regular flights'));
    assert.match(para('3.1'), /Incheon-Hanoi/);
    assert.ok(para('9').startsWith('Minister Kang and Deputy Prime Minister Minh will meet again'));
  });

  test('leaves no page chrome among the paragraphs', () => {
    const all = record.paragraphs.map((p) => p.text).join('\n');
    for (const chrome of ['Skip navigation', 'HOME', '상세보기', 'Hit :', 'Date :', 'Countries Information']) {
      assert.ok(!all.includes(chrome), `paragraphs still contain "${chrome}"`);
    }
    assert.ok(!record.paragraphs.some((p) => p.text === record.title));
  });

  test('keeps curly apostrophes and single spaces in the text', () => {
    const para = record.paragraphs.find((p) => p.label === '5.1')?.text ?? '';
    assert.ok(para.endsWith('starting with Minister Kang’s visit.'));
    assert.ok(record.paragraphs.every((p) => !/\s{2}/.test(p.text) && p.text === p.text.trim()));
  });
});

describe('the Vietnamese news-agency article with no title, date or numbering (003)', () => {
  const record = parseRecordText(seed('003_8efa98ed4426d19f.txt'));

  test('gets a short title derived from the event its first sentence names', () => {
    assert.equal(record.title, 'Vietnam – RoK Consultation on the Coordination of the ASEAN – RoK Relationship');
    assert.equal(record.titleDerived, true);
  });

  test('has no publisher, no publication date and no meeting date, rather than guesses', () => {
    assert.equal(record.publisher, null);
    assert.equal(record.publishedAt, null);
    assert.equal(record.meetingDate, null);
    assert.deepEqual(record.dateNotes, []);
  });

  test('places the meeting in Vietnam, where the Korean diplomat came', () => {
    assert.equal(record.place, 'Vietnam');
  });

  test('is in English', () => {
    assert.equal(record.language, 'en');
  });

  test('numbers its eight paragraphs 1 to 8 and leaves out the translator credit', () => {
    assert.deepEqual(
      record.paragraphs.map((p) => p.label),
      ['1', '2', '3', '4', '5', '6', '7', '8'],
    );
    assert.ok(record.paragraphs[0]?.text.startsWith('The Korean diplomat, Head of the RoK'));
    assert.ok(record.paragraphs[7]?.text.startsWith('Regarding bilateral relations'));
    assert.ok(!record.paragraphs.some((p) => p.text.includes('Translated by')));
  });

  test('knows the Korean deputy foreign minister only by role, as one participant of the Republic of Korea', () => {
    const korean = record.participants.find((p) => p.country === 'Republic of Korea');
    assert.equal(korean?.name, null);
    assert.equal(korean?.role, "Deputy Foreign Minister, Head of the RoK's ASEAN SOM");
    assert.deepEqual(korean?.aliases, ['the Korean diplomat', 'the Korean deputy foreign minister']);
  });

  test('has FM Son as one participant of Viet Nam, also called the Vietnamese FM and the host', () => {
    const son = record.participants.find((p) => p.country === 'Viet Nam');
    assert.equal(son?.name, 'Son');
    assert.equal(son?.role, 'Foreign Minister');
    assert.deepEqual(son?.aliases, [
      'FM Son',
      'the Vietnamese FM',
      'the Vietnamese foreign minister',
      'the Vietnamese diplomat',
      'the host',
    ]);
  });

  test('has exactly two participants, in order of first mention', () => {
    assert.deepEqual(
      record.participants.map((p) => p.country),
      ['Republic of Korea', 'Viet Nam'],
    );
  });
});
