// Some sites set the headline as a sentence, full stop and all, on a line of its own above the lead
// ("Le président … a reçu hier en audience des émissaires tchadien et soudanais."). The parser takes a
// line ending in a full stop for prose and makes a title from it, which used to be cut at 90 characters.
// A desk officer reads that line whole: it is the headline.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { deriveTitle } from '../../electron/node/library/parse/title-derive.ts';

describe('a headline written as a sentence above the lead', () => {
  test('"Le préfet a reçu hier en audience l\'ambassadeur du Japon et la consule générale d\'Italie.": kept whole', () => {
    const r = parseRecordText(
      [
        "Le préfet de la région a reçu hier en audience l'ambassadeur du Japon et la consule générale d'Italie.",
        "La journée d'hier a été chargée pour le préfet. Il s'est entretenu avec l'ambassadeur du Japon, M. Kenji Sato, puis avec la consule générale d'Italie, Mme Laura Bianchi.",
        'Les entretiens ont porté sur la coopération économique et culturelle.',
      ].join('\n'),
    );
    assert.equal(
      r.title,
      "Le préfet de la région a reçu hier en audience l'ambassadeur du Japon et la consule générale d'Italie",
    );
  });

  test('a record that is one sentence and nothing more keeps its first clause as the title', () => {
    const r = parseRecordText(
      'The two mayors discussed ways to strengthen cooperation in trade, tourism, education and culture over the coming years.',
    );
    assert.equal(r.title, 'The two mayors discussed ways to strengthen cooperation in trade');
  });

  test('a long first paragraph is still cut to its first clause; a teaser cut short stays cut', () => {
    const long =
      'The Governor of the province received the newly appointed Consul General of Japan, who was accompanied by the Deputy Consul and two attachés, at the provincial hall on Monday morning to discuss trade, tourism and the exchange of students between the two regions.';
    assert.equal(deriveTitle(long), 'The Governor of the province received the newly appointed Consul General of Japan');
    assert.equal(
      deriveTitle('La alcaldesa apela a fortalecer los lazos con el...'),
      'La alcaldesa apela a fortalecer los lazos con el',
    );
  });
});
