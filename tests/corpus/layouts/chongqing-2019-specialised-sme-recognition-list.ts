import type { CorpusLayout } from "../types";

// 重庆市经济和信息化委员会 2019-12-17: the firms recognised as 隐形冠军 / 小巨人 / 专精特新 after the first 2019 call of the 中小微企业
// 发展专项资金, each list an annex (docx). Laid out as the 专精特新 annex: 序号 | 区县 | 企业名称 | 统一社会信用代码 — a recognition list with
// no money column.
export const layout: CorpusLayout = {
  id: "chongqing-2019-specialised-sme-recognition-list",
  source: {
    title: "关于公布2019年重庆市“隐形冠军”“小巨人”“专精特新”企业名单的通知（附件3：“专精特新”企业名单）",
    url: "http://m.eekb.com.cn/ZcjqDetail.aspx?id=314",
    publisher: "重庆市经济和信息化委员会",
    date: "2019-12-17",
    changes:
      "As published: the notice (渝中小企〔2018〕8号, 渝经信财审〔2019〕5号; 10 隐形冠军, 20 小巨人, 186 专精特新) and its annex titles. " +
      "The stored copy does not show the annex body: its columns (序号 | 区县 | 企业名称 | 统一社会信用代码) and thirteen rows are ours, " +
      "firms and codes invented (district codes of each 区县). Planted: 重庆沙磁轴承制造有限公司 listed twice (rows 7 and 15) and " +
      "重庆九恒铝业有限公司's code with a wrong check character.",
  },
  classes: ["register", "recognition-list", "no-amount-column", "credit-codes", "districts-as-places", "new-area-among-districts", "annex-label-row", "notes-under-table", "province-wide-list", "chongqing"],
  settings: { asOf: "2019-12-17", district: "重庆市" },
  sheets: [
    {
      name: "专精特新企业名单",
      widths: [6, 12, 34, 24],
      rows: [
        ["附件3", null, null, null],
        ["“专精特新”企业名单", null, null, null],
        ["序号", "区县", "企业名称", "统一社会信用代码"],
        [1, "两江新区", "重庆渝辉精密模具有限公司", "91500000MA5U2PCK2G"],
        [2, "渝北区", "重庆瑞恒机电设备有限公司", "91500112MA5U7K3C3L"],
        [3, "江北区", "重庆金桥汇科技有限公司", "91500105MA61D2QX0N"],
        [4, "沙坪坝区", "重庆沙磁轴承制造有限公司", "91500106203184751P"],
        [5, "北碚区", "重庆缙云新材料科技有限公司", "91500109MA5YF8NL97"],
        [6, "永川区", "重庆永瑞数控机床有限公司", "91500118MA60R4TB03"],
        [7, "九龙坡区", "重庆九恒铝业有限公司", "91500107MA5UB93G8Q"],
        [8, "巴南区", "重庆巴渝智能装备有限公司", "91500113MA60GN7W49"],
        [9, "长寿区", "重庆长化精细化工有限公司", "91500115203519486J"],
        [10, "江津区", "重庆津德齿轮有限公司", "91500116MA5YQ0RC90"],
        [11, "璧山区", "重庆璧丰电子科技有限公司", "91500120MA5XKQ292H"],
        [12, "沙坪坝区", "重庆沙磁轴承制造有限公司", "91500106203184751P"],
        [13, "涪陵区", "重庆涪陵榨菜包装材料有限公司", "91500102MA61XT4J9K"],
        ["注：排名不分先后。", null, null, null],
      ],
      merges: ["A2:D2", "A17:D17"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "专精特新企业名单",
        kind: "register",
        headerRow: 3,
        lastRow: 16,
        columns: { B: "place", C: "enterprise", D: "creditCode" },
      },
    ],
    findings: [
      { rule: "register.duplicate", cell: "C15", why: "重庆沙磁轴承制造有限公司 (91500106203184751P) already on row 7 (序号 4)" },
      { rule: "register.invalid-credit-code", cell: "D10", why: "91500107MA5UB93G8Q: the GB 32100 check character of 91500107MA5UB93G8 is P, not Q" },
    ],
    absent: [
      { rule: "cap.unknown-policy", why: "a recognition list with no amount column: no amount goes unchecked" },
      { rule: "register.ineligible-location", cell: "B4", why: "两江新区 is a new area of 重庆市" },
      { rule: "register.ineligible-location", cell: "B13", why: "江津区 is a district of 重庆市" },
      { rule: "register.location-code-mismatch", cell: "D4", why: "500000 is 重庆市 itself, the fund's area" },
      { rule: "register.invalid-credit-code", cell: "D4", why: "91500000MA5U2PCK2G is valid (check character G)" },
      { rule: "register.invalid-credit-code", cell: "D12", why: "91500115203519486J is valid (check character J)" },
      { rule: "input.unreadable-value", why: "the annex label and the note are text" },
    ],
  },
};
