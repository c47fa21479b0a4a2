import type { CorpusLayout } from "../types";

// 咸阳市 促进新型工业化建设若干措施 (2024-05): clauses 1, 2 and 4 under their section headings — 梯度晋档 awards at six revenue levels in
// one sentence (10 … 150万元, 不超过), 国家级 / 省级 awards of 30 / 20万元 beside a fixed 20万元 per firm newly above scale, two 80万元 maxima
// for equipment renewal (奖补, 贷款贴息), each clause closing with its offices in brackets; the year's awards on a second sheet.
export const layout: CorpusLayout = {
  id: "xianyang-2024-new-industrialisation-measures",
  source: {
    title: "咸阳市促进新型工业化建设若干措施（一、聚焦工业经济高质量增长 1—2；二、聚焦提升产业链竞争力 4）",
    url: "http://shanxi.xuannaer.com.cn/2024-05-17/822836.html",
    publisher: "咸阳市人民政府",
    date: "2024-05-17",
    changes:
      "As published: the two section headings, clauses 1, 2 and 4 with their names, standards and offices in the published wording (clause 3, " +
      "纾困帮扶 with no money, and clause 5 onward cut); laid out as a table (序号 | 措施 | 支持内容 | 责任单位), the section headings merged across. " +
      "Ours: the second sheet, 2024年 awards by clause (firms, codes, places, amounts, remarks). Planted: an equipment-renewal award of 95万元 " +
      "above the clause's 80万元; a firm placed in 西安市鄠邑区.",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "levels-in-one-sentence", "section-headings-merged-across", "offices-column",
    "fixed-and-max-in-one-clause", "two-maxima-in-one-clause", "clause-number-column", "credit-codes", "counties-as-places", "city-fund",
    "remark-column", "wanyuan-in-header", "total-at-foot", "shaanxi",
  ],
  settings: { district: "咸阳市" },
  sheets: [
    {
      name: "政策措施",
      widths: [6, 26, 90, 30],
      rows: [
        ["咸阳市促进新型工业化建设若干措施（摘录）", null, null, null],
        ["序号", "措施", "支持内容", "责任单位"],
        ["一、聚焦工业经济高质量增长，筑牢经济增长“压舱石”", null, null, null],
        [1, "支持重点产业链企业规模跃升", "对全年营业收入首次突破10亿元、20亿元、30亿元、50亿元、100亿元、150亿元的制造业重点产业链企业，分别给予不超过10万元、20万元、30万元、50万元、100万元、150万元的梯度晋档奖励。", "市工信局、市财政局按职责分工负责"],
        [2, "大力实施企业成长工程", "对新培育的国家级和省级领航企业、制造业单项冠军企业（产品）分别给予不超过30万元、20万元的一次性奖励；对新培育纳入规模企业库的工业企业，每户奖励20万元，确保全年培育规模以上工业企业80户以上。", "市工信局、市财政局、市统计局按职责分工负责"],
        ["二、聚焦提升产业链竞争力，打造高能级产业集群", null, null, null],
        [4, "支持重点产业设备更新和项目建设", "建立市级重点工业项目和技术改造项目库，每年遴选一批优质项目，按照投资额或设备采购额的一定比例，给予不超过80万元奖补；对有流动资金贷款的新增产能项目，按照贷款额的一定比例，给予不超过80万元的贷款贴息。", "市工信局、市财政局按职责分工负责"],
      ],
      merges: ["A1:D1", "A3:D3", "A6:D6"],
    },
    {
      name: "兑现名单",
      widths: [6, 30, 22, 14, 28, 16, 24],
      rows: [
        ["咸阳市2024年促进新型工业化建设奖励资金拟兑现企业名单", null, null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "县市区", "兑现措施", "兑现金额（万元）", "备注"],
        [1, "咸阳秦川智能装备有限公司", "91610402MA6XQ2M75T", "秦都区", "支持重点产业链企业规模跃升", 50, "营业收入首次突破50亿元"],
        [2, "咸阳渭城新型建材有限公司", "91610404MA6XR8D16A", "渭城区", "大力实施企业成长工程", 20, "新纳入规模企业库"],
        [3, "兴平市华兴化工有限公司", "91610481MA6XT3K27L", "兴平市", "支持重点产业设备更新和项目建设", 95, "设备采购额1260万元"],
        [4, "泾阳县泾河电子材料有限公司", "91610423MA6XU9F587", "泾阳县", "大力实施企业成长工程", 30, "国家级制造业单项冠军产品"],
        [5, "陕西鄠邑金泰机械有限公司", "91610131MA6W5N7J2Q", "西安市鄠邑区", "支持重点产业链企业规模跃升", 20, "营业收入首次突破20亿元"],
        [6, "三原县清河食品有限公司", "91610422MA6XY6H39N", "三原县", "大力实施企业成长工程", 20, "新纳入规模企业库"],
        [7, "咸阳高新区彩晶光电有限公司", "91610402MA6XW3P27D", "咸阳高新区", "支持重点产业设备更新和项目建设", 60, "贷款贴息"],
        [8, "兴平市金盛铸造有限公司", "91610481MA6Y0K5R17", "兴平市", "支持重点产业链企业规模跃升", 10, "营业收入首次突破10亿元"],
        ["合计", null, null, null, null, 305, null],
      ],
      merges: ["A1:G1", "A11:E11"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "政策措施",
        kind: "catalog",
        unit: "万元",
        headerRow: 2,
        lastRow: 7,
        columns: { A: "code", B: "item", C: "standard" },
      },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 11,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "approved" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F5", why: "兴平市华兴化工有限公司, 支持重点产业设备更新和项目建设: 95万元 against the clause's 不超过80万元 (both of its awards are at most 80)" },
      { rule: "register.ineligible-location", sheet: "兑现名单", cell: "D7", why: "西安市鄠邑区 is a district of 西安市, outside 咸阳市" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F3", why: "规模跃升 50万元 at most the clause's largest level, 150万元 (and the 50亿元 level's own 50)" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F6", why: "企业成长工程 30万元: the clause's largest award is 30万元 (国家级)" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F9", why: "设备更新 60万元 贷款贴息, under 80万元" },
      { rule: "register.ineligible-location", sheet: "兑现名单", cell: "D9", why: "咸阳高新区 is the city's own development zone; 秦都区, 渭城区, 兴平市, 泾阳县, 三原县 are in 咸阳市" },
      { rule: "catalog.unreadable-standard", sheet: "政策措施", why: "every clause kept names its maxima in money (不超过…万元, 每户奖励20万元); 80户以上 is a count of firms, a condition; 首次突破…亿元 are conditions" },
      { rule: "register.duplicate", why: "兴平市's two firms are different firms (different names and codes)" },
      { rule: "register.unpaid", why: "a list to be paid (拟兑现) records no payments" },
    ],
  },
};
