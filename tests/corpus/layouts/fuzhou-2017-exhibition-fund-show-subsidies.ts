import type { CorpusLayout } from "../types";

// 福州市人民政府办公厅 2017-03: 《福州市展会发展专项资金管理办法》 as a trade site reports it — at most 350万元 a session for a show in the city's
// yearly plan, five sessions at most, 300 / 400 / 500 standard booths from the first, second and third session on. The awards are set out as
// a city publishes a 资助项目表 — 序号 | 展会名称 | 举办单位 | 届次 | 标准展位数（个） | 资助类别 | 资助金额（万元）, 合计 at the foot (表据正文拟).
export const layout: CorpusLayout = {
  id: "fuzhou-2017-exhibition-fund-show-subsidies",
  source: {
    title: "福州展会专项资金资助有定规 每届最高不超过350万元（资助项目表据正文拟）",
    url: "http://www.bbhosts.net/index.php/home/view/10046.html",
    publisher: "福州市人民政府办公厅",
    date: "2017-03-24",
    changes:
      "As published: the 350万元 maximum a session, five sessions at most, the booth thresholds (300, 400, 500 from the third session) and the " +
      "other conditions (自筹 60% or more, 3 days or more). The table is ours: shows, organisers, sessions, booths and amounts. Planted: 福州国际汽车" +
      "博览会 given 380 (350 at most); the 合计 typed 1,110 where the lines add up to 1,140.",
  },
  classes: ["register", "item-column", "fixed-cap-per-session", "count-column", "session-column", "no-credit-codes", "total-at-foot", "wanyuan-in-header", "catalog-from-prose", "table-from-prose", "news-report", "city-fund", "fujian"],
  settings: { district: "福州市" },
  catalog: {
    items: [
      { name: "展览资助", category: "展会发展专项资金", capType: "max", capAmount: 350, unit: "万元", document: "福州市展会发展专项资金管理办法" },
    ],
  },
  sheets: [
    {
      name: "资助项目表",
      widths: [6, 30, 28, 10, 14, 12, 14],
      rows: [
        ["福州市展会发展专项资金资助项目表（表据正文拟）", null, null, null, null, null, null],
        ["序号", "展会名称", "举办单位", "届次", "标准展位数（个）", "资助类别", "资助金额（万元）"],
        [1, "中国（福州）国际渔业博览会", "福州海峡会展有限公司", "第3届", 1200, "展览资助", 320],
        [2, "海峡（福州）工艺美术博览会", "福州工美展览有限公司", "第5届", 800, "展览资助", 210],
        [3, "福州国际汽车博览会", "福州榕城车展服务有限公司", "第4届", 1500, "展览资助", 380],
        [4, "海峡家居建材博览会", "福州闽都会展服务有限公司", "第2届", 600, "展览资助", 150],
        [5, "福州茶产业博览会", "福州茉莉花茶展览有限公司", "第1届", 350, "展览资助", 80],
        ["合计", null, null, null, 4450, null, 1110],
        ["注：列入市年度展会计划的展会，每届资助最高不超过350万元，同一展览资助不超过五届；第一届规模不小于300个标准展位，第二届不小于400个，从第三届起不小于500个。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A8:D8", "A9:G9"],
      numberFormats: { "E3:E8": "#,##0", "G3:G8": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "资助项目表",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 8,
        columns: { B: "project", C: "enterprise", F: "item", G: "approved" },
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "G5", why: "展览资助: at most 350万元 a session; 380 given: 30万元 over" },
      { rule: "composition.total-mismatch", cell: "G8", why: "320 + 210 + 380 + 150 + 80 = 1,140, typed 1,110: 30万元 short" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "G3", why: "320 is within 350" },
      { rule: "composition.total-mismatch", cell: "E8", why: "booths 1,200 + 800 + 1,500 + 600 + 350 = 4,450, and they are a count" },
      { rule: "cap.unknown-policy", why: "展览资助 is the catalog's item" },
      { rule: "input.unreadable-value", cell: "A9", why: "the note under the table is no line" },
      { rule: "register.duplicate", why: "no organiser twice" },
      { rule: "register.ineligible-location", why: "no place column" },
    ],
  },
};
