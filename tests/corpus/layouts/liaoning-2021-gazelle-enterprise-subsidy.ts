import type { CorpusLayout } from "../types";

// 辽宁省科学技术厅 2021-12-20: the 2021 record of the province's 雏鹰、瞪羚、独角兽 firms (辽科创办发〔2021〕2号). Laid out as a subsidy list
// for the recorded firms in three groups, each a category row naming its award (一、雏鹰企业 …), a 合计 at the foot.
export const layout: CorpusLayout = {
  id: "liaoning-2021-gazelle-enterprise-subsidy",
  source: {
    title: "关于公布2021年辽宁省雏鹰瞪羚独角兽企业备案名单的通知（附件：2021年辽宁省雏鹰瞪羚独角兽企业名单）",
    url: "https://lr5.cn/2022/01/05/3938.html",
    publisher: "辽宁省科学技术厅",
    date: "2021-12-20",
    changes:
      "The notice is as published (辽科创办发〔2021〕2号; 荣信汇科电气、大连瑞迪声光 named first; 在项目、资金、人才等方面加大支持力度). The " +
      "stored copy does not show the annex, so the list's columns (序号 | 企业名称 | 统一社会信用代码 | 所在市 | 补助金额（万元）), the three " +
      "category rows, the 合计, the firms, codes and amounts are ours; the awards (雏鹰 10, 瞪羚 30, 独角兽 100万元) are chosen for the corpus. " +
      "Planted: 锦州 a 雏鹰 firm given 30; 沈阳浑南光电 listed twice among the 瞪羚.",
  },
  classes: ["register", "category-rows-give-item", "fixed-cap", "credit-codes", "cities-as-places", "wanyuan-in-header", "liaoning"],
  settings: { asOf: "2022-03-31" },
  sheets: [
    {
      name: "名单",
      widths: [6, 32, 22, 10, 16],
      rows: [
        ["附件", null, null, null, null],
        ["2021年辽宁省雏鹰瞪羚独角兽企业补助资金名单", null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在市", "补助金额（万元）"],
        ["一、雏鹰企业", null, null, null, null],
        [1, "沈阳智算云数据科技有限公司", "91210100MA0Y3KLP54", "沈阳市", 10],
        [2, "大连星海声学仪器有限公司", "91210200MA1MRTQ02T", "大连市", 10],
        [3, "锦州渤海新能源科技有限公司", "91210700MA0QK5Y47M", "锦州市", 30],
        ["二、瞪羚企业", null, null, null, null],
        [4, "沈阳浑南光电技术有限公司", "91210100MA10FX6B30", "沈阳市", 30],
        [5, "大连甘井子软件股份有限公司", "91210200MA0TW8HD92", "大连市", 30],
        [6, "沈阳浑南光电技术有限公司", "91210100MA10FX6B30", "沈阳市", 30],
        ["三、独角兽企业", null, null, null, null],
        [7, "荣信汇科电气股份有限公司", "91210300MA10PL8N2T", "鞍山市", 100],
        ["合计", null, null, null, 240],
      ],
      merges: ["A2:E2", "A4:E4", "A8:E8", "A12:E12", "A14:D14"],
      numberFormats: { "E5:E14": "0" },
    },
  ],
  catalog: {
    items: [
      { name: "雏鹰企业", capType: "fixed", capAmount: 10, unit: "万元", year: 2021, document: "辽科创办发〔2021〕2号（金额为语料选定）" },
      { name: "瞪羚企业", capType: "fixed", capAmount: 30, unit: "万元", year: 2021, document: "辽科创办发〔2021〕2号（金额为语料选定）" },
      { name: "独角兽企业", capType: "fixed", capAmount: 100, unit: "万元", year: 2021, document: "辽科创办发〔2021〕2号（金额为语料选定）" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 14,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "approved" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "E7", why: "锦州渤海新能源 is under 一、雏鹰企业, a fixed 10万元; 30 is 20万元 over" },
      { rule: "register.duplicate", cell: "E11", why: "沈阳浑南光电技术 (91210100MA10FX6B30) again under 瞪羚企业, after row 9" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "E9", why: "30 under 二、瞪羚企业 is the 瞪羚 award" },
      { rule: "cap.exceeded", cell: "E13", why: "100 under 三、独角兽企业 is the 独角兽 award" },
      { rule: "cap.unknown-policy", why: "each category row names a catalog item" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
      { rule: "input.unreadable-value", why: "the category rows are headings, not awards" },
    ],
  },
};
