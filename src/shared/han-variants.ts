// Traditional Chinese characters and their simplified forms, for search only: "中华电信" finds "中華電信",
// and "中國移動" finds "中国移动". Not a converter: the characters of the carrier catalog's names and a
// few more that carriers' and plans' names often use, each mapped to its one simplified form.
const PAIRS =
  '儲储預预華华電电灣湾臺台國国動动號号聯联機机門门訊讯網网話话費费遠远傳传亞亚東东廣广島岛' +
  '線线寬宽頻频務务數数據据碼码營营運运長长開开關关餘余額额時时間间業业貝贝寶宝區区' +
  '風风雲云無无愛爱樂乐來来個个們们與与為为實实點点發发對对選选擇择';

/** Each traditional character's simplified form. */
export const SIMPLIFIED_OF: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const chars = [...PAIRS];
  for (let index = 0; index + 1 < chars.length; index += 2) map.set(chars[index]!, chars[index + 1]!);
  return map;
})();
