// A Japanese report recalls last year's exchanges around the meeting: "昨年は9月に…副知事がフォーラムに
// 参加した". The particle glued to "昨年" (last year) does not hide it; the one recalled was not in the room.
// "昨年に続き、" (as last year) comes back to this year after the comma.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('last year, recalled in a Japanese report', () => {
  test('"昨年は9月に森田一郎副知事が…参加した": recalled, not at the call', () => {
    const got = names(
      '総領事の王明氏が16日、山本太郎知事を表敬訪問し、意見を交わした。\n\n県は長年交流を続けている。昨年は9月に森田一郎副知事がフォーラムに参加したほか、舞踊団を招待した。',
    );
    assert.ok(got.includes('山本太郎'), String(got));
    assert.ok(!got.includes('森田一郎'), String(got));
  });

  test('"昨年に続き、川口市長が出席": as last year, the mayor is at this one', () => {
    const got = names('交流会は5日、市内のホテルで開かれた。昨年に続き、川口市長が出席し、代表団と懇談した。');
    assert.ok(got.includes('川口'), String(got));
  });
});
