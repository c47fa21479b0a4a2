import type { CorpusLayout } from "../types";

// 于田县扶贫办 2017-03-24: 于田县2017年中央财政专项扶贫资金（发展资金）项目公示 — each project with its scale, its standard per
// 座 / 头 / 只 / 台 / 户 in 元 and the money in 万元 (3382座 × 10000元 = 3382万元 …), 牲畜养殖 split in four. Laid out as the
// project table behind the notice: 序号 | 项目名称 | 建设规模 | 单位 | 补助标准（元） | 投入资金（万元） | 扶持贫困户（户）.
export const layout: CorpusLayout = {
  id: "yutian-2017-poverty-development-fund-projects",
  source: {
    title: "于田县2017年中央财政专项扶贫资金(发展资金)项目公示（项目表据公示拟）",
    url: "https://xjyt.gov.cn/zfgk/zwwgk/2021-06-12/1454.html",
    publisher: "于田县扶贫办",
    date: "2017-03-24",
    changes:
      "As published: every project, its scale, standard and money (棚圈 3382座 × 10000元 = 3382万元; 禽舍 1711座 × 2000元 = 342.2万元; 鸽舍 437座; " +
      "母牛 3895头, 母驴 1867头 × 5000元; 母羊 31988只 × 500元; 牦牛 140头; 拱棚 259座 × 1500元; 大棚 186座 × 4万元; 缝纫机 20台; 葡萄架 60户; " +
      "水产 20户 × 10000元 — its money cut off in the stored copy, 20万元 by its standard) and the households. Ours: the table form and the 合计 " +
      "(9185.85, the published lines' sum). Planted: 禽舍 typed 324.2 for 342.2, so the line misses 1711 × 2000元 and the lines miss the 合计.",
  },
  classes: ["composition", "unit-times-quantity", "yuan-standard-wanyuan-amount", "mixed-units", "measure-column", "section-rows", "sub-numbered-lines", "household-count-column", "total-at-foot", "notes-under-table", "table-from-prose", "county-fund", "xinjiang"],
  settings: { district: "于田县" },
  sheets: [
    {
      name: "项目表",
      widths: [6, 20, 10, 6, 14, 16, 16],
      rows: [
        ["于田县2017年中央财政专项扶贫资金（发展资金）项目安排表", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "项目名称", "建设规模", "单位", "补助标准（元）", "投入资金（万元）", "扶持贫困户（户）"],
        [1, "牲畜棚圈建设", 3382, "座", 10000, 3382, 3382],
        [2, "禽舍建设", 1711, "座", 2000, 324.2, 1711],
        [3, "鸽舍建设", 437, "座", 2000, 87.4, 437],
        [4, "牲畜养殖", null, null, null, null, null],
        ["（1）", "购生产母牛", 3895, "头", 5000, 1947.5, null],
        ["（2）", "购生产母驴", 1867, "头", 5000, 933.5, null],
        ["（3）", "购生产母羊", 31988, "只", 500, 1599.4, null],
        ["（4）", "购牦牛", 140, "头", 5000, 70, null],
        [5, "拱棚建设", 259, "座", 1500, 38.85, 259],
        [6, "设施农业建设", 186, "座", 40000, 744, 186],
        [7, "购置缝纫机", 20, "台", 1500, 3, 20],
        [8, "葡萄架搭建", 60, "户", 3000, 18, 60],
        [9, "特色水产养殖", 20, "户", 10000, 20, 20],
        ["合计", null, null, null, null, 9185.85, null],
        ["注：棚圈单座面积不低于60平方米，禽舍、鸽舍单座不低于30平方米，拱棚单座不少于100平方米，设施农业大棚单座不低于540平方米。", null, null, null, null, null, null],
        ["于田县扶贫办　2017年3月24日", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A17:E17", "A18:G18", "A19:G19"],
      numberFormats: { "F4:F17": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "项目表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 17,
        columns: { B: "line", C: "quantity", E: "unitAmount", F: "amount" },
        year: 2017,
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "F5", why: "禽舍 1711座 × 2000元 = 342.2万元, typed 324.2: 18万元 short" },
      { rule: "composition.total-mismatch", cell: "F17", why: "合计 9185.85 but the lines as typed add up to 3382 + 324.2 + 87.4 + 1947.5 + 933.5 + 1599.4 + 70 + 38.85 + 744 + 3 + 18 + 20 = 9167.85" },
    ],
    absent: [
      { rule: "composition.line-mismatch", cell: "F10", why: "31988只 × 500元 = 1599.4万元" },
      { rule: "composition.line-mismatch", cell: "F13", why: "186座 × 40000元 = 744万元" },
      { rule: "composition.line-mismatch", cell: "F12", why: "259座 × 1500元 = 38.85万元" },
      { rule: "composition.total-mismatch", cell: "A7", why: "牲畜养殖 is a heading over its four lines, with no figure of its own" },
      { rule: "composition.line-mismatch", cell: "G4", why: "扶持贫困户 is a count of households, not money" },
      { rule: "composition.total-mismatch", cell: "A18", why: "the note's areas are prose" },
    ],
  },
};
