// A Japanese list of a university's or a body's staff puts a unit named in katakana between the name and the title:
// "森田由美アサーティブ課長", "大川正和国際交流センター所長" (a department before it), "浜村東アジア研究科長" (the
// compass opening the region). The name is the kanji before the unit; a unit alone ("研究開発プロジェクト課長") and a mission
// posted abroad ("在大阪モンゴル国総領事") name no one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) => parseRecordText(lines.join('\n\n')).participants.map((p) => `${p.name}|${p.role ?? '—'}`);

test("a partner university's party signs the agreement, two of them heads of katakana-named units: all are read", () => {
  const found = people([
    '学術交流協定を締結しました',
    '5月15日、山田一郎学長はじめ、佐藤次郎副学長、森田由美アサーティブ課長、大川正和国際交流センター所長、浜村東アジア研究科長らが本学を訪れ、協定書に署名しました。',
  ]);
  for (const [name, role] of [
    ['森田由美', 'アサーティブ課長'],
    ['大川正和', '国際交流センター所長'],
    ['浜村', '東アジア研究科長'],
  ])
    assert.ok(
      found.some((p) => p === `${name}|${role}`),
      `${name}: ${found.join(' / ')}`,
    );
});

test('a unit alone before its title and a consulate posted abroad are no one', () => {
  const found = people([
    '総領事が市長を表敬訪問',
    '6月2日、在大阪モンゴル国総領事が市長を表敬訪問し、研究開発プロジェクト課長も同席しました。',
  ]);
  for (const word of ['在大阪', '研究開発']) assert.ok(!found.some((p) => p.startsWith(word)), `${word}: ${found.join(' / ')}`);
});
