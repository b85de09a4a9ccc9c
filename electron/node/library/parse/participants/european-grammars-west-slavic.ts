// The title grammars of Polish, Czech, Slovak, Croatian and Serbian (Latin script): a title in the
// nominative before the name, as a lead sentence writes its subject ("minister spraw zagranicznych
// Zbigniew Rau", "Wojewoda podkarpacki Ewa Leniart", "hejtman Olomouckého kraje Jiří Rozbořil",
// "Minister zahraničných vecí SR Miroslav Lajčák", "ministar spoljnih poslova Ivica Dačić",
// "Predsjednik Vlade Andrej Plenković"). Only nominative heads: after "ministrem", "ministra",
// "ministrom" the name is declined too ("z ministrem Radosławem Sikorskim"), which these tables do not
// undo. A portfolio is part of the head; a region's adjective or genitive follows it. Data only, as in
// european-grammars.ts, behind a gate of the languages' own letters.

import { WEST_SLAVIC_MEETING } from '../dates/words-west-slavic.ts';
import type { Grammar } from './european-grammar.ts';

/** A paragraph in one of these languages, by letters none of the other languages read here write, or by its verb of meeting ("sastao se"). */
const WEST_SLAVIC_TEXT = new RegExp(`[łśźżńřěůčšžćđľ]|${WEST_SLAVIC_MEETING}`, 'iu');
/** A region's adjective after the office: "wojewoda podkarpacki", "marszałek śląski". */
const REGION_PL = '\\p{Ll}+(?:ski|cki|ska|cka)';
/** A region in the genitive after the office: "hejtman Olomouckého kraje", "hejtman Jihomoravského kraje". */
const REGION_CS = '\\p{Lu}\\p{Ll}+(?:ého|ho) kraje';
/**
 * A country in the genitive after the office, part of the title and never the name's first word:
 * "minister spraw zagranicznych Rosji Siergiej Ławrow", "ministar spoljnih poslova Republike Srbije".
 */
/**
 * A town in the genitive after a mayor, one capitalised word before a name of two: "starosta Třebíče
 * Pavel Malý", "primátor Brna Jan Novák" (the name's first word then ends the title, never starts the name).
 */
const TOWN_CS = '\\p{Lu}\\p{Ll}+[aeiyu](?= \\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+(?![\\p{L}\\-]))';
/** A name of two words next, not a body's adjective or genitive ("Krajského", "Univerzity", "Masarykovy"). */
const BEFORE_NAME_CS =
  '(?= \\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+(?![\\p{L}\\-]))(?! \\p{Lu}\\p{Ll}*(?:ého|ské|ský|ých|ní|y)(?![\\p{L}]))';
const COUNTRY_PL =
  'Rzeczypospolitej Polskiej|Federacji Rosyjskiej|Stanów Zjednoczonych|Wielkiej Brytanii|Korei Południowej|Polski|RP|Rosji|Ukrainy|Niemiec|RFN|Francji|USA|Czech|Słowacji|Litwy|Łotwy|Estonii|Węgier|Chin|Japonii|Izraela|Turcji|Włoch|Hiszpanii|Białorusi|Kanady|Indii|Armenii|Azerbejdżanu';
const COUNTRY_CS =
  'České republiky|Slovenské republiky|Spojených států|ČR|SR|Česka|Slovenska|Polska|Ruska|Ukrajiny|Německa|Rakouska|Francie|USA|Británie|Číny|Japonska|Maďarska';
const COUNTRY_SK =
  'Slovenskej republiky|Českej republiky|Spojených štátov|SR|ČR|Slovenska|Česka|Poľska|Ruska|Ukrajiny|Nemecka|Rakúska|Francúzska|USA|Maďarska|Číny';
const COUNTRY_SH =
  'Republike Hrvatske|Republike Srbije|Republike Slovenije|Crne Gore|RH|BiH|SAD-a|SAD|Hrvatske|Srbije|Slovenije|Njemačke|Nemačke|Rusije|Ukrajine|Mađarske|Italije|Austrije|Kine';

export const WEST_SLAVIC_GRAMMARS: Grammar[] = [
  {
    language: 'pl',
    heads: [
      'minister spraw zagranicznych',
      'minister obrony narodowej',
      'wiceminister spraw zagranicznych',
      'wiceminister',
      'minister',
      'wicepremier',
      'premier',
      // A city's head, before the head of state's bare title: "prezydent miasta A B".
      'prezydent miasta',
      'wiceprezydent',
      'prezydent',
      'ambasador',
      'konsul generalny',
      'konsul honorowy',
      'wicewojewoda',
      'wojewoda',
      'wicemarszałek',
      'marszałek',
      'burmistrz',
      // A commune's and a county's heads and their deputies: "wójt gminy", "starosta powiatu", "zastępca wójta".
      // "Starosta" alone and "rektor" are Czech words too: the Czech table reads them, with a Czech town after them.
      'zastępca (?:wójta|burmistrza|prezydenta(?: miasta)?|starosty)',
      'wicewójt',
      'wiceburmistrz',
      'wójt(?: gminy)?',
      'wicestarosta',
      'starosta powiatu',
      'sekretarz stanu',
      'sekretarz generalny',
      'szef dyplomacji',
      'szef MSZ',
    ],
    after: [REGION_PL, COUNTRY_PL],
    of: ['(?!)'],
    gate: WEST_SLAVIC_TEXT,
  },
  {
    language: 'cs',
    heads: [
      'ministr zahraničí',
      'ministr(?:yně)?',
      'místopředseda vlády',
      'předseda vlády',
      'premiér(?:ka)?',
      'prezident(?:ka)?',
      'velvyslan(?:ec|kyně)',
      'generální konzul',
      // A deputy is named by whose deputy: "náměstek hejtmana", "zástupce primátora", "místostarosta".
      '(?:náměst(?:ek|kyně)|zástup(?:ce|kyně)) (?:hejtman(?:a|ky)|primátor(?:a|ky)|starost(?:y|ky))',
      'hejtman(?:ka)?',
      'primátor(?:ka)?',
      'místostarost(?:a|ka)',
      'starost(?:a|ka)',
      // A university's heads and an office's chief, only before a name of two words: "rektorka Hana Dvořáková"; not
      // before the body they head ("ředitel Krajského úřadu …", "rektor Univerzity Karlovy …").
      ...['prorektor(?:ka)?', 'rektor(?:ka)?', 'děkan(?:ka)?', 'ředitel(?:ka)?', 'tajemní(?:k|ce)'].map(
        (h) => h + BEFORE_NAME_CS,
      ),
      'šéf diplomacie',
    ],
    // "starosta města Jan Novák": the town, unnamed, after a mayor.
    after: [REGION_CS, COUNTRY_CS, 'města|obce|městyse', TOWN_CS],
    of: ['(?!)'],
    gate: WEST_SLAVIC_TEXT,
  },
  {
    language: 'sk',
    heads: [
      'minister zahraničných vecí a európskych záležitostí',
      'minister zahraničných vecí',
      'minister(?:ka)?',
      'podpredseda vlády',
      'predseda vlády',
      'premiér(?:ka)?',
      'prezident(?:ka)?',
      'veľvyslan(?:ec|kyňa)',
      'generálny konzul',
      'primátor(?:ka)?',
      'šéf diplomacie',
    ],
    after: [COUNTRY_SK],
    of: ['(?!)'],
    gate: WEST_SLAVIC_TEXT,
  },
  {
    language: 'hr',
    heads: [
      'ministar vanjskih i europskih poslova',
      'ministar vanjskih poslova',
      'ministar(?:ica)?',
      'potpredsjednik Vlade',
      'predsjednik Vlade',
      'predsjedni(?:k|ca)',
      'premijer(?:ka)?',
      'veleposlani(?:k|ca)',
      'gradonačelni(?:k|ca)',
      'župan(?:ica)?',
    ],
    after: [COUNTRY_SH],
    of: ['(?!)'],
    gate: WEST_SLAVIC_TEXT,
  },
  {
    language: 'sr',
    heads: [
      'prvi potpredsednik Vlade i ministar spoljnih poslova',
      'ministar spoljnih poslova',
      'ministar(?:ka)?',
      'potpredsednik Vlade',
      'predsednik Vlade',
      'predsedni(?:k|ca)',
      'premijer(?:ka)?',
      'ambasador(?:ka)?',
      'gradonačelni(?:k|ca)',
    ],
    after: [COUNTRY_SH],
    of: ['(?!)'],
    gate: WEST_SLAVIC_TEXT,
  },
];
