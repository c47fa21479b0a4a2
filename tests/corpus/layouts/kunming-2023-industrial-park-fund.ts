import type { CorpusLayout } from "../types";

// 昆明市工业和信息化局 / 昆明市财政局 2023: 工业园区发展专项扶持资金 — the call's standards as reported by 昆明经开区 on 2023-06-12 (3% of the
// parks' 2022 infrastructure investment at most 1000万元 a park; 不高于200万元 a park for 软环境; 国家级 / 省级 cluster contests 不高于200万元、
// 100万元 in one sentence; matching support for clusters with no amount; 国家级 / 省级 demonstration bases 分别给予200万元、100万元), set out as
// clauses, and the year's 拟补助项目汇总表 by park under them.
export const layout: CorpusLayout = {
  id: "kunming-2023-industrial-park-fund",
  source: {
    title: "昆明经开区6个项目拟获昆明专项扶持资金补助（2023年工业园区发展专项扶持资金拟补助项目汇总表）",
    url: "https://zzfmdn.com/art/昆明市经开区管委会官网首页.html",
    publisher: "国家级昆明经济技术开发区管理委员会（转载）",
    date: "2023-06-12",
    changes:
      "The stored copy is the zone's report of the city's 公示: it names the 汇总表 and quotes the call's standards. Five standards are set out as a " +
      "政策清单 (序号 | 支持事项 | 支持标准), 支持标准 quoting each clause; 支持事项 is the clause's subject. The first clause (标准厂房项目 … 不高于100元/平方米) " +
      "is left out: a standard per square metre is no cap in money. The 汇总表's body is not in the stored copy: its columns (序号 | 园区名称 | " +
      "补助类别 | 项目名称 | 计算基数 | 拟补助金额, 单位：万元), the parks' projects and every figure are ours. Planted: 安宁工业园区 800 where 3% of 25,000 " +
      "is 750; 嵩明杨林 1,100 where 3% of 38,000 = 1,140 but the 1,000 maximum binds; 石林 250 for 软环境 against 200.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "rate-with-cap", "max-cap", "sub-items-in-one-cell", "conditions-not-caps", "unreadable-standard", "item-column", "base-column", "parks-as-applicants", "project-name-column", "no-credit-codes", "wanyuan-caption", "total-at-foot", "yunnan"],
  settings: { district: "昆明市" },
  sheets: [
    {
      name: "政策清单",
      widths: [6, 24, 90],
      rows: [
        ["2023年昆明市工业园区发展专项扶持资金支持标准", null, null],
        ["序号", "支持事项", "支持标准"],
        [1, "基础设施建设项目", "按不超过2022年度园区基础设施建设项目实际投入（工业和信息化投资入库数）的3%给予补助，单个园区年度内基础设施建设项目补助最高不超过1000万元。"],
        [2, "软环境项目", "按单个园区年度不高于200万元的标准给予补助。"],
        [3, "产业集群竞赛", "集群竞赛申报（竞标）单位，按参加国家级竞赛不高于200万元、省级竞赛不高于100万元的标准给予补助。"],
        [4, "先进制造业集群", "创建入列国家级、省级先进制造业集群的，结合市级资金盘子和上级下达扶持资金统筹予以配套支持。"],
        [
          5,
          "新型工业化产业示范基地",
          "对成功创建为国家级、省级新型工业化产业示范基地或在年度发展质量评价中认定为国家、省四星级（含）以上新型工业化产业示范基地的，分别给予200万元、100万元一次性奖励。",
        ],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "拟补助项目汇总表",
      widths: [6, 26, 22, 36, 12, 12],
      rows: [
        ["2023年工业园区发展专项扶持资金拟补助项目汇总表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "园区名称", "补助类别", "项目名称", "计算基数", "拟补助金额"],
        [1, "昆明经济技术开发区", "基础设施建设项目", "信息产业园片区道路及管网工程", 40000, 1000],
        [2, "安宁工业园区", "基础设施建设项目", "草铺片区标准化道路工程", 25000, 800],
        [3, "嵩明杨林经济技术开发区", "基础设施建设项目", "杨林片区污水处理厂配套管网工程", 38000, 1100],
        [4, "晋宁工业园区", "基础设施建设项目", "二街片区供水工程", 12500, 375],
        [5, "昆明经济技术开发区", "软环境项目", "园区智慧化管理平台建设", null, 200],
        [6, "石林生态工业集中区", "软环境项目", "园区综合服务中心运营", null, 250],
        [7, "富民工业园区", "软环境项目", "园区招商服务平台", null, 150],
        [8, "昆明经济技术开发区", "产业集群竞赛", "国家级先进制造业集群竞赛（竞标）", null, 200],
        [9, "安宁工业园区", "新型工业化产业示范基地", "国家新型工业化产业示范基地（石化化工）", null, 200],
        [10, "寻甸特色产业园区", "新型工业化产业示范基地", "省级新型工业化产业示范基地", null, 100],
        ["合计", null, null, null, null, 4375],
      ],
      merges: ["A1:F1", "A14:D14"],
      numberFormats: { "E4:F14": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "政策清单", kind: "catalog", unit: "万元", headerRow: 2, lastRow: 7, columns: { A: "code", B: "item", C: "standard" }, year: 2023 },
      {
        sheet: "拟补助项目汇总表",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 14,
        columns: { B: "enterprise", C: "item", D: "project", E: "base", F: "approved" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", sheet: "政策清单", cell: "C6", why: "配套支持 with no amount, rate or maximum" },
      { rule: "cap.rate-exceeded", sheet: "拟补助项目汇总表", cell: "F5", why: "安宁工业园区: 3% × 25,000 = 750万元 allowed, 800 proposed: 50万元 over" },
      { rule: "cap.exceeded", sheet: "拟补助项目汇总表", cell: "F6", why: "嵩明杨林: 3% × 38,000 = 1,140, so the 1,000万元 maximum binds; 1,100 proposed: 100万元 over" },
      { rule: "cap.exceeded", sheet: "拟补助项目汇总表", cell: "F9", why: "石林生态工业集中区 软环境项目 250万元 against at most 200万元 a park: 50万元 over" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "政策清单", cell: "C3", why: "3% of the infrastructure investment, at most 1,000万元" },
      { rule: "catalog.unreadable-standard", sheet: "政策清单", cell: "C4", why: "at most 200万元" },
      { rule: "catalog.unreadable-standard", sheet: "政策清单", cell: "C5", why: "two maxima by sub-item: 国家级竞赛 200, 省级竞赛 100" },
      { rule: "catalog.unreadable-standard", sheet: "政策清单", cell: "C7", why: "two sub-items 国家级 200万元, 省级 100万元; 四星级（含）以上 is a condition" },
      { rule: "cap.rate-exceeded", sheet: "拟补助项目汇总表", cell: "F4", why: "3% × 40,000 = 1,200, the 1,000 maximum binds and 1,000 is within it" },
      { rule: "cap.rate-exceeded", sheet: "拟补助项目汇总表", cell: "F7", why: "3% × 12,500 = 375, exactly the amount" },
      { rule: "cap.rate-exceeded", sheet: "拟补助项目汇总表", cell: "F6", why: "only the binding limit (the 1,000 maximum) is reported" },
      { rule: "cap.exceeded", sheet: "拟补助项目汇总表", cell: "F11", why: "产业集群竞赛 names no sub-item: at most the larger 200, and 200 is within it" },
      { rule: "cap.exceeded", sheet: "拟补助项目汇总表", cell: "F14", why: "合计 is no award" },
      { rule: "register.duplicate", why: "昆明经开区 and 安宁 appear more than once, each time under a different item" },
      { rule: "cap.unknown-policy", why: "every 补助类别 of the list is in the sheet's own catalog" },
      { rule: "cap.no-cap", why: "the fixed-amount rows need no base; every item the list uses has a cap" },
      { rule: "register.ineligible-location", why: "no place column; the parks are 昆明's" },
    ],
  },
};
