import type { CorpusLayout } from "../types";

// 呼和浩特市发改委 政策直达 2025-05-29: 推动新型工业化发展十条政策措施 — industrial firms adding 50 / 30 / 10 / 5亿元 or more of output get a
// one-time 300 / 200 / 100 / 50万元. The year's 兑现名单 by 旗县区, tier named in a 奖励项目 column, caps from a catalog file.
export const layout: CorpusLayout = {
  id: "hohhot-2024-new-output-value-awards",
  source: {
    title: "呼和浩特市推动新型工业化发展十条政策措施 — 工业企业新增产值奖励（2024年度拟兑现名单据政策拟）",
    url: "http://fgw.huhhot.gov.cn/ztzl/myjj/zczy/sjzczy/202505/t20250529_1895984.html",
    publisher: "呼和浩特市发展和改革委员会（政策直达）",
    date: "2025-05-29",
    changes:
      "The page states the policy only (适用对象, 政策内容, 咨询部门, 政策依据). The list is ours: 序号 | 旗县区 | 企业名称 | 统一社会信用代码 | " +
      "2024年新增产值（亿元） | 奖励项目 | 奖励金额（万元）, eight rows, firms and codes invented (codes of 呼和浩特's districts and counties), " +
      "合计 at the foot; the four tiers as catalog items (fixed 300 / 200 / 100 / 50). The 入规 award (60万元 paid 10 / 20 / 30 over three years) " +
      "is left out. Planted: a 10亿元-tier firm given 150; 蒙禾乳业 listed twice under the same tier; 玉泉药业's code ends 7 where GB 32100 gives 4.",
  },
  classes: [
    "register", "fixed-cap", "tiers-as-items", "item-column", "base-in-yiyuan-beside-wanyuan", "credit-codes", "districts-and-counties-as-places",
    "year-in-title", "catalog-file", "wanyuan-caption", "whole-wanyuan", "total-at-foot", "notes-under-table", "table-from-prose", "city-fund",
    "neimenggu",
  ],
  settings: { district: "呼和浩特市" },
  catalog: {
    items: [
      { name: "新增产值50亿元及以上奖励", capType: "fixed", capAmount: 300, unit: "万元", document: "呼和浩特市推动新型工业化发展十条政策措施（新增产值50亿元及以上的给予300万元一次性奖励）" },
      { name: "新增产值30亿元及以上奖励", capType: "fixed", capAmount: 200, unit: "万元", document: "呼和浩特市推动新型工业化发展十条政策措施（新增产值30亿元及以上的给予200万元一次性奖励）" },
      { name: "新增产值10亿元及以上奖励", capType: "fixed", capAmount: 100, unit: "万元", document: "呼和浩特市推动新型工业化发展十条政策措施（新增产值10亿元及以上的给予100万元一次性奖励）" },
      { name: "新增产值5亿元及以上奖励", capType: "fixed", capAmount: 50, unit: "万元", document: "呼和浩特市推动新型工业化发展十条政策措施（新增产值5亿元及以上的给予50万元一次性奖励）" },
    ],
  },
  sheets: [
    {
      name: "兑现名单",
      widths: [6, 12, 32, 22, 14, 26, 14],
      rows: [
        ["呼和浩特市2024年度工业企业新增产值奖励拟兑现名单", null, null, null, null, null, null],
        ["单位：万元", null, null, null, null, null, null],
        ["序号", "旗县区", "企业名称", "统一社会信用代码", "2024年新增产值（亿元）", "奖励项目", "奖励金额（万元）"],
        [1, "赛罕区", "内蒙古蒙禾乳业制品有限公司", "91150105MA0N3K7Q2F", 12.6, "新增产值10亿元及以上奖励", 100],
        [2, "托克托县", "托克托县晟源硅材料有限公司", "91150122MA7C5D9H30", 53.4, "新增产值50亿元及以上奖励", 300],
        [3, "土默特左旗", "土默特左旗金川光伏材料有限公司", "91150121MA0Q8W2E41", 31.2, "新增产值30亿元及以上奖励", 200],
        [4, "和林格尔县", "和林格尔县绿野生物科技有限公司", "91150123MA0R2M6T7U", 6.8, "新增产值5亿元及以上奖励", 50],
        [5, "新城区", "呼和浩特市青城装备制造有限公司", "91150102MA0PX4R816", 10.9, "新增产值10亿元及以上奖励", 150],
        [6, "玉泉区", "呼和浩特市玉泉药业有限公司", "91150104MA13T6L5X7", 5.3, "新增产值5亿元及以上奖励", 50],
        [7, "赛罕区", "内蒙古云谷数据服务有限公司", "91150105MA13B8N4K8", 8.2, "新增产值5亿元及以上奖励", 50],
        [8, "赛罕区", "内蒙古蒙禾乳业制品有限公司", "91150105MA0N3K7Q2F", 12.6, "新增产值10亿元及以上奖励", 100],
        ["合计", null, null, null, null, null, 1000],
        ["注：新增产值以统计部门反馈数据为准；奖励资金由市、旗县区按财政体制分担。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A2:G2", "A12:F12", "A13:G13"],
      numberFormats: { "E4:E11": "0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "place", C: "enterprise", D: "creditCode", F: "item", G: "approved" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "G8", why: "青城装备制造: 150万元 under 新增产值10亿元及以上奖励, whose award is 100万元" },
      { rule: "register.duplicate", cell: "F11", why: "蒙禾乳业 (91150105MA0N3K7Q2F) under 新增产值10亿元及以上奖励 again in 2024: first on row 4" },
      { rule: "register.invalid-credit-code", cell: "D9", why: "91150104MA13T6L5X7: the GB 32100 check character of 91150104MA13T6L5X is 4, not 7" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "G5", why: "托克托县晟源硅材料: 300 under the 50亿元 tier, its own award" },
      { rule: "cap.rate-exceeded", why: "no item is a rate; 新增产值（亿元） is the basis of the tier, not a base the award is a share of" },
      { rule: "cap.unknown-policy", cell: "F4", why: "every 奖励项目 names a catalog item" },
      { rule: "register.ineligible-location", cell: "B5", why: "托克托县, 土默特左旗, 和林格尔县 and the four districts are all 呼和浩特's" },
      { rule: "register.duplicate", cell: "C10", why: "云谷数据 appears once; 赛罕区 repeated is a place, not a firm" },
    ],
  },
};
