// Whatever rule read it, a "name" that is an office alone, a country, a place the record writes
// as one, or a word of the clause is nobody a desk officer can call: the participant list leaves
// it out, and keeps the people named beside it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { notAPerson } from '../../electron/node/library/parse/participants/not-names.ts';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('Vietnamese: a province after "tỉnh" or "tại" is a place', () => {
  test('"tỉnh Bà Rịa Vũng Tàu": "Bà" opens the province, it is no Mrs', () => {
    const got = names(
      'Chiều 12/1, Tổng Lãnh sự Thái Lan tại Thành phố Hồ Chí Minh đã đến thăm và chúc Tết Liên hiệp các tổ chức hữu nghị tỉnh Bà Rịa Vũng Tàu.\n\nTiếp đoàn có ông Trần Minh Khoa, Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh Bà Rịa Vũng Tàu.',
    );
    assert.ok(!got.includes('Rịa Vũng Tàu'), String(got));
  });

  test('"Chủ tịch UBND tỉnh Lê Văn Hưởng": after an office, "tỉnh" ends it and the chairman is kept', () => {
    const got = names(
      'Sáng 27/10, Chủ tịch UBND tỉnh Lê Văn Hưởng đã tiếp và làm việc với Đại sứ Hàn Quốc tại Việt Nam.\n\nTại buổi tiếp, Chủ tịch UBND tỉnh Lê Văn Hưởng giới thiệu tiềm năng của tỉnh.',
    );
    assert.ok(got.includes('Lê Văn Hưởng'), String(got));
  });
});

describe('Chinese and Japanese: an office, a service or a verb after a title is no name', () => {
  test('"领事大厅", "领事保护": the consular hall and consular protection; "彭刚参赞" is 彭刚', () => {
    const got = names(
      '2月3日，驻悉尼总领事会见了新州议员一行。我馆商务领事彭刚参赞等参加了会见。\n\n议员一行还参观了我馆领事大厅，详细了解了我馆领事保护、公证认证等对外业务。彭刚介绍了有关情况。',
    );
    assert.ok(!got.includes('大厅') && !got.includes('保护'), String(got));
    assert.ok(!got.includes('彭刚参赞'), String(got));
  });

  test('"總統提名", "總統達成": a nomination and an agreement reached, not a president’s name', () => {
    const got = names(
      '王毅周三與美國國務卿克里通電話。王毅表示，雙方應落實好兩國元首和總統達成的重要共識。\n\n克里表示，美方重視總統提名的各項人選，克里願與中方保持溝通。',
    );
    assert.ok(!got.includes('達成') && !got.includes('提名'), String(got));
  });

  test('"サハリン州知事": a province written with its suffix is a place', () => {
    const got = names(
      'サハリン州知事はモスクワで安倍首相と会談した。会談でホロシャヴィン知事と安倍首相はサハリン州と日本の関係について話し合った。',
    );
    assert.ok(!got.includes('サハリン'), String(got));
  });

  test('"リチャードソン市長": a mayor’s surname before "市長" stays a name', () => {
    const got = names(
      'ロングビーチ市のレックス・リチャードソン市長が来日し、市役所で鈴木市長と会談した。リチャードソン市長は両市の交流について語った。',
    );
    assert.ok(
      got.some((n) => n?.includes('リチャードソン')),
      String(got),
    );
  });
});

describe('the last look at a name any rule read', () => {
  test('"비롯" (the stem of "including": "부시장을 비롯 12명") is no name; a name beside it stays', () => {
    assert.ok(notAPerson('비롯', '부시장을 비롯 12명으로 구성된 대표단'));
    assert.ok(!notAPerson('김정은', '김정은 위원장을 비롯한 대표단'));
  });

  test('a country or an office alone: "Việt Nam", "外務大臣", "(Foreign Minister)", "Crown Prince"', () => {
    for (const name of ['Việt Nam', '外務大臣', '(Foreign Minister)', 'Crown Prince', '(공안부 장관)'])
      assert.ok(notAPerson(name, ''), name);
  });

  test('a person keeps the name: "Jordan Henderson", "河野太郎", "Georgia Meloni"', () => {
    for (const name of ['Jordan Henderson', '河野太郎', 'Georgia Meloni', 'Nguyễn Văn Sơn'])
      assert.ok(!notAPerson(name, ''), name);
  });

  test('"杭勇市政府": a Han run that ends in a body is no name', () => {
    assert.ok(notAPerson('杭勇市政府', '方國強副市長、杭勇市政府秘書長らが出席した。'));
  });

  test('Thai: a run longer than any name’s part is a clause ("…เข้ารับตำแหน่ง"); "เศรษฐา ทวีสิน" stays', () => {
    assert.ok(notAPerson('ลาวเป็นประเทศแรกหลังเข้ารับตำแหน่ง เข้าเยี่ยมคารวะ', ''));
    assert.ok(!notAPerson('เศรษฐา ทวีสิน', ''));
    assert.ok(!notAPerson('ลอร์ดโพลแห่งเบย์สวอเตอร์', ''));
  });

  test('Arabic: an office first ("عضو مجلس الوزراء") or "له" (to him) is no name; "وليد المعلم" stays', () => {
    assert.ok(notAPerson('عضو مجلس الوزراء', ''));
    assert.ok(notAPerson('الأمين العام لجامعة الدول', ''));
    assert.ok(notAPerson('وتمنياته له بالتوفيق', ''));
    assert.ok(!notAPerson('وليد المعلم', ''));
    assert.ok(!notAPerson('أمين معلوف', ''));
  });

  test('a body’s word, a building’s noun, an acronym: "Estratégicos de la Presidencia", "Light Rail", "PNG", "First Lady"', () => {
    for (const name of ['Estratégicos de la Presidencia', 'Делегации Евросоюза', 'Light Rail', 'PNG', 'ЕС', 'First Lady'])
      assert.ok(notAPerson(name, ''), name);
    for (const name of ['Gustavo Béliz', 'Lordina Mahama', 'Rui Rei', 'Li', 'Park Jin']) assert.ok(!notAPerson(name, ''), name);
  });
});
