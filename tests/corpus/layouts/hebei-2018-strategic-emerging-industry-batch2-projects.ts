import type { CorpusLayout } from "../types";

// 河北省发改委 2018-10-19 公示: 省战略性新兴产业发展专项资金拟支持高技术产业化及应用示范项目（第二批）, 47 projects
// in 生物医药健康、新材料、先进环保、新能源与智能电网装备、新能源汽车与智能网联汽车、高端装备制造. The stored copy
// shows the notice only; a list of eight projects of ours is laid out in the notice's fields.
export const layout: CorpusLayout = {
  id: "hebei-2018-strategic-emerging-industry-batch2-projects",
  source: {
    title: "河北省战略性新兴产业发展专项资金拟支持高技术产业化及应用示范项目（第二批）公示（项目名单据公示拟）",
    url: "https://news.solarbe.com/201810/22/297411.html",
    publisher: "河北省发展和改革委员会",
    date: "2018-10-19",
    changes:
      "As published: the notice (冀政发〔2018〕3号, six fields, 47 projects, 公示期 10-19 to 10-26); the list is not in the stored copy. " +
      "Ours: 序号 | 项目单位 | 统一社会信用代码 | 项目名称 | 所在市 | 专项领域 | 拟支持资金（万元）, eight invented projects, codes and amounts. " +
      "Planted: 沧州渤海新材料有限公司's code with a wrong check character; 天津滨港智能网联科技有限公司 placed in 天津市滨海新区; the title's item in no catalog.",
  },
  classes: ["register", "project-name-column", "field-column", "credit-codes", "cities-as-places", "item-in-title", "no-catalog", "whole-wanyuan", "unit-in-headings", "total-at-foot", "notes-under-table", "table-from-prose", "province-fund", "hebei"],
  sheets: [
    {
      name: "拟支持项目",
      widths: [6, 30, 22, 34, 12, 22, 14],
      rows: [
        ["河北省战略性新兴产业发展专项资金拟支持高技术产业化及应用示范项目（第二批）", null, null, null, null, null, null],
        ["序号", "项目单位", "统一社会信用代码", "项目名称", "所在市", "专项领域", "拟支持资金（万元）"],
        [1, "石家庄华药生物制剂有限公司", "91130100MA0CJ1234B", "重组蛋白药物产业化项目", "石家庄市", "生物医药健康", 500],
        [2, "保定英利光储能源有限公司", "91130600MA0DB5678M", "光储一体化逆变器产业化项目", "保定市", "新能源与智能电网装备", 400],
        [3, "唐山冀东高端装备有限公司", "91130200MA0EC9012D", "智能焊接机器人应用示范项目", "唐山市", "高端装备制造", 300],
        [4, "廊坊新奥环保科技有限公司", "91131000MA0FD3456M", "工业烟气超低排放装备产业化项目", "廊坊市", "先进环保", 300],
        [5, "邯郸钢研新材料有限公司", "91130400MA0GE7890D", "高强汽车用钢板产业化项目", "邯郸市", "新材料", 400],
        [6, "沧州渤海新材料有限公司", "91130900MA0HG56787", "聚碳酸酯改性材料产业化项目", "沧州市", "新材料", 300],
        [7, "天津滨港智能网联科技有限公司", "91120116MA06HF234B", "智能网联汽车测试平台项目", "天津市滨海新区", "新能源汽车与智能网联汽车", 500],
        ["合计", null, null, null, null, null, 2700],
        ["注：公示期为2018年10月19日—10月26日。对公示项目有异议的，请以书面形式向河北省发展和改革委员会高技术产业处反映。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A10:F10", "A11:G11"],
    },
  ],
  settings: { district: "河北省" },
  expect: {
    tables: [
      { sheet: "拟支持项目", kind: "register", unit: "万元", headerRow: 2, lastRow: 10, columns: { B: "enterprise", C: "creditCode", D: "project", E: "place", F: "category", G: "approved" } },
    ],
    findings: [
      { rule: "register.invalid-credit-code", cell: "C8", why: "91130900MA0HG56787: the GB 32100-2015 check character of 91130900MA0HG5678 is 6, not 7" },
      { rule: "register.ineligible-location", cell: "E9", why: "天津市滨海新区 is outside 河北省" },
      { rule: "cap.unknown-policy", cell: "G3", why: "no catalog: the list's item (its title's 战略性新兴产业发展专项资金 support) is in none; reported once for the 7 rows" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "G10", why: "合计 2,700 = 500 + 400 + 300 + 300 + 400 + 300 + 500" },
      { rule: "register.ineligible-location", cell: "E3", why: "石家庄、保定、唐山、廊坊、邯郸、沧州 are cities of 河北省" },
      { rule: "register.duplicate", why: "no firm is listed twice" },
      { rule: "register.unpaid", why: "a 公示 list records no payments" },
    ],
  },
};
