// A Japanese record says which ministry a vice-minister serves in, the Cabinet Office among them:
// "内閣府副大臣に就任された、山田一郎副大臣を表敬訪問". The desk officer sees the vice-minister by name,
// not "内閣府" (the Cabinet Office) read as a second person.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('the Cabinet Office before a Japanese office', () => {
  test('"内閣府副大臣に就任された、山田一郎副大臣": the vice-minister, not the Cabinet Office', () => {
    const got = names(
      '5月20日、今年内閣府副大臣に就任された、山田一郎副大臣を表敬訪問し、地域振興について意見交換を行いました。',
    );
    assert.ok(got.includes('山田一郎'), JSON.stringify(got));
    assert.ok(!got.includes('内閣府'), JSON.stringify(got));
  });

  test('"佐藤花子内閣府副大臣": the name before the ministry is still read', () => {
    const got = names('6月3日、佐藤花子内閣府副大臣が来県し、知事と会談しました。佐藤副大臣は防災の取組を視察しました。');
    assert.ok(got.includes('佐藤花子'), JSON.stringify(got));
  });
});
