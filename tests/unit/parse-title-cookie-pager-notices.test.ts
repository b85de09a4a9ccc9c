// What a site prints on every page, above the record as often as below it, is never the record's headline: the
// notice asking the reader's consent to cookies, in whatever language the site speaks, the blog's pager linking the
// entries before and after ("<< … | main | … >>"), and a story's posted and updated clocks set apart by an arrow
// ("20:57 > 21:01"), which is no breadcrumb trail above the headline.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { isCookieNotice, isPagerLine } from '../../electron/node/library/parse/page-notices.ts';

const title = (text: string): string | null => parseRecordText(text).title;

describe("a site's notices around the record", () => {
  test("a Swedish town's page opening on its cookie question gives the page's heading as the title", () => {
    const text = [
      'Vi vill använda kakor för att förbättra webbplatsen. Godkänner du det?',
      '',
      'Kommunens vänorter',
      '',
      'Kommunen har tre vänorter i Norden. Kommunstyrelsen tog emot en delegation från vänorten i maj.',
    ].join('\n');
    assert.equal(title(text), 'Kommunens vänorter');
  });

  test('a Spanish ministry page whose cookie notice stands first still gives its headline', () => {
    const text = [
      'Este sitio web utiliza cookies para mejorar la experiencia del usuario. Más información en nuestra política.',
      '',
      'Reunión del canciller con el embajador de Chile',
      '',
      'El canciller recibió este lunes al embajador de Chile en la sede del ministerio para repasar la agenda bilateral.',
    ].join('\n');
    assert.equal(title(text), 'Reunión del canciller con el embajador de Chile');
  });

  test('cookie notices read in several languages, the biscuit and an outlet named after it not', () => {
    for (const notice of [
      'Serwis używa plików cookies. Korzystając ze strony zgadzasz się na ich użycie.',
      'На нашем сайте используются cookie-файлы. Продолжая пользоваться сайтом, вы даёте согласие.',
      '당사 웹사이트를 사용하면 쿠키 파일이 다운로드됩니다.',
      'Wir verwenden Cookies. Mit Klick auf "Akzeptieren" geben Sie Ihre Einwilligung.',
      'Os cookies nos ajudam a administrar este site.',
    ])
      assert.equal(isCookieNotice(notice), true, notice);
    for (const prose of [
      'Hun hadde med seg cookies til statsministeren, som hun hadde bakt selv.',
      '21일 쿠키뉴스 취재를 종합하면 회담은 72분 동안 진행됐다.',
      'Vi bjöd delegationen på kaffe och pepparkakor i rådhuset.',
    ])
      assert.equal(isCookieNotice(prose), false, prose);
  });

  test("a Japanese blog entry under its pager's links gives the entry's own heading", () => {
    const text = [
      '<< 商店街の街路灯が完成しました | main | 議会だより第12号 >>',
      '',
      '姉妹都市の市議会の皆様が来訪 交流事業',
      '',
      '11月5日、姉妹都市の市議会の皆様が市役所を訪れ、議長と懇談しました。市内の名所もご案内しました。',
    ].join('\n');
    assert.equal(title(text), '姉妹都市の市議会の皆様が来訪 交流事業');
  });

  test("a pager's links are furniture; a quotation in doubled angle brackets is not", () => {
    for (const pager of [
      '<< 前のページへ戻る',
      '<< Spring concert | main | Autumn fair >>',
      'Previous articleMinister opens the new bridge',
      'Next post Le maire reçoit la délégation',
      '次の記事',
      '上一篇：市长会见代表团',
    ])
      assert.equal(isPagerLine(pager), true, pager);
    for (const prose of [
      '<< Ich bin dem Minister dankbar, dass er meinen Vorschlag unterstützt hat. >>',
      'Next year the two cities will mark thirty years of partnership.',
      '前の記事で紹介した交流事業の続きです。',
    ])
      assert.equal(isPagerLine(prose), false, prose);
  });

  test("a Croatian story's posted and updated clocks under the headline are not a trail: the headline stands", () => {
    for (const stamp of ['Vijesti 20:57 > 21:01', 'Objavljeno 05.05.2016. 20:57 > 21:01']) {
      const text = [
        'Ministar se nije sastao s američkim podtajnikom',
        '',
        stamp,
        'N1',
        '',
        'Iz ministarstva je stiglo priopćenje da se ministar danas u Washingtonu nije sastao s podtajnikom. Sastanak nije bio dogovoren.',
      ].join('\n');
      assert.equal(title(text), 'Ministar se nije sastao s američkim podtajnikom', stamp);
    }
  });
});
