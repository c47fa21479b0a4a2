import type { CorpusLayout } from "../types";

// 广西推进产业振兴三年行动指挥部 2023-01-09 (桂产业振兴指挥部〔2023〕2号): 关于巩固回升向好势头 加力振作工业经济的政策措施, 第(一)条
// 支持企业春节抢抓生产 — at most 1% of the year-on-year increase in 1—2月 output, 每家企业最高奖励不超过100万元, for the top-500 / 龙头 firms over
// 5000万元 and the 小巨人 / 单项冠军 over 2000万元 growing at least 12%. The clause as a one-row catalog; the award list on a second sheet.
export const layout: CorpusLayout = {
  id: "guangxi-2023-spring-festival-production-award",
  source: {
    title: "关于巩固回升向好势头 加力振作工业经济的政策措施（桂产业振兴指挥部〔2023〕2号）第（一）条 支持企业春节抢抓生产",
    url: "http://gxt.gxzf.gov.cn/ztgz/ywzt/zxqyfw/zxqyzcxx/t15456238.shtml",
    publisher: "广西推进产业振兴三年行动指挥部（代）",
    date: "2023-01-09",
    changes:
      "As published: the clause's conditions (产值前500名中的制造业企业 and 工业龙头企业 over 5000万元, 专精特新“小巨人” and 单项冠军 over 2000万元, " +
      "累计增速 not under 12%), the award (不超过1—2月产值同比增量的1%, 每家企业最高奖励不超过100万元), the 防控物资 firms left to 桂工信综合〔2022〕900号, " +
      "and the 责任单位; the clause text is shortened. The award list is ours (firms, codes, figures). Planted: 柳州鹿峰机械 60 where 1% × 5,400 = 54; " +
      "玉林玉柴配套铸造 120 where 1% × 26,500 = 265 is above the 100 maximum.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "rate-with-cap", "conditions-not-caps", "base-column", "growth-rate-column", "firm-type-column", "credit-codes", "cities-as-places", "item-in-title", "wanyuan-caption", "total-at-foot", "notes-under-table", "province-wide-list", "guangxi"],
  settings: { district: "广西壮族自治区" },
  sheets: [
    {
      name: "政策措施",
      widths: [8, 22, 90, 26],
      rows: [
        ["关于巩固回升向好势头 加力振作工业经济的政策措施（摘录）", null, null, null],
        ["序号", "政策措施", "政策内容", "责任单位"],
        ["一、夯实工业经济向好增长基础", null, null, null],
        ["（一）", "支持企业春节抢抓生产", "对产值排全区前500名企业中的制造业企业、自治区工业和信息化厅认定的工业龙头企业在2023年1—2月工业总产值超过5000万元且累计增速不低于12%的，对专精特新“小巨人”企业及单项冠军企业在2023年1—2月工业总产值超过2000万元且累计增速不低于12%的，均按不超过2023年1—2月产值同比增量的1%予以奖励，每家企业最高奖励不超过100万元。防控重点物资生产企业按桂工信综合〔2022〕900号执行，不重复享受。", "自治区工业和信息化厅，各设区市人民政府"],
      ],
      merges: ["A1:D1", "A3:D3"],
    },
    {
      name: "奖励名单",
      widths: [6, 10, 30, 22, 18, 14, 14, 10, 12],
      rows: [
        ["2023年支持企业春节抢抓生产奖励资金拟安排企业名单", null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "设区市", "企业名称", "统一社会信用代码", "企业类别", "2023年1—2月工业总产值", "产值同比增量", "累计增速", "奖励金额"],
        [1, "南宁市", "广西邕江智能装备有限公司", "91450100MA5NQ3K8XG", "工业龙头企业", 68500, 8200, "13.60%", 82],
        [2, "柳州市", "柳州桂中汽车零部件有限公司", "91450200MA5P7R2D61", "产值前500名", 152000, 18600, "13.94%", 100],
        [3, "柳州市", "柳州鹿峰机械有限公司", "91450200MA5L4T9W11", "产值前500名", 46800, 5400, "13.04%", 60],
        [4, "桂林市", "桂林漓光电子科技有限公司", "91450300MA5Q2H6C84", "专精特新“小巨人”", 12600, 1600, "14.55%", 16],
        [5, "玉林市", "玉林玉柴配套铸造有限公司", "91450900MA5N8B3F5R", "产值前500名", 231000, 26500, "12.96%", 120],
        [6, "钦州市", "钦州北部湾石化新材料有限公司", "91450700MA5R1K7M4L", "产值前500名", 89000, 9900, "12.52%", 99],
        ["合计", null, null, null, null, 599900, 70200, null, 477],
        ["注：产值数据以各设区市相关部门核定的企业数据为准；累计增速 = 产值同比增量 ÷ 2022年1—2月工业总产值。", null, null, null, null, null, null, null, null],
      ],
      merges: ["A1:I1", "A10:E10", "A11:I11"],
      numberFormats: { "F4:G10": "#,##0", "I4:I10": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策措施", kind: "catalog", headerRow: 2, lastRow: 4, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "奖励名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "category", G: "base", I: "approved" },
        item: "支持企业春节抢抓生产",
        year: 2023,
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", sheet: "奖励名单", cell: "I6", why: "1% × 5,400 = 54万元 allowed (below the 100 maximum), 60 proposed: 6万元 over" },
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "I8", why: "1% × 26,500 = 265 is above the maximum, so 100万元 binds; 120 proposed: 20万元 over" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "政策措施", cell: "C4", why: "1% of the output increase, at most 100万元; 5000万元 / 2000万元 and 12% are conditions, not caps" },
      { rule: "cap.exceeded", sheet: "奖励名单", cell: "I5", why: "1% × 18,600 = 186, so the 100 maximum binds and 100 meets it" },
      { rule: "cap.rate-exceeded", sheet: "奖励名单", cell: "I4", why: "1% × 8,200 = 82, exactly the amount" },
      { rule: "cap.rate-exceeded", sheet: "奖励名单", cell: "I9", why: "1% × 9,900 = 99, exactly the amount" },
      { rule: "cap.unknown-policy", why: "the list's policy is the catalog's clause" },
      { rule: "register.ineligible-location", why: "南宁, 柳州, 桂林, 玉林, 钦州 are cities of 广西" },
      { rule: "register.invalid-credit-code", why: "every code's check character is right" },
      { rule: "register.duplicate", sheet: "奖励名单", cell: "C6", why: "two 柳州 firms are different firms" },
    ],
  },
};
