// Press offices and agencies open the first paragraph with a date block: a place or a label, the
// full date, then a dash or a bar before the story ("Suva, Fiji, 15 September 2023 - …", "México,
// D.F., a 26 de agosto de 2016.- …", "Pressemitteilung vom 25. Januar 2022 | Berlin – …"). A desk
// officer reads it as the day the record was issued. A sentence that merely starts with a date, or a
// date range, is not such a block, and a block without a year gives no publication date.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const published = (text: string): string | null => parseRecordText(text).publishedAt;

describe('a date block opening the lead dates the record', () => {
  test('"Apia, Samoa, 3 March 2024 - The Prime Minister received …" was issued on 3 March 2024', () => {
    const text = [
      'Prime Minister receives visiting envoy',
      'Apia, Samoa, 3 March 2024 - The Prime Minister received the visiting Special Envoy of New Zealand at the Government Building and the two discussed fisheries.',
      'The envoy thanked the Government for its hospitality.',
    ].join('\n\n');
    assert.equal(published(text), '2024-03-03');
  });

  test('"Lima, a 14 de mayo de 2019.- El canciller …" and "Pressemitteilung vom 8. Mai 2021 | Bonn – Die Ministerin …"', () => {
    const es = [
      'Canciller recibe a su homólogo',
      'Lima, a 14 de mayo de 2019.- El canciller recibió en el Palacio de Torre Tagle a su homólogo de Bolivia y ambos conversaron sobre la agenda bilateral.',
    ].join('\n\n');
    assert.equal(published(es), '2019-05-14');
    const de = [
      'Ministerin empfängt Botschafter',
      'Pressemitteilung vom 8. Mai 2021 | Bonn – Die Ministerin empfing heute den Botschafter Japans zu einem Gespräch über Klimapolitik.',
    ].join('\n\n');
    assert.equal(published(de), '2021-05-08');
  });

  test('"Madrid, 17 de marzo de 2023. El ministro … se reunió este jueves …": the block ends at its full stop, and the Thursday is the day before', () => {
    const es = [
      'El ministro recibe a la canciller de Colombia',
      'Madrid, 17 de marzo de 2023. El ministro de Asuntos Exteriores, José Pérez, se reunió este jueves con la canciller de Colombia, Ana Gómez, en el Palacio de Santa Cruz.',
    ].join('\n\n');
    const record = parseRecordText(es);
    assert.equal(record.publishedAt, '2023-03-17');
    assert.equal(record.meetingDate, '2023-03-16');
    const en = [
      'Minister meets Colombian counterpart',
      'Madrid, 17 March 2023. Foreign Minister José Pérez met Colombian Foreign Minister Ana Gómez today.',
    ].join('\n\n');
    assert.equal(parseRecordText(en).meetingDate, '2023-03-17');
  });

  test('a sentence that starts with a date, or a block with no year, gives no publication date', () => {
    const sentence = [
      'Talks on fisheries',
      'The minister said on 5 May 2021 - a day after the talks - that the two sides had agreed to meet again.',
    ].join('\n\n');
    assert.equal(published(sentence), null);
    const noYear = [
      'Prime Minister receives visiting envoy',
      'Apia, Samoa, 3 March - The Prime Minister received the visiting Special Envoy of New Zealand and the two discussed fisheries.',
    ].join('\n\n');
    assert.equal(published(noYear), null);
  });
});
