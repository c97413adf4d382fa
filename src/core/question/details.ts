/**
 * Details a question asks of a topic the data knows, which a record about that topic does not give
 * by being about it: a figure per unit, a split by province, whether a plan has come true yet, the
 * building something was held in, what one item of a list holds.
 */
export interface AskedDetails {
  /** "一家企业最多能抵多少", "per project", 人均: a figure per unit, which a total is not. */
  perUnit?: boolean;
  /** "沪苏浙皖各出了多少", "broken down by province": each province's part, which a total is not. */
  breakdown?: boolean;
  /** "建成了吗", "has it launched yet": whether a plan came true, which the plan's item does not say. */
  status?: boolean;
  /** "哪个会场", "which building or hall": the venue, which a city is not. */
  venue?: boolean;
  /** "养老那一项具体是啥内容": one item of a list (养老), which a record naming it among the others does not describe. */
  item?: string;
  /** "全国总共有几个": the nation's figure, which the region's is not. */
  national?: boolean;
  /** "有啥门槛", "who is eligible": the conditions, which a record naming the scheme does not state. */
  condition?: boolean;
  /** "他几时开始做主任", "when did he take office": when someone took a post, which their title does not say. */
  tenure?: boolean;
  /** "第二轮分成几个方面": how many areas a plan has, which its task count is not. */
  areaCount?: boolean;
  /** "清单里有没有托育服务", "is marriage registration on the list": one entry, which a list without it lacks. */
  member?: string;
  /** "怎么操作，要不要预约", "how do I use it": the steps, which a record naming the service does not give. */
  procedure?: boolean;
  /** "发文字号", "document number": a document's number, which its title and date are not. */
  docNumber?: boolean;
  /** "报名截止到几号", "deadline to apply": a deadline, which the date of a list or a count is not. */
  deadline?: boolean;
  /** "有没有税收优惠", "is there a tax break": a preferential policy, which a record naming the scheme does not state. */
  incentive?: boolean;
  /** "他之前在哪个部门", "what did he do before": a person's career, which their present title is not. */
  career?: boolean;
  /** "联系电话", "phone number or email": how to reach a body, which its name is not. */
  contact?: boolean;
}

const PER_UNIT =
  /是否收费|收不收费|要不要钱|免费吗|\bfree or\b|\bpay a fee\b|\b(?:is there|are there) (?:a |any )?(?:fees?|charges?|cap|limit|ceiling|maximum)\b|单个|单项|每个|每项|每家|每间|每张|每台|每年最多|一张|(?:借|用|租)一台|(?:一|单)(?:家|间|个)(?:企业|公司)|一个项目|人均|平均每|上限|最多能|\bper[\s-](?:project|item|unit|company|firm|voucher|person|head|capita|hour|day|year|instrument|enterprise)\b|\bper (?:million|thousand|hundred|10,?000|100,?000) (?:people|residents|persons|inhabitants)\b|每(?:百万|万|千|十万)人|(?:一|每)吨|\bper (?:ton|tonne)\b|\bany single\b|\bfor (?:one|a single|each) (?:project|company|firm)\b|\b(?:cap|ceiling|maximum|max)\b(?= [a-z ]*\b(?:per|for one|each|single)\b)|\baverage\b/;
const BREAKDOWN =
  /各(?:自)?(?:出|投|占|有|是)?了?(?:多少|几)|分别(?:是|出|投|占|有)?了?(?:多少|几)|各省|按省|\beach (?:province|city|of the (?:four|4|three|3))\b|\bby province\b|\bbroken down\b|\bbreakdown\b|\brespectively\b|\bsplit (?:between|among|across)\b/;
const STATUS =
  /了未|(?:是不是|是否|有没有)已经|(?:现在|目前)还是[^？?]{1,16}(?:吗|嘛|没有)|\bis [a-z ]{2,30} still\b|\bstill (?:in charge|the director|director|the head|head)\b|进展到|进展如何|进度如何|(?:建成|建好|完成|开通|落地|实现|启动|上线|成立|通车|批下来|获批|争取到|成功)了(?:吗|没|没有|嘛)|(?:有没有|到底有没有|是否)(?:\S{0,8}?)(?:成功|建成|落地|实现|获批|争取到)|(?:争取|申请)到了没|后来(?:\S{0,6})(?:成功|怎么样)|\b(?:yet|so far)\b|\bactually (?:launched|happened|built|opened|started|set up|approved|start|begin|launch|happen|open)\b|\bstatus\b|\bever (?:actually )?(?:happen(?:ed)?|get done|come true)\b|\bdid (?:that|it|this) (?:ever )?(?:actually )?happen\b|\bdid (?:it|they) (?:succeed|get approved|win|happen)\b|\bhas it (?:been|happened|launched|opened|started)\b/;
const VENUE =
  /在[^？?，,。]{0,14}?(?:会场|发布厅|新闻厅|大厦|酒店|宾馆|饭店|礼堂|会堂|会议中心|会展中心|大楼)|哪个(?:会场|场馆|大楼|楼|酒店|宾馆|厅|馆)|什么(?:会场|场馆|大楼|酒店|宾馆)|具体在哪个?(?:楼|厅|馆|会场)|\b(?:which|what) (?:building|hall|venue|hotel|auditorium|room)\b|\bwhere exactly\b/;
// "清单里养老那一项具体是啥内容", "what exactly is the food safety item": the item before 那一项 / "item".
const ITEM_DETAIL =
  /(?:提到|说到|讲到)(?:的)?(\p{Script=Han}{2,8}?)[,，]\s*具体|(?<=[里中的，,\s]|^)(\p{Script=Han}{2,6}?)(?:那|这)(?:一)?(?:项|条|个|块)[^？?。]{0,6}?具体(?:是|有)?(?:啥|什么|哪些)?(?:内容|安排|措施)?|\b(?:what exactly is|what'?s|what is|for|about) the ([a-z -]{3,30}?) item\b|\bwhat (?:does|did) the ([a-z ]{3,30}?) item (?:say|include|cover)\b|\bwhat exactly is the ([a-z -]{3,30}?) one\b/u;
const CONDITION =
  /门槛|(?:什么|啥|哪些|咩)[^？?。]{0,4}?条件|(?:申报|报名|申请|参与)条件|资格|能不能报名|可不可以报名|可以报名吗|能报名吗|怎么申请|如何申请|(?:可以|可不可以|可唔可以|能不能|能否|能)(?:申请|参加|参与|报名)[^？?。]{0,20}?(?:吗|嘛|冇|不|㗎|[?？]|$)|\beligib\w*|\brequirements?\b|\bwho can (?:apply|join|take part)\b|\bhow (?:do|can) (?:i|you|companies|firms) apply\b/;
const NATIONAL =
  /全国(?:一年|每年|全年)?(?:总共|一共|共有|有几|有多少|一共有|平均|的平均|整体)|\bchina'?s national\b|\bnational (?:average|total|figure|level)\b|\bnationwide (?:total|figure|number)\b|\ball of china\b|\b(?:for|in|across) the whole country\b|\bnot just (?:in )?(?:the )?(?:delta|yrd|region)\b|\b(?:how many|number of)\b[^?]{0,60}\b(?:(?:in|across) (?:all of )?china|nationwide|nationally|in the whole country)\b/;

const TENURE =
  /(?:几时|什么时候|何时|哪年|哪一年)[^？?]{0,8}?(?:开始|起)(?:做|当|担任|出任)|(?:几时|什么时候|何时|哪年|哪一年)[^？?]{0,8}?(?:上任|就任|到任)|(?:几时|什么时候|何时|哪年|哪一年)(?:开始|起)?(?:做|当|担任|出任|任)(?:上|了)?[^？?]{0,16}?(?:局长|主任|书记|省长|市长|部长|主席|秘书长|委员)|\bsince when\b|\bwhen did [a-z ]{2,30} (?:take office|become (?:the )?(?:director|head|chief)|start as)\b/;

const AREA_COUNT =
  /(?:(?<!哪)几|多少)(?:个|大)?(?:方面|领域|板块)(?![^？?。]{0,6}?(?:任务|措施|项))|\bhow many (?:areas|aspects|fields|pillars|sectors)\b/;

// "2024年实事项目清单里有没有托育服务", "跨省通办嗰173项入面有冇结婚登记": the entry after the list.
const MEMBER =
  /^(?:请问)?(\p{Script=Han}{2,14}?)(?:算不算|属不属于)|(?:清单|名单|目录|里面?|里头|入面|当中|中)[,，]?\s*(?:有没有|有无|包不包括|包括|包含|含不含|含)(?:搞|提|写|安排)?(?:个|一项)?(\p{Script=Han}{2,16}?)(?:这一?[项条]|那一?[项条]|这个|的)?(?:吗|呀|啊|㗎|嘛|呢)?[?？]?$|(?:^|[,;:?.!]\s*|\b(?:so|and|but) )(?:is|are|was|were) ([a-z][a-z –—-]{2,50}?) (?:also )?(?:included|covered|on the list|one of (?:them|the)|among them|part of (?:it|the list|them|the [a-z -]{0,30}plan))\b|\b(?:does|do|will) (?:the|that|this|it|they) (?:[a-z0-9-]+ ){0,6}?(?:also )?(?:include|cover) ([a-z][a-z /-]{2,50}?)\s*(?:[?.(]|$)/u;
const PROCEDURE =
  /怎么操作|(?:怎么|如何|咋|点样)申领|哪几步|几个步骤|如何操作|怎么办理|如何办理|怎么用|怎样用|点样用|办理流程|操作流程|申请流程|流程是|步骤|要不要预约|需不需要预约|要预约吗|(?:带|准备|需要|要)(?:啥|什么|哪些|咩)材料|\bhow do i (?:use|apply|register|book|sign up|get)\b|\bstep[- ]by[- ]step\b|\bwhat documents do i need\b|\bneed to (?:register|book|make an appointment)\b/;
const DEADLINE = /截止(?:日期|时间|到)?|报名(?:时间|到几时)|\bdeadlines?\b|\bdue date\b|\bapply by when\b/;
// A tax break or preferential policy (not a subsidy: 创新券 is itself one, and its amount answers).
const INCENTIVE =
  /税收优惠|税收减免|减税|免税|退税|优惠政策|\btax (?:breaks?|cuts?|incentives?|relief|exemptions?|credits?)\b|\b(?:tax|preferential) (?:policy|policies|treatment)\b|\bincentives?\b/;
const CAREER =
  /(?:之前|以前|此前|过去|早前|上任前)[^？?。]{0,6}?在(?:哪|边)(?:个|间|家)?(?:部门|单位|机构|地方)|(?:之前|以前|此前)[^？?。]{0,8}?(?:做|干|担任|任)(?:过)?(?:什么|啥|咩|乜)|(?:什么|啥|咩|乜)出身|(?:读|学)(?:的)?(?:什么|啥|咩|乜)(?:专业|大学)|履历|简历|\bbackground\b|\bbefore (?:that|this|becoming|he became|she became)\b[^?]{0,30}\b(?:work|job|do|did|role|position)\b|\bwhat did (?:he|she) do before\b|\bcareer\b/;
const CONTACT =
  /电话|热线|邮箱|联系方式|怎么联系|如何联系|网址|官网|\b(?:phone|telephone|hotline|e-?mail|contact (?:details|info|information)|website|how (?:do|can) i contact)\b/;
const DOC_NUMBER = /文号|发文字号|文件编号|文件号|\b(?:document|reference|file) (?:number|no)\b/;

/** The details a (folded) question asks for. */
export function readDetails(folded: string): AskedDetails {
  const details: AskedDetails = {};
  if (PER_UNIT.test(folded)) details.perUnit = true;
  if (BREAKDOWN.test(folded)) details.breakdown = true;
  if (STATUS.test(folded)) details.status = true;
  if (VENUE.test(folded)) details.venue = true;
  const item = ITEM_DETAIL.exec(folded);
  const named = item?.[1] ?? item?.[2] ?? item?.[3] ?? item?.[4] ?? item?.[5];
  if (named !== undefined) details.item = named.trim();
  if (NATIONAL.test(folded)) details.national = true;
  if (CONDITION.test(folded)) details.condition = true;
  if (TENURE.test(folded)) details.tenure = true;
  if (AREA_COUNT.test(folded)) details.areaCount = true;
  const member = MEMBER.exec(folded);
  const entry = (member?.[1] ?? member?.[2] ?? member?.[3] ?? member?.[4])?.trim();
  if (entry !== undefined) details.member = entry;
  if (PROCEDURE.test(folded)) details.procedure = true;
  if (DOC_NUMBER.test(folded)) details.docNumber = true;
  if (DEADLINE.test(folded)) details.deadline = true;
  if (INCENTIVE.test(folded)) details.incentive = true;
  if (CAREER.test(folded)) details.career = true;
  if (CONTACT.test(folded)) details.contact = true;
  return details;
}
