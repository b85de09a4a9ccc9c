// A short readout is still read in its own language: English "met" is the commonest word of a meeting
// record, and Dutch "met" ("with") must not make a two-line English readout Dutch.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { detectLanguage } from '../../electron/node/library/parse/language.ts';

test('"Foreign Minister meets Vietnamese counterpart in Canberra … met … in Canberra today" is English', () => {
  const record = parseRecordText(
    [
      'Foreign Minister meets Vietnamese counterpart in Canberra',
      'By Jane Smith',
      '15 January 2024',
      'Foreign Minister Penny Wong met Vietnamese Foreign Minister Bui Thanh Son in Canberra today.',
    ].join('\n'),
  );
  assert.equal(record.language, 'en');
});

test('a Dutch paragraph is still Dutch', () => {
  assert.equal(
    detectLanguage(
      'De minister van Buitenlandse Zaken heeft vandaag in Den Haag zijn Vietnamese ambtgenoot ontvangen. Zij spraken over de handel tussen beide landen en over de samenwerking op het gebied van klimaat.',
    ),
    'nl',
  );
});

test('a two-line Indonesian readout with no English word in it is Indonesian, not English', () => {
  assert.equal(
    detectLanguage(
      'Menlu Jepang bertemu Menlu Brasil\nMenteri Luar Negeri Jepang Yoko Kamikawa bertemu Menteri Luar Negeri Brasil Mauro Vieira di Tokyo, Minggu (14/1).',
    ),
    'id',
  );
});
