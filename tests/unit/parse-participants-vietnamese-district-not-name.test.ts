// Vietnamese reports write the unit an official heads after the title, capitalised: "ông Ngô Văn
// Hải, Chủ tịch Quận làm trưởng đoàn" is the chairman of the district, not a person called Quận
// (whom the people directory would then find in every record that writes "Quận" or "Quân").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

test('"Chủ tịch Quận" after the named chairman is his office, not a second person', () => {
  const got = names(
    'Ngày 12/5, đoàn công tác quận Hải Châu do ông Ngô Văn Hải, Chủ tịch Quận làm trưởng đoàn đã đến thăm và làm việc với UBND quận Ba Đình. Tiếp đoàn có ông Trần Minh Đức, Chủ tịch UBND quận Ba Đình.',
  );
  assert.ok(!got.includes('Quận'), String(got));
  assert.ok(got.includes('Ngô Văn Hải'), String(got));
});

test('a person whose name is Quân is still read after the title', () => {
  const got = names('Ngày 12/5, Chủ tịch UBND tỉnh Lê Văn Quân đã tiếp Đại sứ Lena Berg tại trụ sở UBND tỉnh.');
  assert.ok(got.includes('Lê Văn Quân'), String(got));
});
