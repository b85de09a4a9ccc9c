// A city council's news page names its visitors and hosts as "the <office> <courtesy> <name>":
// "the Clerk of the City Council Mr. A B", "the Minority Party Leader Hon. C D E". The office's
// head noun need not be one the title grammar knows (Clerk, Leader, Chief): the courtesy title says
// where the name starts. Words before a courtesy title that head no office ("the Republic of Chile
// and Mr X") are no office, and its name is not read from them.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);

describe('an office, a courtesy title, then the name', () => {
  test('"the Clerk of the City Council Mr. A B" and "the Minority Party Leader Hon. C D E"', () => {
    const found = people(
      'The Mayor hosted the visitors from the embassy in his office on Monday.\n\nAlso present in the meeting were the Minority Party Leader Hon. Peter Otieno Sample and the Clerk of the City Council Mr. John Example.',
    );
    assert.equal(found.find((p) => p.name === 'Peter Otieno Sample')?.role, 'Minority Party Leader');
    assert.equal(found.find((p) => p.name === 'John Example')?.role, 'Clerk of the City Council');
  });

  test('"held talks with the Trade Counsellor at the Japan Embassy Mr. A B and the Unit Chief Ms. C D"', () => {
    const found = people(
      'The Governor held talks with the Trade Counsellor at the Japan Embassy Mr. Tom Sample and the Market Supervision Unit Chief Ms. Ann Example, who paid a courtesy call on him.',
    );
    const counsellor = found.find((p) => p.name === 'Tom Sample');
    assert.equal(counsellor?.role, 'Trade Counsellor at the Japan Embassy');
    assert.equal(counsellor?.country, 'Japan');
    assert.equal(found.find((p) => p.name === 'Ann Example')?.role, 'Market Supervision Unit Chief');
  });

  test('words that head no office before the courtesy title: no office read', () => {
    const found = people(
      'The minister met the visiting delegation on Tuesday. He thanked the Republic of Chile and Mr Wendell Sample for their support.',
    );
    const wendell = found.find((p) => p.name === 'Wendell Sample');
    assert.ok(!wendell?.role?.includes('Republic'), JSON.stringify(found));
  });
});
