import type { CorpusLayout } from "../types";

// 安义县人民政府 2023-04: 关于强信心、增动能、拼经济的若干措施 — five groups, twenty measures, each with its 责任单位. Laid out as the catalog of
// measures under their group headings (一、促进消费全面恢复 …) merged across: the measure's number in the document, its name, what it supports
// and how much in words, the departments responsible.
export const layout: CorpusLayout = {
  id: "anyi-2023-confidence-measures-catalog",
  source: {
    title: "安义县人民政府出台关于强信心、增动能、拼经济的若干措施（政策条款表，摘录）",
    url: "https://m.fhkxzx.com/ayxzf/qysk/202304/d260d6b423c844169de0f5b664fc1da1.shtml",
    publisher: "安义县人民政府（转载）",
    date: "2023-04",
    changes:
      "As published: the five groups and the twenty measures' names and order (so the excerpt keeps their numbers 1–4, 9–11, 13, 16, 18), and the wording " +
      "of measures 1 (投入600万元…给予相应补贴, with its 责任单位) and 2 (奖补资金为该活动总使用资金的50%，单个活动最高不超过15 — the stored copy cuts off " +
      "after 15; 万元 is ours). The other measures' wording and all other 责任单位 are ours in the same style. Left for the check: measure 1 states the " +
      "campaign's whole budget and no award; measure 13 is 一事一议; measure 18 states only a floor (不低于10万元).",
  },
  classes: [
    "catalog", "prose-caps", "section-headings-merged", "document-numbers", "rate-and-maximum", "fixed-awards", "levels-in-one-sentence",
    "one-by-one-negotiation", "floor-not-cap", "budget-sum-not-cap", "responsible-department-column", "excerpt", "county-policy", "jiangxi",
  ],
  settings: { district: "安义县" },
  sheets: [
    {
      name: "若干措施",
      widths: [6, 26, 90, 30],
      rows: [
        ["安义县关于强信心、增动能、拼经济的若干措施（摘录）", null, null, null],
        ["序号", "措施", "支持内容及标准", "责任单位"],
        ["一、促进消费全面恢复", null, null, null],
        [1, "持续开展促消费活动", "投入600万元举办“乐购五一”“激情盛夏”“悦享金秋”等系列促销活动，面向全县发放各类电子消费券，对符合条件的零售、餐饮、文旅、大件商品的消费者给予相应补贴。", "县商务局、县文广新旅局、县农业农村局"],
        [2, "恢复文旅消费", "对各乡镇、安义古村群管委会组织举办的文化旅游节庆活动进行奖补，奖补资金为该活动总使用资金的50%，单个活动最高不超过15万元。", "县文广新旅局"],
        [3, "助力繁荣会展经济", "对在我县举办的各类展会，按场地租金的30%给予补助，单个展会最高不超过20万元。", "县商务局"],
        [4, "激发农产品消费潜力", "对新获评江西省“生态鄱阳湖·绿色农产品”品牌的企业，一次性奖励5万元。", "县农业农村局"],
        ["三、提高产业发展竞争力", null, null, null],
        [9, "促进制造业企业提质增效", "对年主营业务收入首次突破5亿元、10亿元的工业企业，分别奖励20万元、30万元。", "县工信局"],
        [10, "促进建筑业高质量发展", "对首次晋升为施工总承包一级资质的建筑业企业，一次性奖励30万元。", "县住建局"],
        [11, "促进批零住餐行业高质量发展", "对当年新增纳入限额以上统计的批发、零售、住宿、餐饮企业，每家奖励3万元。", "县商务局"],
        [13, "加强数字经济企业支持力度", "对落户我县的重大数字经济项目，按照“一事一议”方式给予支持。", "县工信局"],
        ["五、加大实体经济帮扶力度", null, null, null],
        [16, "金融帮扶力度再增强", "对企业当年新增流动资金贷款，按实际支付利息的50%给予贴息，单个企业年度贴息最高不超过50万元。", "县财政局、县金融办"],
        [18, "人才招引再发力", "对新引进的全日制博士研究生，给予每人不低于10万元的安家补贴。", "县人社局"],
      ],
      merges: ["A1:D1", "A3:D3", "A8:D8", "A13:D13"],
    },
  ],
  expect: {
    tables: [{ sheet: "若干措施", kind: "catalog", headerRow: 2, lastRow: 15, columns: { A: "code", B: "item", C: "standard" } }],
    findings: [
      { rule: "catalog.unreadable-standard", cell: "C4", why: "600万元 is the whole campaign's budget, no one award's cap, and 相应补贴 states no amount" },
      { rule: "catalog.unreadable-standard", cell: "C12", why: "按照“一事一议”方式给予支持 states no cap" },
      { rule: "catalog.unreadable-standard", cell: "C15", why: "不低于10万元 is a floor, never a cap: the standard gives no maximum" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", cell: "C5", why: "a rate of 50% of the event's total spend, at most 15万元" },
      { rule: "catalog.unreadable-standard", cell: "C6", why: "30% of the venue rent, at most 20万元" },
      { rule: "catalog.unreadable-standard", cell: "C9", why: "levels in one sentence (分别奖励20万元、30万元): at most 30万元; 5亿元 and 10亿元 are thresholds" },
      { rule: "catalog.unreadable-standard", cell: "C14", why: "50% of the interest actually paid, at most 50万元 a year" },
      { rule: "catalog.unreadable-standard", cell: "C10", why: "a fixed 30万元; C7 a fixed 5万元; C11 a fixed 3万元 a firm" },
      { rule: "catalog.unreadable-standard", cell: "A3", why: "一、促进消费全面恢复 (and 三、, 五、) are group headings merged across, no items" },
      { rule: "input.unreadable-value", why: "责任单位 is text naming departments" },
    ],
  },
};
