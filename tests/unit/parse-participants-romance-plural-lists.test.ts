// A town, a university or a state lists those who sat in under one plural office: "los tenientes
// de alcalde, A B, C D y E F", "os secretários A B (Saúde) e C D (Educação)", "os diretores de curso
// da Licenciatura, A B e C D". Each is a participant with the office in the singular.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';

const people = (lines: string[]) => parseRecordText(lines.join('\n')).participants;

describe('one plural office, then its holders', () => {
  test('Spanish: "los tenientes de alcalde, A B, C D y E F"', () => {
    const found = people([
      'El alcalde recibe al embajador',
      'El alcalde, Luis Marín Gil, junto a los tenientes de alcalde, Rosa Vidal, Jaime Soto y Elena Prieto, recibió al embajador de Chile, Pedro Ortúzar.',
    ]);
    for (const n of ['Rosa Vidal', 'Jaime Soto', 'Elena Prieto']) {
      const p = found.find((x) => x.name === n);
      assert.ok(p, `${n}: ${found.map((x) => x.name)}`);
      assert.equal(p.role, 'teniente de alcalde');
    }
  });

  test('Portuguese: "os secretários A B (Saúde) e C D (Educação)", each remit in brackets', () => {
    const found = people([
      'Governador recebe cônsul',
      'O governador Marcos Lima recebeu o cônsul de Portugal, Rui Amaral. Também estiveram presentes os secretários Paula Nunes (Saúde) e Tiago Rocha (Educação e Cultura); e o prefeito da capital.',
    ]);
    for (const n of ['Paula Nunes', 'Tiago Rocha']) {
      const p = found.find((x) => x.name === n);
      assert.ok(p, `${n}: ${found.map((x) => x.name)}`);
      assert.equal(p.role, 'secretário');
    }
  });

  test('Portuguese: a remit with lower-case words up to the comma, "os diretores de curso da Licenciatura, A B e C D"', () => {
    const names = people([
      'Visita de delegação',
      'A reitora recebeu a delegação mexicana. Participaram os diretores de curso da Licenciatura em engenharia, Rita Gomes e Nuno Faria, que apresentaram os programas.',
    ]).map((p) => p.name);
    assert.ok(names.includes('Rita Gomes') && names.includes('Nuno Faria'), String(names));
  });

  test('not a list: "los secretarios de Estado de ambos países" with no names after', () => {
    const found = people([
      'Firma del acuerdo',
      'Los secretarios de Estado de ambos países, reunidos en Madrid, firmaron el acuerdo de cooperación.',
    ]);
    assert.ok(!found.some((p) => p.role === 'secretario'), String(found.map((p) => `${p.name}/${p.role}`)));
  });
});
