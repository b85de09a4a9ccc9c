// A saved page that states no publication date still gives its meeting's year a line above or in the same sentence:
// a stay "từ ngày 20-21/3/2022" around "Sáng 21/3", a byline "quarta, 23 de fevereiro de 2011" over "No passado dia
// 18 de fevereiro … se reuniu". A reader carries that year on to the day; one told only further down (an earlier
// meeting recalled below) is not carried back up.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { meetingDateCandidates } from '../../electron/node/library/parse/dates.ts';

/** The meeting date a record's paragraphs give, with no publication date. */
const meeting = (text: string): string | null => meetingDateCandidates(text.split('\n\n'), null, 'not stated')[0]?.value ?? null;

describe('an undated page states its year with or above the meeting day', () => {
  test('"Sáng 14/5, … tiếp Thủ tướng Lào … thăm chính thức Việt Nam từ ngày 13-15/5/2023": 14 May 2023', () => {
    const text =
      'Sáng 14/5, tại Phủ Chủ tịch, Thủ tướng Chính phủ Trần Văn Nam đã chủ trì Lễ đón Thủ tướng Lào và Đoàn đại biểu cấp cao thăm chính thức Việt Nam từ ngày 13-15/5/2023.\n\n' +
      'Hai Thủ tướng đã hội đàm về hợp tác giữa hai nước.';
    assert.equal(meeting(text), '2023-05-14');
  });

  test('a byline "sexta, 10 de março de 2017" over "No passado dia 7 de março, o ministro … se reuniu com …": 7 March 2017', () => {
    const text =
      'Ana Lima (Correspondente) · sexta, 10 de março de 2017 · Internacional No passado dia 7 de março, o ministro dos Negócios Estrangeiros, João Costa, se reuniu em Luanda com o presidente angolano.\n\n' +
      'Os dois falaram sobre a cooperação entre os dois países.';
    assert.equal(meeting(text), '2017-03-07');
  });

  test('a year told only below, of an earlier meeting ("the agreements reached on November 12, 2022"): the day stays unknown', () => {
    const text =
      'On November 17, in Bangkok, Foreign Minister Tran Van Nam had a meeting with the Japanese Foreign Minister.\n\n' +
      'At the meeting, the two sides noted the thriving relations between the two countries.\n\n' +
      'They agreed to implement the agreements reached between the two Prime Ministers at their meeting on November 12, 2022.';
    assert.equal(meeting(text), null);
  });

  test('years of two stays in the same month above the day: "Sáng 14/5" is given neither year', () => {
    const text =
      'Hai đoàn đã thăm nhau ngày 10/5/2022 và ngày 12/5/2023. Sáng 14/5, Chủ tịch tỉnh Trần Văn Nam tiếp Đại sứ Lào.\n\n' +
      'Hai bên đã trao đổi về hợp tác giữa tỉnh và các địa phương của Lào.';
    assert.notEqual(meeting(text), '2022-05-14');
    assert.notEqual(meeting(text), '2023-05-14');
  });
});
