import { swapsNeighbours, withinOneEdit } from '../search/typos.js';

/**
 * The provinces and cities of the region, with their English names: a question naming one asks about
 * that place, not the region as a whole. Names, not facts: a gazetteer the data need not repeat.
 */
export const PLACES: readonly (readonly [string, string])[] = [
  ['上海', 'shanghai'],
  ['江苏', 'jiangsu'],
  ['浙江', 'zhejiang'],
  ['安徽', 'anhui'],
  ['南京', 'nanjing'],
  ['无锡', 'wuxi'],
  ['徐州', 'xuzhou'],
  ['常州', 'changzhou'],
  ['苏州', 'suzhou'],
  ['南通', 'nantong'],
  ['连云港', 'lianyungang'],
  ['淮安', "huai'an"],
  ['盐城', 'yancheng'],
  ['扬州', 'yangzhou'],
  ['镇江', 'zhenjiang'],
  ['泰州', 'taizhou'],
  ['宿迁', 'suqian'],
  ['杭州', 'hangzhou'],
  ['宁波', 'ningbo'],
  ['温州', 'wenzhou'],
  ['嘉兴', 'jiaxing'],
  ['湖州', 'huzhou'],
  ['绍兴', 'shaoxing'],
  ['金华', 'jinhua'],
  ['衢州', 'quzhou'],
  ['舟山', 'zhoushan'],
  ['台州', ''],
  ['丽水', 'lishui'],
  ['合肥', 'hefei'],
  ['淮北', 'huaibei'],
  ['亳州', 'bozhou'],
  ['宿州', ''],
  ['蚌埠', 'bengbu'],
  ['阜阳', 'fuyang'],
  ['淮南', 'huainan'],
  ['滁州', 'chuzhou'],
  ['六安', "lu'an"],
  ['马鞍山', "ma'anshan"],
  ['芜湖', 'wuhu'],
  ['宣城', 'xuancheng'],
  ['铜陵', 'tongling'],
  ['池州', 'chizhou'],
  ['安庆', 'anqing'],
  ['黄山', 'huangshan'],
  // County-level cities users ask about by name.
  ['昆山', 'kunshan'],
  ['江阴', 'jiangyin'],
  ['张家港', 'zhangjiagang'],
  ['常熟', 'changshu'],
  ['太仓', 'taicang'],
  ['宜兴', 'yixing'],
  ['义乌', 'yiwu'],
  ['海宁', 'haining'],
  ['桐乡', 'tongxiang'],
  ['慈溪', 'cixi'],
  ['余姚', 'yuyao'],
  ['诸暨', 'zhuji'],
  ['乐清', 'yueqing'],
  ['瑞安', 'ruian'],
];

/** Shanghai and the three provinces: the first four places. */
const PROVINCE_PLACES = PLACES.slice(0, 4);
export const PROVINCES: readonly string[] = PROVINCE_PLACES.map(([zh]) => zh);

// Compiled once: every question is checked against every place.
const MATCHERS = PLACES.map(
  ([zh, en]) => [zh, en.length > 0 ? new RegExp(`\\b${en}\\b`) : undefined] as const,
);

/** Whether a (folded) text names a place (in Chinese) by its English name ("wenzhou"). */
export function namesPlaceInEnglish(text: string, zh: string): boolean {
  return MATCHERS.find(([name]) => name === zh)?.[1]?.test(text) === true;
}

// A figure in digits or a rank in words (第五): what a place was given, as opposed to 第几.
const GIVEN_FIGURE = String.raw`(?:\d|第[一二三四五六七八九十]+)`;

// Words in which a place name is part of another name, not a place asked about.
const NOT_A_PLACE =
  /上海市人民政府|上海合作|上海发布|浙江日报|安徽日报|江苏网|大黄山|合肥综合性|张江|\b(?:greater huangshan|dahuangshan)\b/g;

/** A text without the names that hold a place's name (大黄山, 张江, 上海发布). */
export function withoutPlaceLikeNames(text: string): string {
  return text.replace(NOT_A_PLACE, ' ');
}

// Misspelt places users type (安微 for 安徽), as the glossary reads them too.
const MISSPELT: readonly (readonly [RegExp, string])[] = [[/安微/g, '安徽']];

/**
 * The one place (in Chinese) a folded question names, if it names exactly one; several places
 * ("苏州—上海", "沪苏浙皖") are a relation or the region, not one place.
 */
export function placeNamed(folded: string): string | undefined {
  const text = MISSPELT.reduce((t, [typo, place]) => t.replace(typo, place), withoutPlaceLikeNames(folded));
  const named = new Set<string>();
  for (const [zh, pattern] of MATCHERS) {
    // 宿州 and 台州 share their English names with 苏州 and 泰州, the ones users mean more often.
    if (text.includes(zh) || pattern?.test(text) === true) named.add(zh);
  }
  // "anhiu", "zhejaing": a province misspelt by one letter (no other place's name is that close to one).
  if (named.size === 0)
    for (const word of text.match(/[a-z]{5,}/g) ?? [])
      for (const [zh, en] of PROVINCE_PLACES)
        if (withinOneEdit(word, en) || swapsNeighbours(word, en)) named.add(zh);
  if (named.size >= 2) {
    // "浙江牵头79项，那安徽呢", "上海-苏州排第五、南京排第九，那杭州": a place given a figure is not the one asked.
    const asked = [...named].filter(
      (zh) =>
        ![zh, PLACES.find(([name]) => name === zh)?.[1] ?? '']
          .filter((name) => name !== '')
          .some((name) => new RegExp(`${name}[^，,。？?；;！!]{0,20}?${GIVEN_FIGURE}`).test(text)),
    );
    if (asked.length === 1) return asked[0];
  }
  return named.size === 1 ? [...named][0] : undefined;
}

/**
 * China's other regional strategies: a question about one of them asks about a plan that is not ours,
 * even where a record names it beside the delta (the three 美丽中国先行区).
 */
const OTHER_REGIONS =
  /京津冀|粤港澳|大湾区|香港|澳门|港澳|台湾|台商|台资|\bhong kong\b|\bmaca[ou]\b|\btaiwan(?:ese)?\b|珠三角|珠江三角洲|成渝|川渝|长江中游|黄河流域|东北(?:全面)?振兴|东北地区|东北三省|雄安|海南自贸港|\b(jing-?jin-?ji|beijing[\s-]+tianjin[\s-]+hebei|greater bay area|guangdong[\s-]+hong kong[\s-]+macao|pearl river delta|chengdu[\s-]+chongqing|yellow river basin|middle reaches of the yangtze|triangle of central china|northeast(?:ern)? china|northeast revitali[sz]ation)\b/;

/** Whether a folded question names another of China's regions. */
export function namesOtherRegion(folded: string): boolean {
  // 浙江大湾区 (the 大湾区 of 浙江's own plans) is not the Greater Bay Area, nor is 大湾区 in a question about 浙江.
  if (/浙江|zhejiang/.test(folded) && !/粤港澳|greater bay area/.test(folded))
    return OTHER_REGIONS.test(folded.replace(/大湾区/g, ' '));
  return OTHER_REGIONS.test(folded);
}
