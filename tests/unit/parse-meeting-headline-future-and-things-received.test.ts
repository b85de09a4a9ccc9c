// A desk officer imports a university's press release that announces a prime minister's visit in
// the headline's future ("Prime Minister of X to make landmark visit to …") and recalls, below,
// that its vice-chancellor "has received awards" for his work. Receiving an award is no meeting, and
// the headline's "to make … visit" is still ahead: the release reports no meeting and lists no one.
// A readout that tells the talks held below such a headline is still read.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const read = (text: string) => parseRecordText(text);

test('a visit announced in the headline future, with awards received below, lists no one', () => {
  const parsed = read(
    [
      'Prime Minister of Norland to make landmark visit to Riverside University',
      'Riverside University is strengthening its ties with Norland, welcoming Prime Minister Anna Berg to its campus.',
      'The Prime Minister and her delegation will be at the University on Wednesday 14 March, 2018.',
      'Vice-Chancellor Tom Reed has worked on the relationship for fifteen years, and has received awards for this work from the Government of Norland.',
    ].join('\n\n'),
  );
  assert.deepEqual(parsed.participants, []);
  assert.equal(parsed.meetingDate, null);
});

test('talks told as held below a headline in the future are still a meeting', () => {
  const names = read(
    [
      'Foreign Minister to visit Norland',
      'Riverton, 3 May 2024 - Foreign Minister Jan Holm met his Norland counterpart Anna Berg in Riverton on Friday before his trip.',
      'The two ministers discussed trade and energy.',
    ].join('\n\n'),
  ).participants.map((p) => p.name);
  assert.ok(names.includes('Jan Holm'));
  assert.ok(names.includes('Anna Berg'));
});

test('a guest received with a gift is still a guest: only an award or a grant received is a thing', () => {
  const names = read(
    [
      'Governor receives Norland ambassador',
      'Governor Tom Reed received Ambassador Anna Berg of Norland at his office on Monday and presented her with a book.',
    ].join('\n\n'),
  ).participants.map((p) => p.name);
  assert.ok(names.includes('Anna Berg'));
});
