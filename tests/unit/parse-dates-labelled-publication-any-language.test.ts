// A page's metadata labels its date in the words of its language ("วันที่บันทึก :", "Ngày đăng:", "掲載日:",
// "게시일", "última modificação"), whatever the site. The date after a known label is the page's, a numeric
// one read day first where the language writes it so, and an update only when nothing else dates the page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readByline } from '../../electron/node/library/parse/byline.ts';
import { dateReader } from '../../electron/node/library/parse/dates.ts';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const dayFirstPage = dateReader(true);

test('a Thai page labelling the day it recorded the news "วันที่บันทึก :09/02/2024" was published on 9 February', () => {
  const r = parseRecordText(
    [
      'ผู้ว่าราชการจังหวัดต้อนรับคณะผู้แทนจากเมืองพี่เมืองน้อง',
      'วันที่บันทึก :09/02/2024',
      'นายสมชาย ผู้ว่าราชการจังหวัด ให้การต้อนรับคณะผู้แทนจากเมืองพี่เมืองน้อง ณ ศาลากลางจังหวัด เพื่อหารือความร่วมมือด้านการท่องเที่ยวและการศึกษาระหว่างสองเมือง',
    ].join('\n\n'),
  );
  assert.equal(r.publishedAt, '2024-02-09');
});

test('a Vietnamese "Ngày đăng: 12/03/2021" is read day first, the label saying it is the publication date', () => {
  assert.equal(readByline('Ngày đăng: 12/03/2021', dayFirstPage)?.published, '2021-03-12');
});

test('a numeric date after a label on an English page is left unguessed', () => {
  assert.equal(readByline('Posted: 12/03/2021', dateReader(false))?.published ?? null, null);
});

test('a Japanese university page stamped "[記事掲載日:24.06.20]" was published on 20 June 2024, the year first', () => {
  assert.equal(readByline('[記事掲載日:24.06.20]', dayFirstPage)?.published, '2024-06-20');
  assert.equal(readByline('掲載日：2024年6月20日', dayFirstPage)?.label, '掲載日');
});

test('a Korean board\'s "게시일" labels the publication date', () => {
  assert.equal(readByline('게시일 2021.03.04', dayFirstPage)?.label, '게시일');
});

test('labels for the date in other languages are read as the publication date', () => {
  assert.equal(readByline('发布日期：2019-04-12', dayFirstPage)?.published, '2019-04-12');
  assert.equal(readByline('Tanggal: 2019-04-12', dayFirstPage)?.published, '2019-04-12');
  assert.equal(readByline('Mis en ligne le 12 avril 2019', dayFirstPage)?.published, '2019-04-12');
  assert.equal(readByline('Datum: 12.04.2019', dayFirstPage)?.published, '2019-04-12');
});

test('a Korean council board row "작성자 | 의회 | 작성일 | 2015-12-29 | 조회수 | 1127 |" dates the speech it heads', () => {
  const r = parseRecordText(
    [
      '2016년 신년사 | |||||',
      '---|---|---|---|---|---|',
      '작성자 | 시의회 | 작성일 | 2015-12-29 | 조회수 | 1127 |',
      '존경하는 시민 여러분! 새해가 밝았습니다. 우리 의회는 새해에도 시민 여러분의 성원 속에 최선의 노력을 다하겠습니다. 시민 여러분의 가정에 건강과 행복이 가득하시길 기원합니다.',
    ].join('\n'),
  );
  assert.equal(r.publishedAt, '2015-12-29');
});

test('a Portuguese byline giving only its last change, "por Ana Souza última modificação 08/01/2021 12h59", dates the page when nothing else does', () => {
  const r = parseRecordText(
    [
      'Prefeito recebe vereadores no gabinete',
      'por Ana Souza última modificação 08/01/2021 12h59',
      'O prefeito recebeu na terça-feira os vereadores eleitos para uma reunião sobre as prioridades do município no novo ano legislativo.',
    ].join('\n\n'),
  );
  assert.equal(r.publishedAt, '2021-01-08');
});
