// Chinese is written in two character sets, and one page may use both: a headline in simplified
// characters, "刘碧伟总领事拜访俄亥俄州州长", over a body in traditional ones, "劉總領事夫婦在俄亥俄州州府拜會了…".
// A reader who checks that a name recurs must see 刘 and 劉, 总领事 and 總領事 as one. The table holds the
// common pairs of names and offices (simplified, then traditional); a traditional character that is also a
// word of its own in simplified writing ("於", "臺", "係", "遊", "後", "幹") is left out, so no two words merge.

const PAIRS =
  '霭靄爱愛瑷璦奥奧办辦宝寶报報鲍鮑毕畢宾賓滨濱槟檳财財参參灿燦婵嬋产產厂廠车車彻徹陈陳诚誠驰馳迟遲处處传傳纯純聪聰丛叢达達单單当當' +
  '党黨导導岛島邓鄧谛諦调調东東栋棟窦竇对對顿頓尔爾访訪飞飛费費风風枫楓锋鋒冯馮凤鳳复復刚剛钢鋼宫宮龚龔巩鞏顾顧关關观觀馆館广廣归歸' +
  '贵貴国國韩韓汉漢贺賀鹤鶴横橫红紅鸿鴻沪滬华華画畫欢歡环環焕煥黄黃辉輝会會级級计計记記纪紀际際济濟继繼骥驥贾賈坚堅间間监監检檢见見' +
  '剑劍蒋蔣节節杰傑洁潔锦錦劲勁进進晋晉经經静靜驹駒军軍钧鈞骏駿开開凯凱库庫宽寬邝鄺鲲鯤阔闊来來莱萊赖賴兰蘭岚嵐蓝藍澜瀾乐樂礼禮丽麗' +
  '连連莲蓮联聯辽遼临臨铃鈴领領刘劉龙龍娄婁卢盧鲁魯陆陸吕呂栾欒伦倫轮輪论論罗羅络絡骆駱马馬玛瑪麦麥贸貿门門梦夢闵閔鸣鳴铭銘缪繆纳納' +
  '内內聂聶宁寧纽紐欧歐庞龐鹏鵬飘飄频頻齐齊启啓谦謙骞騫钱錢强強乔喬侨僑桥橋钦欽庆慶琼瓊区區饶饒荣榮锐銳萨薩赛賽厦廈绍紹审審胜勝师師' +
  '诗詩时時实實视視书書输輸树樹双雙顺順颂頌苏蘇随隨孙孫谈談谭譚汤湯涛濤韬韜腾騰铁鐵厅廳听聽统統团團万萬韦韋维維伟偉卫衛温溫闻聞问問' +
  '乌烏邬鄔吴吳务務锡錫习習贤賢娴嫺衔銜显顯险險县縣宪憲献獻乡鄉项項萧蕭晓曉协協谢謝兴興许許轩軒选選学學讯訊亚亞娅婭闫閆严嚴阎閻颜顏' +
  '艳豔阳陽杨楊遥遙瑶瑤业業叶葉晔曄义義艺藝议議谊誼银銀应應莺鶯鹰鷹莹瑩滢瀅颖穎咏詠优優与與语語员員园園远遠约約岳嶽悦悅赟贇运運韵韻' +
  '赞贊赞讚泽澤斋齋张張长長钊釗赵趙贞貞镇鎮郑鄭执執职職终終钟鍾众衆诸諸驻駐专專庄莊壮壯兹茲资資总總邹鄒组組启啟众眾艳艷钟鐘';

const TO_SIMPLIFIED = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) TO_SIMPLIFIED.set(PAIRS[i + 1] ?? '', PAIRS[i] ?? '');

/** The text with every traditional character of the table written simplified; one character for one, so positions hold. */
export function simplifiedChinese(text: string): string {
  let out = '';
  for (const c of text) out += TO_SIMPLIFIED.get(c) ?? c;
  return out;
}
