// Offices outside government, as the Latin-script languages write them: a university's, a school's,
// a firm's, a church's, a court's, a council's and a mission's staff. The general office readers take
// them as they take a minister ("A B, dean of the School of Law, received …", "l’ambassadeur a reçu
// A B, doyen de la Faculté …"): only beside a name set off by a comma, in a sentence that tells a meeting held.
// Left out: words that are more often something else beside a name ("partner" of a partner
// university, "Richter" the surname, a bare "officer"); "principal" the Romance adjective, "preside"
// the Spanish verb and "valor agregado" are gated where they are listed.

export const CIVIC_HEADS = [
  // English: academic, business, church, court, council, mission
  '(?:(?:deputy|associate|assistant|executive) )?dean',
  '(?:vice[- ])?provost',
  // Spanish, Portuguese and French write "principal" (main) after a noun ("guía principal"): the school's head
  // only opens an apposition or follows an article or "school".
  '(?<=(?:^|[,;:(] ?|\\bthe |\\bschool |\\ble ))(?:vice[- ])?principal',
  '(?:assistant )?superintendent',
  'head(?:master|mistress| teacher)',
  'registrar',
  '(?:associate |assistant )?professor',
  '(?:senior )?lecturer',
  '(?:co-)?founder',
  'CEO',
  'chief (?:executive|operating|financial) officer',
  'chief executive',
  '(?:(?:general|managing|country|regional) )?manager',
  'officer commanding|commanding officer',
  '(?:arch)?bishop',
  'pastor',
  'judge',
  'chief justice',
  'attach[ée]',
  'alderman',
  'council(?:man|woman|lor|or)',
  // French
  'doyen(?:ne)?',
  'proviseur(?:e)?',
  'fondat(?:eur|rice)',
  'PDG',
  '(?:arch)?[ée]v[êe]que',
  'juge',
  'conseill(?:er|[èe]re)',
  // Spanish, Portuguese, Italian
  'decan[oa]',
  'fundador(?:a)?',
  '(?:arz)?obispo',
  '(?:arce)?bispo',
  '(?:arci)?vescovo',
  'juez(?:a)?',
  'juiz(?:a)?',
  'giudice',
  'consejer[oa]',
  'conselheir[oa]',
  'consigliere',
  // "valor agregado" is value added.
  '(?<!valor )agregad[oa]',
  'adid[oa]',
  'addett[oa]',
  'profesor(?:a)?',
  'professor(?:a|e|essa)',
  'catedr[áa]tic[oa]',
  'gerente(?: general| geral)?',
  // Italian's school head, before what school: "preside del liceo"; Spanish "preside" is the verb.
  'preside(?= d)',
  'fondat(?:ore|rice)',
  'prorettore',
  'amministratore delegato',
  'concejal(?:a)?',
  'vereador(?:a)?',
  // German
  'Dekan(?:in)?',
  '(?:Pro)?[Rr]ektor(?:in)?',
  'Gründer(?:in)?',
  'Bisch(?:of|öfin)',
];

/**
 * A town's, a province's and a parliament's offices below their head, in the Romance languages: the coordinator, the
 * deputy head of a service, the head of a cabinet, the member of a house, the delegate, the commander, a town's
 * councillor with a remit ("l'assessore alla cultura", "l'adjointe aux sports", "el regidor de Turismo"). They host
 * or go with a visitor as their mayor or minister does: "…, A B, coordinador general de la comunidad", "la déléguée
 * régionale, A B, a reçu …". A head of something only with what it heads ("jefe de Gabinete", "chefe da Divisão").
 */
export const LOCAL_HEADS = [
  'coordinador(?:a)?',
  'coordenador(?:a)?',
  'coordinat(?:ore|rice)',
  'coordonnat(?:eur|rice)',
  'coordinat(?:eur|rice)',
  'subsecret[áa]ri[oa]',
  'subdirector(?:a)?',
  'subdiretor(?:a)?',
  'sous-direct(?:eur|rice)',
  'vicedirett(?:ore|rice)',
  '(?:jef[ea]|chefe|capo)(?= (?:de|del|da|do|das|dos|della|dello|dei|degli|delle|dell[’\x27]|di) )',
  'chef(?= (?:de|du|des|d[’\x27]) )',
  'diputad[oa]',
  'deputad[oa]',
  'deputat[oa]',
  'd[ée]put[ée]e?',
  'senador(?:a)?',
  's[ée]nat(?:eur|rice)',
  'senat(?:ore|rice)',
  'delegad[oa]',
  'delegat[oa]',
  'd[ée]l[ée]gu[ée]e?',
  'superintendente',
  'comandante',
  'commandant',
  'assessor[ea]',
  'adjointe?',
  'regidor(?:a)?',
  'sous-pr[ée]f[eè]te?',
];
