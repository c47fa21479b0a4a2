import type { CorpusLayout } from "../types";

// 中山市商务发展专项资金（促进展览业发展项目） as a project-finder site copies it (发布 2019-07-04, 申报 2021-03-08 — 03-24): 具体扶持方式 for
// 办展企业 and 参展企业, 事后补助. Its first two 办展企业 clauses are set out as the catalog (section row, 序号 | 支持内容 | 扶持标准), and beside
// it an allocation of our own to three organisers — 办展企业 | 统一社会信用代码 | 展会名称 | 支持内容 | 实际发生场馆租金 | 支持金额（万元）.
export const layout: CorpusLayout = {
  id: "zhongshan-exhibition-industry-fund-venue-booth-awards",
  source: {
    title: "中山市商务发展专项资金（促进展览业发展项目）具体扶持方式（资金分配表为本库拟）",
    url: "http://zs.feibaos.com/product/info/89731.html",
    publisher: "中山市商务局",
    date: "2019-07-04",
    changes:
      "As published: the two clauses (场馆租金 30%, at most 10万元 a show; 市外参展企业 booths from 50 at 5万元, 1万元 for each further 10, at most " +
      "10万元 a show), the 办展企业 heading. Cut: the clauses on famous-brand and listed exhibitors, overseas buyers, the yearly ceilings and the " +
      "参展企业 section. The allocation sheet is ours (firms, codes, shows, rents, amounts). Planted: 中山智博会展服务 gets 7.60 on a rent of 22.00 " +
      "(30% is 6.60); 中山红木家具展览 gets 12.00 for booths (10 at most).",
  },
  classes: ["catalog", "register", "section-rows-as-category", "rate-with-maximum", "fixed-awards-by-band", "base-column", "dash-cells", "same-firm-two-items", "credit-codes", "total-at-foot", "wanyuan-caption", "catalog-in-workbook", "city-fund", "guangdong"],
  settings: { district: "中山市" },
  sheets: [
    {
      name: "扶持方式",
      widths: [6, 22, 80],
      rows: [
        ["中山市商务发展专项资金（促进展览业发展项目）具体扶持方式", null, null],
        ["序号", "支持内容", "扶持标准"],
        ["（一）办展企业", null, null],
        [1, "场馆租金补助", "给予实际发生场馆租金30%的资金支持，每个展会最高支持10万元。"],
        [2, "市外参展企业展位补助", "市外参展企业认购标准展位达50个，给予5万元资金支持；50个以上每增加10个增加1万元资金支持，每个展会最高支持10万元。"],
      ],
      merges: ["A1:C1", "A3:C3"],
    },
    {
      name: "资金分配表",
      widths: [6, 28, 22, 30, 22, 16, 12],
      rows: [
        ["中山市商务发展专项资金（促进展览业发展项目）资金分配表", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "办展企业", "统一社会信用代码", "展会名称", "支持内容", "实际发生场馆租金", "支持金额"],
        [1, "中山会展文化传播有限公司", "91442000MAKYEUM37D", "中山国际灯饰博览会", "场馆租金补助", 28, 8.4],
        [2, "中山红木家具展览有限公司", "91442000MABEB02C00", "中国（中山）红木家具博览会", "场馆租金补助", 40, 10],
        [3, "中山智博会展服务有限公司", "91442000MA2QU4631B", "中山智能家电博览会", "场馆租金补助", 22, 7.6],
        [4, "中山会展文化传播有限公司", "91442000MAKYEUM37D", "中山国际灯饰博览会", "市外参展企业展位补助", "—", 9],
        [5, "中山红木家具展览有限公司", "91442000MABEB02C00", "中国（中山）红木家具博览会", "市外参展企业展位补助", "—", 12],
        [6, "中山智博会展服务有限公司", "91442000MA2QU4631B", "中山智能家电博览会", "市外参展企业展位补助", "—", 6],
        ["合计", null, null, null, null, null, 53],
      ],
      merges: ["A1:G1", "A10:F10"],
      numberFormats: { "F4:G10": "0.00" },
    },
  ],
  expect: {
    tables: [
      { sheet: "扶持方式", kind: "catalog", headerRow: 2, lastRow: 5, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "资金分配表",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { B: "enterprise", C: "creditCode", D: "project", E: "item", F: "base", G: "approved" },
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", sheet: "资金分配表", cell: "G6", why: "场馆租金补助: 30% × 22.00 = 6.60 (below the 10 maximum), 7.60 given: 1.00万元 over" },
      { rule: "cap.exceeded", sheet: "资金分配表", cell: "G8", why: "市外参展企业展位补助: at most 10万元 a show, 12.00 given: 2.00万元 over" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "扶持方式", cell: "C4", why: "30% of the rent, at most 10万元" },
      { rule: "catalog.unreadable-standard", sheet: "扶持方式", cell: "C5", why: "fixed by band (50 booths 5万元, more for each further 10) with a stated maximum of 10万元; 50个 is a condition" },
      { rule: "cap.rate-exceeded", sheet: "资金分配表", cell: "G4", why: "30% × 28.00 = 8.40, exactly the amount" },
      { rule: "cap.exceeded", sheet: "资金分配表", cell: "G5", why: "30% × 40.00 = 12.00 is above the maximum, so 10 binds and 10.00 meets it" },
      { rule: "cap.exceeded", sheet: "资金分配表", cell: "G7", why: "9.00 is within the 10 maximum" },
      { rule: "register.duplicate", sheet: "资金分配表", why: "each organiser appears twice, for two different items" },
      { rule: "cap.unknown-policy", why: "both 支持内容 are clauses of the first sheet" },
      { rule: "composition.total-mismatch", sheet: "资金分配表", cell: "G10", why: "8.40 + 10.00 + 7.60 + 9.00 + 12.00 + 6.00 = 53.00" },
      { rule: "input.unreadable-value", sheet: "资金分配表", cell: "F7", why: "a dash is nothing: the booth items have no rent base" },
      { rule: "register.invalid-credit-code", why: "every code is valid" },
    ],
  },
};
