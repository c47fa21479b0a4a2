import type { CorpusLayout } from "../types";

// 江西省高企认定管理工作办公室 2023-09-18: 1555 firms put up for public notice (公示) as the first 2023 batch to be recognised as 高新技术企业
// (国科发火〔2016〕32号, 〔2016〕195号) and filed with the national office. Laid out as the notice's annex 《江西省2023年第一批拟认定高新技术
// 企业名单》: 附件 line, title, 序号 | 企业名称 | 所属设区市 | 所属县（市、区）, no money and no codes.
export const layout: CorpusLayout = {
  id: "jiangxi-2023-batch1-high-tech-candidates",
  source: {
    title: "关于公示江西省2023年第一批拟认定高新技术企业名单的通知（附件：江西省2023年第一批拟认定高新技术企业名单）",
    url: "https://0477ly.com/newsdetail/news423988.html",
    publisher: "江西省高企认定管理工作办公室",
    date: "2023-09-18",
    changes:
      "As published: the notice, its documents, the 1555 firms, the objection procedure and the annex's name. The stored copy does not show the annex: " +
      "its columns are ours in the form such notices take (city beside county), cut to ten rows, every firm invented. Planted: a firm placed in " +
      "衡阳市耒阳市 (湖南) on a 江西 list; 南昌瑶湖半导体材料 listed twice.",
  },
  classes: ["register", "recognition-list", "no-amount-column", "no-credit-codes", "city-beside-county", "county-level-cities-as-places", "look-alike-place-name", "annex-title-row", "table-not-in-stored-copy", "province-wide-list", "jiangxi"],
  settings: { district: "江西省" },
  sheets: [
    {
      name: "名单",
      widths: [6, 32, 12, 16],
      rows: [
        ["附件", null, null, null],
        ["江西省2023年第一批拟认定高新技术企业名单", null, null, null],
        ["序号", "企业名称", "所属设区市", "所属县（市、区）"],
        [1, "江西赣鄱智能装备有限公司", "南昌市", "南昌县"],
        [2, "南昌瑶湖半导体材料有限公司", "南昌市", "青山湖区"],
        [3, "景德镇昌南陶瓷新材料有限公司", "景德镇市", "珠山区"],
        [4, "萍乡湘东工业陶瓷有限公司", "萍乡市", "湘东区"],
        [5, "九江共青城电子科技有限公司", "九江市", "共青城市"],
        [6, "耒阳蔡伦纸业科技有限公司", "衡阳市", "耒阳市"],
        [7, "抚州临川生物医药有限公司", "抚州市", "临川区"],
        [8, "鹰潭余江铜基新材料有限公司", "鹰潭市", "余江区"],
        [9, "南昌瑶湖半导体材料有限公司", "南昌市", "青山湖区"],
        [10, "吉安井冈山电子信息有限公司", "吉安市", "井冈山市"],
      ],
      merges: ["A1:D1", "A2:D2"],
    },
  ],
  expect: {
    tables: [
      { sheet: "名单", kind: "register", headerRow: 3, lastRow: 13, columns: { B: "enterprise", C: "place", D: "place" }, year: 2023 },
    ],
    findings: [
      { rule: "register.ineligible-location", cell: "C9", why: "衡阳市耒阳市 is in 湖南省, outside 江西省 (a city beside its county is one place, reported at the city's cell)" },
      { rule: "register.duplicate", cell: "B12", why: "南昌瑶湖半导体材料有限公司 is listed on rows 5 and 12" },
    ],
    absent: [
      { rule: "register.duplicate", cell: "B5", why: "the first of the two rows is not the duplicate" },
      { rule: "register.ineligible-location", cell: "C7", why: "萍乡市湘东区 is a district of 萍乡 in 江西, whatever 湘 suggests" },
      { rule: "register.ineligible-location", cell: "C8", why: "共青城市 is a county-level city of 九江市" },
      { rule: "register.ineligible-location", cell: "C13", why: "井冈山市 is a county-level city of 吉安市" },
      { rule: "register.invalid-credit-code", why: "the list gives no codes" },
      { rule: "cap.unknown-policy", why: "a recognition list with no amount column: no amount goes unchecked" },
      { rule: "register.unpaid", why: "a list put up for notice records no awards or payments" },
    ],
  },
};
