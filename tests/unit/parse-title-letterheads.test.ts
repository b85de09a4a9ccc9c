// The letterhead of a release (in capitals, in French, set with spaced letters) and its contact line
// stand above the headline; none of them is the headline.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const LEAD =
  'The Foreign Minister held talks with his counterpart in Hanoi on Tuesday to discuss trade and investment.\n\nThe two sides agreed to meet again next year.';
const title = (text: string): string | null => parseRecordText(text).title;

describe("a release's letterhead and contact lines above its headline", () => {
  test('a ministry set in capitals ("MINISTRY OF FOREIGN AFFAIRS", "MINISTÈRE DE L\'EUROPE …") is the letterhead', () => {
    assert.equal(
      title(
        `MINISTRY OF FOREIGN AFFAIRS\nREPUBLIC OF KOREA\n\nPRESS RELEASE\n\nForeign Minister holds talks with Chinese counterpart\n\n${LEAD}`,
      ),
      'Foreign Minister holds talks with Chinese counterpart',
    );
    assert.equal(
      title(
        `MINISTÈRE DE L'EUROPE ET DES AFFAIRES ÉTRANGÈRES\n\nCommuniqué de presse\n\nLa ministre s'entretient avec son homologue vietnamien\n\n${LEAD}`,
      ),
      "La ministre s'entretient avec son homologue vietnamien",
    );
  });

  test('a label set with spaces between its letters ("외 교 부", "보 도 자 료") is not the headline', () => {
    const text =
      '외 교 부\n보 도 자 료\n\n배포일시: 2024. 12. 3.(화)\n\n한-베트남 외교장관회담 결과\n\n□ 외교부 장관은 12.3.(화) 오후 베트남 외교장관과 회담을 가졌다.\n\n□ 양 장관은 교역 확대에 합의하였다.';
    assert.equal(title(text), '한-베트남 외교장관회담 결과');
  });

  test('a short contact line with an e-mail address or a telephone number is not the headline', () => {
    assert.equal(
      title(`Media contact: press@example.gov | +1 555 0100\n\nForeign Minister holds talks with Chinese counterpart\n\n${LEAD}`),
      'Foreign Minister holds talks with Chinese counterpart',
    );
  });
});
