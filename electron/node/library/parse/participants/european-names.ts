// Where a name starts and ends after an office in the languages of Europe: a portfolio's words are no
// name ("Asuntos Exteriores", "Affaires étrangères"), a name set off by a comma ends at a stop, a
// conjunction or its verb, and a state or city may stand between the office and the name.

import { isCountryWord } from '../../../../shared/countries.ts';
import { fold } from '../text.ts';
import { germanCommonWord } from './german-nouns.ts';
import { NOT_NAMES, type ReadName, readName } from './names.ts';

/** Capitalised words that name a portfolio or an institution after a preposition (folded). */
export const PORTFOLIO = new Set(
  (
    'asuntos relaciones departamento exteriores exterior esteri affari affaires etrangeres europe europa europea europeo europeos europee europeennes gobierno ' +
    'governo gouvernement consiglio conseil estado stato etat tesoro tresor hacienda defensa difesa defense interior interno ' +
    'interieur economia economie finanzas finanze finances comercio commercio commerce justicia giustizia justice sanidad salute ' +
    'sante trabajo lavoro travail cooperacion cooperazione cooperation desarrollo sviluppo developpement internacional ' +
    'internazionale internationale internationales seguridad sicurezza securite republica repubblica republique nacion nazione ' +
    'negocios estrangeiros relacoes buitenlandse zaken auswartigen auswartiges bundesregierung union unione ue onu integracion ' +
    'integration integrazione nations unies naciones unidas nazioni unite exteriores y e et de la del des della delle degli di ' +
    // Words of a state's formal name: "République Islamique de Mauritanie", "República Popular da China".
    'islamique islamica islamic democratique democratica democratico popular populaire popolare federale federal federativa ' +
    'arabe arabica socialiste socialista bolivariana plurinacional oriental ' +
    // Portuguese portfolios, and the ones every Romance cabinet has: "secretário de Estado da Cooperação".
    'cooperacao desenvolvimento defesa fazenda justica saude educacao educacion education educazione agricultura agriculture ' +
    'cultura culture energia energie transportes transports comunidade communaute comunidad industria industrie turismo tourisme ' +
    // A university's or a town's remits: "vice-reitora de Relações Internacionais, Responsabilidade Social e Desporto".
    'internacionais internacionales responsabilidade responsabilidad social desporto deporte deportes museus museos ciencia ciencias ' +
    'tecnologia investigacion investigacao pesquisa extension extensao docencia ensino ensenanza innovacion inovacao ambiente salud publica'
  ).split(' '),
);
/** Portfolio words some houses write in lower case ("des affaires étrangères", "de relaciones exteriores"); not "estado", a level of government. */
export const LOWER_PORTFOLIO = new Set(
  'affaires etrangeres relaciones asuntos exteriores negocios estrangeiros relacoes esteri affari cooperation cooperacion cooperacao defense defensa defesa economia economie finances finanzas commerce comercio interieur justice justicia sante sanidad saude hacienda'.split(
    ' ',
  ),
);

/** A name set off by a comma, closed by a stop, a comma, a bracket or a conjunction. */
export function nameAfterComma(text: string, at: number): ReadName | null {
  if (!text.startsWith(', ', at)) return null;
  const name = readName(text, at + 1);
  if (!name || name.name.split(' ').length < 2) return null;
  // Closed by punctuation, a conjunction (Danish and Swedish "og", "och", "samt" too), or the verb the name is the subject of ("…, Ramtane Lamamra
  // s'est entretenu", "…, Carlos França, recebeu", "…, Javier Corral Jurado continúa"): a past in -ó,
  // -ou, -eu, -iu, -ait or a present in -oit, -úa.
  return /^(?:[,.;:)]|\s*$| (?:y|e|et|und|and|en|og|och|samt|ha|hat|a|è|s['’]est|se|ont|sostuvo|mantuvo|recibió|traf|empfing)(?![\p{L}])| \p{Ll}{2,}(?:ó|ou|eu|iu|ait|oit|úa)(?![\p{L}]))/u.test(
    text.slice(name.end, name.end + 10),
  )
    ? name
    : null;
}

/** Particles inside a name, written in lower case: "Juan Ramón de la Fuente", "Ursula von der Leyen". */
const PARTICLE = /^(?:de|la|del|de la|di|da|do|dos|das|du|van|von|der|den|ter|le)$/u;
/** …and capitalised inside a name, before its last word: "Luigi Di Maio", "Alexander De Croo", "Jean-Yves Le Drian", "Alexander Van der Bellen". */
const CAPITAL_PARTICLE = /^(?:De|Di|Da|Del|Della|Van|Von|Le|La|Du|Dos|Das)$/u;

/** Not a name: a stop word, a country, a portfolio word, or an elided article ("L'elogio", "d'Italia"). */
export const isName = (name: ReadName): boolean =>
  !name.name.split(' ').some(
    (t, i, all) =>
      !(i > 0 && (PARTICLE.test(t) || (i < all.length - 1 && CAPITAL_PARTICLE.test(t)))) &&
      (NOT_NAMES.has(fold(t), t) ||
        isCountryWord(t) ||
        PORTFOLIO.has(fold(t)) ||
        /^\p{L}{1,2}['’]/u.test(t) ||
        // Only the word after the office: "Referatsleiterin Öffentlichkeitsarbeit", not "A B von der Christkatholischen Kirche".
        (i === 0 && germanCommonWord(t))),
  );

/** A state or city the office is of, then the name set off by a comma: "gobernador del estado La Guaira, José Alejandro Terán". */
export function placeThenName(text: string, at: number): ReadName | null {
  const run = /^(?: \p{Lu}[\p{L}\p{M}’'.-]*){1,3}(?=, )/u.exec(text.slice(at, at + 60));
  if (!run) return null;
  const name = nameAfterComma(text, at + run[0].length);
  return name && isName(name) ? name : null;
}
