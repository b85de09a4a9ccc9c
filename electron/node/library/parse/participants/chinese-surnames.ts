// The common Chinese surnames, shared by the readings that tell a name from the words around it.

/**
 * The common Chinese surnames (simplified and traditional): a name read in this order starts with one, so a
 * word before an office ("全国", "国外", "欧盟外长", "參加") or a transliterated leader merely mentioned
 * ("普京總統", "奥巴马总统") is not read. Left out: surnames that are everyday words ("和", "时", "文", "安").
 */
export const SURNAME = new Set([
  ...'王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付白邹鄒孟熊秦邱江尹薛闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵钱錢严嚴覃武戴莫孔汤湯温溫康施牛樊葛邢齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂苗谷盛曲翁冉骆駱蓝藍游辛靳管柴蒙鲍鮑喻祁蒲房滕屈饶饒解牟艾尤阳陽穆卓吉缪繆车車项項连連麦麥褚娄婁窦竇戚岑景宫宮费費卜冷晏席卫衛米柏宗瞿桂佟臧闵閔苟邬鄔卞姬师師仇栾欒隋刁沙荣榮巫寇桑郎甄丛叢仲虞敖巩鞏佘池查麻苑迟遲邝鄺习習',
]);

/** Surnames of two characters ("欧阳瑜", "司马南"): a name that opens with one runs a character longer. */
export const COMPOUND_SURNAME =
  /^(?:欧阳|歐陽|司马|司馬|上官|诸葛|諸葛|东方|東方|皇甫|尉迟|尉遲|公孙|公孫|慕容|令狐|长孙|長孫|宇文|司徒|夏侯|端木|澹台|澹臺)/u;
