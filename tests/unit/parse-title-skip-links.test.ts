// A page copied from its top brings its "skip to the text" link along, in the page's language. It
// ends like a sentence ("ここから本文です。"), so it once passed for the lead; a desk officer wants the
// headline under it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (text: string): string | null => parseRecordText(text).title;

describe("a page's skip link above the headline", () => {
  test('"ここから本文です。" (the text starts here) is not the record\'s first sentence', () => {
    const text =
      'ここから本文です。\n日程\n2025年9月10日(水曜日)\nベトナム・ハノイ市訪問団による表敬\n友好提携を締結しているハノイ市からの訪問団が知事を表敬しました。知事は交流の拡大に期待を述べました。';
    assert.equal(title(text), 'ベトナム・ハノイ市訪問団による表敬');
  });

  test('"Zum Inhalt springen" and "Aller au contenu" are not the headline either', () => {
    const lead =
      'Der Minister hat am Dienstag seinen vietnamesischen Amtskollegen in Berlin empfangen. Beide sprachen über Handel.';
    assert.equal(
      title(`Zum Inhalt springen\n\nMinister empfängt Amtskollegen aus Vietnam\n\n${lead}`),
      'Minister empfängt Amtskollegen aus Vietnam',
    );
    const fr = 'Le ministre a reçu mardi son homologue vietnamien à Paris. Les deux ont parlé de commerce.';
    assert.equal(
      title(`Aller au contenu\n\nLe ministre reçoit son homologue vietnamien\n\n${fr}`),
      'Le ministre reçoit son homologue vietnamien',
    );
  });
});
