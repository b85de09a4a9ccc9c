// Japanese writes the name, then the words of the office, then its head noun. Words that qualify
// the office belong to the role, not the name: "山田新大使" is Ambassador Yamada, newly posted;
// "駐日各国大使" (each country's ambassador to Japan) names nobody; "官房長官" alone is an office.
// And one whose letter is handed over ("…官房長官から…への親書") was not in the room.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('Japanese office words between the name and the title', () => {
  test('"田中新大使は…外務大臣を往訪し": the new ambassador is 田中, not 田中新', () => {
    const got = names(
      '11月19日、田中新大使はロペス外務大臣を往訪し、信任状の写しを提出しました。その後、田中新大使は同大臣と意見交換を行いました。',
    );
    assert.ok(got.includes('田中'), String(got));
    assert.ok(!got.includes('田中新'), String(got));
  });

  test('"駐日各国大使を招き": a reception for the ambassadors names no one called 駐日各国', () => {
    const got = names(
      '「駐日各国大使の県内視察」歓迎レセプション\n\n外務省では、駐日外国大使に地方の実情の視察の機会を提供しています。\n\n【参加国名等】駐日各国大使ご夫妻 17カ国 28名',
    );
    assert.ok(!got.includes('駐日各国'), String(got));
  });

  test('"佐藤健官房長官から王会長への親書を手渡した": the sender of the letter was not there', () => {
    const got = names(
      '市長は北京で中日友好協会の王明会長と会談し、佐藤健官房長官から王明会長への親書を手渡しました。王明会長は歓迎の意を表しました。',
    );
    assert.ok(!got.some((n) => n?.startsWith('佐藤健')), String(got));
  });
});

test('"趙兌烈（チョ・テヨル）韓国外交部長官と電話会談": a name in kanji with its reading in brackets, then whose office', () => {
  const people = findParticipants(
    ['本日午後5時から約30分間、上川陽子外務大臣は、趙兌烈（チョ・テヨル）韓国外交部長官と電話会談を行いました。'],
    ctx,
  );
  const guest = people.find((p) => p.name === '趙兌烈');
  assert.ok(guest, JSON.stringify(people.map((p) => p.name)));
  assert.equal(guest.country, 'Republic of Korea');
});
