// English records name people by a form of address as often as by office: "Dr. Ana Costa met Governor
// …", "Ms Lena Berg held talks with …", "H.E. A B paid a courtesy call on …". Whoever the sentence says met,
// received or called on someone was in the room. A rank or "Miss" before a name is no part of it, and the
// last one listed is still listed when the sentence goes on to say when or where ("led by Ms. A on 5 October").
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('an English record naming people by a form of address', () => {
  test('the one a courtesy title names as meeting someone is listed', () => {
    for (const text of [
      'Mr Tomas Reyland met Governor Lydia Okapi on 7 July 2023 at the State House.',
      'On 7 July 2023 Dr. Tomas Reyland met with Governor Lydia Okapi in Lusaka.',
      'Ms Tomas Reyland held talks with Minister Lydia Okapi on Monday.',
      'Prof. Tomas Reyland received Ambassador Lydia Okapi at the university on 3 May 2024.',
      'H.E. Tomas Reyland paid a courtesy call on Minister Lydia Okapi on 2 March 2024.',
      'Professor Tomas Reyland welcomed the visiting delegation led by Mayor Lydia Okapi.',
    ]) {
      const got = names(text);
      assert.ok(got.includes('Tomas Reyland') && got.includes('Lydia Okapi'), `${text} → ${got}`);
    }
  });

  test('a courtesy title before a prize received, or inside a quotation, names no one met', () => {
    assert.ok(!names('Dr. Tomas Reyland received the award from Minister Lydia Okapi on 3 May 2024.').includes('Tomas Reyland'));
    assert.ok(
      !names(
        '"I met Mr Tomas Reyland in 1990," Minister Lydia Okapi told Ambassador Ken Dowa at their meeting on Monday.',
      ).includes('Tomas Reyland'),
    );
  });

  test('a rank or "Miss" before a name described after a comma is not part of the name', () => {
    const got = names('Captain Rohan Desal, Naval Attaché, called on Rear Admiral Peter Kanu on 12 December 2023.');
    assert.ok(got.includes('Rohan Desal') && !got.includes('Captain Rohan Desal'), String(got));
    const miss = names('Mayor Sam Tuilavi met Miss Rebecca Longa, the Cultural Attaché, on 15 August 2023.');
    assert.ok(miss.includes('Rebecca Longa') && !miss.includes('Miss Rebecca Longa'), String(miss));
  });

  test('the last one listed is still listed when the sentence goes on to say when or where', () => {
    const led = names('Governor Lydia Okapi received a trade delegation led by Ms. Julia Webera on 5 October 2023.');
    assert.ok(led.includes('Julia Webera'), String(led));
    const present = names(
      'Governor Lydia Okapi met the delegation on Monday. Also present were Mr. Owen Clarkson and Ms. Jane Mosse at the State House.',
    );
    assert.ok(present.includes('Owen Clarkson') && present.includes('Jane Mosse'), String(present));
  });
});
