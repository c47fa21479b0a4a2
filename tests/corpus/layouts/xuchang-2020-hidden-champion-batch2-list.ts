import type { CorpusLayout } from "../types";

// 许昌市工业和信息化局 2020-11-23: the second batch of 2020 “隐形冠军” 培育企业 put up for publicity (12 firms, 名单见附件 xlsx), as the
// attachment's list: 序号 | 企业名称 | 统一社会信用代码 | 所在县（市、区） | 主导产品 | 所属行业, the publicity period noted under it.
export const layout: CorpusLayout = {
  id: "xuchang-2020-hidden-champion-batch2-list",
  source: {
    title: "2020年度许昌市第二批“隐形冠军”培育企业拟认定名单公示（附件：拟认定名单）",
    url: "http://henan.kjzch.com/xuchang/2020-11-23/752981.html",
    publisher: "许昌市工业和信息化局",
    date: "2020-11-23",
    changes:
      "The notice (许工信〔2020〕33号 方案; 12 firms; 公示期 11月23日至12月01日) is kept; its xlsx attachment was not stored, so no grid was found: " +
      "the list's columns are the usual ones of such lists and every firm, code, product and trade is ours. Planted: one firm listed twice; a " +
      "firm of 新郑市 (郑州) on a 许昌 list; a bad check character.",
  },
  classes: ["register", "recognition-list", "no-amount-column", "credit-codes", "counties-as-places", "trade-column", "notes-under-table", "city-list", "henan"],
  settings: { district: "许昌市" },
  sheets: [
    {
      name: "拟认定名单",
      widths: [6, 32, 22, 16, 20, 14],
      rows: [
        ["2020年度许昌市第二批“隐形冠军”培育企业拟认定名单", null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在县（市、区）", "主导产品", "所属行业"],
        [1, "许昌瑞鑫重工机械有限公司", "91411003ENB42MTU35", "建安区", "矿用液压支架", "装备制造"],
        [2, "许昌德泰发制品有限公司", "91411002DDPF65PQX7", "魏都区", "假发头套", "发制品"],
        [3, "鄢陵县绿源花木科技有限公司", "914110243TUKDUE1YW", "鄢陵县", "育苗容器", "现代农业"],
        [4, "河南襄通电力器材有限公司", "91411025APUUTGU12H", "襄城县", "输电线路金具", "电力装备"],
        [5, "禹州市钧韵陶瓷有限公司", "9141108104G3Y1FHLG", "禹州市", "钧瓷日用器", "陶瓷"],
        [6, "长葛市恒力五金制品有限公司", "914110820TC0M6RGB6", "长葛市", "不锈钢锁具", "五金"],
        [7, "许昌博远电气科技有限公司", "91411003CKBCA1N4KD", "建安区", "智能配电柜", "电力装备"],
        [8, "禹州市康泽中药饮片有限公司", "91411081TXAC6F96CJ", "禹州市", "中药饮片", "生物医药"],
        [9, "新郑市华骏食品有限公司", "91410184K0HM15HDER", "新郑市", "速冻食品", "食品"],
        [10, "许昌德泰发制品有限公司", "91411002DDPF65PQX7", "魏都区", "假发头套", "发制品"],
        [11, "长葛市蓝鲸再生资源有限公司", "914110826F7C4BDNA3", "长葛市", "再生铝锭", "有色金属"],
        [12, "襄城县金汇硅材料有限公司", "91411025G3ACWNW335", "襄城县", "硅碳负极材料", "新材料"],
        ["注：公示期2020年11月23日至12月01日，如有异议请在公示期内以书面形式反馈至市工信局。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A15:F15"],
    },
  ],
  expect: {
    tables: [
      { sheet: "拟认定名单", kind: "register", headerRow: 2, lastRow: 14, columns: { B: "enterprise", C: "creditCode", D: "place", F: "category" }, year: 2020 },
    ],
    findings: [
      { rule: "register.duplicate", cell: "B12", why: "许昌德泰发制品有限公司 (91411002DDPF65PQX7) listed again at 序号10; first at row 4" },
      { rule: "register.ineligible-location", cell: "D11", why: "新郑市 is a county-level city of 郑州, outside 许昌市" },
      { rule: "register.invalid-credit-code", cell: "C14", why: "91411025G3ACWNW335: the check character for 91411025G3ACWNW33 is 2, not 5" },
    ],
    absent: [
      { rule: "cap.unknown-policy", why: "a recognition list with no amount column: no amount goes unchecked" },
      { rule: "register.ineligible-location", cell: "D5", why: "鄢陵县, 襄城县, 禹州市, 长葛市, 建安区, 魏都区 are all 许昌's" },
      { rule: "register.location-code-mismatch", why: "every code's characters 3–8 name the county its row gives" },
      { rule: "register.duplicate", cell: "B9", why: "许昌博远电气 is another firm of 建安区, not 许昌瑞鑫 again" },
      { rule: "register.invalid-credit-code", cell: "C11", why: "91410184K0HM15HDER is a valid code (of 新郑); its fault is the place" },
    ],
  },
};
