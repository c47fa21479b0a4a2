import type { CorpusLayout } from "../types";

// 辽宁省人民政府办公厅 辽政办发〔2021〕7号: 关于对2020年落实有关重大政策措施真抓实干成效明显地区、部门和单位予以表扬激励的通报
// (under 辽政办〔2020〕30号): regions praised item by item, with incentive money. Laid out as the 通报's annexed list: the matter,
// the region, its city, the incentive money.
export const layout: CorpusLayout = {
  id: "liaoning-2020-zhuagan-shigan-incentive-list",
  source: {
    title: "辽宁省人民政府办公厅关于对2020年落实有关重大政策措施真抓实干成效明显地区、部门和单位予以表扬激励的通报（辽政办发〔2021〕7号）",
    url: "http://jyqzdz.com/web/zwgkx/lnsrmzfgb/2021n/qk/2021n_dseq/szfbgtwj/DF6E2769A11844B1B6429CBAD976A4F0/index.shtml",
    publisher: "辽宁省人民政府办公厅 (辽宁省人民政府公报, page stored on a mirror)",
    date: "2021",
    changes:
      "As published: the 通报's number, title and basis (辽政办〔2020〕30号). The stored copy breaks off before the annex: the list (序号 | " +
      "激励事项 | 受表扬激励地区 | 所属市 | 激励资金（万元）), the matters, regions and amounts are ours, and the cap (最高1000万元) is the " +
      "corpus's choice. Planted: 沈阳市 at 1,200 over the 1,000 cap; 新民市 listed twice under 推进农业农村; 四平市 (吉林省) in 辽宁's list.",
  },
  classes: ["register", "regions-as-applicants", "public-bodies-as-applicants", "category-column", "max-cap", "duplicate-row", "out-of-province-place", "no-credit-codes", "item-in-title", "year-in-title", "wanyuan-in-header", "total-at-foot", "province-wide-fund", "liaoning"],
  settings: { district: "辽宁省" },
  sheets: [
    {
      name: "表扬激励名单",
      widths: [6, 22, 16, 12, 18],
      rows: [
        ["2020年落实有关重大政策措施真抓实干成效明显地区激励名单", null, null, null, null],
        ["序号", "激励事项", "受表扬激励地区", "所属市", "激励资金（万元）"],
        [1, "稳外资稳外贸", "大连市", "大连市", 800],
        [2, "稳外资稳外贸", "营口市", "营口市", 500],
        [3, "促进工业稳增长", "鞍山市", "鞍山市", 600],
        [4, "促进工业稳增长", "海城市", "鞍山市", 300],
        [5, "推进农业农村", "新民市", "沈阳市", 300],
        [6, "推进农业农村", "瓦房店市", "大连市", 300],
        [7, "深化“放管服”改革", "沈阳市", "沈阳市", 1200],
        [8, "深化“放管服”改革", "盘锦市", "盘锦市", 500],
        [9, "推进农业农村", "新民市", "沈阳市", 300],
        [10, "生态环境保护", "四平市", "四平市", 400],
        [11, "生态环境保护", "丹东市", "丹东市", 400],
        ["合计", null, null, null, 5600],
        ["注：激励资金由省财政统筹相关专项资金安排，专项用于相关领域工作。", null, null, null, null],
      ],
      merges: ["A1:E1", "A14:D14", "A15:E15"],
    },
  ],
  catalog: {
    items: [
      {
        name: "真抓实干成效明显地区激励",
        capType: "max",
        capAmount: 1000,
        unit: "万元",
        year: 2020,
        document: "辽政办〔2020〕30号（每项激励最高1000万元：上限为语料选定）",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "表扬激励名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 14,
        columns: { B: "category", C: "enterprise", D: "place", E: "approved" },
        year: 2020,
        item: "真抓实干成效明显地区激励",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "E9", why: "最高1000万元; 沈阳市 1,200: 200 over" },
      { rule: "register.duplicate", cell: "C11", why: "新民市 under 推进农业农村 again (row 7 already)" },
      { rule: "register.ineligible-location", cell: "D12", why: "四平市 is a city of 吉林省, not of 辽宁省" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "E14", why: "合计 5,600 is the list's total (800 + 500 + 600 + 300 + 300 + 300 + 1,200 + 500 + 300 + 400 + 400)" },
      { rule: "cap.exceeded", cell: "E3", why: "800 is within 1,000" },
      { rule: "register.ineligible-location", cell: "D6", why: "海城市 lies in 鞍山市, 辽宁" },
      { rule: "register.duplicate", cell: "C5", why: "鞍山市 and 海城市 are different regions" },
      { rule: "register.unpaid", why: "no as-of date set" },
      { rule: "cap.unknown-policy", why: "the catalog holds 真抓实干成效明显地区激励" },
    ],
  },
};
