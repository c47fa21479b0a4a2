import type { CorpusLayout } from "../types";

// 六安市财政局 2025-05-30: 2025年六安市市级惠民惠农补贴政策清单 — one row per subsidy: 序号 | 主管部门 | 补贴项目 | 政策依据 |
// 补贴对象 | 补贴标准 (国家标准 | 省级标准 | 市级标准 | 县区标准, merged over four) | 申领流程 | 发放方式 | 发放时间 | 咨询方式 | 备注.
// The city's own standard is 市级标准; the national and provincial columns state floors. One 市级 standard gives only a floor.
export const layout: CorpusLayout = {
  id: "luan-2025-city-farm-welfare-subsidy-catalog",
  source: {
    title: "2025年六安市市级惠民惠农补贴政策清单",
    url: "https://czj.luan.gov.cn/public/6608251/10693403.html",
    publisher: "六安市财政局",
    date: "2025-05-30",
    changes:
      "Heading rows (补贴标准 merged over 国家标准 | 省级标准 | 市级标准 | 县区标准) and column order as published; cut to four subsidies. " +
      "The 政策依据 lists are shortened to one or two documents; the standards, objects and contacts are ours in the list's wording. " +
      "Planted: 耕地地力保护补贴's 市级标准 gives only a floor (不低于每亩100元), no amount or maximum.",
  },
  classes: [
    "catalog", "merged-standard-header", "standard-by-level", "two-header-rows", "department-column", "document-column",
    "per-month-standard", "floor-not-cap", "dash-for-nothing", "yuan-in-standard", "long-text-cells", "city-level", "anhui",
  ],
  settings: { district: "六安市" },
  sheets: [
    {
      name: "政策清单",
      widths: [5, 14, 18, 30, 26, 20, 20, 20, 12, 26, 14, 10, 18, 8],
      rows: [
        ["2025年六安市市级惠民惠农补贴政策清单", null, null, null, null, null, null, null, null, null, null, null, null, null],
        ["序号", "主管部门", "补贴项目", "政策依据", "补贴对象", "补贴标准", null, null, null, "申领流程", "发放方式", "发放时间", "咨询方式", "备注"],
        [null, null, null, null, null, "国家标准", "省级标准", "市级标准", "县区标准", null, null, null, null, null],
        [
          1, "六安市民政局", "特困人员供养补助资金",
          "1.《安徽省人民政府关于进一步完善特困人员救助供养制度的实施意见》（皖政〔2023〕94号）；\n2.《安徽省特困人员认定办法》（皖民社救字〔2021〕74号）。",
          "具有本地户籍，无劳动能力、无生活来源且无法定赡养、抚养、扶养义务人的城乡老年人、残疾人和未成年人。",
          "基本生活标准应不低于当地低保标准的1.3倍。", "按照不低于当地最低生活保障标准的1.3倍确定。", "城市特困人员每人每月1210元。", "—",
          "个人申请—乡镇（街道）初审—乡镇人民政府（街道办事处）审核确认—财政部门打卡发放。", "“一卡通”打卡发放", "按月发放", "六安市民政局社会救助科：0564-3379000", null,
        ],
        [
          2, "六安市民政局", "农村居民最低生活保障资金",
          "《安徽省最低生活保障工作操作规程》（皖民社救字〔2023〕41号）。",
          "共同生活的家庭成员人均收入低于当地低保标准、且财产状况符合规定的农村居民。",
          "由省级人民政府确定。", "各市统筹确定。", "月人均补差最高不超过620元。", "—",
          "个人申请—乡镇（街道）审核确认—财政部门打卡发放。", "“一卡通”打卡发放", "按月发放", "六安市民政局社会救助科：0564-3379000", null,
        ],
        [
          3, "六安市残疾人联合会", "困难残疾人生活补贴",
          "《安徽省困难残疾人生活补贴和重度残疾人护理补贴实施办法》。",
          "享受最低生活保障待遇的残疾人。",
          "—", "—", "每人每月90元。", "—",
          "个人申请—乡镇（街道）初审—县区残联审核—财政部门打卡发放。", "“一卡通”打卡发放", "按月发放", "六安市残联：0564-3370000", null,
        ],
        [
          4, "六安市农业农村局", "耕地地力保护补贴",
          "《财政部 农业农村部关于下达2025年耕地地力保护补贴资金预算的通知》。",
          "拥有耕地承包权的种地农民。",
          "—", "—", "按县区核定的每亩补贴标准发放，不低于每亩100元。", "县区核定",
          "村级申报—乡镇审核—县区农业农村部门复核—财政部门打卡发放。", "“一卡通”打卡发放", "6月底前", "六安市农业农村局：0564-3370001", null,
        ],
      ],
      merges: ["A1:N1", "F2:I2", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "J2:J3", "K2:K3", "L2:L3", "M2:M3", "N2:N3"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "政策清单",
        kind: "catalog",
        headerRow: 2,
        lastRow: 7,
        columns: { A: "code", B: "category", C: "item", D: "document", H: "standard" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", cell: "H7", why: "耕地地力保护补贴: 不低于每亩100元 is a floor, and 按县区核定的标准 names no amount: no cap can be read" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", cell: "H4", why: "a fixed 1,210元 a month" },
      { rule: "catalog.unreadable-standard", cell: "H5", why: "最高不超过620元: a maximum" },
      { rule: "catalog.unreadable-standard", cell: "H6", why: "a fixed 90元 a month" },
      { rule: "catalog.unreadable-standard", cell: "F4", why: "the 国家标准 column states the national floor; the city's standard is 市级标准" },
      { rule: "input.unreadable-value", why: "text columns (流程, 方式, 时间, 咨询) are no numbers" },
    ],
  },
};
