// Reading the name that follows a title: capitalised words in any alphabet (Latin with
// Vietnamese marks, Cyrillic, Greek), "Kang, Kyung-wha" in the Korean order, courtesy titles
// dropped, and the same name in another script beside it kept as an alias: "Wang Yi (王毅)".

import { isCountryWord } from '../../../../shared/countries.ts';
import { fold } from '../text.ts';
import { isPinyinGiven } from './pinyin-given.ts';

/** Capitalised words that are not names when they follow a title. */
const NOT_NAME_WORDS: string[] = (
  'the he she they it this that these his her their in on at and of for with to mr ms mrs dr h.e. ' +
  // "Президент Республики Узбекистан": the republic, in its cases, is no name.
  'республика республики республике республику республикой республіки республіку республікою ' +
  'minister prime deputy vice president foreign affairs ambassador government ministry department office committee ' +
  'embassy agency council chamber party assembly bureau commission forum meeting summit day talks asean mekong covid-19 ' +
  'un eu apec who g20 g7 nspp said also however meanwhile secretary general director chairman spokesperson national ' +
  "state people’s people's republic socialist head delegation january february march april may june july august " +
  'september october november december monday tuesday wednesday thursday friday saturday sunday today yesterday ' +
  'during after before while when as by from via both two sides says meets holds calls urges visits discusses agrees hosts receives welcomes vows slams warns rejects ' +
  // A headline in Title Case tells the past too ("Mayor Lin Received the Delegation"), and a trip's
  // other steps ("Emir Concludes Gulf Tour", "President Arrives in Accra").
  'received welcomed hosted visited concludes arrives departs begins leaves signs attends congratulates bộ ngoại giao đã và của ông bà ngài united nations office union uni kingdom emirates ' +
  // Headline verbs and nouns in other languages ("Presiden Terima Surat Kepercayaan Dubes Negara Sahabat").
  'terima menerima ingin bahas membahas temui sambut kunjungi hadiri minta dorong ajak tegaskan serahkan lantik gelar ' +
  'negara sahabat surat kepercayaan recibe recebe reçoit reúne reunió visita ' +
  // Words of an office or an event written in capitals after a title ("Foreign Minister Consultations", "Menteri Senior Bidang Luar Negeri").
  'consultations consultation dialogue directorate senior bidang luar negeri extraordinary plenipotentiary kedua para ' +
  // "H.E Adrian Morrison High Commissioner of Australia": the office begins where the name ends.
  'high commissioner ' +
  // A portfolio's words after an office, capitalised ("Chairman Planning and Development Board", "Economic and Fiscal Policy, Minister …").
  'planning development policy ' +
  // "la ministra Secretaria General de Gobierno", "titular de la Secretaría de Relaciones Exteriores": an office, a ministry.
  'secretaria secretaría secretario secretário ministerio ministério ' +
  // "Sekretaris Kabinet", "Menteri Pertahanan", "Speaker Parlimen", "Presiden Bertemu Menlu", "Dışişleri Bakan Yardımcısı",
  // "Ces ambassadeurs": an office's or a sentence's next word, capitalised, is no name.
  'kabinet pertahanan parlimen parlemen bertemu yardımcısı ces ' +
  // "Sekretaris Pertama", "Setiausaha Ketiga": the Indonesian and Malay ordinal after an office is the rank's, no name.
  'pertama ketiga keempat ' +
  // "Ngài Trưởng Đoàn Ngoại giao", "Trưởng Đoàn ĐBQH tỉnh": the head of a delegation or corps is an office
  // ("Trưởng" is no family name; "Trương" with its other marks is, and stays a name).
  'trưởng ' +
  // "Chủ tịch Quận làm trưởng đoàn": Vietnamese writes the district, the province, the ward or the commune
  // it heads after a title, capitalised; "Quận", "Tỉnh" name a place's office, no one ("Quân" stays a name).
  'quận huyện tỉnh phường xã ' +
  // Spanish and Portuguese words of an office or a body, capitalised after a title: "el Presidente Municipal", "Embajadora
  // Extraordinaria y Plenipotenciaria", "Vicepresidente Ejecutivo", "a vice-reitora Académica".
  'municipal extraordinaria extraordinario plenipotenciaria plenipotenciario ejecutivo ejecutiva executivo executiva académica académico acadêmica acadêmico ' +
  // …and French and Italian ones: "Conseillère Municipale", "Consigliere Comunale", "Vice-président Départemental", "Console Onorario".
  'municipale comunale régional régionale regionale départemental départementale provinciale territorial territoriale ' +
  'délégué déléguée delegato delegata honoraire onorario onoraria'
).split(' ');
const NOT_NAME_FOLDED = new Set(NOT_NAME_WORDS.map(fold));
const NOT_NAME_EXACT = new Set(NOT_NAME_WORDS.map((w) => w.toLowerCase()));
/** Folded forms the list holds only with marks ("bà" but no "ba"): a word written without them is another word. */
const MARKED_ONLY = new Set([...NOT_NAME_FOLDED].filter((f) => !NOT_NAME_EXACT.has(f)));

/**
 * Capitalised words that are not names when they follow a title. Compared without accents, except
 * that a word with marks the stop word lacks is a name: "Tô" (Tô Lâm) is not "to", and the other
 * way round: "Ba" (Hùng Ba) is not "bà".
 */
export const NOT_NAMES = {
  has(folded: string, token?: string): boolean {
    if (!NOT_NAME_FOLDED.has(folded)) return false;
    if (token === undefined) return true;
    const lower = token.toLowerCase();
    // "Hùng Ba": "Ba" is not "bà" (Mrs) in a text that writes its marks.
    return NOT_NAME_EXACT.has(lower) || (fold(token) === lower && !MARKED_ONLY.has(lower));
  },
};

const HONORIFIC = /^(?:Mr|Ms|Mrs|Dr|Prof|Madam|Sir|H\.E\.?|S\.E\.?|Mme|Ông|Bà|Ngài|г-н|госпожа)\.?$/u;
/**
 * Courtesy words before a name, never part of it: English, French ("M.", "Mme", "MM.", "S.E.", "SEM" for Son Excellence Monsieur),
 * "the Honourable" (and "Honorable", "Hon."), "Her Exellency" misspelt, Malay ranks ("Tan Sri", "Datuk Seri", "Dato' Sri", "Dato Seri Utama", "Datuk Seri Panglima", "YAB", "Haji"), "Prof.", "H.E" written without its last stop,
 * Indonesian and Malaysian degrees ("Drs." doctorandus, "Ir." or "Ir" engineer, "Academician"), Indian "Shri" (or "Sh.") and "Smt.", and
 * Italian "Dott.", "Dott.ssa", "Sig.", "Sig.ra", "Avv." (lawyer), "Prof.ssa",
 * "Miss" as well as "Ms", Vietnamese degrees ("TS." doctor, "PGS.TS." associate professor, "ThS." master), German "Herr", "Frau", the engineer's
 * degrees "Dr.-Ing." and "Dipl.-Ing." and
 * "S.E."/"I.E." (Seine/Ihre Exzellenz, "S.E. Herr Dr. A B"), a doctor's or a professor's title spelled out ("la rectora,
 * doctora A B", "o doutor", "il dottor", "Docteur", "profesora", "Professorin"), the titles Spanish America
 * writes before a name ("Lic." licenciado, "Ing." engineer, "Abg." lawyer, "C.P." accountant, "Mtro." master), and ranks spelled out
 * ("Major General", "Rear Admiral", "Captain", "Lieutenant Colonel"; a retired one marked, "Brigadier (ret’d)", "Commodore (Retd)"), and the Spanish and Portuguese style of an envoy written out ("Excelentísimo Sr.", "Excelentíssimo Senhor").
 */
export const COURTESY =
  /^ (?:(?:Son|Leurs?|Sua|Su|Vuestra) Excel(?:lence|lences|ência|encia)(?: (?:Monsieur|Madame|Senhor[a]?|Señor[a]?))?|Monsieur|Madame|Senhor[a]?|Señor[a]?|S\.E\.M\.?|SEM\.?|Excm[oa]\.?(?: Sr[a]?\.?)?|Excelent[íi]ss?im[oa](?: (?:Sr[a]?\.|Señor[a]?|Senhor[a]?))?|Sr[a]?\.|Dott\.(?:ssa)?|Sig\.(?:ra)?|Avv\.|Prof\.ssa|H\.E\.?|S\.E\.?|I\.E\.|Herrn?|Frau|Mr\.?|Ms\.?|Mrs\.?|Dr\.-Ing\.|Dipl\.-Ing\.|Dr\.?|Prof\.?|Professor(?:in)?|[Pp]rofesora?|[Dd]octora?|[Dd]outora?|[Dd]ottor(?:essa)?|Docteur|Madam|Sir|Ông|Bà|Ngài|M\.|MM\.|Mme|(?:His|Her) Exc?ell?ency|Tan Sri|Tun|Datuk Seri(?: Utama| Panglima)?|Datuk|Dato['’]? S(?:e)?ri(?: Utama| Panglima)?|Dato['’]?|Datin|Tengku|Y\.?A\.?B\.?|Haji|Hajjah|Hj\.|Drs\.|Dra\.|Ir\.?|Lic\.|Licda\.|Ing\.|Arq\.|Abg\.|Abog\.|Mtr[oa]\.|C\.P\.|MSc\.|Mg\.|Academician|Cllr\.?|Shri|Sh\.|Smt\.|(?:[Tt]he )?Rt\.? Hon(?:ou?rable|\.)?|(?:[Tt]he )?Hon(?:ou?rable|\.)?|(?:P?GS\.\s?)?TS\.|P?GS\.|ThS\.|Eng\.|Engr\.?|Amb\.|(?:His|Her) (?:Royal )?(?:Highness|Majesty)|(?:Maj|Brig|Lt|Col|Capt|Adm|Gen)\.(?: Gen\.)?(?: \((?:Rtd|Retd|rtd|retd)\.?\))?|(?:Brigadier|Commodore|Colonel|Major|Captain)(?: General)? \((?:[Rr]e?t[’']?d|retired)\.?\)|(?:Major|Lieutenant|Brigadier) General|(?:Rear|Vice) Admiral|Air (?:Chief )?Marshal|Miss|(?:(?:Lieutenant|Lt\.?) )?(?:Colonel|Commander)|Captain|Commodore|Brigadier|Sergeant)(?= )/u;

/**
 * Vietnamese nouns of companies, in sentence case: "Tập đoàn" (group), "Công ty" (company), "Ngân hàng" (bank);
 * and of the army, capitalised inside an office: "Phó Bí thư Quân ủy Trung ương", "Phó Tổng Tham mưu
 * trưởng Quân đội nhân dân" ("Quân" alone is also a given name).
 */
export const INSTITUTION = /^(?:Tập đoàn|Công ty|Tổng công ty|Ngân hàng|Quân (?:ủy|uỷ|đội|khu|chủng|đoàn))$/u;

export type ReadName = { name: string; end: number; possessive: boolean; alias?: string };

/** A script a name is written in, to tell a second-script alias from a description. */
const scriptOf = (s: string): string =>
  /\p{Script=Hangul}/u.test(s)
    ? 'hangul'
    : /\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}/u.test(s)
      ? 'cjk'
      : /\p{Script=Cyrillic}/u.test(s)
        ? 'cyrillic'
        : 'latin';

/**
 * "(王毅)", "(부이 타인 선)", "(Antony J. Blinken)" right after a name: the same person in another
 * script. Returns the alias and where it ends; a bracket in the same script is a description.
 */
export function otherScript(text: string, name: string, at: number): { alias: string; end: number } | null {
  const m = /^ ?[(（]([^()（）\d,;:]{1,40})[)）]/u.exec(text.slice(at));
  const inside = m?.[1]?.trim();
  if (!m || !inside || inside.split(/\s+/).length > 5 || scriptOf(inside) === scriptOf(name)) return null;
  // A Latin alias must look like a name, not an acronym or a word ("(AP)", "(right)").
  if (scriptOf(inside) === 'latin' && !/^\p{Lu}[\p{Ll}.’'-]+(?: [\p{Lu}][\p{L}.’'-]*)+$/u.test(inside)) return null;
  return { alias: inside, end: at + m[0].length };
}

/** Particles that join the parts of a name, followed by a capitalised part. */
const NAME_PARTICLE =
  /^ ((?:bin|binti|bint|ibn|al|el|de|da|dos|del|della|van(?: der| den| de)?|von(?: der| dem)?)(?: la| los)?)(?= [\p{Lu}])/u;
/** A capitalised particle that joins the words of a name ("Al", "De La"): not one of its words when they are counted. */
const JOINING = /^(?:Al|El|Bin|Binti|Bint|Ibn|De|Da|Del|La|Van|Von|Der)$/u;
/** The Arabic article glued to the next part of a name: "Mohammed al-Halbousi", "Abdullah el-Sisi". */
const GLUED_ARTICLE = /^ ((?:al|el|ad|ar|as|at|az|ash|an|ul)-[\p{Lu}][\p{L}\p{M}’'-]*)/u;

/** Nouns that end the name of a building, a place or a service, never a person's: checked after a name's first word ("Park Jin" is a name). */
const FACILITY = new Set(
  'Airport Airways Airlines House Unit Rail Railway Station Hotel Palace Centre Center Stadium Museum University Hospital Terminal Secretariat Headquarters'.split(
    ' ',
  ),
);

/** "Light Rail", "Winfield House": a noun of a building or a service after a name's first word. */
export const facilityName = (name: string): boolean =>
  name
    .split(' ')
    .slice(1)
    .some((t) => FACILITY.has(t));

/** A dash, then the first word of a Vietnamese office ("-Ủy viên", "-Phó Chủ tịch", "-Tỉnh ủy viên"): the office, not the name's last part. */
const OFFICE_AFTER_DASH = /-(?=(?:Ủy|Uỷ|Tỉnh|Thành|Phó|Chủ|Bí|Trưởng|Giám|Thứ|Bộ|Tổng|Đại|Hiệu)(?![\p{L}]))/u;

export function readName(text: string, at: number): ReadName | null {
  const tokens: string[] = [];
  let pos = at;
  // "H.E. Mr. Pham Binh Minh": courtesy titles before the name are not part of it.
  for (let m = COURTESY.exec(text.slice(pos)); m; m = COURTESY.exec(text.slice(pos))) pos += m[0].length;
  // Five words of a name at most, the particles that join them not counted: "Bader bin Hamad bin Humood Al Busaidi",
  // "Sabah Khalid Al Hamad Al Mubarak Al Sabah".
  let words = 0;
  while (words < 5 && tokens.length < 8) {
    // Lower-case particles inside a name: "Faisal bin Farhan", "Ursula von der Leyen", "Luiz Inácio Lula da Silva".
    const glued = tokens.length > 0 ? GLUED_ARTICLE.exec(text.slice(pos)) : null;
    if (glued?.[1]) {
      tokens.push(glued[1]);
      pos += 1 + glued[1].length;
      continue;
    }
    // "Juan Ramón De la Fuente": the article after a capitalised particle, in lower case.
    const article = tokens.at(-1) === 'De' ? /^ (la|las|los)(?= \p{Lu})/u.exec(text.slice(pos)) : null;
    if (article?.[1]) {
      tokens.push(article[1]);
      pos += 1 + article[1].length;
      continue;
    }
    const particle = tokens.length > 0 ? NAME_PARTICLE.exec(text.slice(pos)) : null;
    if (particle?.[1]) {
      tokens.push(particle[1]);
      pos += 1 + particle[1].length;
      continue;
    }
    // "O´Ryan": an acute accent typed for the apostrophe is part of the name too.
    const m = /^ ([\p{Lu}][\p{L}\p{M}’'´.-]*)/u.exec(text.slice(pos));
    if (!m?.[1]) break;
    let token = m[1];
    // "Hồ Văn Hải-Ủy viên Ban Thường vụ": a Vietnamese list sets the office off with a bare dash; the name ends there.
    const office = OFFICE_AFTER_DASH.exec(token);
    if (office && tokens.length > 0) {
      tokens.push(token.slice(0, office.index));
      pos += 1 + office.index;
      break;
    }
    // A full stop ends the sentence unless it closes an initial ("Antony J. Blinken", "Retno L.P. Marsudi").
    if (token.endsWith('.') && !/^(?:\p{Lu}\.)+$/u.test(token)) token = token.slice(0, -1);
    if (tokens.length === 0 && HONORIFIC.test(token)) {
      pos += m[0].length;
      continue;
    }
    const possessive = /(?:’s|'s|’|')$/.exec(token);
    if (possessive) token = token.slice(0, -possessive[0].length);
    // "Ambassador He Xiangdong": the family name He, when a given name in pinyin follows, is no pronoun.
    const familyHe =
      tokens.length === 0 && token === 'He' && isPinyinGiven(/^ (\p{L}+)/u.exec(text.slice(pos + m[0].length))?.[1] ?? '');
    if (token === '' || (!familyHe && NOT_NAMES.has(fold(token), token)) || isCountryWord(token)) break;
    tokens.push(token);
    if (!JOINING.test(token)) words++;
    pos += 1 + token.length;
    if (possessive) break;
    const given = /^, ([\p{Lu}][\p{Ll}]+-[\p{Ll}]+)(?![\p{L}])/u.exec(text.slice(pos));
    if (given?.[1] && tokens.length === 1) {
      tokens.push(given[1]);
      pos += given[0].length;
      break;
    }
  }
  while (tokens.length > 1 && /^\p{Ll}(?!\p{Ll}*-\p{Lu})/u.test(tokens.at(-1) ?? '')) {
    const last = tokens.pop() ?? '';
    pos -= 1 + last.length;
  }
  // A lone initial is not a name.
  if (tokens.length === 0 || (tokens.length === 1 && /^\p{Lu}\.?$/u.test(tokens[0] ?? ''))) return null;
  // "Winfield House London", "King Abdulaziz International Airport", "Light Rail", "Media Unit": a place or a service.
  if (tokens.slice(1).some((t) => FACILITY.has(t))) return null;
  // "called on Sindh Governor Imran Ismail at Governor House": a title before a building's noun alone is the building.
  if (tokens.length === 1 && FACILITY.has(tokens[0] ?? '')) return null;
  // "Chủ tịch Tập đoàn Hoa Lợi": a capitalised word that opens an organisation's common noun is not a name.
  if (tokens.length === 1 && INSTITUTION.test(`${tokens[0]} ${/^ (\p{Ll}+)/u.exec(text.slice(pos))?.[1] ?? ''}`)) return null;
  // "J." at the end belongs to the next sentence's word, not to the name.
  while (tokens.length > 1 && /^(?:\p{Lu}\.)+$/u.test(tokens.at(-1) ?? '')) {
    const last = tokens.pop() ?? '';
    pos -= 1 + last.length;
  }
  const name = tokens.join(' ');
  const possessive = /^(?:’s|'s|’|')/.test(text.slice(pos));
  const other = otherScript(text, name, pos);
  return other ? { name, end: other.end, possessive, alias: other.alias } : { name, end: pos, possessive };
}

/**
 * The word for "and" that joins a list's items, in the languages written in Latin or Cyrillic letters: "A and B",
 * "A y B", "A e B", "A et B", "A und B", "A en B", "A og B", "A och B", "A dan B", "A và B", "A i B", "A и B", "A ve B".
 */
export const AND_WORD = '(?:and|y|e|et|und|en|og|och|dan|và|i|и|ve|ja|és|și|şi)';

/** What closes a name set off by a comma: a stop, the language's "and", the paragraph's end, or the verb of the sentence it opens. */
const NAME_CLOSED = new RegExp(
  `^(?:[,.;]| ${AND_WORD} |\\n|$| (?:also|has|have|had|was|were|is|are|who|presented|paid|met|called|said|joined|visited|received|welcomed|hosted|led|attended|arrived|accompanied|held|signed|hoped|noted|stressed|expressed|emphasi[sz]ed|underlined|highlighted|praised|discussed|agreed|briefed|conveyed|invited|exchanged|reiterated|commended|assured)\\b)`,
  'u',
);

/**
 * The name set off by commas after a title: "External Affairs Minister, Natwar Singh, …", "his
 * Chinese counterpart, Wang Yi, …". Two words or more, closed by a comma, a stop or the language's "and".
 */
export function commaName(text: string, at: number): ReadName | null {
  if (!text.startsWith(', ', at)) return null;
  const name = readName(text, at + 1);
  // Closed by a stop, "and", the paragraph's end, or the verb of the sentence it opens ("…, Mohammed Hossain also presented",
  // "The Knesset Speaker, A B visited …", "Minister of Public Works, the Honourable A B joined President C").
  // One word is a name when a courtesy title says so: "The Prime Minister of Tonga, Hon. Hu'akavameiliku, …".
  if (!name || (name.name.split(' ').length < 2 && !COURTESY.test(text.slice(at + 1)))) return null;
  if (!NAME_CLOSED.test(text.slice(name.end))) return null;
  return name;
}

/** The words of a name; an initial glued to the surname ("C.Ashton", "R.Pompeo") is a word of its own. */
export const nameTokens = (name: string): string[] =>
  fold(name)
    .split(/\s+|(?<=^\p{L}|\s\p{L})\.(?=\p{L})/u)
    .filter(Boolean);

/**
 * A lone word that is no one's name, whichever rule read it: a word of the stop list above, a
 * pronoun a sentence opens with ("Er", "Ele", "Elle", "Hij"), the courtesy or rank of a title read
 * alone ("Rt", "Mag", "Bey"), or a word of a body's name ("Association", "Gabinete", "Special", the
 "Media" of "President Media Unit" or "Chora Media", the "Handel" of "Buitenlandse Handel", "Handel mit"),
 * or a Vietnamese division capitalised after an office ("Chủ tịch Quận", district; "Huyện", "Tỉnh", "Phường").
 */
const LONE_WORDS = new Set(
  'er sie es ele ela eles il elle él ella lui lei hij zij han hon hun rt mag bey association gabinete ministre special travel beş media handel quận huyện tỉnh phường'.split(
    ' ',
  ),
);
export function isLoneCommonWord(name: string): boolean {
  const word = name.trim();
  if (word === '' || /\s/u.test(word)) return false;
  return LONE_WORDS.has(word.toLowerCase()) || NOT_NAMES.has(fold(word), word);
}
