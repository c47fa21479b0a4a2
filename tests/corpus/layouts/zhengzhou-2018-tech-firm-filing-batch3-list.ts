import type { CorpusLayout } from "../types";

// 郑州市科技局 2018-09-11 (reported by 大河报·大河财立方): 2018年度第三批科技型企业备案名单 — 553 firms (高新区 181, 金水区 151, 巩义市 42),
// 公示 2018-09-11 to 09-15, under 郑州市科技型企业备案管理暂行办法 (郑科规〔2017〕6号). The report ends "附：名单" but the stored copy has no
// list: it is set out as such a 备案名单 is published (序号 | 备案编号 | 企业名称 | 统一社会信用代码 | 所属区县（市）), no money.
export const layout: CorpusLayout = {
  id: "zhengzhou-2018-tech-firm-filing-batch3-list",
  source: {
    title: "郑州市公示2018年度第三批科技型企业备案名单 553家企业入选（名单据报道拟）",
    url: "http://zhengzhou.cn360cn.com/c2480209.htm",
    publisher: "郑州市科学技术局（大河报报道）",
    date: "2018-09-11",
    changes:
      "As reported: the batch (第三批, 553 firms), the 公示 period, the districts with most firms (高新区 181, 金水区 151, 巩义市 42) and the basis " +
      "(郑科规〔2017〕6号). The list itself is not in the stored copy: its columns, the twelve rows kept, every name, 备案编号 and code are ours " +
      "(characters 3–8 name the firm's district; 410100 for the city's development zones). Planted: 郑州二七嵩岳软件's code with a wrong check " +
      "character; 河南金瑞达电子科技 listed a second time at the foot with the same code.",
  },
  classes: ["register", "recognition-list", "no-amount-column", "filing-number-column", "credit-codes", "districts-as-places", "development-zone-as-place", "table-not-in-stored-copy", "news-report", "city-list", "henan"],
  settings: { district: "郑州市" },
  sheets: [
    {
      name: "备案名单",
      widths: [6, 14, 34, 24, 14],
      rows: [
        ["郑州市2018年度第三批科技型企业备案名单", null, null, null, null],
        ["序号", "备案编号", "企业名称", "统一社会信用代码", "所属区县（市）"],
        [1, "2018-3-0001", "郑州瑞和制药有限公司", "91410100MAE0QLDNCH", "高新区"],
        [2, "2018-3-0002", "郑州中创信息技术有限公司", "91410100MAKLBH2AXK", "高新区"],
        [3, "2018-3-0003", "河南金瑞达电子科技有限公司", "91410105MA20GTX97T", "金水区"],
        [4, "2018-3-0004", "郑州北林环境工程有限公司", "91410105MA1A3306M7", "金水区"],
        [5, "2018-3-0005", "巩义市恒达耐材有限公司", "91410181MAC14EHYT6", "巩义市"],
        [6, "2018-3-0006", "郑州中原智造机械有限公司", "91410102MA619RHDXH", "中原区"],
        [7, "2018-3-0007", "郑州二七嵩岳软件有限公司", "91410103MA5MB4LPPW", "二七区"],
        [8, "2018-3-0008", "郑州商都检测技术有限公司", "91410104MA42PWFTP6", "管城回族区"],
        [9, "2018-3-0009", "郑州黄河生态农业科技有限公司", "91410108MADRYUWAQE", "惠济区"],
        [10, "2018-3-0010", "新郑市华裕食品科技有限公司", "91410184MAD4GE77RQ", "新郑市"],
        [11, "2018-3-0011", "郑州云谷数据科技有限公司", "91410100MACQ3K356C", "郑东新区"],
        [12, "2018-3-0012", "河南金瑞达电子科技有限公司", "91410105MA20GTX97T", "金水区"],
      ],
      merges: ["A1:E1"],
    },
  ],
  expect: {
    tables: [
      { sheet: "备案名单", kind: "register", headerRow: 2, lastRow: 14, columns: { C: "enterprise", D: "creditCode", E: "place" } },
    ],
    findings: [
      { rule: "register.invalid-credit-code", cell: "D9", why: "91410103MA5MB4LPPW: the first 17 characters give the check character X, not W" },
      { rule: "register.duplicate", cell: "C14", why: "河南金瑞达电子科技有限公司 (91410105MA20GTX97T) is row 5 already, in the same batch" },
    ],
    absent: [
      { rule: "cap.unknown-policy", why: "a recognition list with no amount column: no amount goes unchecked" },
      { rule: "register.ineligible-location", cell: "E3", why: "高新区 is 郑州高新技术产业开发区, in 郑州" },
      { rule: "register.ineligible-location", cell: "E13", why: "郑东新区 is a zone of 郑州" },
      { rule: "register.ineligible-location", cell: "E12", why: "新郑市 is a county-level city of 郑州" },
      { rule: "register.location-code-mismatch", cell: "D3", why: "410100 is 郑州市 itself (the zones' registering authority)" },
      { rule: "register.invalid-credit-code", cell: "B3", why: "2018-3-0001 is the filing number, not a credit code" },
      { rule: "register.invalid-credit-code", cell: "D7", why: "91410181MAC14EHYT6 has its right check character" },
      { rule: "register.unpaid", why: "no money: nothing to pay" },
    ],
  },
};
