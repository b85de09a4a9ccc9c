// A breadcrumb trail whose arrows were icons comes out of a copied page as words with spaces between:
// the site's home page first, then a section or two ("Home Press room Statements", "홈페이지 국제교류",
// "Accueil next Actualités"). It is navigation like any trail, and the section it ends with, printed
// again as the page's heading, is no headline either; a headline that begins with the word stays one.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (text: string): string | null => parseRecordText(text).title;

describe('a trail whose separators were lost, at the head of a copied page', () => {
  test("a university's news page: the headline under 'homepage, international exchange', not the trail", () => {
    const text = [
      '홈페이지 국제교류',
      '',
      '김정수 총장, 하노이대학교 부총장 일행 회견',
      '',
      '5월 12일, 김정수 총장이 하노이대학교 부총장 일행을 만났다. 국제교류처, 한국어대학 등 관계자가 함께했다.',
      '',
      '1.jpg',
      '',
      '2.jpg',
      '',
      '김 총장은 부총장 일행의 방문을 환영하고 대학의 역사와 규모를 소개했다.',
    ].join('\n');
    assert.equal(title(text), '김정수 총장, 하노이대학교 부총장 일행 회견');
  });

  test("a newspaper's page whose trail reads 'Accueil next …' under its menu, above the headline printed twice", () => {
    const text = [
      'Menu',
      'Search',
      'Jeudi 28 Mars 2024',
      "S'abonner",
      'close',
      'Accueil next Diplomatie 2019',
      '',
      'Le ministre reçoit plusieurs ambassadeurs étrangers',
      '',
      'Le ministre reçoit plusieurs ambassadeurs étrangers',
      'Le ministre des Affaires étrangères a reçu, mardi à Rabat, plusieurs ambassadeurs étrangers venus lui présenter les copies figurées de leurs lettres de créance.',
    ].join('\n');
    assert.equal(title(text), 'Le ministre reçoit plusieurs ambassadeurs étrangers');
  });

  test("a parliament's release: the section the trail ends with, printed again as a heading, is not the headline", () => {
    const text = [
      'Home 의회소식 국회·의원 보도자료',
      '',
      '국회·의원 보도자료',
      '',
      '    국회사무총장, 라오스 국회 대표단 면담',
      '',
      '    • 보도일',
      '      2022. 11. 24.',
      '    • 구분',
      '      입법지원기관',
      '- 국회사무총장, “좋은 기회 되길” -',
      '국회사무총장은 3일 국회에서 라오스 국회 대표단을 만나 양국 의회 간 교류 협력 방안을 논의했다.',
    ].join('\n');
    assert.equal(title(text), '국회사무총장, 라오스 국회 대표단 면담');
  });

  test("a headline that begins with 'Home' is a headline", () => {
    const text = [
      'Home Secretary meets French interior minister',
      '',
      'The Home Secretary met the French interior minister in London on Monday to discuss migration across the Channel.',
    ].join('\n');
    assert.equal(title(text), 'Home Secretary meets French interior minister');
  });
});
