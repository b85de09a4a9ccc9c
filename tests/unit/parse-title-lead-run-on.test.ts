// A page copied without its line breaks runs the headline into the lead, a space between them and no stop.
// The lead's first word shows where it starts: an article, a preposition or the time of day with its date,
// written with a capital only where a sentence opens. The desk officer wants the headline, not the headline
// and half of the first sentence.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { deriveTitle } from '../../electron/node/library/parse/title-derive.ts';
import { withoutGluedTail } from '../../electron/node/library/parse/title-glued.ts';

describe('a headline run into its lead after a space', () => {
  test('an Italian record whose lead opens on "Il …" gives the headline alone', () => {
    assert.equal(
      deriveTitle(
        'Mattarella riceve il presidente tedesco al Quirinale Il capo dello Stato ha accolto ieri mattina il presidente Steinmeier per un lungo colloquio.',
        true,
      ),
      'Mattarella riceve il presidente tedesco al Quirinale',
    );
    assert.equal(
      deriveTitle(
        'Il sindaco incontra la delegazione cinese in Comune Nel corso della mattinata il sindaco ha illustrato i progetti della città.',
        true,
      ),
      'Il sindaco incontra la delegazione cinese in Comune',
    );
  });

  test('a Vietnamese record whose lead opens on "Tại buổi …" or on the afternoon and its date gives the headline alone', () => {
    assert.equal(
      deriveTitle(
        'Bí thư Tỉnh ủy làm việc với đoàn công tác Lào Tại buổi làm việc, hai bên đã trao đổi về tình hình hợp tác giữa hai tỉnh.',
        true,
      ),
      'Bí thư Tỉnh ủy làm việc với đoàn công tác Lào',
    );
    assert.equal(
      deriveTitle(
        'Chủ tịch nước tiếp Đại sứ Nhật Bản chào từ biệt Chiều 12/3, tại Phủ Chủ tịch, Chủ tịch nước đã tiếp Đại sứ Nhật Bản.',
        true,
      ),
      'Chủ tịch nước tiếp Đại sứ Nhật Bản chào từ biệt',
    );
  });

  test('Portuguese, French and German leads opening on "Nesta …", "Lors de …", "Am Montag …" end the headline too', () => {
    assert.equal(
      deriveTitle(
        'Governador recebe embaixador da França no Palácio Nesta terça-feira o governador recebeu o embaixador francês para uma reunião.',
        true,
      ),
      'Governador recebe embaixador da França no Palácio',
    );
    assert.equal(
      deriveTitle(
        'Le maire reçoit une délégation chinoise à l’hôtel de ville Lors de sa visite la délégation a rencontré les élus de la commune.',
        true,
      ),
      'Le maire reçoit une délégation chinoise à l’hôtel de ville',
    );
    assert.equal(
      deriveTitle(
        'Oberbürgermeister empfängt Botschafter aus Japan im Rathaus Am Montag hat der Oberbürgermeister den japanischen Botschafter empfangen.',
        true,
      ),
      'Oberbürgermeister empfängt Botschafter aus Japan im Rathaus',
    );
  });

  test('a name that opens on an article, or a holiday written with capitals, does not end the headline', () => {
    assert.equal(
      deriveTitle('Incontro con Le Drian a Parigi sulla cooperazione in Africa e sulla sicurezza regionale nel Sahel.', true),
      'Incontro con Le Drian a Parigi sulla cooperazione in Africa e sulla sicurezza regionale nel Sahel',
    );
    assert.equal(
      deriveTitle('Chúc mừng Ngày Phụ nữ Việt Nam tại trụ sở công ty với toàn thể cán bộ công nhân viên.', true),
      'Chúc mừng Ngày Phụ nữ Việt Nam tại trụ sở công ty với toàn thể cán bộ công nhân viên',
    );
  });
});

describe('a Korean headline run into its lead with no space', () => {
  test('a Korean record quoting the vice-minister in its headline, the lead naming him again, gives the headline alone', () => {
    assert.equal(
      deriveTitle(
        '김철수 외교부 차관 “한일 협력 강화해야”김철수 외교부 차관이 12일 일본 외무성 차관과 만나 양국 협력을 논의했다.',
        true,
      ),
      '김철수 외교부 차관 “한일 협력 강화해야”',
    );
    assert.equal(
      deriveTitle('박영희 시장 “자매도시 교류 확대하겠다”박영희 시장은 이날 중국 대표단을 접견하고 교류 확대를 약속했다.', true),
      '박영희 시장 “자매도시 교류 확대하겠다”',
    );
  });

  test('a quote followed by its particle ("”라고", "”며") is one sentence and stays whole', () => {
    assert.equal(
      deriveTitle('박영희 시장 “자매도시 교류 확대하겠다”며 각오를 밝혔다.', true),
      '박영희 시장 “자매도시 교류 확대하겠다”며 각오를 밝혔다',
    );
  });

  test('a Korean headline ending on its visit, run into an association named with its legal form "(사)", ends at the visit', () => {
    assert.equal(
      withoutGluedTail('협회장, 주한 일본대사관 방문(사)한일문화교류협회 서울지회 임원들'),
      '협회장, 주한 일본대사관 방문',
    );
    assert.equal(withoutGluedTail('시장, 베트남 자매도시 방문(2020.10.26)'), '시장, 베트남 자매도시 방문(2020.10.26)');
    assert.equal(withoutGluedTail('대표단 방문(사진) 시청 앞에서 기념촬영'), '대표단 방문(사진) 시청 앞에서 기념촬영');
  });
});
