// A site whose date field is empty prints the Unix clock's zero, 1 January 1970: the record is not
// dated by it, and no meeting date is counted from it.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

test('a page "published on 1 January 1970" (an empty date field) is not dated 1970', () => {
  const french = parseRecordText(
    "L'ambassadeur a présenté ses lettres de créance\n\nPublié le 1 janvier 1970, mis à jour le 29 novembre 2017\n\nMardi 28 novembre, l'ambassadeur de France a présenté ses lettres de créance à la Reine au palais de Buckingham.",
  );
  assert.notEqual(french.publishedAt, '1970-01-01');
  const english = parseRecordText(
    'Mayor receives consul\n\nPublished: January 1, 1970\n\nThe Mayor received the Consul General at City Hall on Tuesday to discuss trade.',
  );
  assert.equal(english.publishedAt, null);
  assert.equal(english.meetingDate, null);
});

test('a page dated in 1970 on any other day keeps its date', () => {
  const r = parseRecordText(
    'Ministers meet\n\nPublished: March 4, 1970\n\nThe two foreign ministers met in Bonn on 3 March 1970 to discuss trade.',
  );
  assert.equal(r.publishedAt, '1970-03-04');
});
