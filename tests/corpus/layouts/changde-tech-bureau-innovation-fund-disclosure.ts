import type { CorpusLayout } from "../types";

// 常德市科学技术局: the public table of its 市本级科技创新发展专项资金 — 主管科室 | 资金类别 | 管理办法或分配依据 | 支持标准 | 资金使用单位 |
// 金额（万元） | 资金文件 | 备注, the standard in words (一次性奖补10万元), the users named as "XX等N家", an advance noted in 备注, and the
// 咨询电话 line under the table.
export const layout: CorpusLayout = {
  id: "changde-tech-bureau-innovation-fund-disclosure",
  source: {
    title: "常德市科学技术局 市本级科技创新发展专项资金使用情况公开",
    url: "https://kjj.changde.gov.cn/zwgk//public/6617349/8247983.html",
    publisher: "常德市科学技术局",
    changes:
      "Kept as published: the header 主管科室 | 资金类别 | 管理办法或分配依据 | 支持标准 | 资金使用单位 | 金额（万元） | 资金文件 | 备注, the first " +
      "row's wording (新认定高新技术企业奖补 under 《常德市市本级科技创新发展专项资金管理办法》（常财发〔2017〕6号）, 一次性奖补10万元, users " +
      "named as “…等N家…”, an advance in 备注) and the 咨询电话 line. The stored copy shows one row and no title: the title, the caption, the two " +
      "further rows, the 合计 row and every figure are ours. Planted: 合计 816 where 590 + 120 + 96 = 806.",
  },
  classes: [
    "composition", "allocation-by-fund-category", "standard-in-words", "users-named-with-count", "advance-in-remark", "document-column",
    "office-column", "whole-wanyuan", "wanyuan-in-header", "total-at-foot", "contact-line-under-table", "city-fund", "hunan",
  ],
  settings: { district: "常德市" },
  sheets: [
    {
      name: "资金公开",
      widths: [12, 22, 34, 36, 36, 12, 20, 18],
      rows: [
        ["常德市市本级科技创新发展专项资金使用情况公开表", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "金额单位：万元"],
        ["主管科室", "资金类别", "管理办法或分配依据", "支持标准", "资金使用单位", "金额（万元）", "资金文件", "备注"],
        [
          "高新技术科",
          "新认定高新技术企业奖补",
          "《常德市市本级科技创新发展专项资金管理办法》（常财发〔2017〕6号）",
          "对新认定（不含复评）为高新技术企业的，一次性奖补10万元。",
          "常德市武陵新材料有限公司等62家2020年度新认定高新技术企业",
          590,
          "常财企指〔2021〕11号",
          "2020年预拨30万元",
        ],
        [
          "科技规划科",
          "省级科技创新平台配套补助",
          "《常德市市本级科技创新发展专项资金管理办法》（常财发〔2017〕6号）",
          "对新认定的省级工程技术研究中心、重点实验室，一次性补助20万元。",
          "湖南德山生物科技有限公司等6家单位",
          120,
          "常财企指〔2021〕11号",
          null,
        ],
        [
          "成果转化科",
          "技术交易奖补",
          "《常德市市本级科技创新发展专项资金管理办法》（常财发〔2017〕6号）",
          "按技术合同登记成交额的5%给予奖补，单个单位最高不超过50万元。",
          "常德沅澧智能装备有限公司等4家",
          96,
          "常财企指〔2021〕14号",
          null,
        ],
        ["合计", null, null, null, null, 816, null, null],
        ["咨询电话：科技规划科：7256509  高新技术科：7256561", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A7:E7", "A8:H8"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "资金公开",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 7,
        columns: { A: "category", B: "line", F: "amount" },
      },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "F7", why: "合计 816, but 590 + 120 + 96 = 806 (off by 10)" },
    ],
    absent: [
      { rule: "composition.line-mismatch", cell: "F4", why: "62 firms × 10万元 = 620 is no column product: the 30万元 advance in 备注 was paid before; no quantity column" },
      { rule: "composition.total-mismatch", cell: "H7", why: "备注 (预拨30万元) is a remark, no amount column" },
      { rule: "input.unreadable-value", cell: "H4", why: "备注 text is no figure the table needs" },
      { rule: "cap.exceeded", why: "an allocation by fund category, no award list" },
    ],
  },
};
