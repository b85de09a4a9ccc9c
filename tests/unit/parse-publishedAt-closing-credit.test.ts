// A text copied from an agency or a broadcaster closes on its credit in brackets: the source and the
// day it was written there ("(Tin Vatican 12.03.2019)", "(Agencia Andina, 02.04.2018 / redacción)"),
// or that day alone ("(04/09/2015)"). A page that states no other date is dated by it; a bracket that
// tells something else (two dates, a sentence, a photo) dates nothing.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { closingCreditDate } from '../../electron/node/library/parse/dates/foot-credit.ts';
import { READ_ALWAYS } from '../../electron/node/library/parse/dates/forms.ts';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const dayFirst = (): boolean => true;

describe('the credit closing a copied text dates it', () => {
  test('a Vietnamese parish page copying a broadcaster is dated by the source and day that close it', () => {
    const text =
      'Đức Thánh Cha tiếp Tổng thống Ba Lan\n\n' +
      'Sáng thứ Hai, Đức Thánh Cha đã tiếp Tổng thống Ba Lan tại Vatican. Hai bên trao đổi về tình hình châu Âu.\n\n' +
      'Sau đó Tổng thống gặp Đức Hồng Y Quốc vụ khanh.\n\n' +
      '(Minh Tâm, Tin Vatican 12.03.2019)';
    assert.equal(parseRecordText(text).publishedAt, '2019-03-12');
  });

  test('a Spanish page closing on the day alone in brackets reads it day first', () => {
    const text =
      'El canciller recibe al embajador de Japón\n\n' +
      'El canciller recibió este martes al embajador de Japón en la sede de la Cancillería, donde conversaron sobre comercio.\n\n' +
      'Ambos destacaron la amistad entre los dos países.\n\n' +
      '(04/09/2015)';
    assert.equal(parseRecordText(text).publishedAt, '2015-09-04');
  });

  test('a bracket that holds a sentence, two dates or a caption gives no date', () => {
    assert.equal(closingCreditDate('(The talks were held on 12.03.2019 in the palace)', READ_ALWAYS, dayFirst), null);
    assert.equal(closingCreditDate('(12.03.2019 – 14.03.2019)', READ_ALWAYS, dayFirst), null);
    assert.equal(closingCreditDate('Minh Tâm, Tin Vatican 12.03.2019', READ_ALWAYS, dayFirst), null);
    assert.equal(
      closingCreditDate('(04/09/2015)', READ_ALWAYS, () => false),
      null,
    );
  });

  test('the credit is read with its source', () => {
    assert.deepEqual(closingCreditDate('(Agencia Andina, 02.04.2018 / redacción)', READ_ALWAYS, dayFirst)?.date, '2018-04-02');
  });
});
