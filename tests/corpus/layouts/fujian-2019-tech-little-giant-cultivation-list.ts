import type { CorpusLayout } from "../types";

// 福建省科技厅、发改委、工信厅、财政厅 2019-07-30: 关于公布2019年省科技小巨人领军企业新增培育名单等情况的通知 — 503 firms put into the
// 科技小巨人领军企业培育发展库 (附件1), name changes (附件2) and withdrawals (附件3). The stored page shows the notice, not the annexes:
// 附件1 is set out as such a list is published — 序号 | 设区市 | 企业名称 | 统一社会信用代码, no money (a recognition list).
export const layout: CorpusLayout = {
  id: "fujian-2019-tech-little-giant-cultivation-list",
  source: {
    title: "关于公布2019年省科技小巨人领军企业新增培育名单等情况的通知（附件1：2019年新增省科技小巨人领军企业培育名单）",
    url: "http://kjt.fj.gov.cn/xxgk/tzgg/201907/t20190730_4954877.htm",
    publisher: "福建省科学技术厅、福建省发展和改革委员会、福建省工业和信息化厅、福建省财政厅",
    date: "2019-07-30",
    changes:
      "As published: the notice, its annex titles and the addressees (各设区市 and 平潭综合实验区). The annex itself is not in the stored copy: the " +
      "columns 序号 | 设区市 | 企业名称 | 统一社会信用代码 are ours, as are the 14 rows (of 503), every firm and every code (invented; characters 3–8 " +
      "name the firm's city or district). Planted: 莆田涵江鞋材研发 (row 8) with a wrong check character; 晋江恒泰新材料 listed again at the foot " +
      "with the same code.",
  },
  classes: ["register", "recognition-list", "no-amount-column", "credit-codes", "cities-as-places", "zone-as-place", "annex-title-row", "table-not-in-stored-copy", "province-wide-list", "fujian"],
  settings: { district: "福建省" },
  sheets: [
    {
      name: "附件1",
      widths: [6, 14, 34, 24],
      rows: [
        ["附件1", null, null, null],
        ["2019年新增省科技小巨人领军企业培育名单", null, null, null],
        ["序号", "设区市", "企业名称", "统一社会信用代码"],
        [1, "福州市", "福建榕芯微电子科技有限公司", "91350100MAC7QY6Q0E"],
        [2, "福州市", "福州闽江智控设备有限公司", "91350104MANJ26DKX7"],
        [3, "厦门市", "厦门鹭岛光电材料有限公司", "91350206MACE8P2Q93"],
        [4, "厦门市", "厦门海沧精工生物科技有限公司", "91350205MA6T7MDQ8K"],
        [5, "泉州市", "晋江恒泰新材料股份有限公司", "91350582MA8APUBF1K"],
        [6, "泉州市", "泉州东海智能装备有限公司", "91350503MAK6E4QH0W"],
        [7, "漳州市", "漳州龙文环保科技有限公司", "91350603MAPW7959X7"],
        [8, "莆田市", "莆田涵江鞋材研发有限公司", "91350303MA6G9LHB7H"],
        [9, "三明市", "三明沙溪氟化工科技有限公司", "91350400MAAYCBCM8E"],
        [10, "南平市", "南平武夷竹业科技有限公司", "91350702MAPWJDLK8E"],
        [11, "龙岩市", "龙岩紫金冶金装备有限公司", "91350802MAGBNE3T63"],
        [12, "宁德市", "宁德蕉城锂电材料有限公司", "91350902MAEY1JTN3C"],
        [13, "平潭综合实验区", "平潭海峡数字科技有限公司", "91350128MAJKRLJL7A"],
        [14, "泉州市", "晋江恒泰新材料股份有限公司", "91350582MA8APUBF1K"],
      ],
      merges: ["A1:D1", "A2:D2"],
    },
  ],
  expect: {
    tables: [
      { sheet: "附件1", kind: "register", headerRow: 3, lastRow: 17, columns: { B: "place", C: "enterprise", D: "creditCode" } },
    ],
    findings: [
      { rule: "register.invalid-credit-code", cell: "D11", why: "91350303MA6G9LHB7H: the check character for the first 17 is G, not H" },
      { rule: "register.duplicate", cell: "C17", why: "晋江恒泰新材料股份有限公司 (91350582MA8APUBF1K) is row 5 already, in the same list" },
    ],
    absent: [
      { rule: "cap.unknown-policy", why: "a recognition list with no amount column: no amount goes unchecked" },
      { rule: "register.ineligible-location", cell: "B16", why: "平潭综合实验区 is in 福州 (福建), addressed by the notice beside the 设区市" },
      { rule: "register.ineligible-location", why: "every 设区市 named is a city of 福建" },
      { rule: "register.location-code-mismatch", why: "every code names an authority in 福建 (35…), the province the list covers" },
      { rule: "register.invalid-credit-code", cell: "D10", why: "91350603MAPW7959X7 is valid (an X inside the organisation code is allowed)" },
      { rule: "register.unpaid", why: "no money: nothing to pay" },
    ],
  },
};
