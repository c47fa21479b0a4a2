import type { CorpusLayout } from "../types";

// 山东省财政厅 2017: the province's award to 制造业“单项冠军” firms doubled — 示范企业 from 100 to 200万元, 培育企业 from 50 to
// 100万元. The year's award list by city, each firm's kind (示范企业 / 培育企业) in a column of its own.
export const layout: CorpusLayout = {
  id: "shandong-2017-single-champion-award",
  source: {
    title: "山东提高制造业“单项冠军”示范企业财政奖励标准（新华社；奖励资金分配表据正文拟）",
    url: "http://www.idnovo.com.cn/article/id/91d18a49-e449-4ef0-84f6-160dac67835f",
    publisher: "山东省财政厅（新华社报道，转载）",
    date: "2017",
    changes:
      "As published: the 2017 standards (示范企业 200万元, 培育企业 100万元, raised from 100 / 50万元) paid by the province's own " +
      "finance. The report gives no list: its frame (序号 | 市 | 企业名称 | 统一社会信用代码 | 企业类别 | 奖励资金), the eleven firms and " +
      "codes of 山东's cities are ours; the catalog holds the two standards by kind. Planted: 烟台宏远液压件, a 培育企业, given 200; " +
      "淄博鲁泰陶瓷新材料 listed twice; 滨州黄河纺织's code ends Y where GB 32100 gives X.",
  },
  classes: ["register", "kind-column", "items-by-kind", "fixed-cap", "two-levels-of-award", "credit-codes", "cities-as-places", "province-wide-list", "wanyuan-caption", "total-at-foot", "notes-under-table", "news-report", "shandong"],
  catalog: {
    items: [
      { name: "制造业单项冠军奖励（示范企业）", capType: "fixed", capAmount: 200, unit: "万元", year: 2017, document: "山东省财政 2017年制造业“单项冠军”示范企业奖励标准（由100万元提高到200万元）" },
      { name: "制造业单项冠军奖励（培育企业）", capType: "fixed", capAmount: 100, unit: "万元", year: 2017, document: "山东省财政 2017年制造业“单项冠军”培育企业奖励标准（由50万元提高到100万元）" },
    ],
  },
  sheets: [
    {
      name: "分配表",
      widths: [6, 10, 32, 22, 12, 14],
      rows: [
        ["2017年山东省制造业“单项冠军”企业奖励资金分配表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "市", "企业名称", "统一社会信用代码", "企业类别", "奖励资金"],
        [1, "济南市", "山东齐鲁精工轴承有限公司", "91370102MA3C5K8D2C", "示范企业", 200],
        [2, "青岛市", "青岛海岳密封科技股份有限公司", "91370212163562847N", "示范企业", 200],
        [3, "淄博市", "淄博鲁泰陶瓷新材料有限公司", "91370303MA3F2N6Q18", "培育企业", 100],
        [4, "烟台市", "烟台宏远液压件有限公司", "91370602MA3D8R4T5B", "培育企业", 200],
        [5, "潍坊市", "潍坊华信动力机械有限公司", "913707027306728X47", "示范企业", 200],
        [6, "威海市", "威海远洋渔具有限公司", "91371002MA3B9W2E7F", "培育企业", 100],
        [7, "临沂市", "临沂沂蒙板材有限公司", "91371302MA3K4T7Y0M", "培育企业", 100],
        [8, "滨州市", "滨州黄河纺织有限公司", "91371602MA3H6C1U8Y", "培育企业", 100],
        [9, "东营市", "东营胜科石油装备有限公司", "91370502MA3L2P5G93", "示范企业", 200],
        [10, "淄博市", "淄博鲁泰陶瓷新材料有限公司", "91370303MA3F2N6Q18", "培育企业", 100],
        [11, "济宁市", "济宁鲁能煤机配件有限公司", "91370811MA3N7X3J68", "培育企业", 100],
        ["合计", null, null, null, null, 1600],
        ["注：示范企业每户奖励200万元，培育企业每户奖励100万元，由省级财政安排。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A15:E15", "A16:F16"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配表",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 15,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "category", F: "approved" },
        year: 2017,
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "F7", why: "烟台宏远液压件 is a 培育企业: its award is a fixed 100万元; 200 given, 100万元 over" },
      { rule: "register.duplicate", cell: "F13", why: "淄博鲁泰陶瓷新材料 (91370303MA3F2N6Q18) again as 培育企业 in 2017; first at row 6" },
      { rule: "register.invalid-credit-code", cell: "D11", why: "91371602MA3H6C1U8Y: the GB 32100 check character of 91371602MA3H6C1U8 is X, not Y" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "F4", why: "济南 示范企业 200 is the 示范企业 standard" },
      { rule: "cap.exceeded", cell: "F15", why: "合计 1600 = 200 + 200 + 100 + 200 + 200 + 100 + 100 + 100 + 200 + 100 + 100 is not an award" },
      { rule: "cap.unknown-policy", why: "each row's 企业类别 names one of the catalog's two items (示范企业 / 培育企业)" },
      { rule: "register.ineligible-location", why: "every 市 named is a city of 山东省" },
      { rule: "register.invalid-credit-code", cell: "D8", why: "913707027306728X47 is valid: the X sits in the organisation part (7306728X4), and the GB 32100 check character is 7" },
      { rule: "register.unpaid", why: "an allocation list records no payments" },
      { rule: "input.unreadable-value", why: "the caption and the note are text" },
    ],
  },
};
