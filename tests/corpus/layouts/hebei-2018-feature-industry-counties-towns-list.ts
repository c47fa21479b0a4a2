import type { CorpusLayout } from "../types";

// 河北省工业和信息化厅 2018-11-21 公示 (reported 2018-11-30): 拟认定2018年河北省特色产业名县名镇 — 25 counties (区) and towns, each with
// its feature industry — a recognition list with no money: 序号 | 所在市 | 名县名镇 | 特色产业.
export const layout: CorpusLayout = {
  id: "hebei-2018-feature-industry-counties-towns-list",
  source: {
    title: "禽蛋产业名县、食用菌产业集群、食品产业名市……河北拟认定25个名县名镇（拟认定2018年河北省特色产业名县名镇名单）",
    url: "http://www.hbncx.org.cn/mobile/index.php?itemid=653&moduleid=21",
    publisher: "河北省工业和信息化厅（公示，网络转载）",
    date: "2018-11-30",
    changes:
      "As published: the list's name, its kind (a recognition list, 称号 for three years, no award money) and 石家庄市鹿泉区 as the first " +
      "named. The stored copy shows the list only as images that did not survive: the columns are ours, and 13 of the 25 rows, their " +
      "cities and industries, are ours. Planted: 平乡县 listed twice (row 15 repeats row 5); 宁津县 placed under 德州市, a city of 山东省, " +
      "not 河北省.",
  },
  classes: [
    "register", "recognition-list", "no-amount-column", "named-places-as-bodies", "city-column", "category-column", "province-wide-list",
    "annex-not-shown", "rows-cut", "hebei",
  ],
  settings: { district: "河北省" },
  sheets: [
    {
      name: "名县名镇",
      widths: [6, 12, 16, 20],
      rows: [
        ["拟认定2018年河北省特色产业名县名镇名单", null, null, null],
        ["序号", "所在市", "名县名镇", "特色产业"],
        [1, "石家庄市", "鹿泉区", "电子信息"],
        [2, "邢台市", "清河县", "羊绒"],
        [3, "邢台市", "平乡县", "自行车童车"],
        [4, "衡水市", "安平县", "丝网"],
        [5, "保定市", "蠡县", "皮毛"],
        [6, "沧州市", "泊头市", "铸造"],
        [7, "唐山市", "玉田县", "印刷包装"],
        [8, "邯郸市", "永年区", "标准件"],
        [9, "廊坊市", "大城县", "保温建材"],
        [10, "承德市", "兴隆县", "山楂"],
        [11, "德州市", "宁津县", "健身器材"],
        [12, "张家口市", "怀安县", "汽车零部件"],
        [13, "邢台市", "平乡县", "自行车童车"],
      ],
      merges: ["A1:D1"],
    },
  ],
  expect: {
    tables: [
      { sheet: "名县名镇", kind: "register", headerRow: 2, lastRow: 15, columns: { B: "place", C: "enterprise", D: "category" }, year: 2018 },
    ],
    findings: [
      { rule: "register.duplicate", cell: "C15", why: "平乡县 (邢台市) is on row 5 already; row 15 lists it again in the same list and year" },
      { rule: "register.ineligible-location", cell: "B13", why: "德州市 is a city of 山东省, outside 河北省" },
    ],
    absent: [
      { rule: "cap.unknown-policy", why: "a recognition list with no money column leaves no amount unchecked" },
      { rule: "register.ineligible-location", cell: "B3", why: "石家庄市 and every other city but 德州市 lies in 河北省" },
      { rule: "register.duplicate", cell: "C4", why: "清河县 and 平乡县 share 邢台市: a city repeated is no duplicate" },
      { rule: "register.invalid-credit-code", why: "there is no credit-code column" },
    ],
  },
};
