import type { CorpusLayout } from "../types";

// 广西推进产业振兴三年行动指挥部 2023-01-09, 关于巩固回升向好势头加力振作工业经济的政策措施, (一) 支持企业春节抢抓生产:
// 1–2月产值同比增量的1%, at most 100万元 a firm, for the top-500 manufacturers and 工业龙头企业 above 5000万元 and for
// 专精特新“小巨人” / 单项冠军 above 2000万元, each with growth of at least 12%. Laid out as the region's award list by city.
export const layout: CorpusLayout = {
  id: "guangxi-2023-spring-production-award",
  source: {
    title: "关于巩固回升向好势头加力振作工业经济的政策措施（一、（一）支持企业春节抢抓生产）— 奖励企业名单（据政策条款拟）",
    url: "https://xjscenery.com/listhyzx-856133.html",
    publisher: "广西推进产业振兴三年行动指挥部（代）",
    date: "2023-01-09",
    changes:
      "As published: the clause (按不超过2023年1—2月产值同比增量的1%予以奖励，每家企业最高奖励不超过100万元), its two groups of firms and their " +
      "thresholds (5000万元 / 2000万元, 累计增速不低于12%). The page carries the measures only: the award list (序号 | 所在市 | 企业名称 | " +
      "统一社会信用代码 | 企业类别 | 1—2月工业总产值 | 同比增速 | 产值同比增量 | 拟奖励金额), firms, codes and figures are ours; the catalog " +
      "holds the clause's rate and maximum. Planted: 桂林漓源电子 12.50 where 1% × 1,105 = 11.05; 钦州北部湾石化设备 120.00 above the " +
      "100万元 maximum; 广西邕江智造装备 listed twice.",
  },
  classes: ["register", "rate-with-cap", "base-column", "condition-figures-beside-award", "growth-rate-not-a-cap", "category-column", "cities-as-places", "credit-codes", "item-in-title", "year-in-title", "wanyuan-caption", "total-at-foot", "province-wide-list", "guangxi"],
  settings: { district: "广西壮族自治区" },
  catalog: {
    items: [
      {
        name: "支持企业春节抢抓生产奖励",
        capType: "rate",
        rate: 0.01,
        capAmount: 100,
        unit: "万元",
        base: "2023年1—2月产值同比增量",
        year: 2023,
        document: "关于巩固回升向好势头加力振作工业经济的政策措施 一（一）（按不超过产值同比增量的1%予以奖励，每家企业最高奖励不超过100万元）",
      },
    ],
  },
  sheets: [
    {
      name: "奖励名单",
      widths: [6, 10, 30, 22, 16, 14, 10, 14, 12],
      rows: [
        ["2023年支持企业春节抢抓生产奖励企业名单", null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "所在市", "企业名称", "统一社会信用代码", "企业类别", "2023年1—2月工业总产值", "同比增速", "产值同比增量", "拟奖励金额"],
        [1, "南宁市", "广西邕江智造装备有限公司", "91450100MA5NX3K72J", "工业龙头企业", 18620, 0.152, 2457, 24.57],
        [2, "柳州市", "柳州桂中汽车零部件有限公司", "91450200MA5P8D4L15", "产值前500名制造业企业", 46300, 0.138, 5615, 56.15],
        [3, "柳州市", "广西柳江精工机械有限公司", "91450200MA5L7T2Q82", "专精特新“小巨人”企业", 6420, 0.215, 1136, 11.36],
        [4, "桂林市", "桂林漓源电子科技有限公司", "91450300MA5KC6W3XR", "产值前500名制造业企业", 9880, 0.126, 1105, 12.5],
        [5, "玉林市", "玉林玉柴配套动力有限公司", "91450900MA5Q2H8N6J", "工业龙头企业", 128500, 0.129, 14683, 100],
        [6, "梧州市", "梧州西江新材料有限公司", "91450400MA5R3B1F7U", "产值前500名制造业企业", 23150, 0.184, 3598, 35.98],
        [7, "钦州市", "钦州北部湾石化设备有限公司", "91450700MA5M9E4G2P", "产值前500名制造业企业", 210400, 0.141, 25999, 120],
        [8, "贵港市", "贵港荷城食品有限公司", "91450800MA5TQ1C5HG", "工业龙头企业", 7610, 0.16, 1050, 10.5],
        [9, "南宁市", "广西邕江智造装备有限公司", "91450100MA5NX3K72J", "工业龙头企业", 18620, 0.152, 2457, 24.57],
        [10, "百色市", "百色右江铝业深加工有限公司", "91451000MA5NR7D2K5", "产值前500名制造业企业", 35200, 0.123, 3855, 38.55],
        ["合计", null, null, null, null, null, null, null, 434.18],
        ["注：奖励金额按不超过2023年1—2月产值同比增量的1%计算，每家企业最高不超过100万元；产值数据以各市相关部门核定的企业数据为准。", null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:I1", "A14:H14", "A15:I15"],
      numberFormats: { "F4:F13": "#,##0", "G4:G13": "0.0%", "H4:H13": "#,##0", "I4:I14": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "奖励名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 14,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "category", H: "base", I: "approved" },
        year: 2023,
        item: "支持企业春节抢抓生产奖励",
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", cell: "I7", why: "1% × 1,105 = 11.05万元 allowed (below the 100 maximum), 12.50 proposed: 1.45万元 over" },
      { rule: "cap.exceeded", cell: "I10", why: "1% × 25,999 = 259.99 is above the maximum, so 100万元 binds; 120.00 proposed: 20.00万元 over" },
      { rule: "register.duplicate", cell: "I12", why: "广西邕江智造装备有限公司 (91450100MA5NX3K72J) again on row 12, same item and year as row 4" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "I8", why: "1% × 14,683 = 146.83, so the 100万元 maximum binds and 100.00 meets it" },
      { rule: "cap.rate-exceeded", cell: "I8", why: "100.00 is below 1% × 14,683 = 146.83" },
      { rule: "cap.rate-exceeded", cell: "I4", why: "1% × 2,457 = 24.57, exactly the amount" },
      { rule: "input.unreadable-value", why: "同比增速 is a condition's figure (12%以上), a number; 企业类别 is text describing the row" },
      { rule: "register.ineligible-location", why: "南宁, 柳州, 桂林, 玉林, 梧州, 钦州, 贵港, 百色 are all cities of 广西" },
      { rule: "register.location-code-mismatch", why: "each code's characters 3–6 name the row's own city (4501 南宁, 4502 柳州, 4503 桂林, 4504 梧州, 4507 钦州, 4508 贵港, 4509 玉林, 4510 百色)" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
      { rule: "cap.unknown-policy", why: "the title names the catalog's item whole" },
      { rule: "composition.total-mismatch", why: "a register's 合计 (434.18, the rows added, the duplicate included) is not a composition" },
    ],
  },
};
