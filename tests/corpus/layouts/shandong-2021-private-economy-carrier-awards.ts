import type { CorpusLayout } from "../types";

// 大众日报 2021-02-26: 山东省级财政出台三项奖励政策支持民营经济加快发展 — 载体培育综合评价奖励 (前10位, 最高100万元), 高成长性企业培育综合奖励
// (前3名县, 500万元), 新跨越民营企业奖励 (首次突破100/500/1000亿元: 100/300/500万元). The three as a catalog, and a 拟奖励名单 of the
// first award (ours): 载体名称 | 运营单位 | 统一社会信用代码 | 所在市 | 奖励金额.
export const layout: CorpusLayout = {
  id: "shandong-2021-private-economy-carrier-awards",
  source: {
    title: "山东省级财政三项奖励政策支持民营经济加快发展（政策表及载体培育综合评价奖励拟奖励名单据报道拟）",
    url: "http://www.faxinw.com/a/xinwenzhongxin/shizheng/20210226/133997.html",
    publisher: "法新网（转载大众日报）",
    date: "2021-02-26",
    changes:
      "As published: the three policies, whom each is for and their standards in the report's words (前10位 最高100万元; 前3名 500万元; " +
      "100万元、300万元、500万元 for 100亿元、500亿元、1000亿元). The report gives no list: the 拟奖励名单 sheet (eight of the ten carriers, the " +
      "bodies running them, valid codes of their districts, cities and amounts) is ours. Planted: 淄博张店 awarded 120 against 最高100万元; " +
      "临沂兰山's code 91371302RJT2FQ8125 with a wrong check character (T is right).",
  },
  classes: [
    "catalog", "register", "two-sheets", "prose-caps", "max-cap", "fixed-cap", "several-fixed-awards", "item-from-title", "object-and-operator",
    "credit-codes", "cities-as-places", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose",
    "province-policy", "shandong",
  ],
  settings: { district: "山东省" },
  sheets: [
    {
      name: "奖励政策",
      widths: [6, 26, 40, 90],
      rows: [
        ["山东省级财政支持民营经济加快发展三项奖励政策", null, null, null],
        ["序号", "政策名称", "奖励对象", "奖励标准"],
        [1, "载体培育综合评价奖励", "认定的特色产业集群、小微创新创业示范基地、中小企业公共服务示范平台", "对认定的特色产业集群、小微创新创业示范基地、中小企业公共服务示范平台实施综合评价，评价结果前10位的，省级财政分别给予最高100万元一次性奖励。"],
        [2, "高成长性企业培育综合奖励", "县（市、区）", "每年按照升规纳统、瞪羚、独角兽、专精特新“小巨人”、单项冠军培育数量，以及公共服务示范平台数量、质量等，对县（市、区）实施综合评价，评价结果前3名的县（市、区），省级财政分别给予500万元一次性奖补。"],
        [3, "新跨越民营企业奖励", "年销售收入首次突破100亿元、500亿元、1000亿元的民营企业", "对符合新旧动能转换政策要求、年销售收入首次突破100亿元、500亿元、1000亿元的民营企业，省级财政分别给予一次性奖励100万元、300万元、500万元。"],
      ],
      merges: ["A1:D1"],
    },
    {
      name: "拟奖励名单",
      widths: [6, 34, 36, 22, 10, 12],
      rows: [
        ["2021年度山东省载体培育综合评价奖励拟奖励名单（前10位）", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "载体名称", "运营单位", "统一社会信用代码", "所在市", "奖励金额"],
        [1, "章丘锻造特色产业集群", "济南市章丘区锻造产业发展促进中心有限公司", "913701144JURQ28306", "济南市", 100],
        [2, "寿光蔬菜种业特色产业集群", "寿光市种业产业集群服务有限公司", "91370783YUYU122BXJ", "潍坊市", 100],
        [3, "城阳小微创新创业示范基地", "青岛城阳创智孵化器运营有限公司", "913702147JH4BXKF52", "青岛市", 90],
        [4, "张店中小企业公共服务示范平台", "淄博张店中小企业服务中心有限公司", "91370303793PCF420H", "淄博市", 120],
        [5, "福山汽车零部件特色产业集群", "烟台福山汽配产业服务有限公司", "91370611K8PBRNYT4N", "烟台市", 80],
        [6, "兰山小微创新创业示范基地", "临沂兰山创业园管理有限公司", "91371302RJT2FQ8125", "临沂市", 80],
        [7, "德城中小企业公共服务示范平台", "德州德城企业服务有限公司", "91371402AY4CL12T28", "德州市", 70],
        [8, "任城工程机械特色产业集群", "济宁任城机械产业服务有限公司", "913708117BYC46N17Q", "济宁市", 60],
        ["合计", null, null, null, null, 700],
        ["注：名单按综合评价结果排序，本表为前10位中的8个载体；奖励资金由省级财政一次性拨付至运营单位。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A12:E12", "A13:F13"],
    },
  ],
  expect: {
    tables: [
      { sheet: "奖励政策", kind: "catalog", headerRow: 2, lastRow: 5, columns: { A: "code", B: "item", D: "standard" } },
      {
        sheet: "拟奖励名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "project", C: "enterprise", D: "creditCode", E: "place", F: "approved" },
        year: 2021,
        item: "载体培育综合评价奖励",
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "拟奖励名单", cell: "F7", why: "载体培育综合评价奖励 is 最高100万元; 120 awarded, 20 over" },
      { rule: "register.invalid-credit-code", sheet: "拟奖励名单", cell: "D9", why: "91371302RJT2FQ8125: the GB 32100 check character of 91371302RJT2FQ812 is T, not 5" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "拟奖励名单", cell: "F4", why: "100 is exactly the 最高100万元" },
      { rule: "cap.unknown-policy", sheet: "拟奖励名单", why: "the title names 载体培育综合评价奖励, a catalog item, word for word" },
      { rule: "composition.total-mismatch", sheet: "拟奖励名单", cell: "F12", why: "100 + 100 + 90 + 120 + 80 + 80 + 70 + 60 = 700" },
      { rule: "register.duplicate", sheet: "拟奖励名单", why: "eight carriers, eight bodies, eight codes" },
      { rule: "register.ineligible-location", sheet: "拟奖励名单", why: "济南、潍坊、青岛、淄博、烟台、临沂、德州、济宁 all lie in 山东省" },
      { rule: "register.location-code-mismatch", sheet: "拟奖励名单", why: "each code's characters 3–8 name a district of its own city (370114 章丘, 370783 寿光 …)" },
      { rule: "catalog.unreadable-standard", sheet: "奖励政策", cell: "D5", why: "分别给予一次性奖励100万元、300万元、500万元: several fixed awards, the item allowed at most 500; 100亿元、500亿元、1000亿元 are the sales the awards go with, conditions" },
      { rule: "catalog.unreadable-standard", sheet: "奖励政策", cell: "D3", why: "前10位 is a rank, no money; 最高100万元 is the cap" },
      { rule: "input.unreadable-value", sheet: "拟奖励名单", cell: "A13", why: "the note under the table is no data" },
    ],
  },
};
