/**
 * Text that scraped reposts glue around (or into) the articles in /work/shared/seeds: watermarks, spam,
 * site chrome, share buttons, copyright lines, related-article lists and the punctuation reposts swap in.
 * None of it may reach the knowledge base; tests run {@link findJunk} over every text a user can see.
 */
export const JUNK_PATTERNS: readonly RegExp[] = [
  // watermark glued to every paragraph of the gihot.com repost
  /gihot|即热新闻|g14/i,
  // stock-margin spam (财盛证券 site; "配资网炒股" was glued into a title and a paragraph)
  /配资|炒股|财盛证券|证券_|杠杆平台/,
  // 花呗 / 白条 cash-out spam in "为你推荐"
  /花呗|白条|分付|月付|套现|提现|套取|微信同号|可v可来电/,
  // document-site notices (汇文网)
  /汇文网|温馨提示|下载文档|文件下载|网站客服|本文档/,
  // page chrome, navigation and related-article lists
  /本文链接|为你推荐|猜你喜欢|相关阅读|相关资讯|热点资讯|友情链接|上一篇|下一篇|当前位置|你的位置|首页\s*>/,
  /点击次数|发布日期[:：]|观看[:：]|\d+个月前|\d+小时前|来源[:：]|责任编辑|文章作者|一财最热|点击查看|点击关闭|RSS地图|HTML地图/,
  // share buttons
  /点击右上角|点击浏览器|朋友圈|微信好友|QQ好友|Safari/,
  // disclaimers, copyright and advertising
  /声明[:：]|不代表本(站|网)|谨防诈骗|侵权|版权|著作权|Copyright|All Rights Reserved|Powered by|广告合作|举报|第一财经原创/i,
  // photo captions and credits
  /图片来源|图为|供图|摄影[:：]/,
  // contact details: URLs, e-mail addresses, phone and QQ numbers
  /https?:\/\/|www\.|\.com\b|[\w.-]+@[\w-]+\.[a-z]/i,
  /\d{3}[ -]\d{3,4}[ -]\d{4}|1[3-9]\d{9}|021-\d{8}/,
  // punctuation swapped in by reposts: 【】 for 《》, 「」 for “”, 〞 for ”
  /[【】「」〞]/,
  // pinyin a mirror inserts after characters: 經(jīng)濟(jì)
  /\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)/,
];

/** The first piece of junk in `text` (the matched characters), or undefined when the text is clean. */
export function findJunk(text: string): string | undefined {
  for (const pattern of JUNK_PATTERNS) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return undefined;
}
