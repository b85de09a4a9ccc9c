// A list of envoys named by their country alone ("Argentina's Eduardo Amadeo") still lists each
// envoy with that country, and so does one with the country after the name ("Ana Torres of Peru", in
// a list); a title, a place, a body or a portfolio is not a person.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) => parseRecordText(lines.join('\n\n')).participants.map((p) => `${p.name}|${p.country ?? '—'}`);

test("'his meetings with Peru's Ana Torres and Norway's Lars Berg': both envoys, each with their country", () => {
  const found = people([
    'Foreign minister receives new ambassadors',
    'The foreign minister shared pictures of his meetings with Peru’s Ana Torres and Norway’s Lars Berg, who presented copies of their credentials on Monday.',
  ]);
  assert.ok(found.includes('Ana Torres|Peru'), found.join(' / '));
  assert.ok(found.includes('Lars Berg|Norway'), found.join(' / '));
});

test("'South Africa's Northern Cape' and 'Britain's King Charles' are not read as people by the possessive", () => {
  const found = people([
    'Ministers meet on hydrogen pipeline',
    'The minister met his counterpart in Windhoek on Monday to discuss a pipeline to South Africa’s Northern Cape.',
  ]);
  assert.ok(!found.some((p) => p.startsWith('Northern Cape')), found.join(' / '));
});

test("'Ana Torres of Peru, …, and Lars Berg from Norway': the country after the name, in a list", () => {
  const found = people([
    'Foreign minister welcomes new envoys',
    'The foreign minister met the new ambassadors on Monday, who presented copies of their credentials: Chinese envoy Li Ming, Ana Torres of Peru, Sweden’s Karl Holm, and Lars Berg from Norway.',
  ]);
  assert.ok(found.includes('Ana Torres|Peru'), found.join(' / '));
  assert.ok(found.includes('Lars Berg|Norway'), found.join(' / '));
});

test("a portfolio before 'of' a country is nobody: '…, Commonwealth and Development Affairs of the United Kingdom'", () => {
  const found = people([
    'Foreign ministers hold talks',
    'Foreign Minister Li Ming held talks with Tom Sample, the Secretary of State for Foreign, Commonwealth and Development Affairs of the United Kingdom, in Beijing on Wednesday.',
  ]);
  assert.ok(!found.some((p) => p.startsWith('Development Affairs')), found.join(' / '));
});
