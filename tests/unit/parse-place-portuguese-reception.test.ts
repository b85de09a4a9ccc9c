// Brazilian and Portuguese readouts report a reception with "recebeu" (received): "O presidente
// recebeu neste sábado no Palácio da Alvorada o ministro …". That sentence reports the meeting, and
// the palace it names is where it was held, the article after it ("o ministro") no part of the name.
// A reception reported after the first meeting's city ("reuniu-se em Brasília …") does not displace it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findPlace } from '../../electron/node/library/parse/place.ts';

const place = (text: string): string | null => findPlace(text.split('\n\n'))?.place ?? null;

describe('a reception reported with "recebeu … no Palácio …"', () => {
  test('"recebeu neste sábado no Palácio da Alvorada o ministro" gives the palace', () => {
    assert.equal(
      place(
        'O presidente recebeu neste sábado no Palácio da Alvorada o ministro das Relações Exteriores para um almoço de trabalho.\n\nOs dois conversaram sobre a agenda do ano.',
      ),
      'Palácio da Alvorada',
    );
  });

  test('"recebeu nesta segunda-feira, 14, no Palácio do Planalto, o embaixador" gives the palace', () => {
    assert.equal(
      place(
        'O presidente recebeu nesta segunda-feira, 14, no Palácio do Planalto, o embaixador da Ruritânia, informou o Itamaraty.\n\nO encontro durou meia hora.',
      ),
      'Palácio do Planalto',
    );
  });

  test('the city of the first meeting stays when a later reception names a palace', () => {
    assert.equal(
      place(
        'O presidente reuniu-se em Brasília esta semana com chefes de Estado de três países.\n\nAcompanhado do chanceler, recebeu no Palácio Itamaraty, o presidente da Ruritânia.',
      ),
      'Brasília',
    );
  });
});
