import type { CorpusLayout } from "../types";

// 山西省文化和旅游厅 2021-12-29: 关于确定13家旅游景区为国家4A级旅游景区的公告 — 阳城县海会书院景区 … 垣曲望仙大峡谷景区, named in a
// numbered prose list. Laid out as the award list a 新晋4A景区 reward annexes: the scenic area, its county and city, the operator,
// its code, the award.
export const layout: CorpusLayout = {
  id: "shanxi-2021-new-4a-scenic-area-awards",
  source: {
    title: "山西省文化和旅游厅关于确定13家旅游景区为国家4A级旅游景区的公告（奖励名单表据正文拟）",
    url: "http://www.yj1010.com/forum.php?mod=viewthread&page=1&tid=3163",
    publisher: "山西省文化和旅游厅 (公告 reposted by 山西日报新媒体)",
    date: "2021-12-29",
    changes:
      "As published: the thirteen scenic areas in the 公告's order (阳城县海会书院景区, 河津市大梯子崖景区, 临县碛口景区, 繁峙县憨山文化旅游景区, " +
      "襄汾县荷花小镇景区, 灵丘县平型关大捷景区, 天镇县李二口长城景区, 临县义居寺景区, 榆次区小西沟景区, 永和黄河乾坤湾景区, 泽州县司徒小镇景区, " +
      "万荣后土祠景区, 垣曲望仙大峡谷景区). The 公告 only names them: the award, its fixed 50万元 (the corpus's choice), the operators and " +
      "their codes are ours. Planted: 天镇县李二口长城景区 at 80万元 over the fixed 50; the operator code of 襄汾县荷花小镇景区 with a wrong " +
      "check character (…QN, the check is M).",
  },
  classes: ["register", "fixed-cap", "scenic-areas", "credit-codes", "invalid-credit-code", "counties-and-cities", "item-in-title", "year-in-title", "wanyuan-in-header", "total-at-foot", "table-from-prose", "province-wide-fund", "shanxi"],
  settings: { district: "山西省" },
  sheets: [
    {
      name: "奖励名单",
      widths: [6, 24, 14, 10, 30, 22, 14],
      rows: [
        ["2021年新晋国家4A级旅游景区奖励名单", null, null, null, null, null, null],
        ["序号", "景区名称", "所在县（市、区）", "所属市", "运营单位", "统一社会信用代码", "奖励金额（万元）"],
        [1, "海会书院景区", "阳城县", "晋城市", "阳城县海会文化旅游开发有限公司", "91140522MA0KA3R1LL", 50],
        [2, "大梯子崖景区", "河津市", "运城市", "河津市龙门山水旅游有限公司", "91140882MA0KB7T2MF", 50],
        [3, "碛口景区", "临县", "吕梁市", "临县碛口古镇旅游有限公司", "91141124MA0KC2W3NT", 50],
        [4, "憨山文化旅游景区", "繁峙县", "忻州市", "繁峙县憨山旅游开发有限公司", "91140924MA0KD5X4PY", 50],
        [5, "荷花小镇景区", "襄汾县", "临汾市", "襄汾县汾河湿地旅游有限公司", "91141023MA0KE8Y5QN", 50],
        [6, "平型关大捷景区", "灵丘县", "大同市", "灵丘县平型关红色旅游有限公司", "91140224MA0KF1A6RR", 50],
        [7, "李二口长城景区", "天镇县", "大同市", "天镇县长城文化旅游有限公司", "91140222MA0KG4B7T4", 80],
        [8, "义居寺景区", "临县", "吕梁市", "临县湫水文旅发展有限公司", "91141124MA0KH6C8U8", 50],
        [9, "小西沟景区", "榆次区", "晋中市", "晋中市榆次小西沟农旅有限公司", "91140702MA0KJ9D1WX", 50],
        [10, "黄河乾坤湾景区", "永和县", "临汾市", "永和县乾坤湾旅游开发有限公司", "91141032MA0KK3E2XT", 50],
        [11, "司徒小镇景区", "泽州县", "晋城市", "泽州县司徒文旅小镇有限公司", "91140525MA0KL5F3Y4", 50],
        [12, "后土祠景区", "万荣县", "运城市", "万荣县后土文化旅游有限公司", "91140822MA0KM7G4A7", 50],
        [13, "望仙大峡谷景区", "垣曲县", "运城市", "垣曲县望仙谷旅游开发有限公司", "91140827MA0KN2H5BW", 50],
        ["合计", null, null, null, null, null, 680],
        ["注：依照《旅游景区质量等级的划分与评定》，经各市推荐、省文化和旅游厅评定并于2021年12月22日完成公示。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A16:F16", "A17:G17"],
    },
  ],
  catalog: {
    items: [
      {
        name: "新晋国家4A级旅游景区奖励",
        capType: "fixed",
        capAmount: 50,
        unit: "万元",
        year: 2021,
        document: "新晋国家4A级旅游景区一次性奖励50万元（金额为语料选定，公告未载）",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "奖励名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 16,
        columns: { B: "project", C: "place", E: "enterprise", F: "creditCode", G: "approved" },
        year: 2021,
        item: "新晋国家4A级旅游景区奖励",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "G9", why: "fixed 50万元; 李二口长城景区 80: 30万元 over" },
      { rule: "register.invalid-credit-code", cell: "F7", why: "91141023MA0KE8Y5Q + check: the GB 32100 check character is M, the code ends N" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "G16", why: "合计 680 (= 12 × 50 + 80) is the list's total" },
      { rule: "register.duplicate", cell: "B10", why: "临县 holds two different scenic areas (碛口, 义居寺) with different operators" },
      { rule: "register.ineligible-location", why: "every county and city lies in 山西省" },
      { rule: "register.location-code-mismatch", why: "each code's division (140522 阳城 … 140827 垣曲) is its own county" },
      { rule: "register.unpaid", why: "no as-of date set" },
      { rule: "cap.unknown-policy", why: "the catalog holds 新晋国家4A级旅游景区奖励" },
    ],
  },
};
