// A Spanish or Portuguese preview names who is still to be met after a verb in the future:
// "El canciller se reunirá con Ana Pérez", "O ministro receberá João Silva". The ending counts at the
// end of a word with two small letters or more before it; a past or present verb leaves the person met.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mentionContext } from '../../electron/node/library/parse/participants/context.ts';

const futureFor = (text: string, name: string): boolean => {
  const at = text.indexOf(name);
  return mentionContext(text, at, at + name.length).future;
};

describe('a person still to be met after a Romance future', () => {
  test('"se reunirá con", "receberá", "visitarán a": the person is still to be met', () => {
    assert.equal(futureFor('El canciller se reunirá con Ana Pérez en Lima.', 'Ana Pérez'), true);
    assert.equal(futureFor('O ministro receberá João Silva no palácio.', 'João Silva'), true);
    assert.equal(futureFor('Los ministros visitarán a Luis Gómez en Quito.', 'Luis Gómez'), true);
    assert.equal(futureFor('Os chanceleres conversarão com Maria Costa.', 'Maria Costa'), true);
  });

  test('"se reunió con", "recebeu": the person was met', () => {
    assert.equal(futureFor('El canciller se reunió con Ana Pérez en Lima.', 'Ana Pérez'), false);
    assert.equal(futureFor('O ministro recebeu João Silva no palácio.', 'João Silva'), false);
  });
});

describe('a person still to be met after a short Romance future or "to go" with an infinitive', () => {
  test('"será recibido por", "sera reçu par", "serão recebidos pelo", "vont être reçus par": still to be met', () => {
    assert.equal(
      futureFor('El secretario será recibido más tarde por el presidente Luis Gómez en su despacho.', 'Luis Gómez'),
      true,
    );
    assert.equal(futureFor("L'ambassadeur sera reçu mardi par le président Paul Girard.", 'Paul Girard'), true);
    assert.equal(futureFor('Os embaixadores serão recebidos pelo presidente João Silva.', 'João Silva'), true);
    assert.equal(futureFor('Les deux ambassadeurs vont être reçus ce jour par le président Paul Girard.', 'Paul Girard'), true);
    assert.equal(futureFor('La canciller va a reunirse con el ministro Luis Gómez.', 'Luis Gómez'), true);
    assert.equal(futureFor('O ministro vai se reunir com o governador João Silva.', 'João Silva'), true);
  });

  test('a future inside a quotation is the speaker’s, not the sentence’s: the speaker was there', () => {
    assert.equal(futureFor('“As parcerias serão benéficas para ambos”, ressaltou o prefeito João Silva.', 'João Silva'), false);
    assert.equal(
      futureFor(
        '“Portugal é um país irmão. As parcerias serão benéficas para ambos”, ressaltou o prefeito João Silva.',
        'João Silva',
      ),
      false,
    );
    assert.equal(futureFor('El canciller fue recibido por el presidente Luis Gómez.', 'Luis Gómez'), false);
  });
});
