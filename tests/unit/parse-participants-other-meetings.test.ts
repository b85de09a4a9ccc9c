// The record names other meetings than the one it reports: one being prepared ("reviewed
// preparations for the visit of", "para preparar la cita entre los presidentes", "chuẩn bị cho
// cuộc gặp giữa"), one held a month or a year before ("지난달 … 만나", "el mes pasado"), one still to
// take place ("a meeting between X and Y could be held", "sẽ diễn ra"). Their
// people were not in the room: the desk officer sees the two who met. And an English plan with an
// adverb in it ("is also expected to meet") is still a plan.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findParticipants } from '../../electron/node/library/parse/participants.ts';

const ctx = { publisherCountry: null, hostCountry: null };
const names = (text: string) => findParticipants(text.split('\n\n'), ctx).map((p) => p.name);

describe('the people of a meeting being prepared are not in the room', () => {
  test('English: "reviewed preparations for the visit of … Prince X": the prince is still to come', () => {
    const got = names(
      'Foreign Minister Amina Rahman held a telephone conversation with her Omani counterpart Salim Al Harthy on Monday.\n\nThe two ministers reviewed preparations for the visit of the Sultan of Oman, His Majesty Sultan Khalid bin Nasser to Bangladesh.',
    );
    assert.ok(got.includes('Amina Rahman') && got.includes('Salim Al Harthy'), String(got));
    assert.ok(!got.includes('Khalid bin Nasser'), String(got));
  });

  test('Spanish: "para preparar la cita entre los presidentes X y Y": the presidents did not meet', () => {
    const got = names(
      'La canciller de Chile, Laura Pérez, se reunió ayer en Lima con su homólogo peruano, Andrés Salazar.\n\nLos cancilleres conversaron durante dos horas para preparar la cita entre los presidentes Tomás Rivas y Julio Mendoza.',
    );
    assert.ok(got.includes('Laura Pérez') && got.includes('Andrés Salazar'), String(got));
    assert.ok(!got.includes('Tomás Rivas') && !got.includes('Julio Mendoza'), String(got));
  });

  test('Vietnamese: "chuẩn bị cho cuộc gặp giữa … X và … Y": the leaders are still to meet', () => {
    const got = names(
      'Chiều 12/3, Bộ trưởng Ngoại giao Trần Văn Nam đã tiếp Đại sứ Pháp Paul Girard tại Hà Nội.\n\nHai bên trao đổi về công tác chuẩn bị cho cuộc gặp giữa Thủ tướng Lê Minh Quang và Tổng thống Pháp Louis Mercier.',
    );
    assert.ok(got.includes('Trần Văn Nam') && got.includes('Paul Girard'), String(got));
    assert.ok(!got.includes('Lê Minh Quang') && !got.includes('Louis Mercier'), String(got));
  });

  test('English: "is also expected to meet X" is a plan, like "is expected to meet"', () => {
    const got = names(
      'Foreign Secretary Ravi Menon met Prime Minister Farida Khan in Dhaka on Wednesday.\n\nMenon is also expected to meet the Commerce Minister Tariq Hossain before he leaves.',
    );
    assert.ok(got.includes('Ravi Menon') && got.includes('Farida Khan'), String(got));
    assert.ok(!got.includes('Tariq Hossain'), String(got));
  });

  test('not a meeting prepared: "the ministers prepared a joint statement with X" keeps X', () => {
    const got = names(
      'Foreign Minister Amina Rahman received the Ambassador of Japan, Kenji Sato, in Dhaka on Monday.\n\nAfter the meeting Rahman prepared a joint statement with Ambassador Kenji Sato on trade.',
    );
    assert.ok(got.includes('Amina Rahman') && got.includes('Kenji Sato'), String(got));
  });

  test('not a meeting prepared: the ones who prepare it are in the room', () => {
    const got = names(
      'To prepare the summit, Foreign Minister Amina Rahman met her Indian counterpart Vikram Rao in Delhi on Tuesday.',
    );
    assert.ok(got.includes('Amina Rahman') && got.includes('Vikram Rao'), String(got));
  });

  test('not a meeting prepared: "Ahead of the summit of ASEAN leaders, Minister X met Y" keeps both', () => {
    const got = names(
      'Ahead of the summit of ASEAN leaders, Foreign Minister Amina Rahman met her Thai counterpart Somchai Wong in Jakarta on Tuesday.',
    );
    assert.ok(got.includes('Amina Rahman') && got.includes('Somchai Wong'), String(got));
  });
});

describe('a meeting a month or a year before is recalled, its people not in the room', () => {
  test('Korean: "앞서 … 지난달 … X 대사와 만나": the earlier meeting is history', () => {
    const got = names(
      '김민수 외교부 차관은 15일 서울 외교부 청사에서 왕춘 주한중국대사를 접견했다.\n\n앞서 김 차관은 지난달 20일 이반 페트로프 주한러시아대사와 만나 한반도 정세를 논의했다.',
    );
    assert.ok(got.includes('김민수') && got.includes('왕춘'), String(got));
    assert.ok(!got.includes('이반 페트로프'), String(got));
  });

  test('Spanish: "el mes pasado se reunió con X": the earlier meeting is history', () => {
    const got = names(
      'El canciller Jorge Vidal recibió este martes en Montevideo a su homólogo paraguayo, Luis Benítez.\n\nVidal ya había conversado el mes pasado con el presidente Carlos Ortega en Asunción.',
    );
    assert.ok(got.includes('Jorge Vidal') && got.includes('Luis Benítez'), String(got));
    assert.ok(!got.includes('Carlos Ortega'), String(got));
  });

  test('not recalled: "지난달 … 이날 X 의장이 방문해" comes back to the day reported', () => {
    const got = names(
      '박철수 군수와 마리아 산토스 시장은 지난달 협약을 체결한 데 이어 이날 최영호 군의회 의장이 현지를 방문해 산토스 시장과 면담했다.',
    );
    assert.ok(got.includes('최영호'), String(got));
  });

  test('not recalled: "지난해 취임한 X 장관은" dates an office, not a meeting', () => {
    const got = names('지난해 취임한 이정호 외교부 장관은 16일 존 스미스 주한영국대사를 접견했다.');
    assert.ok(got.includes('이정호') && got.includes('존 스미스'), String(got));
  });
});

describe('the two sides of a meeting still to take place are not in the room', () => {
  test('English: "a meeting between President X and his counterpart, Y, could be held in …"', () => {
    const got = names(
      'Foreign Minister Ana Costa met her Brazilian counterpart Paulo Lima in Lisbon on Monday.\n\nCosta said that a meeting between President Rui Almeida and his Brazilian counterpart, Marcos Silva, could be held in Brasília in the autumn.',
    );
    assert.ok(got.includes('Ana Costa') && got.includes('Paulo Lima'), String(got));
    assert.ok(!got.includes('Rui Almeida') && !got.includes('Marcos Silva'), String(got));
  });

  test('Vietnamese: "chuyến thăm giữa Tổng thống X và Thủ tướng Y sẽ diễn ra vào tuần tới"', () => {
    const got = names(
      'Ngày 24/9, tại New York, Ngoại trưởng Mỹ David Cole đã gặp Ngoại trưởng Ấn Độ Arun Mehta.\n\nHai bên bàn về chuyến thăm giữa Tổng thống Mỹ Frank Ward và Thủ tướng Ấn Độ Rajiv Nair sẽ diễn ra vào tuần tới.',
    );
    assert.ok(got.includes('David Cole') && got.includes('Arun Mehta'), String(got));
    assert.ok(!got.includes('Frank Ward') && !got.includes('Rajiv Nair'), String(got));
  });

  test('not later: "the meeting between X and Y was held … and will strengthen ties" keeps both', () => {
    const got = names(
      'The two foreign ministers met in Lisbon on Monday.\n\nThe meeting between Foreign Minister Ana Costa and Foreign Minister Paulo Lima was held in a warm atmosphere and will strengthen ties.',
    );
    assert.ok(got.includes('Ana Costa') && got.includes('Paulo Lima'), String(got));
  });
});
