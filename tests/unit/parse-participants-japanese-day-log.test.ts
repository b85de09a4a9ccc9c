// A mayor's or a chair's day log opens on what is still to do ("午前10時 委員会で事前協議をする。") and tells the
// visit of the afternoon in the plain past ("ご挨拶にお越しになった", "表敬訪問を行った"). The desk officer gets the
// visitors; a log whose visit is still ahead gives no one, and a field's committee member ("農業委員") is no name.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

const PLAN = '午前10時 議会事務局へ。条例案の審議方法について、委員会で事前協議をする。';

describe('Japanese: a day log that opens on plans, then tells the visit in the plain past', () => {
  test('the visitors of the afternoon, told with "お越しになった"', () => {
    const got = names(
      `${PLAN}\n\n午後2時 姉妹都市の静岡県富士宮市議会から、松田康弘議長、川口久美子副議長がご挨拶にお越しになった。`,
    );
    for (const want of ['松田康弘', '川口久美子']) assert.ok(got.includes(want), JSON.stringify(got));
  });

  test('a courtesy call told with "行った"', () => {
    const got = names(`${PLAN}\n\n午後3時 来庁した大野正樹町長が、市長室で表敬訪問を行った。`);
    assert.ok(got.includes('大野正樹'), JSON.stringify(got));
  });

  test('not when the visit is still ahead in the log', () => {
    const got = names(`${PLAN}\n\n明日は、松田康弘議長が表敬訪問に来られる予定だ。`);
    assert.deepEqual(got, []);
  });

  test('"農業委員" is a committee member of a field, not a Mr Nogyo', () => {
    const got = names(
      `従来は、農業委員は公選制だったが、法改正で任命制になった。\n\n午後2時 松田康弘議長、川口久美子副議長が表敬訪問にお越しになった。`,
    );
    assert.ok(!got.includes('農業'), JSON.stringify(got));
  });
});
