import type { CorpusLayout } from "../types";

// 华声在线 2021-09-23 (from 湖南省科技厅): 2021年 3361 firms to get 85792.39万元 under 《湖南省支持企业研发财政奖补办法》 — 10% of the new part of
// the R&D spending that had the 加计扣除 the year before, at most 1000万元 for a 高新技术企业, a firm with an excellent provincial R&D platform or
// one first taken in. The list itself is not in the stored copy: an extract set out as a provincial 拟奖补名单 — 序号 | 市州 | 县市区 | 企业名称
// | 统一社会信用代码 | 研发投入新增额（万元） | 拟奖补金额（万元）, 合计 at the foot — with the 10% / 1000万元 rule as the layout's catalog.
export const layout: CorpusLayout = {
  id: "hunan-2021-enterprise-rd-award-list",
  source: {
    title: "超8.5亿元，湖南拟奖补企业3361家（2021年支持企业研发财政奖补拟奖补企业名单摘录为本库拟）",
    url: "https://www.xiaoxiangtoutiao.com/a/dianjingzixun/caishui/2021/0924/16993.html",
    publisher: "华声在线（湖南省科学技术厅）",
    date: "2021-09-24",
    changes:
      "As published: the counts and sums (3361 firms, 85792.39万元; 23 universities, 1404.00万元), the rule (10% of the new R&D spending, at most " +
      "1000万元 for the three kinds named). The list is ours: eight invented firms (the five real firms at 1000万元 are not used), codes and figures; " +
      "the catalog holds the 10% rate with the 1000万元 maximum (the lower maxima of other firms are not stated in the report). Planted: 湘潭岳塘新材料 " +
      "given 184 on a new spending of 1,480 (10% is 148); 岳阳云溪石化助剂's code ends in H where its check character is G.",
  },
  classes: ["register", "rate-cap-with-maximum", "base-column", "item-in-title", "layout-catalog", "credit-codes", "city-and-county-columns", "province-wide-list", "at-maximum-row", "total-at-foot", "whole-wanyuan", "wanyuan-in-header", "table-not-in-stored-copy", "news-report", "province-policy", "hunan"],
  settings: { district: "湖南省" },
  catalog: {
    items: [
      {
        name: "支持企业研发财政奖补",
        category: "科技创新",
        capType: "rate",
        rate: 0.1,
        capAmount: 1000,
        unit: "万元",
        base: "研发投入新增额",
        year: 2021,
        document: "湖南省支持企业研发财政奖补办法",
      },
    ],
  },
  sheets: [
    {
      name: "拟奖补名单",
      widths: [6, 10, 10, 32, 22, 18, 18],
      rows: [
        ["2021年湖南省支持企业研发财政奖补拟奖补企业名单（摘录）", null, null, null, null, null, null],
        ["序号", "市州", "县市区", "企业名称", "统一社会信用代码", "研发投入新增额（万元）", "拟奖补金额（万元）"],
        [1, "长沙市", "长沙县", "湖南星沙重装科技有限公司", "91430121MA3QND963U", 12400, 1000],
        [2, "长沙市", "岳麓区", "湖南麓谷智能软件有限公司", "91430104MA2U6L9R34", 3260, 326],
        [3, "株洲市", "天元区", "株洲天元轨交电气有限公司", "91430211MAUD2CMBLM", 5870, 587],
        [4, "湘潭市", "岳塘区", "湘潭岳塘新材料有限公司", "91430304MA090W4QQJ", 1480, 184],
        [5, "衡阳市", "雁峰区", "衡阳雁城输变电设备有限公司", "91430406MAHP8YTKYQ", 2050, 205],
        [6, "岳阳市", "云溪区", "岳阳云溪石化助剂有限公司", "91430603MAFFMAC7FH", 960, 96],
        [7, "常德市", "武陵区", "常德武陵烟机配件有限公司", "91430702MA4PCRPRB3", 730, 73],
        [8, "郴州市", "苏仙区", "郴州苏仙有色冶炼有限公司", "91431003MAN44UPKT1", 1120, 112],
        ["合计", null, null, null, null, 27870, 2583],
      ],
      merges: ["A1:G1", "A11:E11"],
      numberFormats: { "F3:G11": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "拟奖补名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 11,
        columns: { B: "place", C: "place", D: "enterprise", E: "creditCode", F: "base", G: "approved" },
        year: 2021,
        item: "支持企业研发财政奖补",
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", cell: "G6", why: "10% of 1,480 = 148 (below the 1000 maximum); 184 given: 36万元 over" },
      { rule: "register.invalid-credit-code", cell: "E8", why: "91430603MAFFMAC7FH: the check character for 91430603MAFFMAC7F is G, not H" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "G3", why: "1000 is the maximum exactly (10% of 12,400 = 1,240 is capped to 1000)" },
      { rule: "cap.rate-exceeded", cell: "G3", why: "the maximum binds before the rate: 1000 < 1,240" },
      { rule: "cap.rate-exceeded", cell: "G4", why: "10% of 3,260 = 326 exactly" },
      { rule: "cap.rate-exceeded", cell: "G5", why: "10% of 5,870 = 587 exactly" },
      { rule: "cap.rate-exceeded", cell: "G10", why: "10% of 1,120 = 112 exactly" },
      { rule: "cap.unknown-policy", why: "the title's policy is the catalog's item" },
      { rule: "register.ineligible-location", why: "every 市州 | 县市区 pair lies in 湖南省" },
      { rule: "register.location-code-mismatch", why: "each valid code carries its own county's 43xxxx" },
      { rule: "register.duplicate", why: "no firm twice" },
      { rule: "composition.total-mismatch", cell: "G11", why: "1000 + 326 + 587 + 184 + 205 + 96 + 73 + 112 = 2,583" },
      { rule: "composition.total-mismatch", cell: "F11", why: "12,400 + 3,260 + 5,870 + 1,480 + 2,050 + 960 + 730 + 1,120 = 27,870" },
    ],
  },
};
