import type { CorpusLayout } from "../types";

// 华夏泰科 Q&A (2025): 苏州市 and its counties' awards to 专精特新 firms, one line per place and grade;
// 昆山 gives three awards in one sentence (分别给予300万元、50万元、30万元). Clean.
export const layout: CorpusLayout = {
  id: "suzhou-specialised-sme-award-catalog",
  source: {
    title: "苏州市及下辖各区县对专精特新中小企业的奖励政策（政策清单据正文拟）",
    url: "https://seo.huaxiataike.com/ask/107221.html",
    publisher: "华夏泰科 (digest of official notices)",
    changes:
      "The page lists the awards as prose by place; the grid (序号 | 地区 | 奖励对象 | 奖励标准) is built from it with the page's wording, " +
      "title suffixed （政策清单据正文拟）. Dropped: 张家港's and 太仓's points-based awards (分值 × 当年分值单价) and 苏州市级's line with no " +
      "stated standard. Nothing planted: every standard states its cap.",
  },
  classes: ["catalog", "prose-caps", "levels-in-one-sentence", "category-column", "place-as-category", "max-caps", "fixed-caps", "notes-under-table", "table-from-prose", "city-policy", "clean", "jiangsu"],
  settings: { district: "苏州市" },
  sheets: [
    {
      name: "奖励政策",
      widths: [6, 14, 52, 36],
      rows: [
        ["苏州市及下辖各区县专精特新中小企业奖励政策（政策清单据正文拟）", null, null, null],
        ["序号", "地区", "奖励对象", "奖励标准"],
        [1, "苏州市", "国家级专精特新“小巨人”企业", "最高奖励100万元"],
        [2, "苏州市", "国家级制造业单项冠军企业", "最高奖励300万元"],
        [3, "常熟市", "国家专精特新“小巨人”企业", "最高50万元"],
        [4, "常熟市", "省专精特新中小企业", "最高30万元"],
        [5, "昆山市", "首次认定的国家级制造业单项冠军企业、国家级专精特新“小巨人”企业、省级专精特新中小企业", "分别给予300万元、50万元、30万元奖励"],
        [6, "吴中区", "国家专精特新“小巨人”企业", "最高50万元"],
        [7, "吴中区", "省专精特新中小企业", "最高30万元"],
        [8, "相城区", "国家专精特新“小巨人”企业", "最高50万元"],
        [9, "相城区", "省专精特新中小企业", "最高20万元"],
        [10, "苏州工业园区", "国家级专精特新“小巨人”企业", "最高50万元"],
        [11, "苏州工业园区", "江苏省专精特新中小企业", "最高20万元"],
        [12, "苏州高新区", "国家级专精特新“小巨人”企业", "50万元"],
        [13, "苏州高新区", "省专精特新企业", "20万元"],
        ["注：实际金额以当年政策为准，以各地工信部门公告为准。", null, null, null],
      ],
      merges: ["A1:D1", "A16:D16"],
    },
  ],
  expect: {
    tables: [
      { sheet: "奖励政策", kind: "catalog", unit: "万元", headerRow: 2, lastRow: 15, columns: { B: "category", C: "item", D: "standard" } },
    ],
    findings: [],
    absent: [
      { rule: "catalog.unreadable-standard", cell: "D7", why: "昆山's 分别给予300万元、50万元、30万元 is three fixed awards, one per named grade" },
      { rule: "catalog.unreadable-standard", why: "every standard states its amount (最高…万元 or …万元)" },
      { rule: "cap.no-cap", why: "every line has a cap" },
    ],
  },
};
