// Malay and Indonesian (asia28): one language in two spellings and vocabularies, so their shared
// function words ("yang", "dan", "di") cannot tell them apart. Each keeps words of its own: Malay
// "bahawa", "kerana", "selepas", "kenyataan" (statement), "mesyuarat" (meeting), "lawatan" (visit),
// "antarabangsa", "dijadual", "kerajaan", its day and month names (Isnin, Khamis, Jumaat; Mac,
// Julai, Ogos, Disember); Indonesian "bahwa", "karena", "setelah", "pernyataan", "pemerintah",
// "kemarin", "dijadwalkan", "internasional", its own (Senin, Kamis, Jumat; Maret, Juli, Agustus, Desember).
// The words common to both ("beliau", "turut", "kunjungan") decide nothing.

import { wordsOf } from './patterns.ts';

const MALAY_ONLY = new Set(
  'bahawa kerana ialah iaitu selepas kenyataan mesyuarat lawatan antarabangsa dijadual sempena kerajaan berkenaan akhbar pejabat jabatan majlis baginda berkenan semasa sahaja menerusi isnin khamis jumaat mac julai ogos disember'.split(
    ' ',
  ),
);
const INDONESIAN_ONLY = new Set(
  'bahwa karena adalah setelah pernyataan pemerintah kemarin dijadwalkan internasional menlu bisa saat sedangkan namun melalui tersebut senin kamis jumat maret juli agustus desember'.split(
    ' ',
  ),
);

/** 'ms' or 'id' for a text the function words found to be one of the two: whose own words it uses more (two at least); else `guess`. */
export function malayOrIndonesian(text: string, guess: 'ms' | 'id'): 'ms' | 'id' {
  let malay = 0;
  let indonesian = 0;
  for (const w of wordsOf(text.toLowerCase())) {
    if (MALAY_ONLY.has(w)) malay++;
    else if (INDONESIAN_ONLY.has(w)) indonesian++;
  }
  if (malay >= 2 && malay > indonesian) return 'ms';
  if (indonesian >= 2 && indonesian > malay) return 'id';
  return guess;
}
