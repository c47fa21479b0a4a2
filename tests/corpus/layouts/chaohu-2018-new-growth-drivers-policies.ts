import type { CorpusLayout } from "../types";

// 巢湖市人民政府 2018-08-18: 培育新动能促进产业转型升级推动经济高质量发展若干政策, 一（一）'s clauses 1–2 — a loan-interest and
// guarantee-fee subsidy bounded by the firm's own tax retained by the city, and 5% of the fixed-asset investment with no maximum for
// new industrial projects under 3000万元 — each closing with （执行部门：…，…方式）; the year's awards under clause 2 on a second sheet.
export const layout: CorpusLayout = {
  id: "chaohu-2018-new-growth-drivers-policies",
  source: {
    title: "关于印发巢湖市培育新动能促进产业转型升级推动经济高质量发展若干政策的通知（一、（一）第1—2条）",
    url: "https://ch9997.com/display/305419.html",
    publisher: "巢湖市人民政府（转载）",
    date: "2018-08-18",
    changes:
      "As published: the policy's title, the section heading 一、支持高质量千亿制造业发展政策 and the sub-heading （一）支持先进制造业发展政策, clauses 1 and 2 " +
      "word for word with their closing （执行部门：市经信委，金融产品方式投入 / 事后奖补方式）. The published text is prose: its clauses are laid out one a row " +
      "(序号 | 政策名称 | 政策内容), the name being each clause's own lead phrase (1.小微工业企业贷款贴息及担保费补贴。). The stored copy stops inside clause 2's " +
      "bracket; its closing words are completed as in clause 1. The award list on the second sheet is ours (firms, codes, towns, projects, investments, " +
      "amounts). Planted: 巢湖柘皋新材料 150万元 where 5% × 2,760 = 138; 巢湖云海精工 a second time under the same clause; a firm placed in 庐江县同大镇, " +
      "outside 巢湖市.",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "rate-without-cap", "conditions-not-caps", "threshold-below-not-cap", "section-and-subsection-rows",
    "executing-office-in-brackets", "base-column", "project-name-column", "credit-codes", "towns-as-places", "park-as-place", "item-per-row", "wanyuan-caption",
    "total-at-foot", "county-level-city", "anhui",
  ],
  settings: { district: "合肥市巢湖市" },
  sheets: [
    {
      name: "政策条款",
      widths: [6, 30, 100],
      rows: [
        ["巢湖市培育新动能促进产业转型升级推动经济高质量发展若干政策", null, null],
        ["序号", "政策名称", "政策内容"],
        ["一、支持高质量千亿制造业发展政策", null, null],
        ["（一）支持先进制造业发展政策", null, null],
        [
          1,
          "小微工业企业贷款贴息及担保费补贴",
          "经由合肥市政府推介的优质小微企业，对上年度实际发生的流动资金贷款利息，按银行同期基准利率50%给予贴息，并对企业上年度新发生流动资金贷款担保费按担保额1%给予补贴。同一企业贷款贴息和担保费补贴金额，不超过该企业当年上缴的各项税收总额市级留成部分。（执行部门：市经信委，金融产品方式投入）",
        ],
        [
          2,
          "鼓励新引进工业项目",
          "对列入《巢湖市工业固定资产投资项目库》，单个项目总投资在3000万元以下的新引进工业项目，按照固定资产投资额的5%给予补助。对我市工业企业向市域其它工业园区域搬迁的项目，以及按城市规划要求拆迁后重建的项目，按本条款执行。对工业企业后期自建自用标准化厂房的，可按本条款执行。（执行部门：市经信委，事后奖补方式）",
        ],
      ],
      merges: ["A1:C1", "A3:C3", "A4:C4"],
    },
    {
      name: "2018年兑现",
      widths: [6, 34, 22, 16, 20, 34, 14, 12],
      rows: [
        ["巢湖市2018年度鼓励新引进工业项目补助兑现名单", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "所在乡镇（街道、园区）", "政策名称", "项目名称", "固定资产投资额", "补助金额"],
        [1, "巢湖云海精工机械有限公司", "91340181MA2N7QK3XC", "巢湖经济开发区", "鼓励新引进工业项目", "年产20万件汽车镁合金部件项目", 2860, 143],
        [2, "巢湖半汤康养食品有限公司", "91340181MA2P1RB8YJ", "半汤街道", "鼓励新引进工业项目", "功能性饮品生产线项目", 2450, 122.5],
        [3, "巢湖中垾绿色建材有限公司", "91340181MA8LH2T4WG", "中垾镇", "鼓励新引进工业项目", "装配式建筑构件项目", 1980, 99],
        [4, "巢湖柘皋新材料科技有限公司", "91340181MA2UK6E0Q5", "柘皋镇", "鼓励新引进工业项目", "高性能改性塑料项目", 2760, 150],
        [5, "巢湖槐林渔网织造有限公司", "91340181MA8N3CF1PG", "槐林镇", "鼓励新引进工业项目", "智能渔网织造车间项目", 1500, 75],
        [6, "巢湖烔炀电子元件有限公司", "91340181MA2T9WD5L7", "烔炀镇", "鼓励新引进工业项目", "片式电感生产线项目", 2200, 110],
        [7, "巢湖云海精工机械有限公司", "91340181MA2N7QK3XC", "巢湖经济开发区", "鼓励新引进工业项目", "镁合金压铸二期项目", 1200, 60],
        [8, "合肥同大环保装备有限公司", "91340124MA2W0XN7KE", "庐江县同大镇", "鼓励新引进工业项目", "除尘设备总装项目", 980, 49],
        ["合计", null, null, null, null, null, 15930, 808.5],
      ],
      merges: ["A1:H1", "A12:F12"],
      numberFormats: { "G4:G12": "#,##0", "H4:H12": "#,##0.0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策条款", kind: "catalog", headerRow: 2, lastRow: 6, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "2018年兑现",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "project", G: "base", H: "approved" },
        year: 2018,
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", sheet: "2018年兑现", cell: "H7", why: "鼓励新引进工业项目: 5% × 2,760 = 138万元, 150 proposed: 12万元 over" },
      { rule: "register.duplicate", sheet: "2018年兑现", cell: "H10", why: "巢湖云海精工机械有限公司 (91340181MA2N7QK3XC) has the clause in row 4 and again in row 10, same year (2018 in the title)" },
      { rule: "register.ineligible-location", sheet: "2018年兑现", cell: "D11", why: "庐江县同大镇 lies in 庐江县, another county of 合肥 than 巢湖市" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C6", why: "5% of the fixed-asset investment; 3000万元以下 is a condition on the project, neither a cap nor the award" },
      { rule: "cap.exceeded", sheet: "2018年兑现", why: "no award comes near 3,000万元, the project-size condition of clause 2, which is no cap anyway" },
      { rule: "cap.rate-exceeded", sheet: "2018年兑现", cell: "H4", why: "5% × 2,860 = 143, exactly the amount" },
      { rule: "cap.rate-exceeded", sheet: "2018年兑现", cell: "H5", why: "5% × 2,450 = 122.5, exactly the amount" },
      { rule: "cap.rate-exceeded", sheet: "2018年兑现", cell: "H12", why: "合计 808.5 is no award (143 + 122.5 + 99 + 150 + 75 + 110 + 60 + 49); its base 15,930 is the investments' sum" },
      { rule: "cap.no-cap", sheet: "2018年兑现", why: "a rate item whose rows all give their base (固定资产投资额)" },
      { rule: "cap.unknown-policy", sheet: "2018年兑现", why: "every row names clause 2 of the first sheet" },
      { rule: "register.ineligible-location", sheet: "2018年兑现", cell: "D4", why: "巢湖经济开发区, 半汤街道, 中垾镇, 柘皋镇, 槐林镇 and 烔炀镇 are 巢湖市's" },
      { rule: "register.invalid-credit-code", sheet: "2018年兑现", why: "every code is well formed" },
      { rule: "register.unpaid", why: "a list of awards to be paid: it records no payments" },
    ],
  },
};
