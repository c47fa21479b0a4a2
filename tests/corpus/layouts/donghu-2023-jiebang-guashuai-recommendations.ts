import type { CorpusLayout } from "../types";

// 湖北 武汉东湖新区 2023-09: 开展2023年度省级制造业高质量发展专项揭榜挂帅项目申报 — 支持标准 in one sentence (按项目总投资的10%予以
// 补助，原则上单个项目不超过500万元), and the 揭榜挂帅项目推荐汇总表 (附件4) the district sends up. Two sheets: the one-item catalog, then the
// recommendation list with each project's 总投资 (the base) and the 申请补助资金.
export const layout: CorpusLayout = {
  id: "donghu-2023-jiebang-guashuai-recommendations",
  source: {
    title: "关于武汉东湖新区开展2023年度省级制造业高质量发展专项揭榜挂帅项目申报工作的通知（支持标准及推荐汇总表据通知拟）",
    url: "https://www.hbxiangmu.cn/article-list/HBZ2Z202309120004",
    publisher: "东湖新技术开发区企业服务局（转载）",
    date: "2023-09-12",
    changes:
      "As published: the 支持范围 (五大优势产业和九个新兴特色产业, 年度总支持项目30个左右), the 支持标准 sentence, the exclusion of firms with an " +
      "unfinished earlier project, and the name of 附件4 (揭榜挂帅项目推荐汇总表). The stored copy does not show the annexes: the catalog sheet's layout, " +
      "the recommendation list's columns, the firms, their valid codes of 武汉 (420100), the projects and figures are ours. Planted: a 申请 of 360 on a " +
      "3,000 investment (10% is 300); 600 asked on 8,000 (10% would be 800, the 500 maximum binds); one code's check character wrong (…H25, should be …H24).",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "rate-with-cap", "base-column", "investment-base", "credit-codes", "field-column", "item-from-title", "whole-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-notice", "hi-tech-zone", "province-fund", "hubei"],
  sheets: [
    {
      name: "支持标准",
      widths: [6, 36, 56, 14, 40],
      rows: [
        ["2023年度省级制造业高质量发展专项揭榜挂帅项目支持标准", null, null, null, null],
        ["序号", "支持事项", "支持标准", "补助基数", "政策依据"],
        [1, "省级制造业高质量发展专项揭榜挂帅项目补助", "对符合“揭榜挂帅”任务指南要求的项目，按项目总投资的10%予以补助，原则上单个项目不超过500万元。", "项目总投资", "《省经信厅关于开展2023年度省级制造业高质量发展专项揭榜挂帅项目申报工作的通知》（鄂经信规划函〔2023〕209号）"],
        ["注：已获得省级专项资金支持尚未完成项目验收的企业不得参与项目申报。", null, null, null, null],
      ],
      merges: ["A1:E1", "A4:E4"],
    },
    {
      name: "推荐汇总表",
      widths: [6, 30, 22, 30, 20, 14, 16, 12],
      rows: [
        ["武汉东湖新技术开发区2023年度省级制造业高质量发展专项揭榜挂帅项目推荐汇总表", null, null, null, null, null, null, null],
        ["推荐单位（盖章）：东湖新技术开发区企业服务局", null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "项目名称", "所属产业", "项目总投资", "申请补助资金", "备注"],
        [1, "武汉光谷芯联半导体有限公司", "91420100MA4K2L8R39", "12英寸硅片缺陷检测设备国产化项目", "集成电路", 4200, 420, null],
        [2, "武汉楚天激光智能装备有限公司", "91420100MA4KX7P51N", "超快激光精密加工系统研发及产业化", "光电子信息", 3000, 360, null],
        [3, "武汉长江光电子材料有限公司", "91420100MA49C3N6T5", "特种光纤预制棒扩产项目", "光电子信息", 8000, 600, null],
        [4, "武汉卓尔生物医药科技有限公司", "91420100MA4F6W2Q84", "mRNA疫苗递送系统中试平台", "生物医药", 5000, 500, null],
        [5, "武汉东湖数智软件有限公司", "91420100MA4L0D9H25", "工业设计仿真软件攻关项目", "软件和信息服务", 2600, 260, null],
        [6, "武汉鸿图新能源汽车电子有限公司", "91420100MA4E8T5M7D", "车规级IGBT功率模块产业化", "集成电路", 3580, 358, null],
        ["合计", null, null, null, null, 26380, 2498, null],
        ["注：按项目总投资的10%予以补助，原则上单个项目不超过500万元。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A2:F2", "A10:E10", "A11:H11"],
    },
  ],
  expect: {
    tables: [
      { sheet: "支持标准", kind: "catalog", headerRow: 2, lastRow: 3, columns: { B: "item", C: "standard", D: "base", E: "document" } },
      {
        sheet: "推荐汇总表",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { B: "enterprise", C: "creditCode", D: "project", E: "category", F: "base", G: "requested" },
        year: 2023,
        item: "省级制造业高质量发展专项揭榜挂帅项目补助",
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", sheet: "推荐汇总表", cell: "G5", why: "10% × 3,000 = 300 (below the 500 maximum, so the rate binds); 360 asked, 60 over" },
      { rule: "cap.exceeded", sheet: "推荐汇总表", cell: "G6", why: "10% × 8,000 = 800, so the 500 maximum binds; 600 asked, 100 over" },
      { rule: "register.invalid-credit-code", sheet: "推荐汇总表", cell: "C8", why: "91420100MA4L0D9H25: the check character for the first 17 is 4, not 5" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", sheet: "推荐汇总表", cell: "G4", why: "420 = exactly 10% × 4,200" },
      { rule: "cap.exceeded", sheet: "推荐汇总表", cell: "G7", why: "500 = 10% × 5,000 = the 500 maximum: at both limits, above neither" },
      { rule: "cap.rate-exceeded", sheet: "推荐汇总表", cell: "G9", why: "358 = 10% × 3,580" },
      { rule: "register.duplicate", sheet: "推荐汇总表", why: "six different firms; 所属产业 repeats (集成电路, 光电子信息) but it is the field, not the item" },
      { rule: "composition.total-mismatch", sheet: "推荐汇总表", cell: "G10", why: "420 + 360 + 600 + 500 + 260 + 358 = 2,498; 总投资 4,200 + 3,000 + 8,000 + 5,000 + 2,600 + 3,580 = 26,380" },
      { rule: "cap.unknown-policy", sheet: "推荐汇总表", why: "the title names the catalog's one item (揭榜挂帅项目 without its support word 补助)" },
    ],
  },
};
