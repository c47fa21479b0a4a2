import type { CorpusLayout } from "../types";

// 青岛市工业和信息化局 2023-07-14: 关于组织2022年度青岛市制造业企业提档升级奖励申报工作的通知 — 2022年度收入首次超过1000亿元、500亿元、
// 100亿元、50亿元的制造业企业, 分别给予500万元、200万元、100万元、50万元奖励 (一次性事后奖励, 按晋级补差原则), with 附件1 the districts'
// 推荐表: the firms' revenue in 亿元 for two years beside the award in 万元 (units in the headers), the level reached as 奖励类别.
export const layout: CorpusLayout = {
  id: "qingdao-2022-manufacturing-upgrade-award-recommendations",
  source: {
    title: "关于组织2022年度青岛市制造业企业提档升级奖励申报工作的通知（附件1：2022年度区(市)大企业提档升级推荐表）",
    url: "http://www.zckjxh.com/xhzx/tzgg/144.html",
    publisher: "青岛市工业和信息化局（运行监测协调处；众创空间协会转载）",
    date: "2023-07-14",
    changes:
      "The notice's standard is as published (收入首次超过1000亿元、500亿元、100亿元、50亿元 → 500 / 200 / 100 / 50万元, 晋级补差) and so is the " +
      "annex's title; the stored copy names the annex (加盖区(市)工信部门公章) but does not show it, so its columns (序号 | 企业名称 | " +
      "统一社会信用代码 | 所在区（市） | 2021年度营业收入（亿元） | 2022年度营业收入（亿元） | 奖励类别 | 奖励金额（万元） | 备注) and all firms, " +
      "codes and figures are ours, the districts' forms gathered in one. The catalog holds the four levels as maxima (晋级补差 pays a firm the " +
      "difference from an earlier level). Planted: 胶东重工 80万元 at the 50亿元 level (max 50); 莱西新能源's code registered in 烟台市牟平区 " +
      "(370612) though it is listed in 莱西市; a 烟台市福山区 firm recommended for Qingdao's award.",
  },
  classes: ["register", "tiered-maxima", "level-as-item", "item-column-headed-category", "revenue-columns-in-yi", "mixed-units-in-headers", "top-up-difference-in-remark", "credit-codes", "districts-as-places", "county-cities-as-places", "city-wide-fund", "annex-number-above-title", "signoff-line", "total-at-foot", "shandong"],
  settings: { district: "山东省青岛市" },
  sheets: [
    {
      name: "推荐表",
      widths: [6, 30, 22, 12, 14, 14, 16, 12, 36],
      rows: [
        ["附件1", null, null, null, null, null, null, null, null],
        ["2022年度区（市）大企业提档升级推荐表", null, null, null, null, null, null, null, null],
        ["推荐单位（盖章）：", null, null, null, null, null, "填报日期：2023年7月", null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在区（市）", "2021年度营业收入（亿元）", "2022年度营业收入（亿元）", "奖励类别", "奖励金额（万元）", "备注"],
        [1, "青岛海晟智能装备有限公司", "91370211MA3C8K2N7G", "黄岛区", 46.3, 58.7, "首次超过50亿元", 50, null],
        [2, "青岛瑞丰新材料股份有限公司", "91370214MA3D5PQ810", "城阳区", 88.2, 112.5, "首次超过100亿元", 100, null],
        [3, "青岛东岳轮胎有限公司", "91370215MA3EJ7RT2D", "即墨区", 92, 104.3, "首次超过100亿元", 50, "2020年度已获50亿元档奖励50万元，按晋级补差原则奖励50万元"],
        [4, "青岛海川电子科技有限公司", "91370212MA3F2L9W57", "崂山区", 430.6, 512.8, "首次超过500亿元", 200, null],
        [5, "青岛胶东重工机械有限公司", "91370281MA3G8X4C34", "胶州市", 41.9, 53.2, "首次超过50亿元", 80, null],
        [6, "青岛平度食品有限公司", "91370283MA3H6N1D6T", "平度市", 47.5, 51.6, "首次超过50亿元", 50, null],
        [7, "青岛莱西新能源汽车有限公司", "91370612MA3J4B7K0X", "莱西市", 95.4, 101.2, "首次超过100亿元", 100, null],
        [8, "烟台福山汽车配件有限公司", "91370611MA3K9R2T8H", "烟台市福山区", 44.8, 55.9, "首次超过50亿元", 50, null],
        ["合计", null, null, null, null, null, null, 680, null],
        ["填表人：", null, null, "联系电话：", null, null, null, null, null],
      ],
      merges: ["A1:I1", "A2:I2", "A3:F3", "G3:I3", "A13:G13"],
      numberFormats: { "E5:F12": "0.0" },
    },
  ],
  catalog: {
    items: [
      { name: "首次超过50亿元", category: "制造业企业提档升级奖励", capType: "max", capAmount: 50, unit: "万元", year: 2022, document: "青政发〔2021〕18号；青工信规〔2022〕2号" },
      { name: "首次超过100亿元", category: "制造业企业提档升级奖励", capType: "max", capAmount: 100, unit: "万元", year: 2022, document: "青政发〔2021〕18号；青工信规〔2022〕2号" },
      { name: "首次超过500亿元", category: "制造业企业提档升级奖励", capType: "max", capAmount: 200, unit: "万元", year: 2022, document: "青政发〔2021〕18号；青工信规〔2022〕2号" },
      { name: "首次超过1000亿元", category: "制造业企业提档升级奖励", capType: "max", capAmount: 500, unit: "万元", year: 2022, document: "青政发〔2021〕18号；青工信规〔2022〕2号" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "推荐表",
        kind: "register",
        unit: "万元",
        headerRow: 4,
        lastRow: 13,
        columns: { B: "enterprise", C: "creditCode", D: "place", G: "item", H: "approved" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "H9", why: "胶东重工: 首次超过50亿元 is at most 50万元; 80 recommended: 30万元 over" },
      { rule: "register.ineligible-location", cell: "D12", why: "烟台市福山区 is outside 青岛市" },
      { rule: "register.location-code-mismatch", cell: "C11", why: "莱西新能源 is listed in 莱西市 (inside 青岛) but characters 3–8 of its code, 370612, name 烟台市牟平区" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "H7", why: "东岳轮胎's 50万元 at the 100亿元 level is the 晋级补差 difference, below the maximum 100" },
      { rule: "cap.exceeded", cell: "H8", why: "首次超过500亿元: 200 = the maximum" },
      { rule: "cap.exceeded", cell: "H13", why: "合计 680 is no award (50+100+50+200+80+50+100+50)" },
      { rule: "cap.exceeded", cell: "F6", why: "营业收入 (亿元) are the firms' revenue, the levels' conditions, not awards" },
      { rule: "register.ineligible-location", cell: "D9", why: "黄岛区, 城阳区, 即墨区, 崂山区, 胶州市, 平度市 and 莱西市 are all in 青岛市" },
      { rule: "register.location-code-mismatch", cell: "C12", why: "the 烟台 firm is outside, reported as such, not as a code mismatch" },
      { rule: "register.duplicate", why: "eight firms, each once" },
      { rule: "register.invalid-credit-code", why: "every code is valid" },
      { rule: "cap.unknown-policy", why: "every 奖励类别 is a catalog item" },
      { rule: "register.unpaid", why: "a 推荐表 records no payments" },
    ],
  },
};
