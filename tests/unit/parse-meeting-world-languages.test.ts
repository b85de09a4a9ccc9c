// A desk officer imports a record of ministers meeting, an envoy received, a visit paid or talks held, told in
// Estonian, Lithuanian, Latvian, Albanian, Icelandic, Swahili, Azerbaijani, Mongolian, Kazakh, Georgian, Tamil, Lao,
// Tagalog, Bulgarian, Armenian, Khmer, Burmese, Sinhala, Amharic, Belarusian, Macedonian, Basque or an Indian language
// other than Hindi and Bengali: each reports a meeting, so its date and people are read. The same record's announcement of a
// visit next week, a meeting still to come, a speech or a statement reports none.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { reportsMeeting } from '../../electron/node/library/parse/participants/meeting.ts';

/** Per language: sentences that report a meeting held, then sentences that report none. */
const table: Record<string, { meeting: string[]; none: string[] }> = {
  Estonian: {
    meeting: [
      'Välisminister Kalle Saar kohtus eile Läti kolleegiga Tallinnas.',
      'Peaminister võttis teisipäeval vastu Jaapani suursaadiku.',
      'Kohtumisel arutati kahe riigi koostööd energeetikas.',
      'Ministrid pidasid läbirääkimisi kaubanduse üle.',
    ],
    none: [
      'Peaminister külastab järgmisel nädalal Soomet.',
      'Minister kohtub homme Läti kolleegiga.',
      'Välisminister pidas kõne parlamendis.',
    ],
  },
  Lithuanian: {
    meeting: [
      'Užsienio reikalų ministras vakar susitiko su Latvijos kolega Vilniuje.',
      'Prezidentas priėmė Japonijos ambasadorių prezidentūroje.',
      'Susitikimo metu aptartas dvišalis bendradarbiavimas.',
      'Ministras lankėsi Varšuvoje ir kalbėjosi su kolega.',
    ],
    none: ['Ministras kitą savaitę lankysis Lenkijoje.', 'Premjerė susitiks su kolega rytoj.', 'Seimas priėmė įstatymą.'],
  },
  Latvian: {
    meeting: [
      'Ārlietu ministrs vakar tikās ar Lietuvas kolēģi Rīgā.',
      'Valsts prezidents pieņēma Japānas vēstnieku Rīgas pilī.',
      'Tikšanās laikā puses pārrunāja sadarbību.',
      'Ministrs apmeklēja Tallinu un tikās ar kolēģi.',
    ],
    none: ['Ministrs nākamnedēļ apmeklēs Igauniju.', 'Premjers rīt tiksies ar kolēģi.', 'Saeima pieņēma budžetu.'],
  },
  Albanian: {
    meeting: [
      'Ministri i Jashtëm u takua dje me homologun e tij grek në Tiranë.',
      'Kryeministri priti ambasadorin e Japonisë në zyrën e tij.',
      'Gjatë takimit u diskutua për bashkëpunimin ekonomik.',
      'Presidenti zhvilloi një bisedë telefonike me homologun italian.',
    ],
    none: ['Ministri do të takohet javën e ardhshme me homologun grek.', 'Kryeministri mbajti një fjalim në parlament.'],
  },
  Icelandic: {
    meeting: [
      'Utanríkisráðherra hitti í gær starfsbróður sinn frá Noregi.',
      'Forsætisráðherra tók á móti sendiherra Japans í ráðuneytinu.',
      'Ráðherrarnir áttu fund í Reykjavík og ræddu samstarf.',
      'Forsetinn heimsótti Færeyjar í síðustu viku.',
    ],
    none: ['Ráðherra mun hitta starfsbróður sinn í næstu viku.', 'Forsætisráðherra flutti ræðu á Alþingi.'],
  },
  Swahili: {
    meeting: [
      'Waziri wa Mambo ya Nje alikutana na Balozi wa Japani jana jijini Dodoma.',
      'Rais alimpokea Waziri Mkuu wa Kenya Ikulu.',
      'Katika mkutano huo, viongozi hao walijadili ushirikiano.',
      'Waziri alifanya ziara ya kikazi nchini Uganda.',
    ],
    none: ['Waziri atakutana na Balozi wa Japani wiki ijayo.', 'Rais alitoa hotuba kwa taifa.'],
  },
  Azerbaijani: {
    meeting: [
      'Xarici işlər naziri dünən Gürcüstanlı həmkarı ilə görüşdü.',
      'Prezident Yaponiyanın səfirini qəbul etdi.',
      'Görüşdə iki ölkə arasında əməkdaşlıq müzakirə olunub.',
      'Nazirlər arasında danışıqlar keçirilib.',
    ],
    none: ['Nazir gələn həftə Gürcüstanlı həmkarı ilə görüşəcək.', 'Prezident parlamentdə çıxış etdi.'],
  },
  Mongolian: {
    meeting: [
      'Гадаад харилцааны сайд өчигдөр Японы Элчин сайдыг хүлээн авч уулзав.',
      'Уулзалтын үеэр хоёр улсын хамтын ажиллагааны талаар ярилцав.',
      'Ерөнхий сайд Казахстанд албан ёсны айлчлал хийв.',
      'Сайд нар утсаар ярилцлаа.',
    ],
    none: ['Ерөнхий сайд ирэх долоо хоногт Японд айлчилна.', 'Ерөнхийлөгч УИХ-д илтгэл тавив.'],
  },
  Kazakh: {
    meeting: [
      'Сыртқы істер министрі кеше Жапония елшісімен кездесті.',
      'Президент Жапония елшісін қабылдады.',
      'Кездесу барысында екі ел арасындағы ынтымақтастық талқыланды.',
      'Министрлер арасында келіссөздер өтті.',
    ],
    none: ['Министр ертең Жапония елшісімен кездеседі.', 'Президент Парламентте сөз сөйледі.'],
  },
  Georgian: {
    meeting: [
      'საგარეო საქმეთა მინისტრი გუშინ იაპონიის ელჩს შეხვდა.',
      'შეხვედრაზე ორი ქვეყნის თანამშრომლობა განიხილეს.',
      'პრემიერ-მინისტრი ოფიციალური ვიზიტით ბაქოში იმყოფებოდა.',
      'მინისტრი კოლეგას ესაუბრა.',
    ],
    none: ['მინისტრი მომავალ კვირას იაპონიის ელჩს შეხვდება.', 'პრეზიდენტმა პარლამენტში სიტყვით გამოსვლა გააკეთა.'],
  },
  Tamil: {
    meeting: [
      'வெளியுறவு அமைச்சர் நேற்று ஜப்பான் தூதரை சந்தித்தார்.',
      'இந்த சந்திப்பில் இருதரப்பு உறவுகள் குறித்து பேசப்பட்டது.',
      'முதலமைச்சர் இலங்கை அமைச்சருடன் பேச்சுவார்த்தை நடத்தினார்.',
      'அமைச்சர் ஜப்பான் தூதரை வரவேற்றார்.',
    ],
    none: ['அமைச்சர் அடுத்த வாரம் ஜப்பான் தூதரை சந்திக்கவுள்ளார்.', 'முதலமைச்சர் சட்டமன்றத்தில் உரையாற்றினார்.'],
  },
  Lao: {
    meeting: [
      'ລັດຖະມົນຕີວ່າການກະຊວງການຕ່າງປະເທດ ໄດ້ພົບປະກັບເອກອັກຄະລັດຖະທູດຍີ່ປຸ່ນ.',
      'ນາຍົກລັດຖະມົນຕີ ໄດ້ຕ້ອນຮັບການເຂົ້າຢ້ຽມຄຳນັບຂອງເອກອັກຄະລັດຖະທູດ.',
      'ສອງຝ່າຍໄດ້ປຶກສາຫາລືກ່ຽວກັບການຮ່ວມມື.',
      'ລັດຖະມົນຕີ ໄດ້ເຈລະຈາກັບຄູ່ຮ່ວມຕຳແໜ່ງ.',
    ],
    none: ['ລັດຖະມົນຕີ ຈະພົບປະກັບເອກອັກຄະລັດຖະທູດໃນອາທິດໜ້າ.', 'ນາຍົກລັດຖະມົນຕີ ໄດ້ກ່າວຄຳປາໄສຕໍ່ສະພາ.'],
  },
  Tagalog: {
    meeting: [
      'Nakipagpulong kahapon si Kalihim Cruz sa Embahador ng Hapon.',
      'Binisita ng Pangulo ang lalawigan at nakipagkita sa mga opisyal.',
      'Nag-usap sa telepono ang dalawang pinuno noong Lunes.',
      'Tinanggap ng Alkalde ang delegasyon mula sa Korea.',
    ],
    none: ['Nakatakdang bumisita ang Pangulo sa Hapon sa susunod na linggo.', 'Nagbigay ng talumpati ang Pangulo sa Kongreso.'],
  },
  Bulgarian: {
    meeting: [
      'Министърът се срещна вчера с посланика на Япония.',
      'Премиерът разговаря днес с германския канцлер.',
      'Президентът посети Атина и се срещна с гръцкия си колега.',
      'Министрите проведоха среща в София.',
    ],
    none: [
      'Президентът произнесе реч в парламента.',
      'Парламентът прие закона за бюджета.',
      'Министърът ще посети Германия следващата седмица.',
      'Премиерът ще разговаря с канцлера утре.',
    ],
  },
  Armenian: {
    meeting: [
      'Արտաքին գործերի նախարարը երեկ հանդիպեց Ճապոնիայի դեսպանին։',
      'Հանդիպման ընթացքում քննարկվեցին համագործակցության հարցեր։',
    ],
    none: ['Նախարարը վաղը կհանդիպի Ճապոնիայի դեսպանին։'],
  },
  Khmer: {
    meeting: ['រដ្ឋមន្ត្រីការបរទេស បានជួបពិភាក្សាជាមួយឯកអគ្គរាជទូតជប៉ុន។'],
    none: ['រដ្ឋមន្ត្រីនឹងជួបពិភាក្សាជាមួយឯកអគ្គរាជទូតជប៉ុននៅសប្តាហ៍ក្រោយ។'],
  },
  Burmese: {
    meeting: ['နိုင်ငံခြားရေးဝန်ကြီး သည် ဂျပန်သံအမတ်ကြီးနှင့် တွေ့ဆုံဆွေးနွေးခဲ့သည်။'],
    none: ['ဝန်ကြီးသည် နောက်အပတ်တွင် ဂျပန်သံအမတ်ကြီးနှင့် တွေ့ဆုံမည်ဖြစ်သည်။'],
  },
  Sinhala: {
    meeting: ['විදේශ අමාත්‍යවරයා ජපාන තානාපතිවරයා හමුවිය.'],
    none: ['අමාත්‍යවරයා හෙට ජපාන තානාපතිවරයා හමුවීමට නියමිතය.'],
  },
  'Amharic, Belarusian, Macedonian and Basque': {
    meeting: [
      'የውጭ ጉዳይ ሚኒስትሩ ከጃፓን አምባሳደር ጋር ተወያዩ።',
      'Міністр замежных спраў сустрэўся з амбасадарам Японіі.',
      'Министерот се сретна со амбасадорот на Јапонија.',
      'Atzo bildu zen lehendakaria Japoniako enbaxadorearekin.',
    ],
    none: [
      'Міністр заўтра сустрэнецца з амбасадарам.',
      'Министерот ќе се сретне со амбасадорот.',
      'Ang mga bisita ay dumating sa paliparan.',
    ],
  },
  'Marathi, Telugu, Kannada, Gujarati, Punjabi and Odia': {
    meeting: [
      'मुख्यमंत्र्यांनी जपानच्या राजदूतांची भेट घेतली.',
      'ముఖ్యమంత్రి జపాన్ రాయబారితో సమావేశమయ్యారు.',
      'ಮುಖ್ಯಮಂತ್ರಿ ಜಪಾನ್ ರಾಯಭಾರಿಯನ್ನು ಭೇಟಿಯಾದರು.',
      'મુખ્યમંત્રીએ જાપાનના રાજદૂત સાથે મુલાકાત કરી.',
      'ਮੁੱਖ ਮੰਤਰੀ ਨੇ ਜਾਪਾਨ ਦੇ ਰਾਜਦੂਤ ਨਾਲ ਮੁਲਾਕਾਤ ਕੀਤੀ।',
      'ମୁଖ୍ୟମନ୍ତ୍ରୀ ଜାପାନ ରାଷ୍ଟ୍ରଦୂତଙ୍କ ସହ ସାକ୍ଷାତ କରିଥିଲେ।',
    ],
    none: ['ಮುಖ್ಯಮಂತ್ರಿ ನಾಳೆ ಜಪಾನ್‌ಗೆ ಭೇಟಿ ನೀಡಲಿದ್ದಾರೆ.', 'મુખ્યમંત્રી આવતા અઠવાડિયે જાપાનની મુલાકાત લેશે.'],
  },
};

describe('a record of a meeting told in a language the older word lists lacked', () => {
  for (const [language, { meeting, none }] of Object.entries(table)) {
    test(`a ${language} report of ministers meeting is read as a meeting`, () => {
      for (const s of meeting) assert.equal(reportsMeeting([s]), true, s);
    });
    test(`a ${language} announcement of a visit ahead, a speech or a law adopted is not`, () => {
      for (const s of none) assert.equal(reportsMeeting([s]), false, s);
    });
  }
});
