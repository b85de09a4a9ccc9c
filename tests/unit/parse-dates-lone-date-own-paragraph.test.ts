// A desk officer reads a lone lead date as the meeting's when the lead tells the meeting, even where the page puts a line
// of its own furniture ("SUMMARY . . .") or a photo's caption first: the date's sentence is looked up in its own paragraph,
// and any sentence giving that day may tell the meeting. A page dated only by its month ("date 2024-06") may tell any
// day of that month as done ("Ce vendredi 07 juin 2024, le Premier ministre … a reçu en audience …").

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { meetingDateCandidates } from '../../electron/node/library/parse/dates.ts';

/** The meeting date a record's paragraphs give, against a publication date and the page's first lines. */
const meeting = (text: string, publishedAt: string | null = null, head: string[] = []): string | null =>
  meetingDateCandidates(text.split('\n\n'), publishedAt, 'from the page', head)[0]?.value ?? null;

describe('a lone lead date under a line of page furniture', () => {
  test('"SUMMARY . . ." over "…는 9일 … 업무협약을 체결했다고 밝혔다" on a page of the 10th: the 9th', () => {
    const text =
      'SUMMARY . . .\n\n가람도의회 교육위원회와 나래도의회 교육위원회는 9일 가람도의회 도민카페에서 ‘교육발전을 위한 상호협력 업무협약’을 체결했다고 밝혔다.';
    assert.equal(meeting(text, '2025-07-10'), '2025-07-09');
  });

  test("a caption giving the day first, then the lead's sentence telling the luncheon that day: that day", () => {
    const text =
      '11日、代表団と各団体の代表らの記念写真。日本の友好団体は11日、東京で合同昼食会を開き、訪日した協会の会長を歓迎した。';
    assert.equal(meeting(text, '2024-04-16'), '2024-04-11');
  });
});

describe('a page dated only by its month', () => {
  test('"date 2024-06" over "Ce vendredi 07 juin 2024, … a eu … Il a reçu en audience …": 7 June 2024', () => {
    const text =
      'Ce vendredi 07 juin 2024, le Premier ministre Paul Diouf a eu un calendrier chargé. Il a reçu en audience plusieurs ambassadeurs accrédités.';
    assert.equal(meeting(text, null, ['date 2024-06']), '2024-06-07');
  });

  test('a day long before that month is still a day the record recalls: none', () => {
    const text =
      'Le 07 mars 2024, le Premier ministre Paul Diouf a eu un calendrier chargé. Il a reçu en audience plusieurs ambassadeurs accrédités.';
    assert.equal(meeting(text, null, ['date 2024-06']), null);
  });
});
