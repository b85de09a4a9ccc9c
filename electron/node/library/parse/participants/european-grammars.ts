// The words of each European language's title grammar (european.ts reads with them): head nouns
// of offices, words written after the head ("electo", "uscente"), and the prepositions that open a
// portfolio or a country. Data only: a language is added here, not in the reading code.

import type { Grammar } from './european-grammar.ts';
import { DUTCH_CATALAN_GRAMMARS } from './european-grammars-dutch.ts';
import { NORDIC_GRAMMARS } from './european-grammars-nordic.ts';
import { ROMANIAN_GRAMMAR } from './european-grammars-romanian.ts';
import { WEST_SLAVIC_GRAMMARS } from './european-grammars-west-slavic.ts';

export type { Grammar } from './european-grammar.ts';

/**
 * An embassy's ranks below its head: its secretaries by their ordinal ("la primera secretaria", "la première
 * secrétaire", "a primeira-secretária") and its counsellors and attachés; the ordinal is part of the office.
 */
const embassyRanks = (ordinals: string, joint: string, secretary: string, others: string): string[] => [
  `(?:${ordinals})${joint}${secretary}`,
  others,
];

export const GRAMMARS: Grammar[] = [
  // Dutch and Catalan (latin28) first: behind their gates they read only their own paragraphs, where Italian's
  // "premier" or Spanish's "president" would take the title without the Dutch adjective before it.
  ...DUTCH_CATALAN_GRAMMARS,
  {
    language: 'es',
    // A head's first letter is read in either case; a later word's case is written out ("[Gg]eneral"): "Secretario General", "secretaria general".
    heads: [
      'primer(?:a)? ministr[oa]',
      'vicepresident[ea]',
      'president[ea]',
      'viceministr[oa]',
      'ministr[oa]',
      // The deputy foreign minister goes with the minister to talks ("el vicecanciller A B").
      'vicecanciller',
      'cancill?er',
      'secretari[oa] de Estado',
      'secretari[oa] [Gg]eneral',
      'secretari[oa](?= del? (?:Relaciones|Asuntos|Departamento))',
      'subsecretari[oa]',
      'embajador(?:a)?',
      // A consul receives and calls on mayors and governors as an ambassador does.
      'vicec[oó]nsul',
      'c[oó]nsul(?:a)?(?: [Gg]eneral| [Hh]onorari[oa])?',
      'jef[ea] de (?:la diplomacia|Estado|Gobierno)',
      'alt[oa] [Rr]epresentante',
      'enviad[oa] [Ee]special',
      'portavoz',
      // A body's director, an agency's executive director: "la directora ejecutiva de ONU Mujeres, A B"; alone, only
      // before what is directed ("el director de Enlace, A B"), since English writes "Director" too.
      'director(?:a)?(?: [Gg]eneral| [Ee]jecutiv[oa]|(?= (?:de|del|para) ))',
      // Members of a legislature and a governor's or a president's advisers sit in on visits.
      'diputad[oa]',
      'asesor(?:a)?',
      // The head of an embassy or a consulate not called ambassador or consul: "el Jefe de Misión de …, A B".
      'jef[ea] (?:de [Mm]isión|[Cc]onsular)',
      'homólog[oa]',
      'senador(?:a)?',
      'encargad[oa] de [Nn]egocios',
      // Heads of a state, province or city receive envoys as a minister does.
      'gobernador(?:a)?',
      'vicegobernador(?:a)?',
      'alcalde(?:sa)?',
      'intendente',
      // A city's councillors and a region's delegate host visitors for their mayor or governor;
      // universities sign with visiting envoys and rectors ("el Rector Magnífico de la Universidad de …, A").
      'teniente de [Aa]lcalde',
      'concejal(?:a)?',
      'regidor(?:a)?',
      'delegad[oa] presidencial(?: regional| provincial)?',
      'vicerrector(?:a)?',
      'rector(?:a)?(?: [Mm]agnífic[oa])?',
      'decan[oa]',
      'rey',
      'reina',
      // The head of state's spouse goes with them to audiences and state visits.
      'primera [Dd]ama',
      // An embassy's ranks go with their ambassador: "el consejero A B", "la primera secretaria C D", "el agregado E F".
      ...embassyRanks('primer(?:o|a)?|segund[oa]|tercer(?:o|a)?', ' ', 'secretari[oa]', 'consejer[oa]|agregad[oa]'),
    ],
    // "el canciller encargado A B", "el gobernador anfitrión, A B", "la Presidenta Municipal A B" (a town's head in Mexico).
    after: [
      'electo',
      'electa',
      'saliente',
      'designad[oa]',
      'interin[oa]',
      'en funciones',
      'encargad[oa]',
      'anfitri(?:ón|ona)',
      '[Mm]unicipal',
      '[Ee]jecutiv[oa]',
      '[Aa]djunt[oa]',
    ],
    // "para" opens a remit: "secretaria de Estado … para Iberoamérica", "vicepresidenta para las Américas".
    of: ['de la', 'de los', 'de las', 'del', 'de', 'para (?:la|las|el|los)', 'para'],
  },
  {
    language: 'it',
    heads: [
      'president[ea] del Consiglio',
      // latin28: the heads of government, state and town the Italian grammar lacked.
      'prim[oa] [Mm]inistr[oa]',
      'vicesindac[oa]',
      'prefetto',
      'assessor[ea]',
      // A town's or a region's delegate for a remit and its coordinator: "la delegata allo sport A B", "il coordinatore regionale C D".
      'delegat[oa]',
      'coordinat(?:ore|rice)',
      'premier',
      'vicepresident[ea]',
      'president[ea]',
      'vice ?ministr[oa]',
      'ministr[oa]',
      'sottosegretari[oa]',
      'segretari[oa] di Stato',
      'segretari[oa] [Gg]enerale',
      'ambasciat(?:ore|rice)',
      // The consul with a capital, or with the rank after; "la console", a games console, is nobody's title.
      '(?:Console(?: [Gg]enerale| [Oo]norario)?|console (?:generale|onorario))',
      'questore',
      'senat(?:ore|rice)',
      'deputat[oa]',
      'omolog[oa]',
      'cancelliere',
      'portavoce',
      'capo della diplomazia',
      'alt[oa] [Rr]appresentante',
      'inviat[oa] [Ss]peciale',
      'governatore',
      'sindac[oa]',
      ...embassyRanks('prim[oa]|second[oa]|terz[oa]', ' ', 'segretari[oa]', 'consiglier[ea]|addett[oa]'),
      // The heads of the police and the armed corps of a province sit in on a prefect's or a mayor's visits.
      'comandante',
    ],
    // "il comandante provinciale dei carabinieri A B", "il segretario regionale A B".
    // A town's councillor: "il consigliere comunale A B", "il consigliere delegato C D".
    after: 'elett[oa] uscente designat[oa] provinciale regionale comunale municipale delegat[oa]'.split(' ').concat('ad interim'),
    // "a" with its article opens a town's remit: "l'assessore alla cultura A B", "il delegato allo sport", "l'assessora ai servizi sociali".
    of: "dello della degli delle dell[’'] del dei di d[’'] allo alla agli alle all[’'] al ai".split(' '),
  },
  {
    language: 'fr',
    heads: [
      'premi(?:er|ère) ministre',
      'vice-présidente?',
      'présidente?',
      'ministre',
      "secrétaire d[’']État",
      'secrétaire générale?',
      'ambassad(?:eur|rice)',
      'vice-consul',
      'consule?(?: générale?| honoraire)?',
      'préfète?',
      'homologue',
      'chanceli(?:er|ère)',
      'porte-parole',
      'chef de la diplomatie',
      'haute? représentante?',
      'envoyée? spéciale?',
      'sénat(?:eur|rice)',
      "chargée? d[’']affaires",
      'gouverneur',
      'maire',
      // A town's deputies and its head of services receive a twin town's mayor with her; a university's rector signs
      // with a visiting envoy ("Mme A, adjointe aux jumelages", "B, directeur général des services", "le recteur M. C").
      'adjointe?',
      'directeur|directrice',
      'recteur|rectrice',
      'roi',
      'reine',
      ...embassyRanks('premi(?:er|ère)|deuxième|second(?:e)?|troisième', ' ', 'secrétaire', 'conseill(?:er|ère)|attachée?'),
    ],
    after: ['élue?', 'sortante?', 'désignée?', 'par intérim'],
    // "à" with its article opens a town's remit: "l'adjointe à la culture, A B", "l'adjoint aux sports", "le conseiller délégué au tourisme".
    of: ['de la', "de l[’']", 'des', 'du', 'de', "d[’']", 'à la', "à l[’']", 'aux', 'au'],
  },
  {
    language: 'pt',
    heads: [
      'primeir[oa][- ]ministr[oa]',
      'vice-president[ea]',
      'president[ea]',
      'ministr[oa]',
      'chanceler',
      'secretári[oa] de Estado',
      'secretári[oa][- ][Gg]eral',
      // A state's or a university's secretary of a portfolio: "o secretário de Relações Internacionais, A B".
      'secretári[oa](?:[- ][Ee]xecutiv[oa]| [Ee]special|(?= (?:de|do|da|dos|das|para) ))',
      // A university's heads receive and sign with visiting rectors and envoys ("o reitor da Universidade …, A B").
      'vice-[Rr]eitor(?:a)?',
      'pró-[Rr]eitor(?:a)?',
      'reitor(?:a)?',
      'diretor(?:a)?(?:[- ][Gg]eral| [Ee]xecutiv[oa]|(?= (?:de|do|da|dos|das|para) ))',
      // Members of a legislature or a town council, and a mayor's deputy, sit in on visits; a member of parliament
      // with the house named ("o deputado do Parlamento, A B"): a deputy named alone is as often the news's subject.
      'deputad[oa](?= (?:do|da|de) \\p{Lu})',
      'senador(?:a)?',
      'vereador(?:a)?',
      'vice-[Pp]refeit[oa]',
      'assessor(?:a)?',
      // The head of a division, a cabinet or a mission: "a chefe da Divisão de Cooperação, A B".
      'chefe(?= (?:da|do|das|dos|de) \\p{Lu})',
      'embaixador(?:a)?',
      'vice-c[ôo]nsul',
      'c[ôo]nsul(?: [Gg]eral| [Hh]onorári[oa])?',
      'homólog[oa]',
      'porta-voz',
      'encarregad[oa] de [Nn]egócios',
      'governador(?:a)?',
      'vice-governador(?:a)?',
      'prefeit[oa]',
      'rei',
      'rainha',
      'primeira[- ][Dd]ama',
      ...embassyRanks('primeir[oa]|segund[oa]|terceir[oa]', '[- ]', 'secretári[oa]', 'conselheir[oa]|adid[oa]'),
    ],
    after: ['eleit[oa]', 'cessante', 'interin[oa]'],
    // "para" opens a remit: "secretário especial para Assuntos Internacionais".
    of: ['dos', 'das', 'do', 'da', 'de', 'para (?:a|as|o|os)', 'para'],
  },
  // The old Dutch table, ungated: besides Dutch it reads English's lowercase "Health minister Dr Brian Chituwo".
  // The gated Dutch grammar (european-grammars-dutch.ts) reads Dutch paragraphs first.
  {
    language: 'nl',
    heads: ['minister-president', 'minister', 'staatssecretaris', 'ambassadeur', 'secretaris-generaal', 'ambtgenoot'],
    after: [],
    of: ['van de', 'van het', 'van', 'voor'],
  },
  {
    language: 'de',
    caseSensitive: true,
    heads: [
      // Compounds: "Außenministerin", "Bundesaußenminister", "Kardinalstaatssekretär", "Amtskollegen", a town
      // council's or a district's head ("Stadtverordnetenvorsteherin", "Ortsvorsteher").
      '\\p{Lu}\\p{Ll}*(?:minister|präsident|kanzler|sekretär|botschafter|kollege|beauftragte|vorsitzende|direktor|bürgermeister|geschäftsführer|vorsteher)(?:innen|in|en|s|n)?',
      // A chamber's or a company's head: "Hauptgeschäftsführer der IHK", "Geschäftsführerin".
      'Geschäftsführer(?:in)?',
      // The head of a department, a school, a delegation: "Leiterin der Konsularabteilung", "der Leiter des
      // Schulzentrums, A B"; the chief of protocol ("Protokollchefin"), of a delegation ("Delegationschef").
      // Not the plural of the pair "die Leiterinnen und Leiter deutscher Auslandsvertretungen".
      '(?<!\\p{L}innen und )Leiter(?:in)?',
      '\\p{Lu}\\p{Ll}+chef(?:in)?',
      // "Generalkonsul", "Honorarkonsulin"; never "Konsul" alone, which Indonesian writes too ("Konsul Jenderal").
      '\\p{Lu}\\p{Ll}+konsul(?:in)?',
      'Konsulin',
      // A party's or an agency's head by its initials: "CDU-Chef", "WFP-Chef", "US-Botschafter", "CSU-Vorsitzenden".
      '\\p{Lu}[\\p{Lu}\\d]{1,5}-(?:Chef(?:in)?|Vorsitzende[nr]?|Botschafter(?:in|s)?|Generalsekretär(?:in)?)',
      // …or any compound office after a body's initials or a short prefix: "NRW-Landtagsdirektorin", "Vize-Präsident", "Uni-Präsident".
      '\\p{Lu}[\\p{L}\\d]{1,5}-(?:\\p{Lu}\\p{Ll}*(?:präsident|direktor|minister|bürgermeister)|Präsident|Direktor|Minister|Bürgermeister)(?:innen|in|en|s|n)?',
      // A director, a council's deputy, the head of a section ("Referatsleiterin", "Abteilungsleiter"; not a
      // semiconductor, "Halbleiter"): the offices of parliaments, town halls and chambers. A chair only with the body
      // chaired, the name after ("dem Vorsitzenden des Kreisrates A B"): "A B, Vorsitzender des Vereins, sagte …"
      // introduces a speaker at the event, "mit ihrer Vorsitzenden" a club's chair, more often than a party to talks.
      '(?<!\\p{L}, )Vorsitzende[nr]?(?= de[sr] )',
      'Direktor(?:in)?',
      'Beigeordnete[nr]?',
      '(?!Halbleiter)\\p{Lu}\\p{Ll}+leiter(?:in)?',
      // The heads of a town, a district or a canton, who receive envoys and delegations as ministers do.
      'Bürgermeister(?:in|s)?',
      'Landrat(?:e?s)?|Landrätin',
      'Regierungsrat|Regierungsrätin',
      'Minister(?:in|s)?',
      'Präsident(?:in|en)?',
      'Kanzler(?:in|s)?',
      'Botschafter(?:in|s)?',
      'Bundesrat|Bundesrätin',
      'Kardinal',
      'Bischof',
      'Premier',
      'Staatschef(?:in)?',
      'Regierungschef(?:in)?',
      'Sprecher(?:in)?',
      'Gesandte[nr]?',
      'Geschäftsträger(?:in)?',
      'König(?:in)?',
      // A member of a parliament, written out or by the house's initials: "Landtagsabgeordneter", "MdB", "MdL", "MdEP";
      // a lord mayor's everyday initials, "OB".
      '(?:\\p{Lu}\\p{Ll}+a|A)bgeordnete[rn]?',
      'MdB|MdL|MdEP',
      'OB',
      // A town's councillor, the mayor's deputy ("Erster Stadtrat A B"), only before a name of two words: "der
      // Stadtrat" alone is the council itself.
      '(?:Stadtrat|Stadträtin)(?= \\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll})',
    ],
    // "a. D." (außer Dienst): an office held before, written after it ("Bundeskanzlerin a.D. Dr. A B"); the role keeps it.
    after: ['a\\. ?D\\.'],
    of: ['der', 'des', 'von', 'vom', 'für', 'beim'],
  },
  ...NORDIC_GRAMMARS,
  ROMANIAN_GRAMMAR,
  // Polish, Czech, Slovak, Croatian, Serbian.
  ...WEST_SLAVIC_GRAMMARS,
];
