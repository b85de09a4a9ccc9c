// Indonesian and Malay papers, like the Korean and Vietnamese ones (home.ts), leave their own
// officials' country unsaid and give it for foreigners: "Presiden Joko Widodo", "Menlu Retno Marsudi",
// but "Presiden Tiongkok Xi Jinping". So an office with no country, the bare office of the state
// ("Presiden", "Menteri Luar Negeri") or one only Indonesia's regions, police and councils have
// ("Bupati", "DPRD", "Kapolres", "Sekda"), held in an Indonesian text, is Indonesia's; Malay's own
// cabinet and its states' ("Perdana Menteri", "Menteri Pertahanan", "Ketua Menteri"), held in a Malay text, Malaysia's. A governor or
// a mayor ("Wali Kota Nanjing") may be anyone's: Indonesian writes foreign cities' the same way.

import { malayOrIndonesian } from '../language-malay.ts';
import { HOME_WHY } from './home.ts';
import type { Person } from './types.ts';

/** The state's offices, written bare: the home government's. */
const INDONESIAN_STATE =
  /^(?:Wakil )?(?:Presiden|Wapres|Menteri Luar Negeri|Menlu|Sekretaris Kabinet|Seskab|Menteri Sekretaris Negara|Mensesneg)$/u;
/** Offices no other country's government has, wherever they stand in the role. */
const INDONESIAN_ONLY_OFFICE =
  /(?<![\p{L}])(?:Bupati|Wabup|DPRD|Kapolres\p{L}*|Wakapolres\p{L}*|Kapolda|Wakapolda|Kapolsek|Polres\p{L}*|Polda|Sekda|Setda\p{L}*|Kadis|Kaban|Kabag|Sekretaris Daerah|Pemkab|Pemkot|Pemko|Pemprov|PKK|Camat|Dandim|Danrem|Pangdam|Kodim|Korem)(?![\p{L}])/u;
/** Malaysia's cabinet, written bare in a Malay text. */
const MALAY_STATE =
  /^(?:Timbalan )?(?:Perdana Menteri|Ketua Menteri|Menteri Besar|Setiausaha Kerajaan Negeri|Menteri(?: (?:Luar|Dalam Negeri|Pertahanan|Kewangan|Perdagangan Antarabangsa dan Industri|Pendidikan|Kesihatan))?)$/u;
/** Function words of Malay and Indonesian alike: three or more, the text is in one of them. */
const MALAY_INDONESIAN_WORD =
  /(?<![\p{L}])(?:yang|dengan|dan|untuk|dalam|telah|ini|itu|pada|oleh|tersebut|kedua-dua)(?![\p{L}])/gu;

export function homeOfMalayIndonesian(people: Person[], text: string): void {
  if (!people.some((p) => p.country === null && p.role)) return;
  if ((text.match(MALAY_INDONESIAN_WORD)?.length ?? 0) < 3) return;
  const language = malayOrIndonesian(text, 'id');
  for (const p of people) {
    if (p.country !== null || p.name === null || !p.role) continue;
    const role = p.role.trim();
    const home =
      language === 'id'
        ? INDONESIAN_STATE.test(role) || INDONESIAN_ONLY_OFFICE.test(role)
          ? 'Indonesia'
          : null
        : MALAY_STATE.test(role)
          ? 'Malaysia'
          : null;
    if (!home) continue;
    p.country = home;
    p.countryFrom = HOME_WHY;
  }
}
