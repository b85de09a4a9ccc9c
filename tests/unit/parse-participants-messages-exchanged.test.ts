// Leaders who send, receive or exchange a congratulatory telegram, a letter or a message of condolence met no one:
// they are named in the record, not in the room. An envoy who hands a letter over in a call stays in it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const read = (lines: string[]) => parseRecordText(lines.join('\n\n'));
const names = (lines: string[]): string[] => read(lines).participants.map((p) => p.name ?? '');

test('a Korean record whose two leaders exchanged congratulatory telegrams lists neither, and tells no meeting', () => {
  const r = read([
    '한-몰디브 정상, 수교 60주년 기념 축전 교환',
    '입력 2025.03.02 10:00',
    '수교 60주년을 맞아 김민국 대통령과 아흐마드 라시드 몰디브 대통령이 수교일에 축전을 교환했다고 외교부가 2일 밝혔다.',
    '김 대통령은 축전에서 양국 관계의 발전을 평가했다.',
    '몰디브는 관광객들이 많이 방문하는 나라다.',
  ]);
  assert.equal(r.meetingReported, false);
  assert.deepEqual(r.participants, []);
  assert.equal(r.meetingDate, null);
});

test('a Korean record of a call lists the host, not the speaker whose letter of invitation the visitor handed over', () => {
  const got = names([
    '국회의장, 주한 몰디브 대사 접견',
    '입력 2025.03.02 10:00',
    '박성준 국회의장은 2일 국회에서 아미나 자밀 주한 몰디브 대사를 접견했다.',
    '자밀 대사는 이 자리에서 무함마드 나심 몰디브 국회의장의 초청 서한을 박 의장에게 전달했다.',
  ]);
  assert.ok(got.includes('박성준'), got.join(', '));
  assert.ok(!got.some((n) => n.includes('나심')), got.join(', '));
});

test('a Chinese record of a visit does not list the presidents who only exchanged messages of congratulation', () => {
  const got = names([
    '王建国会见马尔代夫驻华大使',
    '2025年3月2日',
    '3月2日，外交部部长王建国在北京会见马尔代夫驻华大使阿米娜。',
    '同日，国家主席李安民与马尔代夫总统拉希德互致贺电，庆祝两国建交六十周年。',
  ]);
  assert.ok(!got.some((n) => n.includes('李安民')), got.join(', '));
  assert.ok(!got.some((n) => n.includes('拉希德')), got.join(', '));
});

test('an English readout leaves out the president quoted from the congratulatory message he sent', () => {
  const got = names([
    'Foreign Minister meets Ambassador of Chile',
    'Published 12 March 2024',
    'Foreign Minister Ana Reyes received the Ambassador of Chile, Tomas Vidal, at the ministry on Monday.',
    'In a congratulatory message to the Chilean people last week, President Marco Delgado expressed hope for closer ties.',
  ]);
  assert.ok(got.includes('Ana Reyes'), got.join(', '));
  assert.ok(!got.includes('Marco Delgado'), got.join(', '));
});

test('an English readout leaves out the king the president sent a cable to', () => {
  const got = names([
    'President receives credentials of new envoys',
    'Published 12 March 2024',
    'President Ana Reyes received the credentials of the Ambassador of Chile, Tomas Vidal, on Monday.',
    'President Reyes also sent a cable of condolence to King Harald Olsen over the floods.',
  ]);
  assert.ok(got.includes('Tomas Vidal'), got.join(', '));
  assert.ok(!got.includes('Harald Olsen'), got.join(', '));
});

test('a German readout leaves out the minister president who only sent a congratulatory telegram', () => {
  const got = names([
    'Oberbürgermeisterin empfängt Botschafter',
    'Veröffentlicht am 12.03.2024',
    'Oberbürgermeisterin Anna Berger empfing am Montag den Botschafter Chiles, Tomas Vidal, im Rathaus.',
    'Ministerpräsident Karl Hofmann übermittelte ein Glückwunschtelegramm an die Partnerstadt.',
  ]);
  assert.ok(
    got.some((n) => n.includes('Berger')),
    got.join(', '),
  );
  assert.ok(!got.some((n) => n.includes('Hofmann')), got.join(', '));
});

test('a Vietnamese record of a call leaves out the president who sent a congratulatory telegram the same day', () => {
  const got = names([
    'Bộ trưởng Ngoại giao tiếp Đại sứ Chile',
    'Ngày 12/3/2024',
    'Ngày 12/3, tại Hà Nội, Bộ trưởng Ngoại giao Trần Văn Nam đã tiếp Đại sứ Chile Tomas Vidal.',
    'Cùng ngày, Chủ tịch nước Lê Minh Quang đã gửi điện mừng tới Tổng thống Chile Marco Delgado.',
  ]);
  assert.ok(got.includes('Trần Văn Nam'), got.join(', '));
  assert.ok(!got.includes('Lê Minh Quang'), got.join(', '));
  assert.ok(!got.includes('Marco Delgado'), got.join(', '));
});

test('the envoy who met the minister and handed over the president’s letter stays in the room', () => {
  const got = names([
    'Foreign Minister meets Ambassador of Chile',
    'Published 12 March 2024',
    'Foreign Minister Ana Reyes met the Ambassador of Chile, Tomas Vidal, on Monday, who handed over a letter from his president.',
  ]);
  assert.ok(got.includes('Ana Reyes'), got.join(', '));
  assert.ok(got.includes('Tomas Vidal'), got.join(', '));
});
