// A Korean or Japanese page saved from its photo down, with no headline of its own: the photo's file name,
// its caption marked "(좌)…(우)" or "(右)", or credited "[대통령실 제공]", "사진제공=양평군", stands first. None
// of them is the record's title; the title is made from the lead, and the caption's names are still read.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const title = (text: string): string | null => parseRecordText(text).title;

describe('a photo above the lead of a page with no headline', () => {
  test('a Korean caption naming who stands left and right is not the title', () => {
    const text = [
      '한국 박민수 외교부 차관(좌)과 몽골 바트 외교차관(우)',
      '박민수 외교부 차관은 15일 서울에서 바트 몽골 외교차관과 회담을 갖고 양국 간 광물 협력과 교육 교류 확대 방안을 논의했다고 밝혔다.',
      '양측은 내년 수교 기념행사도 함께 준비하기로 했다.',
    ].join('\n');
    assert.ok(title(text)?.startsWith('박민수 외교부 차관은 15일'));
  });

  test('a Japanese caption marked "(右)" is not the title', () => {
    const text = [
      'ベトナム総領事(右)と握手する田中知事=県庁',
      '在大阪ベトナム総領事が10日、田中一郎知事を表敬訪問し、技能実習生の受け入れや観光交流について意見を交わした。',
      '知事は今後も交流を深めたいと述べた。',
    ].join('\n');
    assert.ok(title(text)?.startsWith('在大阪ベトナム総領事が10日'));
  });

  test('a Korean caption credited to the office that gave the photo is not the title', () => {
    const text = [
      '라오스 대사와 악수하는 김철수 군수 [군청 제공]',
      '김철수 군수는 3일 군청 접견실에서 주한 라오스 대사를 만나 계절근로자 교류와 농업 협력을 논의했다고 밝혔다.',
      '대사는 군의 환대에 감사를 전했다.',
    ].join('\n');
    assert.ok(title(text)?.startsWith('김철수 군수는 3일'));
  });

  test('the photo\'s credit after its caption, "사진제공=…", marks it too', () => {
    const text = [
      '▲ 김철수 군수가 라오스 대사와 기념품을 교환하고 있다. /사진제공=군청',
      '김철수 군수는 3일 군청 접견실에서 주한 라오스 대사를 만나 계절근로자 교류와 농업 협력을 논의했다고 밝혔다.',
      '대사는 군의 환대에 감사를 전했다.',
    ].join('\n');
    assert.ok(title(text)?.startsWith('김철수 군수는 3일'));
  });

  test("the photo's file name above the lead is not the title", () => {
    const text = [
      'Doan_doanh_nghiep_Quang_Nam.jpg',
      'Sáng 12/3, Chủ tịch Hiệp hội Doanh nghiệp tỉnh Quảng Nam đã tiếp đoàn doanh nghiệp Hàn Quốc đến thăm và làm việc.',
      'Hai bên trao đổi về cơ hội đầu tư vào khu công nghiệp.',
    ].join('\n');
    assert.ok(title(text)?.startsWith('Sáng 12/3, Chủ tịch Hiệp hội'));
  });

  test('a photo file named below the text leaves the headline above it alone', () => {
    const text = [
      '協会が大学連合と交流覚書を締結',
      'お知らせ',
      '2024年5月9日、協会は東京において大学連合との間で調印式を執り行い、交流覚書を締結しました。',
      '20240509-mou1.jpg',
      '記念撮影',
    ].join('\n');
    assert.equal(title(text), '協会が大学連合と交流覚書を締結');
  });

  test("the caption's names are still read as who met", () => {
    const text = [
      '한국 박민수 외교부 차관(좌)과 몽골 바트 외교차관(우)',
      '외교부 차관은 15일 서울에서 몽골 외교차관과 회담을 갖고 광물 협력 방안을 논의했다.',
    ].join('\n');
    const names = parseRecordText(text).participants.map((p) => p.name);
    assert.ok(names.some((n) => n?.includes('박민수')));
  });
});

describe('a Korean page opening on its skip link and a dateline', () => {
  test('"메뉴 건너뛰기" above a credited caption is not the title', () => {
    const text = [
      '메뉴 건너뛰기',
      '리 총리와 악수하는 대통령 [대통령실 제공]',
      '대통령은 오늘 오후 대통령실에서 중국 총리와 약 한 시간 동안 양자 회담을 가졌습니다.',
      '두 사람은 공급망 협력을 논의했습니다.',
    ].join('\n');
    assert.ok(title(text)?.startsWith('대통령은 오늘 오후'));
  });

  test('the "=" a Korean agency\'s dateline leaves before the lead does not open the title', () => {
    const text = [
      '(경남=가나통신 홍길동 기자) = 일본 이누야마시 부시장 등 교류단 9명이 5일 함안군을 방문해 군수와 교류 확대 방안을 논의했다.',
      '군수는 환영 만찬을 열었다.',
    ].join('\n');
    assert.ok(!title(text)?.startsWith('='));
  });
});
