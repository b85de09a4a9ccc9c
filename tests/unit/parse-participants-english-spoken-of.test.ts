// "The President hailed President Bola Tinubu for his reforms", "President Ama Serwaa could not attend",
// "hope for an early visit by President X": an English record names leaders praised, wished well, whose
// instructions are followed, who stayed away or whose visit is only hoped for. None was in the room; the
// host and the envoy who spoke of them were. A probe table of made-up sentences, present and absent.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

const LEAD =
  'President John Mensah on Monday received the Nigerian High Commissioner, Mr. Peter Okafor, at the Jubilee House in Accra.';

const ABSENT: [string, string][] = [
  ['Mr. Okafor hailed President Bola Tinubu for his reforms.', 'Bola Tinubu'],
  ['President Mensah applauded President Bola Tinubu for his role in ECOWAS.', 'Bola Tinubu'],
  ['Mr. Okafor paid homage to President Bola Tinubu.', 'Bola Tinubu'],
  ['Mr. Okafor paid glowing tribute to former President Olu Adeyemi.', 'Olu Adeyemi'],
  ['President Mensah wished President Bola Tinubu a speedy recovery.', 'Bola Tinubu'],
  ['Mr. Okafor said the mission would follow the directives of President Bola Tinubu.', 'Bola Tinubu'],
  ['Mr. Okafor said he was sent by President Bola Tinubu to deepen ties.', 'Bola Tinubu'],
  ['The envoy also met Minister Kwame Boateng in the absence of President Ama Serwaa.', 'Ama Serwaa'],
  ['President Bola Tinubu could not attend the meeting.', 'Bola Tinubu'],
  ['President Bola Tinubu is currently out of the country.', 'Bola Tinubu'],
  ['The President expressed hope for an early visit to Ghana by President Bola Tinubu.', 'Bola Tinubu'],
];

describe('an English record naming a leader only spoken of leaves them out', () => {
  for (const [sentence, absent] of ABSENT) {
    test(sentence, () => {
      const got = names(`${LEAD}\n\n${sentence} The two discussed trade.`);
      assert.ok(got.includes('John Mensah') && got.includes('Peter Okafor'), String(got));
      assert.ok(!got.includes(absent), String(got));
    });
  }

  test('the host who hailed the envoy, and the envoy wished well, are still in the room', () => {
    const got = names(
      `${LEAD}\n\nPresident Mensah hailed the High Commissioner and wished Mr. Peter Okafor a successful tour of duty.`,
    );
    assert.ok(got.includes('John Mensah') && got.includes('Peter Okafor'), String(got));
  });

  test('"wishes to inform" is a plan, not a wish for someone: the minister announced stays', () => {
    const got = names(
      'Foreign Minister Kofi Adu met Ambassador Mary Lee in Accra on Monday.\n\nThe Ministry wishes to inform the public that Minister Kofi Adu discussed trade with Ambassador Mary Lee.',
    );
    assert.ok(got.includes('Kofi Adu') && got.includes('Mary Lee'), String(got));
  });
});
