/**
 * The question set PlanBot's retrieval is measured on (test/core/retrieval-quality.test.ts, bench/run.ts).
 * Written as users type: questions, paraphrases, bare keywords and typos, in simplified and traditional
 * Chinese and English. `expect` names record ids (stat, task, area, plan), any one of which must be in
 * the top 3; an empty `expect` means the bot must decline. `MUST_NOT` lists, per question, records that
 * share a word with it but answer another question (test/core/page-precision.test.ts).
 */
export type QuestionGroup = 'zh' | 'zh-hant' | 'en' | 'decline';

export interface QuestionCase {
  q: string;
  group: QuestionGroup;
  expect: string[];
  /** Ids that must not be on the first page of 5: loosely related records that would pad it. */
  mustNot?: string[];
}

// Any task of the ecology area answers "which ecology tasks".
const ECOLOGY_TASKS = [
  'ecology',
  'stat-ecology-task-count',
  ...['ecological-red-lines', 'yangtze-fishing-ban', 'taihu-water', 'eco-space-coordination', 'eco-barriers'],
  ...['eco-product-value', 'ozone-pm25', 'water-pollution', 'zero-waste-cities', 'energy-structure'],
  ...['green-transport', 'phase-out-backward-capacity', 'green-supply-chains', 'emission-rights-trading'],
  'green-finance',
].map((id) => (id.startsWith('stat-') || id === 'ecology' ? id : `task-${id}`));
const SCIENCE_TASKS = [
  'science-innovation',
  ...['science-centres-zhangjiang-hefei', 'regional-innovation-centres', 'basic-research-cooperation'],
  ...[
    'basic-research-joint-fund',
    'interdisciplinary-research',
    'innovation-consortia',
    'new-rd-institutions',
  ],
].map((id) => (id === 'science-innovation' ? id : `task-${id}`));
const AREAS_2024 = [
  'stat-plan3-area-count',
  'science-innovation',
  'industrial-clusters',
  'institutions',
  'market',
  'opening-up',
  'ecology',
  'culture',
  'city-cooperation',
  'security',
];
const RD = ['stat-rd-intensity-2023', 'stat-rd-intensity-2018'];
const PLAN3_TASKS = ['stat-plan3-task-count', 'plan-2024-2026'];
const PLAN1_TASKS = ['stat-plan1-task-count', 'plan-2018-2020'];
const PLAN2_TASKS = ['stat-plan2-task-count', 'plan-2021-2023'];
const CROSS_PROVINCE = ['stat-cross-province-services-173', 'stat-cross-province-services-105'];
const DEAD_END = ['stat-dead-end-roads-total', 'stat-dead-end-roads-opened', 'task-dead-end-roads'];
const VOUCHERS = [
  'task-innovation-vouchers',
  'stat-innovation-voucher-uses',
  'stat-innovation-voucher-amount',
];
// Facts about the plans (plan-<period>#fact-<n>, data/plans.json order).
const PLAN3_ADOPTED = ['plan-2024-2026#fact-1'];
const PLAN3_ISSUER = ['plan-2024-2026#fact-3'];
const PLAN3_PUBLISHED = ['plan-2024-2026#fact-4'];
const PLAN3_HOW = ['plan-2024-2026#fact-6', 'plan-2024-2026#fact-7', 'plan-2024-2026#fact-10'];
const EARLIER_PLANS_MET_GOALS = ['plan-2018-2020#fact-3', 'plan-2021-2023#fact-3'];
const JOINT_RESEARCH = ['stat-joint-research-projects-2024-07', 'stat-joint-research-projects-since-2022'];

const zh: [string, string[]][] = [
  ['第三轮三年行动计划有多少项重点任务？', PLAN3_TASKS],
  ['新一轮长三角三年行动计划一共多少任务', PLAN3_TASKS],
  ['2024到2026年的行动计划有几项任务', PLAN3_TASKS],
  ['最新的三年行动计划任务数', PLAN3_TASKS],
  ['第一轮行动计划有多少重点任务', PLAN1_TASKS],
  ['2018—2020年那轮计划安排了多少任务', PLAN1_TASKS],
  ['第二轮三年行动计划重点任务数量', PLAN2_TASKS],
  ['第一轮计划的完成率是多少', ['stat-plan1-completion', 'plan-2018-2020']],
  ['江苏GDP多少', ['gdp-jiangsu-2023']],
  ['第二轮行动计划任务完成得怎么样', ['stat-plan2-completion', 'plan-2021-2023']],
  [
    '前两轮三年行动计划完成率',
    [
      'stat-plan1-completion',
      'stat-plan2-completion',
      'plan-2018-2020',
      'plan-2021-2023',
      'plan-1-2-completion',
    ],
  ],
  ['新一轮计划包括哪些方面', AREAS_2024],
  ['第三轮行动计划分为几个方面', AREAS_2024],
  ['三年行动计划的九个方面是什么', AREAS_2024],
  ['2024—2026年行动计划有哪些领域', AREAS_2024],
  ['科技创新方面有多少项任务', ['stat-science-task-count', 'science-innovation']],
  ['产业集群方面有几项重点任务', ['stat-industry-task-count', 'industrial-clusters']],
  ['生态环境共保联治有多少任务', ['stat-ecology-task-count', 'ecology']],
  ['2024年生态环保重点工作有多少项', ['stat-ecology-2024-work-points']],
  ['长三角一体化上升为国家战略几年了', ['stat-years-as-national-strategy']],
  ['要建几个数据中心集群', ['stat-data-centre-clusters', 'task-data-centre-clusters']],
  [
    '长三角有几个综合性国家科学中心',
    ['stat-national-science-centres', 'task-science-centres-zhangjiang-hefei'],
  ],
  ['四个统筹指什么', ['stat-four-coordinations']],
  ['2023年11月座谈会明确了几个方面的重点任务', ['stat-symposium-2023-key-tasks']],
  ['江苏在哪些方面相互赋能', ['stat-jiangsu-five-aspects']],
  ['安徽重点做好哪几方面工作', ['stat-anhui-three-focuses']],
  ['科创共同体联合攻关项目有多少个', JOINT_RESEARCH],
  ['省际断头路一共有多少条', DEAD_END],
  ['断头路打通了几条', ['stat-dead-end-roads-opened']],
  ['异地门诊直接结算覆盖多少城市', ['stat-outpatient-settlement-cities']],
  ['异地就医门诊结算了多少人次', ['stat-outpatient-settlement-visits']],
  // Keyword-only and everyday wording of the same topic.
  [
    '异地就医',
    ['stat-outpatient-settlement-cities', 'stat-outpatient-settlement-visits', 'task-outpatient-settlement'],
  ],
  [
    '跨省看病能直接结算吗',
    ['stat-outpatient-settlement-cities', 'stat-outpatient-settlement-visits', 'task-outpatient-settlement'],
  ],
  ['科学仪器有多少台', ['stat-shared-instruments', 'stat-shared-instruments-wan']],
  ['跨省通办事项有多少项', CROSS_PROVINCE],
  ['长三角高铁里程多少公里', ['stat-high-speed-rail-km']],
  // Knowledge beyond the five articles: the region's GDP by year (the newest first).
  ['长三角GDP是多少', ['gdp-2025']],
  ['社保卡一卡通能办多少项服务', ['stat-social-security-card-services']],
  ['长三角研发投入强度是多少', RD],
  ['2018年长三角研发经费投入强度', ['stat-rd-intensity-2018']],
  ['上海苏州集群在全球创新指数里排第几', ['stat-gii-rank-shanghai-suzhou']],
  ['南京集群的全球科技集群排名', ['stat-gii-rank-nanjing']],
  ['联合攻关第三批需求任务清单有多少任务', ['stat-joint-research-needs-batch3']],
  ['首批创新联合体有几家', ['stat-innovation-consortia-first-batch', 'task-innovation-consortia']],
  ['平台上共享的大型科学仪器有多少台', ['stat-shared-instruments', 'stat-shared-instruments-wan']],
  ['共享科学仪器总价值多少', ['stat-shared-instruments-value']],
  ['科技创新券用了多少次', ['stat-innovation-voucher-uses']],
  ['创新券支持金额是多少', ['stat-innovation-voucher-amount']],
  ['全国新能源汽车有多少是长三角生产的', ['stat-nev-share']],
  ['联合攻关三省一市财政投入多少钱', ['stat-joint-research-public-funds']],
  ['联合攻关带动社会投入多少', ['stat-joint-research-total-investment']],
  ['2024年征集了多少企业技术需求', ['stat-tech-needs-2024']],
  ['揭榜挂帅任务发布了多少项', ['stat-challenge-tasks-2024']],
  ['长三角重点合作事项有几项', ['stat-key-cooperation-items']],
  ['2022年的进博会是第几届', ['stat-ciie-edition-2022']],
  ['浙江数字经济占GDP比重目标', ['stat-zj-digital-economy-target']],
  ['浙江2025年研发支出占GDP比重目标', ['stat-zj-rd-target']],
  ['浙江科技进步贡献率目标是多少', ['stat-zj-tech-contribution-target']],
  ['宁波舟山港吞吐量全球第一多少年了', ['stat-ningbo-zhoushan-port-years']],
  ['舟山保税燃料油加注量全国第一几年', ['stat-zhoushan-bunker-fuel-years']],
  ['超级中试中心有多少台设备', ['stat-pilot-centre-equipment', 'stat-pilot-centre-equipment-value']],
  ['新能源汽车产业链联盟有几条', ['stat-industry-chain-alliances']],
  ['浙江一体化六大行动', ['stat-zj-six-actions']],
  ['浙江三大科创高地是哪些', ['stat-zj-three-science-highlands']],
  ['低空经济有什么任务', ['task-low-altitude-economy', 'task-low-altitude-infrastructure']],
  ['太湖治理', ['task-taihu-water']],
  ['长江十年禁渔还搞吗', ['task-yangtze-fishing-ban']],
  ['卫星互联网产业集群', ['task-g60-satellite-internet']],
  ['G60科创走廊', ['task-g60-corridor', 'task-g60-satellite-internet']],
  ['虹桥国际开放枢纽有什么安排', ['task-hongqiao-hub']],
  ['进博会溢出效应', ['task-ciie-spillover']],
  ['临港新片区开放', ['task-lingang-opening']],
  ['国际贸易单一窗口', ['task-single-window']],
  ['浦东综合改革试点', ['task-pudong-reform']],
  ['政务服务一网通办', ['task-one-stop-online-services', 'task-one-stop-online-launch']],
  ['跨省一件事集成服务', ['task-one-thing-services']],
  ['远程虚拟窗口', ['task-remote-virtual-windows']],
  ['基础研究联合基金', ['task-basic-research-joint-fund']],
  ['人才资质能跨省互认吗', ['task-talent-mutual-recognition']],
  ['无废城市', ['task-zero-waste-cities']],
  ['臭氧和PM2.5怎么治理', ['task-ozone-pm25']],
  ['排污权交易', ['task-emission-rights-trading']],
  ['绿色金融', ['task-green-finance']],
  ['油气交易市场', ['task-oil-gas-trading-market']],
  ['全国统一大市场先行区', ['task-market-regulation-pilot']],
  ['多层次资本市场', ['task-multi-level-capital-market']],
  ['和新加坡芬兰的合作项目', ['task-singapore-finland-cooperation']],
  ['外资企业来长三角设研发中心', ['task-foreign-rd-centres']],
  ['新型研发机构有什么支持政策', ['task-new-rd-institutions']],
  ['东方枢纽国际商务区', ['task-east-hub-business-district']],
  ['未来产业先导区', ['task-future-industry-pilot-zones', 'task-future-industries']],
  [
    '第二轮计划提出了哪些任务',
    ['task-joint-research-community', 'task-rail-delta', 'task-social-security-card', 'plan-2021-2023'],
  ],
  [
    '第一轮三年行动计划做了什么',
    ['task-dead-end-roads', 'task-outpatient-settlement', 'task-one-stop-online-launch', 'plan-2018-2020'],
  ],
  ['轨道上的长三角', ['task-rail-delta', 'task-green-transport']],
  ['生态方面有哪些任务', ECOLOGY_TASKS],
  ['文化方面有什么任务', ['culture']],
  ['安全发展能力', ['security']],
  ['城市合作广度和深度', ['city-cooperation']],
  ['研发强度', RD],
  ['断头路', DEAD_END],
  ['创新券', VOUCHERS],
  ['进博会', ['task-ciie-spillover', 'stat-ciie-edition-2022']],
  ['长三角研发经废投入强度', RD],
  ['新能原汽车产业链', ['task-nev-chain', 'stat-industry-chain-alliances']],
  ['长三角高铁营业哩程', ['stat-high-speed-rail-km']],
  // The data grew: 研发投入 is also R&D spending in 亿元 (2023).
  ['长江三角洲地区的研发投入', [...RD, 'rd-spending-2023']],
  ['沪苏浙皖联合攻关财政投入', ['stat-joint-research-public-funds']],
  ['科技创新券可以在长三角通用吗', ['task-innovation-vouchers']],
  ['第三轮计划有多少项重点任务？', PLAN3_TASKS],
  ['第三轮计划在生态方面有哪些任务？', ECOLOGY_TASKS],
  ['科技创新方面有哪些重点任务', SCIENCE_TASKS],
  ['第三轮行动计划什么时候发布的', PLAN3_PUBLISHED],
  ['第三轮行动计划的发布时间', PLAN3_PUBLISHED],
  ['第三轮计划是在哪次会议上通过的', PLAN3_ADOPTED],
  ['主要领导座谈会在哪里召开', PLAN3_ADOPTED],
  ['2024—2026年行动计划在哪里审议通过', PLAN3_ADOPTED],
  ['谁印发了第三轮行动计划', PLAN3_ISSUER],
  ['新一轮三年行动计划是哪个部门印发的', PLAN3_ISSUER],
  ['新一轮计划怎么推进', PLAN3_HOW],
  ['第三轮计划的重点任务由谁负责', ['plan-2024-2026#fact-7']],
  [
    '前两轮计划完成得怎么样',
    [...EARLIER_PLANS_MET_GOALS, 'stat-plan1-completion', 'stat-plan2-completion', 'plan-1-2-completion'],
  ],
  ['前两轮计划有没有达到预期目标', EARLIER_PLANS_MET_GOALS],
  ['第一轮三年行动计划是哪年制定的', ['plan-2018-2020#fact-1']],
];

const hant: [string, string[]][] = [
  ['第三輪三年行動計劃有多少項重點任務？', PLAN3_TASKS],
  ['長三角研發經費投入強度是多少', RD],
  ['長江三角洲高鐵營業里程', ['stat-high-speed-rail-km']],
  ['省際斷頭路打通了幾條', ['stat-dead-end-roads-opened', 'stat-dead-end-roads-total']],
  ['新能源汽車產業鏈', ['task-nev-chain', 'stat-industry-chain-alliances']],
  ['跨省通辦事項有多少', CROSS_PROVINCE],
  ['生態環境方面有哪些任務', ECOLOGY_TASKS],
  ['異地門診費用直接結算覆蓋幾個城市', ['stat-outpatient-settlement-cities']],
  ['太湖流域水環境治理', ['task-taihu-water']],
  ['科技創新券支持金額', ['stat-innovation-voucher-amount']],
  ['第一輪行動計劃完成率', ['stat-plan1-completion', 'plan-2018-2020']],
  ['進博會是第幾屆', ['stat-ciie-edition-2022']],
  ['低空經濟', ['task-low-altitude-economy', 'task-low-altitude-infrastructure']],
  ['綜合性國家科學中心', ['stat-national-science-centres', 'task-science-centres-zhangjiang-hefei']],
  ['新一輪計劃分為哪些方面', AREAS_2024],
  ['長三角數據中心集群', ['stat-data-centre-clusters', 'task-data-centre-clusters']],
  ['社保卡一卡通服務事項', ['stat-social-security-card-services', 'task-social-security-card']],
  ['浙江數字經濟佔GDP比重目標', ['stat-zj-digital-economy-target']],
  ['寧波舟山港吞吐量', ['stat-ningbo-zhoushan-port-years']],
  ['全球創新指數科技集群排名', ['stat-gii-rank-shanghai-suzhou', 'stat-gii-rank-nanjing']],
  ['長三角科技創新共同體聯合攻關項目數', JOINT_RESEARCH],
  ['第三輪行動計劃什麼時候發布的', PLAN3_PUBLISHED],
  ['長三角主要領導座談會在哪裡召開', PLAN3_ADOPTED],
  ['第三輪計劃是在哪次會議上通過的', PLAN3_ADOPTED],
  ['誰印發了新一輪三年行動計劃', PLAN3_ISSUER],
  ['新一輪計劃怎麼推進', PLAN3_HOW],
];

const en: [string, string[]][] = [
  ['How many key tasks are in the 2024—2026 plan?', PLAN3_TASKS],
  ['How many tasks did the first three-year plan have?', PLAN1_TASKS],
  ['number of tasks in the second round plan', PLAN2_TASKS],
  ['What was the completion rate of the 2021-2023 plan?', ['stat-plan2-completion', 'plan-2021-2023']],
  ['Which areas does the third plan cover?', AREAS_2024],
  ['What is the R&D intensity of the Yangtze River Delta?', RD],
  ['R&D spending share of GDP in 2018', ['stat-rd-intensity-2018']],
  ['How long is the high-speed rail network in the YRD?', ['stat-high-speed-rail-km']],
  ['How many dead-end roads have been opened to traffic?', ['stat-dead-end-roads-opened']],
  ['How many cities have direct settlement of outpatient bills?', ['stat-outpatient-settlement-cities']],
  ['cross-province government services', CROSS_PROVINCE],
  ['How many new energy vehicles come from the delta?', ['stat-nev-share']],
  ['low-altitude economy', ['task-low-altitude-economy', 'task-low-altitude-infrastructure']],
  ['Taihu water clean-up', ['task-taihu-water']],
  ['fishing ban on the Yangtze', ['task-yangtze-fishing-ban']],
  ['innovation vouchers', VOUCHERS],
  ['How many innovation consortia are in the first batch?', ['stat-innovation-consortia-first-batch']],
  ['How many scientific instruments are shared?', ['stat-shared-instruments', 'stat-shared-instruments-wan']],
  ['Global Innovation Index rank of Shanghai-Suzhou', ['stat-gii-rank-shanghai-suzhou']],
  ['data centre clusters', ['stat-data-centre-clusters', 'task-data-centre-clusters']],
  ['Hongqiao hub', ['task-hongqiao-hub']],
  ['CIIE spillover', ['task-ciie-spillover']],
  ['Lingang free trade zone opening-up', ['task-lingang-opening']],
  [
    'What services can the social security card be used for?',
    ['stat-social-security-card-services', 'task-social-security-card'],
  ],
  ['Zhejiang digital economy target', ['stat-zj-digital-economy-target']],
  ['Ningbo-Zhoushan port throughput', ['stat-ningbo-zhoushan-port-years']],
  ['What are the ecology tasks?', ECOLOGY_TASKS],
  ['tasks on culture and civilization', ['culture']],
  ['public funding for joint research', ['stat-joint-research-public-funds']],
  ['How many years has YRD integration been a national strategy?', ['stat-years-as-national-strategy']],
  ['satellite internet cluster', ['task-g60-satellite-internet']],
  ['interdisciplinary basic research', ['task-interdisciplinary-research']],
  ['Which tasks concern ecology?', ECOLOGY_TASKS],
  ['Pudong reform pilot', ['task-pudong-reform']],
  ['How much high speed rail is in operaton?', ['stat-high-speed-rail-km']],
  ['inovation vouchers', VOUCHERS],
  ['When was the 2024-2026 plan released?', PLAN3_PUBLISHED],
  ['Who issued the third round plan?', PLAN3_ISSUER],
  ['Where was the 2024-2026 plan adopted?', PLAN3_ADOPTED],
  ['Which meeting adopted the latest plan?', PLAN3_ADOPTED],
  ['How is the new plan carried out?', PLAN3_HOW],
  ['Did the first two plans meet their goals?', EARLIER_PLANS_MET_GOALS],
  ['When was the first plan drawn up?', ['plan-2018-2020#fact-1']],
];

const decline: string[] = [
  '今天上海天气怎么样',
  '上海房价多少钱一平',
  '昨晚NBA比赛谁赢了',
  '红烧肉怎么做',
  '推荐一部好看的电影',
  '比特币现在多少钱',
  '怎么学好英语',
  '北京到广州的机票多少钱',
  '世界杯冠军是谁',
  '猫为什么喜欢睡觉',
  '😀',
  '🤔🤔',
  'asdfghjkl',
  '？？？',
  '哈哈哈哈',
  "What's the weather in Hangzhou tomorrow?",
  'Who won the football match last night?',
  'How do I cook dumplings?',
  'best pizza recipe',
  'bitcoin price today',
  '明天杭州下雨吗',
  '给我讲个笑话',
  '深圳的人口有多少',
  '苹果手机多少钱',
  '1234567',
  'qwerty uiop',
  '量子力学是什么',
  // Figure questions on things the data has no figure for: a neighbouring figure would be a wrong answer.
  '合肥有多少人',
  '高铁票多少钱',
  '新能源汽车销量是多少',
  '上海房价多少',
  '上海有多少人口',
  '苏州GDP多少',
  '长三角高铁票价是多少',
  '新能源汽车产量是多少',
  '合肥房价多少钱',
  '长三角有多少家上市公司',
  '进博会成交额是多少',
  '浙江省人均GDP是多少',
  '长三角碳排放总量是多少',
  '数据中心耗电量多少',
  '断头路修了多少公里',
  '社保卡有多少人办了',
  // The figure in the sentence is another subject's (新增建成铁路660公里，…沪苏湖铁路力争通车); the fund
  // is named, its size never is.
  '沪苏湖高铁全长几公里',
  '长三角基础研究联合基金规模多大',
  // A budget of a topic whose records state none is not the region's GDP.
  'whats the budget for the low-altitude economy stuff in the 2024-2026 plan',
  // Characters typed over and over are noise, not the 长长 of 拉长长板.
  'asdkjh 啊啊啊 qwe 长长长 ??',
  'How many people live in the Yangtze River Delta?',
  'What is the price of a Shanghai apartment?',
  "What is Zhejiang's unemployment rate?",
];

/**
 * Records that must not pad the first page of these questions: they share a word (科创 via the G60
 * corridor, 行动 in an "action plan" for manufacturing) or a kind (another area's task count) with the
 * question but do not answer it.
 */
const MUST_NOT: Record<string, string[]> = {
  科技创新券可以在长三角通用吗: ['industrial-clusters', 'task-g60-corridor', 'task-g60-satellite-internet'],
  '第三轮计划有多少项重点任务？': [
    'stat-industry-task-count',
    'stat-science-task-count',
    'stat-plan3-area-count',
    'stat-plan2-task-count',
  ],
  '第三轮三年行动计划有多少项重点任务？': ['task-manufacturing-chains', 'stat-industry-task-count'],
  '第三轮计划在生态方面有哪些任务？': ['plan-2024-2026', 'stat-plan3-task-count', 'stat-industry-task-count'],
  科技创新方面有哪些重点任务: ['plan-2024-2026', 'stat-joint-research-needs-batch3'],
  'Which tasks concern ecology?': ['plan-2024-2026', 'stat-plan3-task-count'],
  // The area card may follow the two low-altitude tasks as their context; the area's other tasks may not.
  低空经济有什么任务: ['task-manufacturing-chains', 'task-nev-chain'],
  太湖治理: ['task-ozone-pm25', 'task-zero-waste-cities'],
  第二轮计划提出了哪些任务: ['plan-2018-2020', 'plan-2024-2026'],
  第一轮三年行动计划做了什么: ['plan-2021-2023', 'plan-2024-2026'],
  城市合作广度和深度: ['stat-outpatient-settlement-cities', 'task-zero-waste-cities'],
  虹桥国际开放枢纽有什么安排: ['task-single-window', 'task-lingang-opening'],
  'Hongqiao hub': ['task-single-window', 'task-lingang-opening'],
  長三角數據中心集群: ['stat-national-science-centres'],
  国际贸易单一窗口: ['task-hongqiao-hub', 'task-multi-level-capital-market'],
  基础研究联合基金: ['task-innovation-consortia', 'task-joint-research-key-technologies'],
  'Zhejiang digital economy target': ['stat-zj-five-applications'],
  '2018年长三角研发经费投入强度': ['stat-zj-rd-target'],
  // A question about one fact of a plan: another fact of it (its other name) is not an answer.
  第三轮行动计划什么时候发布的: ['plan-2024-2026#fact-5', 'plan-2024-2026#fact-3'],
  谁印发了第三轮行动计划: ['plan-2024-2026#fact-5', 'plan-2024-2026#fact-4'],
  主要领导座谈会在哪里召开: ['plan-2024-2026#fact-4', 'plan-2024-2026#fact-6'],
  新一轮计划怎么推进: ['plan-2024-2026#fact-4', 'plan-2024-2026#fact-5', 'task-pudong-reform'],
};

/** Every case, in a stable order. */
export const QUESTIONS: QuestionCase[] = [
  ...zh.map(([q, expect]) => ({ q, group: 'zh' as const, expect })),
  ...hant.map(([q, expect]) => ({ q, group: 'zh-hant' as const, expect })),
  ...en.map(([q, expect]) => ({ q, group: 'en' as const, expect })),
  ...decline.map((q) => ({ q, group: 'decline' as const, expect: [] })),
].map((c: QuestionCase) => (MUST_NOT[c.q] === undefined ? c : { ...c, mustNot: MUST_NOT[c.q] }));
