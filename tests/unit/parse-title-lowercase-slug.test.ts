// A page copied with the story's address slug or its tags under the headline, all in lowercase:
// the headline writes its names with capitals, the slug never does.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

test('"gubernur jatim terima dubes jepang" under the headline is the page\'s slug, not its headline', () => {
  const text = [
    'Skip to content',
    'Gubernur Jatim Terima Kunjungan Dubes Jepang di Surabaya',
    'gubernur jatim terima dubes jepang',
    'Surabaya – Gubernur Jawa Timur menerima kunjungan Duta Besar Jepang di Gedung Negara Grahadi, Surabaya, pada Senin. Keduanya membahas kerja sama ekonomi.',
  ].join('\n\n');
  assert.equal(parseRecordText(text).title, 'Gubernur Jatim Terima Kunjungan Dubes Jepang di Surabaya');
});
