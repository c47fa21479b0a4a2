import type { CorpusLayout } from "../types";

// A web summary of local incentives for 绿色制造 / 绿色工厂, printed as a grid 地区 (province | city or district) | 鼓励政策: caps in
// prose — 天津市 30万元 once for a municipal green factory and at most 60万元 for a national one, 津南区 20万元 and 1万元 per product up
// to 15万元 a firm, 青岛市 50% of the national grant up to 1,000万元 — beside regions promising priority only, and 北京市 "一定额度".
export const layout: CorpusLayout = {
  id: "tianjin-green-factory-regional-incentive-catalog",
  source: {
    title: "各地绿色制造（绿色工厂）鼓励政策汇总（地区 | 鼓励政策）",
    url: "http://www.shgld.cn/doc_28222582_0_0_1.html",
    publisher: "网络汇编（原发布机构未署名）",
    changes:
      "As published: the grid's two-level 地区 column (province merged down over its city or district) and its 鼓励政策 texts for the rows " +
      "of our provinces — 山东省, 青岛市, 北京市, 天津市, 津南区, 河北省, 山西省 — in the page's order and words (shortened where a row " +
      "runs on); rows of other provinces cut, and the title line supplied (the stored copy starts at the grid). Nothing invented: the " +
      "points to find are the publication's own — 北京市's award of 一定额度 names no amount, and 山东省, 河北省, 山西省 promise priority only, so their standards cannot be read into caps.",
  },
  classes: [
    "catalog", "prose-caps", "region-as-item", "province-merged-down", "several-awards-in-one-standard", "rate-with-cap",
    "per-product-award-with-ceiling", "no-amount-standard", "priority-only-policies", "web-summary", "tianjin", "shandong", "beijing",
  ],
  settings: { district: "天津市" },
  sheets: [
    {
      name: "鼓励政策",
      widths: [8, 10, 90],
      rows: [
        ["各地绿色制造鼓励政策", null, null],
        ["地区", null, "鼓励政策"],
        ["山东", "山东省", "入省级项目库的将优先推荐争创国家绿色制造名单和申报绿色制造系统集成等项目，同时优先享受省级相关政策支持。"],
        [null, "青岛市", "列入国家年度工业强基、绿色制造、服务型制造、工业转型升级（中国制造2025）等重点项目资金计划安排的企业，按照国家补助金额的50%给予最高不超过1000万元配套支持。"],
        ["北京", "北京市", "已入选国家绿色制造示范名单的企业自动入选市级示范名单；未来国家级绿色制造项目原则上从市级示范名单中推荐上报；对入选本市及国家级绿色工厂、绿色供应链示范名单的企业，给予一定额度的奖励资金。"],
        ["天津", "天津市", "市级绿色工厂名单的企业，市节能专项资金一次性给予30万元的资金奖励；对列入国家绿色工厂示范名单的企业，市节能专项资金给予不超过60万元的资金奖励。"],
        [null, "津南区", "对创建并认定为区级绿色工厂企业，给予一次性奖励20万元，并优先推荐国家和市级绿色工厂评选。对列入市级及以上的绿色设计产品名单的企业，给予每项产品一次性奖励1万元，每家企业累计不超过15万元。"],
        ["河北", "河北省", "将优先推荐争取国家工业转型升级资金、专项建设基金、绿色信贷等相关政策支持；优先推荐申报国家绿色制造系统集成项目。"],
        ["山西", "山西省", "对列入绿色园区创建活动的产业集聚区和绿色工厂创建的企业，国土部门将优先予以土地规划支持，环保部门要开设绿色审批通道。"],
      ],
      merges: ["A1:C1", "A2:B2", "A3:A4", "A6:A7"],
    },
  ],
  expect: {
    tables: [
      { sheet: "鼓励政策", kind: "catalog", headerRow: 2, lastRow: 9, columns: { A: "category", B: "item", C: "standard" } },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", cell: "C3", why: "山东省: priority in recommendation and 省级相关政策支持 — support with no amount, no cap can be read" },
      { rule: "catalog.unreadable-standard", cell: "C5", why: "北京市: 给予一定额度的奖励资金 — an award with no amount, no cap can be read" },
      { rule: "catalog.unreadable-standard", cell: "C8", why: "河北省: priority for national funds and green credit — no amount" },
      { rule: "catalog.unreadable-standard", cell: "C9", why: "山西省: land-planning priority and a green approval channel — no money at all" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", cell: "C4", why: "青岛市: a rate of 50% of the national grant with a maximum of 1,000万元" },
      { rule: "catalog.unreadable-standard", cell: "C6", why: "天津市: two awards in one standard, 30万元 once and at most 60万元: the item allowed at most the larger" },
      { rule: "catalog.unreadable-standard", cell: "C7", why: "津南区: 20万元 once, and 1万元 per product up to 15万元 a firm: amounts in money" },
      { rule: "catalog.unreadable-standard", cell: "A3", why: "the province merged down groups its rows; it is no standard" },
    ],
  },
};
