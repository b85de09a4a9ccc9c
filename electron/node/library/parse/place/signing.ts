// Signing an agreement is a meeting: the two sides sit at one table, and the record says where
// ("27일 청사 중회의실에서 … 업무협약을 체결했다", "signed a memorandum at the State Capitol in …",
// "firmaron un convenio en …", "ký kết biên bản ghi nhớ tại …"). The sentences that report one are
// read for the place like those of talks or a visit.

/** A sentence reporting that an agreement, memorandum or MoU was signed, in the corpus's languages. */
export const SIGNING = new RegExp(
  [
    // Korean: "업무협약을 체결했다", "협약식", "양해각서(MOU)를 체결".
    '협약(?:을|서를)?\\s*체결|협약식|양해각서|MOU를?\\s*체결',
    // Japanese: "協定を締結", "覚書に調印".
    '協定を?締結|覚書|調印',
    // Vietnamese: "ký kết".
    'ký kết',
    // Indonesian and Malay: "penandatanganan", "menandatangani nota kesepahaman".
    'penandatanganan|menandatangani|memeterai',
    // English: "signed an agreement", "signed a Memorandum of Understanding", "signed the MoU".
    '\\bsigned (?:an? |the )?(?:\\p{L}+ )?(?:agreement|memorandum|MoU|MOU|accord|pact)',
    // Spanish, Portuguese: "firmaron un convenio", "assinaram um acordo".
    '\\b(?:firm|assin)(?:aron|ó|ou|aram|an|am)\\s+(?:un|el|una|la|um|o|uma|a)?\\s*(?:convenio|acuerdo|memorando|acordo|protocolo|carta)',
    // German, French: "unterzeichneten eine Vereinbarung", "ont signé un accord".
    'unterzeichnet\\p{L}*|signé (?:un|une|le|la) (?:accord|convention|mémorandum|protocole)',
  ].join('|'),
  'iu',
);
