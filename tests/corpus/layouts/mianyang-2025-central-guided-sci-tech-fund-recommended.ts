import type { CorpusLayout } from "../types";

// 绵阳市科学技术局 2026-01-12: 关于2025年中央引导地方科技发展资金项目拟推荐立项的公示 — 经各单位申报、项目评审, 附件:
// 2025年中央引导地方科技发展资金项目拟推荐立项清单. The stored copy shows the notice only; laid out as such a 清单 is published:
// 序号 | 项目名称 | 申报单位 | 所在县（市、区） | 拟支持资金（万元）, 合计 at the foot.
export const layout: CorpusLayout = {
  id: "mianyang-2025-central-guided-sci-tech-fund-recommended",
  source: {
    title: "绵阳市科学技术局关于2025年中央引导地方科技发展资金项目拟推荐立项的公示（附件清单据公示拟）",
    url: "http://www.zhaozhengce.cn/Policy/Detail/22585",
    publisher: "绵阳市科学技术局（找政策网转载）",
    date: "2026-01-12",
    changes:
      "As published: the annex's title (2025年中央引导地方科技发展资金项目拟推荐立项清单) and that the list follows 申报 and 评审 under 川财教〔2025〕57号. " +
      "The stored copy shows the notice, not the annex: the columns are those such a 清单 carries and every project, body, place and sum is ours " +
      "(清单据公示拟). Planted: one applicant placed in 广汉市, a city of 德阳, outside 绵阳. No catalog comes with the list.",
  },
  classes: [
    "register", "recommended-list", "project-and-applicant", "county-column", "total-at-foot", "whole-wanyuan", "wanyuan-in-header",
    "no-catalog", "no-credit-codes", "outside-district", "table-from-prose", "city-fund", "sichuan",
  ],
  settings: { district: "绵阳市" },
  sheets: [
    {
      name: "拟推荐立项清单",
      widths: [6, 36, 30, 16, 16],
      rows: [
        ["2025年中央引导地方科技发展资金项目拟推荐立项清单", null, null, null, null],
        ["序号", "项目名称", "申报单位", "所在县（市、区）", "拟支持资金（万元）"],
        [1, "高性能稀土永磁材料制备关键技术研发", "绵阳鑫磁新材料有限公司", "涪城区", 100],
        [2, "航空发动机叶片精密锻造工艺开发", "四川江油精锻科技有限公司", "江油市", 80],
        [3, "低空飞行器智能巡检系统研制", "绵阳游仙智航科技有限公司", "游仙区", 60],
        [4, "丘陵地区小麦绿色高产技术集成示范", "三台县丰谷农业科技有限公司", "三台县", 50],
        [5, "磷酸铁锂正极材料循环再生技术研发", "四川安州新能材料有限公司", "安州区", 80],
        [6, "MEMS压力传感器芯片封装测试平台建设", "广汉微纳传感技术有限公司", "广汉市", 60],
        [7, "川芎道地药材规范化种植技术推广", "梓潼县文昌中药材有限公司", "梓潼县", 40],
        [8, "羌绣非遗数字化设计平台开发", "北川羌族自治县禹羌文化科技有限公司", "北川羌族自治县", 30],
        [9, "高山冷水鱼生态养殖技术示范", "平武县涪源水产科技有限公司", "平武县", 30],
        [10, "盐亭县嫘祖蚕桑产业链技术提升", "盐亭县蚕丝科技有限公司", "盐亭县", 40],
        ["合计", null, null, null, 570],
      ],
      merges: ["A1:E1", "A13:D13"],
      numberFormats: { "E3:E13": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "拟推荐立项清单", kind: "register", unit: "万元", headerRow: 2, lastRow: 13,
        columns: { B: "project", C: "enterprise", D: "place", E: "approved" }, year: 2025,
      },
    ],
    findings: [
      { rule: "cap.unknown-policy", cell: "E3", why: "no catalog: the list's amounts (2025年中央引导地方科技发展资金) are reported once as unchecked, at the first row's 拟支持资金" },
      { rule: "register.ineligible-location", cell: "D8", why: "广汉市 is a county-level city of 德阳市, outside 绵阳市" },
    ],
    absent: [
      { rule: "register.ineligible-location", cell: "D10", why: "北川羌族自治县 is a county of 绵阳; so are 江油市, 三台县, 梓潼县, 平武县, 盐亭县 and the districts 涪城、游仙、安州" },
      { rule: "register.duplicate", why: "every 申报单位 is listed once" },
      { rule: "composition.total-mismatch", cell: "E13", why: "100 + 80 + 60 + 50 + 80 + 60 + 40 + 30 + 30 + 40 = 570" },
      { rule: "register.unpaid", why: "a 拟推荐 list records no payments" },
      { rule: "register.invalid-credit-code", why: "the list carries no credit codes" },
    ],
  },
};
