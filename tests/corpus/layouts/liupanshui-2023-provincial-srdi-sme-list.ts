import type { CorpusLayout } from "../types";

// 中国六盘水网 2023-05-12: 25 firms of 六盘水 on the 2023年贵州省专精特新中小企业名单 published by 贵州省工业和信息化厅 on 5-04 (42 in all
// with earlier years). The report names two firms and no table; laid out as the city's extract of the province's list — 序号 | 县（市、特区、区） |
// 企业名称 | 统一社会信用代码 | 所属行业 — with no money, and a note under it.
export const layout: CorpusLayout = {
  id: "liupanshui-2023-provincial-srdi-sme-list",
  source: {
    title: "我市再添25家省专精特新中小企业（2023年贵州省专精特新中小企业名单六盘水市部分，名单据报道拟）",
    url: "http://sdgd.sc-rh.com/sdgd/20230512/12139359.html",
    publisher: "中国六盘水网（转载）/ 贵州省工业和信息化厅",
    date: "2023-05-12",
    changes:
      "As published: 25 firms of 六盘水 recognised on 2023-05-04 (42 of 48 创新型 firms put forward, 42 provincial 专精特新 in all), the rules " +
      "(优质中小企业梯度培育管理办法). The report shows no list: the columns and the ten rows (invented firms, valid invented codes of 钟山区 520201, " +
      "六枝特区 520203, 水城区 520204, 盘州市 520281) are ours. Planted: 六盘水红桥液压件's code ends in E (its check character is F); " +
      "六盘水凉都智控电气 listed again under 六盘水高新区 with the same code.",
  },
  classes: [
    "register", "recognition-list", "no-amount-column", "credit-codes", "category-column", "counties-and-special-district-as-places",
    "development-zone-as-place", "duplicate-firm", "year-in-title", "city-extract", "notes-under-table", "table-from-prose", "news-report", "guizhou",
  ],
  settings: { district: "六盘水市" },
  sheets: [
    {
      name: "名单",
      widths: [6, 22, 34, 22, 12],
      rows: [
        ["2023年贵州省专精特新中小企业名单（六盘水市）", null, null, null, null],
        ["序号", "县（市、特区、区）", "企业名称", "统一社会信用代码", "所属行业"],
        [1, "钟山区", "六盘水凉都智控电气有限公司", "915202018G2KKMLH5W", "装备制造"],
        [2, "钟山区", "贵州凉都新材科技有限公司", "91520201J9R0AKKMQJ", "新材料"],
        [3, "六枝特区", "六枝特区岩脚煤机配件有限公司", "91520203PX2HH5QUQJ", "装备制造"],
        [4, "六枝特区", "贵州牂牁江食品有限公司", "915202038XR48ACJQ6", "食品"],
        [5, "水城区", "贵州水城猕猴桃果业有限公司", "91520204F63T0HQ4HR", "食品"],
        [6, "水城区", "六盘水红桥液压件有限公司", "91520204DUT7JRX3JE", "装备制造"],
        [7, "盘州市", "盘州市煤矿智能支护设备有限公司", "91520281C7B6XPHYXC", "装备制造"],
        [8, "盘州市", "贵州盘江精细化工有限公司", "915202819FKQ5DFY8C", "化工"],
        [9, "盘州市", "盘州市刺梨生物科技有限公司", "91520281UFFM8E1RFP", "食品"],
        [10, "六盘水高新技术产业开发区", "六盘水凉都智控电气有限公司", "915202018G2KKMLH5W", "装备制造"],
        ["注：名单按县（市、特区、区）排列，排名不分先后；有效期三年。", null, null, null, null],
      ],
      merges: ["A1:E1", "A13:E13"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "名单",
        kind: "register",
        headerRow: 2,
        lastRow: 12,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "category" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "register.invalid-credit-code", cell: "D8", why: "91520204DUT7JRX3JE: the GB 32100 check character of the first 17 characters is F, not E" },
      { rule: "register.duplicate", cell: "C12", why: "六盘水凉都智控电气有限公司 (915202018G2KKMLH5W) is listed again, first at 序号1 (row 3)" },
    ],
    absent: [
      { rule: "cap.unknown-policy", why: "a recognition list with no amount column: no amount goes unchecked" },
      { rule: "register.ineligible-location", cell: "B9", why: "盘州市 is a county-level city of 六盘水市" },
      { rule: "register.ineligible-location", cell: "B5", why: "六枝特区 is a 特区 (county level) of 六盘水市" },
      { rule: "register.ineligible-location", cell: "B12", why: "六盘水高新区 is a zone of the city itself" },
      { rule: "register.location-code-mismatch", cell: "D7", why: "5202 04 is 水城区's code" },
      { rule: "register.duplicate", cell: "E4", why: "所属行业 repeats by nature (装备制造 four times): a category, not a firm" },
    ],
  },
};
