// A page copied from its top brings the site's name, its menus and a breadcrumb trail ("Home > News >
// …") above the headline. The trail is navigation, and so is everything above it; when its last crumb
// is the headline, the page prints that headline again on its own line below, date and all.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (text: string): string | null => parseRecordText(text).title;

describe('a breadcrumb trail above the headline', () => {
  test("a prefecture's page whose trail ends with the dated headline: that headline, not the skip link above it", () => {
    const text = [
      'ページの先頭です。 メニューを飛ばして本文へ',
      'トップページ > 知事の部屋 > 駐日ラトビア共和国特命全権大使による表敬訪問(令和5年3月2日)',
      '',
      '駐日ラトビア共和国特命全権大使による表敬訪問(令和5年3月2日)',
      '',
      '3月2日、駐日ラトビア共和国特命全権大使が知事を表敬訪問しました。知事は観光と経済の交流の拡大に期待を述べました。',
    ].join('\n');
    assert.equal(title(text), '駐日ラトビア共和国特命全権大使による表敬訪問(令和5年3月2日)');
  });

  test("the site's name above the trail is not the headline; the line under the date is", () => {
    const text = [
      'Miền Tây Online',
      '',
      'Chính trị > Đối ngoại',
      '',
      'Thứ ba, 14/03/2023, 09:10 (GMT+7)',
      '',
      'Chủ tịch tỉnh tiếp Tổng Lãnh sự Nhật Bản tại Thành phố Hồ Chí Minh',
      '',
      'Sáng 14/3, tại trụ sở UBND tỉnh, Chủ tịch UBND tỉnh đã tiếp Tổng Lãnh sự Nhật Bản. Hai bên trao đổi về hợp tác đầu tư và du lịch.',
    ].join('\n');
    assert.equal(title(text), 'Chủ tịch tỉnh tiếp Tổng Lãnh sự Nhật Bản tại Thành phố Hồ Chí Minh');
  });

  test('a trail ending with a section name printed again ("首页 > 会员互动") leaves the headline below it', () => {
    const text = [
      '当前位置: 首页 > 会员互动',
      '',
      '会员互动',
      '',
      '外交部长会见来访的新加坡外长 双方就双边关系交换意见',
      '',
      '3月2日,外交部长在北京会见来访的新加坡外长。双方就双边关系和共同关心的问题交换了意见。',
    ].join('\n');
    assert.equal(title(text), '外交部长会见来访的新加坡外长 双方就双边关系交换意见');
  });

  test('a headline with a quotation mark » or a dash is no trail', () => {
    const text =
      'Minister empfängt Amtskollegen – »Ein guter Tag für beide Länder«\n\nDer Minister hat am Dienstag seinen Amtskollegen in Berlin empfangen. Beide sprachen über Handel.';
    assert.equal(title(text), 'Minister empfängt Amtskollegen – »Ein guter Tag für beide Länder«');
  });
});
