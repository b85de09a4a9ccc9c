// A desk officer imports a post that tells of a trip's start: "President X leaves for Ghana",
// "lên đường thăm …", "… راهی ترکیه شد", "… 참석 출국", "vor seinem Abflug nach Toronto". Whom the
// traveller will meet is still ahead: the record reports no meeting, lists no one, dates no meeting.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const read = (text: string) => parseRecordText(text);

test('a headline that says the president leaves for a visit reports no meeting yet', () => {
  const parsed = read(
    [
      'PRESIDENT ALAN MWALE LEAVES FOR ACCRA',
      'Lusaka, 3 May 2024 - President Alan Mwale this morning left Lusaka for Accra at the invitation of President Kofi Mensah, for an official visit to Ghana.',
      'The President was seen off at the airport by Vice President Ruth Banda and senior government officials.',
    ].join('\n\n'),
  );
  assert.deepEqual(parsed.participants, []);
  assert.equal(parsed.meetingDate, null);
});

test('a Vietnamese post on a delegation setting out ("lên đường thăm") reports no meeting yet', () => {
  const parsed = read(
    [
      'Bí thư Tỉnh ủy Trần Văn Minh lên đường thăm và làm việc tại tỉnh Quảng Tây (Trung Quốc)',
      'Ngày 11/12, đoàn đại biểu tỉnh do đồng chí Trần Văn Minh, Bí thư Tỉnh ủy làm Trưởng đoàn đi thăm, làm việc tại tỉnh Quảng Tây.',
      'Dự kiến, đoàn sẽ có các buổi hội đàm với Bí thư Khu ủy Quảng Tây Lưu Ninh.',
    ].join('\n\n'),
  );
  assert.deepEqual(parsed.participants, []);
});

test('a readout whose headline tells the talks is still read, the departure told below', () => {
  const names = read(
    [
      'President Alan Mwale holds talks with President Kofi Mensah in Accra',
      'Accra, 4 May 2024 - President Alan Mwale met President Kofi Mensah of Ghana at Jubilee House on Saturday, a day after he left Lusaka for Accra.',
      'The two leaders discussed trade and energy.',
    ].join('\n\n'),
  ).participants.map((p) => p.name);
  assert.ok(names.includes('Alan Mwale'));
  assert.ok(names.includes('Kofi Mensah'));
});

test('a headline that tells the talks before the departure ("meets …, leaves for …") is still a meeting', () => {
  const names = read(
    [
      'President Alan Mwale meets President Kofi Mensah, leaves for Abuja',
      'Accra, 5 May 2024 - President Alan Mwale met President Kofi Mensah of Ghana at Jubilee House on Sunday before he left for Abuja.',
      'The two leaders discussed trade and energy.',
    ].join('\n\n'),
  ).participants.map((p) => p.name);
  assert.ok(names.includes('Alan Mwale'));
  assert.ok(names.includes('Kofi Mensah'));
});

test('with no headline of its own, a Chinese lead that tells the departure ("啟程前往") lists no one', () => {
  const parsed = read(
    [
      '縣長王美玲今天率隊啟程前往日本群馬縣,展開為期5天的城市外交之旅。',
      '王美玲表示,此行也將拜會群馬縣知事山田太郎,交流農業與觀光事宜。',
    ].join('\n'),
  );
  assert.deepEqual(parsed.participants, []);
});
