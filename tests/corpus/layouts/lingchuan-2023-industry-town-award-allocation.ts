import type { CorpusLayout } from "../types";

// 莆田市城厢区 (福建) 2023-05-19: the city's 农业产业强镇 award, 150万元 sent down to 灵川镇 — 附件1 the town's allocation by
// project (项目名称 | 实施主体 | 建设内容 | 补助资金 | 备注), 单位：万元, 合计 at the foot; 附件2 (绩效目标表) not laid out here.
export const layout: CorpusLayout = {
  id: "lingchuan-2023-industry-town-award-allocation",
  source: {
    title: "关于下达2023年市级农业产业强镇奖补资金的通知（附件1：2023年市级农业产业强镇奖补资金分配表）",
    url: "https://www.chacewang.com/newsdetail/news335813.html",
    publisher: "中共莆田市城厢区委扶贫开发成果巩固与乡村振兴工作领导小组办公室",
    date: "2023-05-19",
    changes:
      "The notice is as published (莆财农〔2022〕115号; 灵川镇; 150万元; 莆农综﹝2022﹞44号; 附件1 分配表, 附件2 绩效目标表). The stored copy does " +
      "not show the annex body: its columns (序号 | 项目名称 | 实施主体 | 建设内容 | 补助资金 | 备注), 单位：万元 and 合计 are ours, as are the six " +
      "projects and their amounts; the 合计 is the notice's 150. Planted: 合计 150 where the six projects add up to 148.",
  },
  classes: ["composition", "allocation-by-project", "implementing-body-column", "town-as-recipient", "description-column", "total-at-foot", "wanyuan-caption", "remark-column", "fujian"],
  sheets: [
    {
      name: "分配表",
      widths: [6, 30, 28, 30, 12, 16],
      rows: [
        ["附件1", null, null, null, null, null],
        ["2023年市级农业产业强镇奖补资金分配表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "项目名称", "实施主体", "建设内容", "补助资金", "备注"],
        [1, "特色海产品加工提升项目", "莆田灵川海味食品有限公司", "新增加工设备、改造加工车间", 45, null],
        [2, "冷链仓储设施建设项目", "莆田东沙冷链物流有限公司", "新建冷库及配套设施", 35, null],
        [3, "产业强镇品牌营销推广项目", "灵川镇人民政府", "区域公用品牌设计、展会推介", 15, null],
        [4, "种养殖基地提升项目", "莆田灵川绿丰农业专业合作社", "基地道路、灌溉设施建设", 30, null],
        [5, "农产品质量安全追溯体系建设项目", "灵川镇农业服务中心", "检测设备购置、追溯平台建设", 12, null],
        [6, "联农带农利益联结项目", "灵川镇各村股份经济合作社", "村集体入股、按股分红", 11, "带动脱贫户及监测户"],
        ["合计", null, null, null, 150, null],
      ],
      merges: ["A2:F2", "A11:D11"],
    },
  ],
  expect: {
    tables: [
      { sheet: "分配表", kind: "composition", unit: "万元", headerRow: 4, lastRow: 11, columns: { B: "line", E: "amount" }, year: 2023 },
    ],
    findings: [
      { rule: "composition.total-mismatch", cell: "E11", why: "合计 150 where 45 + 35 + 15 + 30 + 12 + 11 = 148: 2万元 more" },
    ],
    absent: [
      { rule: "composition.line-mismatch", why: "no row gives a unit amount or a quantity" },
      { rule: "cap.unknown-policy", why: "项目名称 names the town's projects, not policy items; this is an allocation, not a register" },
      { rule: "input.unreadable-value", why: "建设内容 and 备注 are text" },
    ],
  },
};
