import type { CorpusLayout } from "../types";

// 云南省 2023年惠民惠农财政补贴资金“一卡通”政策清单 (附件, an .xls): 序号 | 项目名称 (一级项目名称 | 二级项目名称) | 四字简称 | 项目主管部门 |
// 项目级次 | 政策依据 | 补贴对象 | 补贴标准 | 政策咨询电话 — two header rows, 项目名称 merged over its two levels, long documents and standards in prose.
export const layout: CorpusLayout = {
  id: "yunnan-2023-one-card-subsidy-policy-list",
  source: {
    title: "2023年惠民惠农财政补贴资金“一卡通”政策清单（附件）",
    url: "http://wenku.minyifei.cn/archives/p7ymvq4zlrv02x309rw5.html",
    publisher: "云南省财政厅等（文库转载）",
    date: "2023",
    changes:
      "As published: 附件 and the title, the two header rows (项目名称 over 一级项目名称 | 二级项目名称; 序号, 四字简称, 项目主管部门, 项目级次, 政策依据, " +
      "补贴对象, 补贴标准, 政策咨询电话 merged down), and row 1 (易迁水电: the 搬迁 water and power allowance in cubic metres and kilowatt-hours, its " +
      "documents, object and hotline) as the stored copy shows them. Rows 2–4 are ours in the same form (耕地地力保护补贴 by county standard; 高龄津贴 " +
      "with a floor; 农村独生子女和两女户奖励扶助金 at a fixed sum). Nothing planted: the unreadable standards are the policies' own wording.",
  },
  classes: ["catalog", "two-header-rows", "item-name-in-two-levels", "short-name-column", "level-column", "document-column", "hotline-column", "standard-in-volumes", "floor-standard", "standard-set-locally", "per-person-per-year-standard", "province-catalog", "yunnan"],
  settings: { district: "云南省" },
  sheets: [
    {
      name: "政策清单",
      widths: [6, 26, 14, 10, 14, 8, 40, 34, 44, 14],
      rows: [
        ["附件", null, null, null, null, null, null, null, null, null],
        ["2023年惠民惠农财政补贴资金“一卡通”政策清单", null, null, null, null, null, null, null, null, null],
        ["序号", "项目名称", null, "四字简称", "项目主管部门", "项目级次", "政策依据", "补贴对象", "补贴标准", "政策咨询电话"],
        [null, "一级项目名称", "二级项目名称", null, null, null, null, null, null, null],
        [1, "易地扶贫搬迁大型安置点搬迁群众物管费等减免补贴", "水电费补贴", "易迁水电", "云南省发展和改革委员会", "省级", "《中共云南省委办公厅 云南省人民政府办公厅关于印发云南省易地扶贫搬迁“稳得住”工作方案的通知》（云办通〔2020〕12号）、《云南省财政厅 云南省发展和改革委员会 云南省人民政府扶贫开发办公室关于加强和规范易地扶贫搬迁大型安置点搬迁贫困群众物管费等减免补贴资金管理的通知》（云财农〔2020〕190号）", "列入“十三五”国家规划易地扶贫搬迁任务，在易地扶贫搬迁大型进城安置区（安置建档立卡搬迁人口200户800人以上）内安置的建档立卡搬迁群众。", "减免补贴按照“当年使用、次年兑付”的原则进行兑付和清算，搬迁群众应按有关规定正常缴纳水费、电费。水电费补贴标准：2022年给予每户2立方米/月用水补贴和4千瓦·时/月用电补贴，2023年给予每户1立方米/月用水补贴和2千瓦·时/月用电补贴。", "087163113909"],
        [2, "农业相关转移支付资金", "耕地地力保护补贴", "耕地地力", "云南省农业农村厅", "中央级", "《云南省财政厅 云南省农业农村厅关于下达2023年耕地地力保护补贴资金的通知》（云财农〔2023〕41号）", "拥有耕地承包权的种地农民", "按各县（市、区）核定的补贴面积和补贴标准发放，具体标准由县级人民政府确定。", "087165749302"],
        [3, "老年人福利补贴", "高龄津贴", "高龄津贴", "云南省民政厅", "省级", "《云南省民政厅 云南省财政厅关于进一步完善高龄津贴制度的通知》（云民发〔2021〕16号）", "具有本省户籍的100周岁以上老年人", "每人每月不低于300元，具体标准由州（市）确定。", "087163151328"],
        [4, "计划生育家庭奖励扶助", "农村独生子女和两女户奖励扶助金", "农村奖扶", "云南省卫生健康委员会", "中央级", "《云南省卫生健康委员会 云南省财政厅关于调整计划生育家庭奖励扶助标准的通知》（云卫家庭发〔2022〕3号）", "年满60周岁的农村独生子女父母和两女户父母", "每人每年960元，按年度一次性发放。", "087167195117"],
      ],
      merges: ["A1:J1", "A2:J2", "A3:A4", "B3:C3", "D3:D4", "E3:E4", "F3:F4", "G3:G4", "H3:H4", "I3:I4", "J3:J4"],
    },
  ],
  expect: {
    tables: [
      { sheet: "政策清单", kind: "catalog", headerRow: 3, lastRow: 8, columns: { A: "code", C: "item", G: "document", I: "standard" }, year: 2023 },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", cell: "I5", why: "易迁水电: an allowance in cubic metres and kilowatt-hours a month, no amount of money" },
      { rule: "catalog.unreadable-standard", cell: "I6", why: "耕地地力保护补贴: the standard is each county's own — no amount" },
      { rule: "catalog.unreadable-standard", cell: "I7", why: "高龄津贴: 不低于300元 is a floor, never a cap, and the rest is left to the 州（市）" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", cell: "I8", why: "每人每年960元 is a fixed amount" },
      { rule: "input.unreadable-value", cell: "J5", why: "政策咨询电话 is a phone number, text" },
      { rule: "catalog.unreadable-standard", cell: "H5", why: "200户800人以上 in 补贴对象 is a condition, no standard" },
      { rule: "cap.unknown-policy", why: "a catalog alone: no register to check" },
    ],
  },
};
