// A list of names each followed by its office, in English: "including The Honourable A, Speaker of the
// House of Commons, The Honourable B, Minister of Justice and Attorney General of Canada, and Ms. C,
// Parliamentary Secretary to the Minister of …". The office after A's comma is A's, not the next name's;
// a caption chains "…, The Honourable D, Minister of Health, Ambassador E". An office with its remit set
// off by a comma before a single name ("the Minister of Health, Dr A, said") stays that name's.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const people = (text: string) => findParticipants(text.split('\n\n'), ctx);
const roleOf = (found: ReturnType<typeof people>, name: string) => found.find((p) => p.name === name)?.role;

describe('names, each then its office', () => {
  test('"The Honourable A, Speaker …, The Honourable B, Minister …, and Ms. C, Parliamentary Secretary to the Minister …"', () => {
    const found = people(
      'The delegation also met with some politicians, including The Honourable Andrew Sample, Speaker of the House of Commons, The Honourable Peter Model, Minister of Justice and Attorney General of Canada, The Honourable Ed Test, Minister of International Trade, and Ms. Kelly Example, Parliamentary Secretary to the Minister of Natural Resources.',
    );
    const got = found.map((p) => p.name);
    for (const n of ['Andrew Sample', 'Peter Model', 'Ed Test', 'Kelly Example']) assert.ok(got.includes(n), String(got));
    assert.equal(roleOf(found, 'Andrew Sample'), 'Speaker');
    assert.match(roleOf(found, 'Peter Model') ?? '', /^Minister of Justice/);
    assert.equal(roleOf(found, 'Ed Test'), 'Minister of International Trade');
    assert.equal(roleOf(found, 'Kelly Example'), 'Parliamentary Secretary');
  });

  test('not fired: "the Minister of Health, Dr Ana Model, said …" keeps the office before the name', () => {
    const found = people(
      'President Tom Sample received the Ambassador of Chile Pedro Ejemplo at State House. The Minister of Health, Dr Ana Model, said the visit would open new links.',
    );
    assert.equal(roleOf(found, 'Ana Model'), 'Minister of Health');
  });
});
