import type { CorpusLayout } from "../types";

// 河北省工业和信息化厅 2023-12-08 (冀工信民经函〔2023〕542号): 267 firms named 2023年度河北省县域特色产业集群“领跑者”企业, chosen
// from the cultivation pool, recommended by cities and counties. The list over the province's cities and counties, with codes.
export const layout: CorpusLayout = {
  id: "hebei-2023-county-cluster-leader-firms",
  source: {
    title: "关于公布2023年度河北省县域特色产业集群“领跑者”企业名单和首批“领跑者”企业调整名单的通知（附件1名单据通知拟）",
    url: "http://vwcr.cn/news/cygh/2023/1213/22008.html",
    publisher: "河北省工业和信息化厅（高新院转载）",
    date: "2023-12-08",
    changes:
      "The notice is as published (冀工信民经函〔2023〕542号; 267 firms; 各市（含定州、辛集市）工业和信息化局、雄安新区改革发展局). The annexed list " +
      "is not in the stored copy: its columns (序号 | 设区市 | 县（市、区） | 产业集群 | 企业名称 | 统一社会信用代码), the eleven rows, firms and " +
      "codes are ours; the list names no money. Planted: a firm of 德州市宁津县 (山东) listed under its neighbouring clusters; " +
      "邯郸永年 固紧标准件's code ends J where GB 32100 gives Y.",
  },
  classes: ["register", "no-amounts", "credit-codes", "cities-as-places", "counties-as-places", "province-wide-list", "cluster-column", "hebei"],
  settings: { district: "河北省" },
  sheets: [
    {
      name: "附件1",
      widths: [6, 10, 12, 24, 32, 22],
      rows: [
        ["2023年度河北省县域特色产业集群“领跑者”企业名单", null, null, null, null, null],
        ["序号", "设区市", "县（市、区）", "产业集群", "企业名称", "统一社会信用代码"],
        [1, "石家庄市", "藁城区", "藁城宫灯产业集群", "石家庄藁城华灯工艺品有限公司", "91130109MA0FK2L3XP"],
        [2, "保定市", "白沟新城", "白沟箱包产业集群", "保定白沟锦程箱包制造有限公司", "91130600MA0DQ7R51W"],
        [3, "邢台市", "清河县", "清河羊绒产业集群", "清河县绒源纺织有限公司", "91130534MA0E3T8K6N"],
        [4, "沧州市", "泊头市", "泊头铸造产业集群", "泊头市恒铸机械有限公司", "91130981MA0CW4N2PD"],
        [5, "衡水市", "安平县", "安平丝网产业集群", "安平县联网金属制品有限公司", "91131125MA0G5H1J8E"],
        [6, "唐山市", "玉田县", "玉田印刷包装机械产业集群", "玉田县印联机械有限公司", "91130229MA0A9B7C4L"],
        [7, "邯郸市", "永年区", "永年标准件产业集群", "邯郸市永年区固紧标准件有限公司", "91130408MA0D2X6Y3J"],
        [8, "德州市", "宁津县", "宁津锻压机床产业集群", "宁津县锻锋机床有限公司", "91371422MA3C8N4U2U"],
        [9, "廊坊市", "大城县", "大城保温建材产业集群", "大城县保力节能材料有限公司", "91131025MA0F7P2Q9G"],
        [10, "张家口市", "宣化区", "宣化农产品加工产业集群", "张家口宣化禾丰食品有限公司", "91130705MA0E6R3T1C"],
        [11, "承德市", "平泉市", "平泉食用菌产业集群", "平泉市菌乡食品有限公司", "91130881MA0B4K9W5H"],
      ],
      merges: ["A1:F1"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "附件1",
        kind: "register",
        headerRow: 2,
        lastRow: 13,
        columns: { B: "place", C: "place", E: "enterprise", F: "creditCode", D: "category" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "register.invalid-credit-code", cell: "F9", why: "91130408MA0D2X6Y3J: the GB 32100 check character of 91130408MA0D2X6Y3 is Y, not J" },
      { rule: "register.ineligible-location", cell: "B10", why: "德州市宁津县 is in 山东省, not 河北省: the list is Hebei's own" },
    ],
    absent: [
      { rule: "register.ineligible-location", cell: "C4", why: "白沟新城 is 保定's (高碑店)" },
      { rule: "register.ineligible-location", cell: "B3", why: "every other 设区市 and county is in 河北省" },
      { rule: "register.duplicate", why: "every firm appears once" },
      { rule: "register.invalid-credit-code", cell: "F10", why: "91371422MA3C8N4U2U is a valid code (of 宁津县): the row is wrong in its place, not its code" },
      { rule: "input.unreadable-value", why: "the list has no amount or date column" },
    ],
  },
};
