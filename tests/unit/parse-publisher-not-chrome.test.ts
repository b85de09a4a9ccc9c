// The publisher a desk officer sees in the library and in every citation is an outlet, never the
// weekday of a byline ("Senin, 21 Oktober 2024"), a city ("Manila, 30 July 2007"), page chrome
// ("COMMENTS", "Advertisement") or a photo or editor's credit. A site's domain or a known agency
// before a byline's date still is one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const publisher = (lines: string[]) => parseRecordText(lines.join('\n\n')).publisher;
const body = 'The foreign minister received the ambassador of Chile at the ministry and discussed trade.';

test("a byline's weekday, in Indonesian, German or Spanish, is not the outlet", () => {
  for (const byline of ['Senin, 21 Oktober 2024', 'Freitag, 17. Mai 2013', 'Martes, 08 de agosto de 2017']) {
    assert.equal(publisher(['Minister receives ambassador', byline, body]), null, byline);
  }
});

test("a city before a byline's date is not the outlet; a domain or an agency is", () => {
  assert.equal(publisher(['Minister receives ambassador', 'Manila, 30 July 2007', body]), null);
  assert.equal(publisher(['Minister receives ambassador', 'Kompas.com - 10/07/2023, 19:07 WIB', body]), 'Kompas.com');
  assert.match(publisher(['Minister receives ambassador', 'Xinhua, May 17, 2016', body]) ?? '', /Xinhua/);
});

test('page chrome and credits are not the outlet', () => {
  assert.equal(publisher(['Minister receives ambassador', body, 'More news below.', 'COMMENTS']), null);
  assert.equal(publisher(['Minister receives ambassador', body, '© Photo: Anna Berg / Nordic Daily']), null);
  // Where a statement was posted is not who published the record.
  assert.equal(publisher(['Minister receives ambassador', body, 'Sumber: Twitter']), null);
});

test("a Chinese source line's writer and editor are cut from the outlet", () => {
  assert.equal(
    publisher(['王毅会见智利大使', '来源:新华社作者:李明责任编辑:王芳', '王毅在北京会见智利驻华大使,双方就双边关系交换意见。']),
    '新华社',
  );
});
