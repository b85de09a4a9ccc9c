// Languages that write the title, then the country, then the name: Vietnamese "Bộ trưởng Ngoại
// giao Nhật Bản Hayashi Yoshimasa", "Đại sứ Hàn Quốc tại Việt Nam Choi Young-sam"; Indonesian
// "Menteri Luar Negeri RI Retno Marsudi"; Russian "министр иностранных дел России Сергей Лавров".
// The role is kept as the record writes it, without the country.

import { countryAt, normalizeCountry, VIETNAMESE_COUNTRY_SOURCE } from '../../../../shared/countries.ts';
import { execAll } from '../patterns.ts';
import { sentenceBefore } from './context.ts';
import { countryAfterForms, STATE_FORM } from './envoy-pairs.ts';
import { HOME_WHY, VIETNAMESE_SURNAME, vietnameseHome } from './home.ts';
import { ENVOY, postedIn, shortForm } from './indonesian-posted-in.ts';
import { namedMention } from './named-mention.ts';
import { commaName, INSTITUTION, type ReadName, readName } from './names.ts';
import { genitiveCountry } from './slavic.ts';
import type { Mention } from './types.ts';
import { bodyWord, scanVietnamese, VI_COURTESY } from './vietnamese.ts';
import { appositiveCountry, appositiveRole, describesNamed, describingTitleAt, STANDING_ONLY } from './vietnamese-appositive.ts';
import { leadsWithBody, lonePartOfBody } from './vietnamese-body-names.ts';
import { foreignCourtesyName } from './vietnamese-foreign-names.ts';
import { gluedOffice } from './vietnamese-glued-office.ts';
import { delegationSide, VI_STATE_FORM, vietnameseSide } from './vietnamese-sides.ts';

const VI_MINISTRY =
  '(?:Ngoại giao(?: và Hợp tác Quốc tế)?|Công Thương|Quốc phòng|Công an|Tài chính|Kế hoạch và Đầu tư|Nội vụ|Tư pháp|Giáo dục và Đào tạo|Y tế|Giao thông Vận tải|Xây dựng|Tài nguyên và Môi trường|Nông nghiệp và Phát triển Nông thôn|Lao động - Thương binh và Xã hội|Văn hóa, Thể thao và Du lịch|Khoa học và Công nghệ|Thông tin và Truyền thông|Thương mại|Kinh tế|Ngoại thương|An ninh)';
// A principal is named after the office only with a Vietnamese name ("Hiệu trưởng Nguyễn Đình Luận"), not her school's.
const VI_HEAD = `(?:Thủ tướng|Bộ trưởng|Thứ trưởng|Ngoại trưởng|Đại sứ(?! quán)|Chủ tịch nước|Chủ tịch Quốc hội|Chủ tịch|Tổng Bí thư|Tổng thống|Tổng Thư ký|Đặc phái viên|Đại biện(?: lâm thời)?|Tùy viên|Tuỳ viên|Đại diện (?:cao cấp|cấp cao)|Cố vấn An ninh Quốc gia|Người phát ngôn|Quốc vụ khanh|Ủy viên Quốc vụ|Thượng nghị sĩ|Hạ nghị sĩ|Trưởng đoàn|Trợ lý Bộ trưởng|Trợ lý|Trưởng Ban|Bí thư(?: thứ (?:nhất|hai|ba))?|Vụ trưởng|Cục trưởng|Tổng cục trưởng|Giám đốc|Tổng Giám đốc|Tổng Lãnh sự|Lãnh sự|Tham tán|Đại tướng|Thượng tướng|Trung tướng|Thiếu tướng|Chính ủy|Chính uỷ|Ủy viên Bộ Chính trị|Ủy viên Thường vụ|Ủy viên trưởng|Chủ nhiệm|Thống đốc|Quốc vương|Nhà vua|Hoàng hậu|Hoàng Thái tử|Thái tử|Chánh án|Viện trưởng|Thị trưởng|Quận trưởng|Huyện trưởng|Tỉnh trưởng|Đô trưởng|Trưởng Văn phòng|Tổng Biên tập|Huấn luyện viên(?: trưởng)?|Giáo sư|Tiến sĩ|Thạc sĩ|Hiệu trưởng(?= ${VIETNAMESE_SURNAME.source.slice(1)})|Hòa thượng|Hoà thượng|Thượng tọa|Thượng toạ|Lạt-ma|Lạt ma|người đồng cấp)`;
const VI_TITLE = `(?:(?:Quyền|Phó|Nguyên|Đệ nhất) )?${VI_HEAD}(?: Chính phủ(?: Hoàng gia)?| Hoàng gia| Ban Chấp hành Trung ương Đảng(?: Cộng sản Việt Nam)?)?(?: Thường trực)?(?: (?:Bộ )?${VI_MINISTRY})?(?: đặc mệnh toàn quyền)?`;

// "chính quyền Tổng thống X" is X's administration, not an acting ("Quyền") president; "Hội nghị
// Bộ trưởng Ngoại giao hợp tác Mê Công" is a ministers' conference, not a minister.
const VI_NAMED = new RegExp(
  `(?<![\\p{L}])(?<!Phủ )(?<![Cc]hính )(?<![Hh]ội nghị )(?<![Hh]ội nghị cấp )(${VI_TITLE}(?:(?:,| kiêm| và| cum) ${VI_TITLE})*)(?: ${VI_STATE_FORM}(${VIETNAMESE_COUNTRY_SOURCE}))?(?: tại (?:${VIETNAMESE_COUNTRY_SOURCE}))?(?![\\p{L}])`,
  'giu',
);

/** The clause's lower-case description ends with its body's acronym in brackets: "… Liên minh châu Âu (EU) ". */
const BODY_ACRONYM = /^ [^.;:,\n()]{4,120}?\((\p{Lu}{2,6})\) (?=\p{Lu})/u;

/** A title that continues a chain at `at` ("…, Tổng thư ký Ủy ban …"): where it ends. */
const VI_TITLE_AT = new RegExp(VI_TITLE, 'iuy');
const titleAt = (text: string, at: number): number | null => {
  VI_TITLE_AT.lastIndex = at;
  const m = VI_TITLE_AT.exec(text);
  return m ? at + m[0].length : null;
};

/**
 * "Tiếp Đại sứ Maroc, Chủ tịch nước Trần Đại Quang …": a clause fronted by a verb of meeting has
 * its object first; after the comma comes the subject, whose titles are not the object's.
 */
const VI_FRONTED_OBJECT =
  /(?:^|[.!?:\n]\s*)(?:(?:Khi|Trong|Tại|Trong buổi|Tại buổi|Trong cuộc|Tại cuộc) )?(?:tiếp|tiếp kiến|hội kiến|gặp|gặp gỡ|đón|hội đàm với|điện đàm với|làm việc với)\s*$/iu;

/**
 * Indonesian titles and the countries written after them. "Menteri Besar" (a Malaysian state's chief
 * minister) is one office: its second word is nobody's name; so are "Menteri Sekretaris Negara"
 * (Minister of State Secretary), "Menteri Dalam Negeri" (Home Minister) and "Menteri Koordinator Bidang …"
 * (Coordinating Minister for …), whose capitalised second word would otherwise be read as the holder's name.
 */
const ID_NAMED =
  /(?<![\p{L}])((?:Wakil )?(?:Menteri Luar Negeri|Menlu|Menteri Sekretaris Negara|Mensesneg|Menteri Dalam Negeri|Mendagri|Perdana Menteri|Presiden|(?:Duta Besar|Dubes)(?: LBBP)?|Konsul Jenderal|Konjen|Gubernur Jenderal|Menteri Koordinator(?: Bidang(?:,? (?:dan )?\p{Lu}\p{Ll}+){1,5})?|Menteri(?! Besar(?![\p{L}]))))(?: (RI|Indonesia|Australia|Turki|Singapura|Vietnam|Amerika Serikat|AS|Jepang|RRT|Tiongkok|China|Korea Selatan|Korsel|Inggris|Rusia|India|Malaysia|Thailand|Filipina))?(?![\p{L}])/gu;
const ID_COUNTRIES: Record<string, string> = {
  ri: 'Indonesia',
  turki: 'Turkey',
  singapura: 'Singapore',
  'amerika serikat': 'United States',
  as: 'United States',
  jepang: 'Japan',
  tiongkok: 'China',
  rrt: 'China',
  'korea selatan': 'Republic of Korea',
  korsel: 'Republic of Korea',
  inggris: 'United Kingdom',
  rusia: 'Russia',
  filipina: 'Philippines',
};

/** Russian titles (lower case in running text) and countries in the genitive. */
const RU_NAMED =
  /(?<![\p{L}])((?:[Пп]ервый )?(?:[Зз]аместитель министра иностранных дел|[Мм]инистр иностранных дел|[Гг]лава МИД|[Пп]осол|[Пп]резидент|[Пп]ремьер-министр|[Мм]инистр))(?: (России|РФ|Китая|КНР|США|Вьетнама|Республики Корея|Южной Кореи|Кореи|Японии|Индии|Великобритании|Франции|Германии))?(?![\p{L}])/gu;
const RU_COUNTRIES: Record<string, string> = {
  России: 'Russia',
  РФ: 'Russia',
  Китая: 'China',
  КНР: 'China',
  США: 'United States',
  Вьетнама: 'Viet Nam',
  'Республики Корея': 'Republic of Korea',
  'Южной Кореи': 'Republic of Korea',
  Кореи: 'Republic of Korea',
  Японии: 'Japan',
  Индии: 'India',
  Великобритании: 'United Kingdom',
  Франции: 'France',
  Германии: 'Germany',
};

/** A capitalised adjective in the genitive and its noun after a Russian office, the name after them: " Народной власти". */
const RU_BODY_AFTER = /^ \p{Lu}\p{Ll}+(?:ой|ого|его|ых|их) \p{Ll}{3,}(?= \p{Lu})/u;

/** Letters with diacritics (either case): every Vietnamese title above has one ("Bộ trưởng", "Đại sứ"). */
const LATIN_MARKED = /[\u00C0-\u024F\u1E00-\u1EFF]/u;
const CYRILLIC = /[\u0400-\u04FF]/u;

/** `gate`: letters every match of `re` holds; a text without them (most, for each language) is not scanned. */
const RULES: { re: RegExp; country: (w: string) => string | null; how: string; gate?: RegExp }[] = [
  { re: VI_NAMED, country: (w) => normalizeCountry(w), how: 'named with a title (Vietnamese)', gate: LATIN_MARKED },
  {
    re: ID_NAMED,
    country: (w) => ID_COUNTRIES[w.toLowerCase()] ?? normalizeCountry(w),
    how: 'named with a title (Indonesian)',
  },
  { re: RU_NAMED, country: (w) => RU_COUNTRIES[w] ?? null, how: 'named with a title (Russian)', gate: CYRILLIC },
];

/** The side a list or a delegation puts the person on, from the sentence before them. */
const sideBefore = (text: string, at: number): string | null => {
  const before = sentenceBefore(text, at);
  return vietnameseSide(before) ?? delegationSide(before);
};

/** "người đồng cấp" (the counterpart): read like a title, though it names no office. */
const COUNTERPART = /^người đồng cấp/iu;

/** A monument or a place named after an office's holder: "Lăng Chủ tịch …", "tượng đài Chủ tịch …", "Nhà lưu niệm Thủ tướng …". */
const EPONYM_BEFORE =
  /(?<![\p{L}])(?:[Ll]ăng|[Tt]ượng(?: đài)?|[Tt]ưởng niệm|[Bb]ảo tàng|[Nn]hà lưu niệm|[Kk]hu lưu niệm|[Kk]hu di tích|[Đđ]ền thờ|mang tên)\s+$/u;

/**
 * "cô Nguyễn Thị Hiền – Hiệu trưởng …", "thầy Trần Văn An, Phó hiệu trưởng …": a school writes its teachers, and the
 * press any woman, with "cô" (Ms, teacher) or "thầy" (teacher) before the name; read only when an office follows it.
 */
const TEACHER_GATE = /(?<![\p{L}])(?:[Cc]ô|[Tt]hầy) \p{Lu}/u;
const VI_TEACHER = /(?<![\p{L}])(?:[Cc]ô|[Tt]hầy)(?= \p{Lu})/gu;

const COMRADE_WHY = '"đồng chí" (comrade) before a Vietnamese name, as the press writes its own Party officials';

export function localMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  const out: [Mention, number][] = [];
  for (const { re, country, how, gate } of RULES) {
    if (gate && !gate.test(text)) continue;
    for (const m of execAll(re, text)) {
      let end = m.index + m[0].length;
      if (re === ID_NAMED) end += shortForm(text, end);
      // A country the list above does not hold, in any language: "Menlu Rumania, Ramona …";
      // Indonesian past the state's formal name: "Duta Besar Kerajaan Belanda Lambertus Grijns".
      const formal = re === ID_NAMED && !m[2] && STATE_FORM.test(text.slice(end, end + 20));
      // Russian past any country in the genitive, not only the list above: "Президент Казахстана", "посол Украины Владимир Ельченко".
      const genitive = re === RU_NAMED && !m[2] ? /^ (\p{Lu}\p{Ll}+)(?![\p{L}])/u.exec(text.slice(end, end + 40)) : null;
      const inflected = genitive?.[1] ? genitiveCountry(genitive[1]) : null;
      const genitivePlace = inflected && genitive ? { country: inflected, end: end + genitive[0].length } : null;
      const place = m[2] ? null : formal ? countryAfterForms(text, end) : (countryAt(text, end) ?? genitivePlace);
      // "Duta Besar Republik Yunan …": a formal name the tables do not know is the state's, not a person's.
      if (formal && !place) continue;
      if (place) end = place.end;
      // "Duta Besar LBBP Argentina untuk Indonesia Gustavo Arturo Torres": the name follows the posting.
      if (re === ID_NAMED) end += /^ untuk (?:Republik )?Indonesia(?![\p{L}])/u.exec(text.slice(end, end + 30))?.[0].length ?? 0;
      if (re === ID_NAMED) end += shortForm(text, end);
      if (re === ID_NAMED && ENVOY.test(m[1] ?? '')) end += postedIn(text, end);
      if (re === VI_NAMED && EPONYM_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
      // "Министр иностранных дел Народной власти Иван Хиль": a body's adjective and noun in the genitive belong to the office.
      const ofBody = re === RU_NAMED && !place ? RU_BODY_AFTER.exec(text.slice(end, end + 50)) : null;
      if (ofBody) end += ofBody[0].length;
      let name: ReadName | null = readName(text, end) ?? commaName(text, end);
      let scanned: string | null = null;
      let body: string | null = ofBody ? text.slice(m.index, end).trim() : null;
      // "Chủ tịch Nhân đại Trung Quốc Trương Đức Giang": past the body and the country to the name.
      // "Chủ tịch Tập đoàn Hoa Lợi": the head of a company, whose name follows, not the person's.
      if (re === VI_NAMED && !name && INSTITUTION.test(/^ (\p{Lu}\p{Ll}* \p{Ll}+)/u.exec(text.slice(end))?.[1] ?? '')) continue;
      // "Thủ tướng Nội các Hàn Quốc Kim Boo-kyum": "Nội" opens a body ("Nội các"), not a name: scan past it too.
      if (re === VI_NAMED && (!name || leadsWithBody(name.name) || lonePartOfBody(text, name))) {
        const fronted = VI_FRONTED_OBJECT.test(text.slice(Math.max(0, m.index - 40), m.index));
        const found = scanVietnamese(text, end, (at) => (fronted ? null : titleAt(text, at)));
        name = found ? { name: found.name, end: found.end, possessive: false } : null;
        if (found)
          body = text
            .slice(m.index, found.start)
            .replace(/[\s,]*(?:ông|bà|ngài|đồng chí)?\s*$/iu, '')
            .replace(/\s*[-–]\s*$/u, '')
            .trim();
        scanned = found?.country ?? null;
        // "Đại diện cấp cao về chính sách an ninh và đối ngoại của Liên minh châu Âu (EU) Joseph
        // Borell": an office described in lower case, closed by its body's acronym; the name follows it.
        const closed = found ? null : BODY_ACRONYM.exec(text.slice(end, end + 140));
        const after = closed ? readName(text, end + closed[0].length - 1) : null;
        if (closed && after && !bodyWord(after.name.split(' ')[0] ?? '')) {
          name = after;
          body = text.slice(m.index, end + closed[0].length - 1).trim();
          scanned = normalizeCountry(closed[1] ?? '');
        }
      }
      if (re === VI_NAMED && name && lonePartOfBody(text, name)) continue;
      if (re === VI_NAMED && name && describesNamed(text, m.index) && !/^\s+\p{Ll}/u.test(text.slice(name.end, name.end + 3)))
        continue;
      if (!name || !m[1] || !free(m.index, name.end) || out.some(([o, e]) => m.index < e && name.end > o.index)) continue;
      const stated =
        (m[2] ? country(m[2]) : (place?.country ?? scanned)) ??
        (re === VI_NAMED ? (appositiveCountry(text, name.end) ?? sideBefore(text, m.index)) : null);
      // "người đồng cấp Nga Sergei Shoigu": the counterpart holds the subject's office, which the words do not name.
      const title = COUNTERPART.test(m[1]) ? null : (body ?? m[1].trim());
      // "Tiến sĩ Takeshi Kasai - Trưởng Đại diện WHO", "Thượng tướng A, Thứ trưởng …": a degree or a rank before the name, the office after it.
      const role =
        re === VI_NAMED && title !== null && STANDING_ONLY.test(title)
          ? (appositiveRole(text, name.end, (at) => describingTitleAt(text, at, titleAt)) ?? title)
          : title;
      // A rank or a monk's standing says whose side as well as the office after the name does.
      const home =
        stated === null && re === VI_NAMED
          ? (vietnameseHome(name.name, role) ?? (title !== null && title !== role ? vietnameseHome(name.name, title) : null))
          : null;
      out.push([
        {
          index: m.index,
          surface: text.slice(m.index, name.end).replace(/\s*[(（][^)）]*[)）]$/u, ''),
          name: name.name,
          ...(name.alias ? { alias: name.alias } : {}),
          role,
          country: stated ?? home,
          ...(home ? { countryFrom: HOME_WHY } : {}),
          kind: 'named',
          possessive: name.possessive,
          how,
        },
        name.end,
      ]);
    }
  }
  const teachers = TEACHER_GATE.test(text) ? [...execAll(VI_TEACHER, text)] : [];
  for (const m of [...execAll(VI_COURTESY, text), ...teachers]) {
    const read = readName(text, m.index + m[0].length);
    // "ông Takaki Chủ tịch Hội …": the office glued to the name is read as if after a comma.
    const glued = read ? gluedOffice(text, read, titleAt) : null;
    const [name, after] = [glued?.name ?? read, glued?.text ?? text];
    // "bà Bucken", "ngài Oh-Sae-Hyun", "ngài S. Tuliagamov": a foreigner in the guest's own spelling.
    const foreign = name !== null && foreignCourtesyName(m[0], name.name);
    if (!name || (!foreign && (name.name.split(' ').length < 2 || leadsWithBody(name.name)))) continue;
    if (!free(m.index, name.end) || out.some(([o, e]) => m.index < e && name.end > o.index)) continue;
    const stated = appositiveCountry(after, name.end) ?? sideBefore(text, m.index);
    const role = appositiveRole(after, name.end, (at) => describingTitleAt(after, at, titleAt));
    // "cô A (môn Toán)": a teacher named for the lesson she gave; with her office after the name she is one of the sides.
    if (role === null && teachers.includes(m)) continue;
    // "Đồng chí Nguyễn Văn Hùng": Vietnamese press calls its own Party's officials "comrade"; a
    // name written the Vietnamese way (three words or more) so called is Viet Nam's.
    const comrade =
      /^[Đđ](?:ồng chí|\/[Cc])$/u.test(m[0]) && VIETNAMESE_SURNAME.test(name.name) && name.name.split(' ').length >= 3;
    const home = stated === null ? (vietnameseHome(name.name, role) ?? (comrade ? 'Viet Nam' : null)) : null;
    const homeWhy = comrade && vietnameseHome(name.name, role) === null ? COMRADE_WHY : HOME_WHY;
    out.push(
      namedMention(text, m.index, name.end, {
        name: name.name,
        role,
        country: stated ?? home,
        ...(home ? { countryFrom: homeWhy } : {}),
        possessive: name.possessive,
        how: 'named with a courtesy title (Vietnamese)',
      }),
    );
  }
  return out;
}
