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
