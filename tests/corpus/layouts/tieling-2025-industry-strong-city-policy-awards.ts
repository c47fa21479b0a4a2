import type { CorpusLayout } from "../types";

// 铁岭市工业和信息化局 2025-05-15 (政务公开日 讲政策做解读): 《加快推进工业强市若干政策措施》, 9000万 of city money, 5 parts and 19 measures; the
// interview quotes among them 智改数转网联 (软件40%、硬件20%, 最高150万), 提能增效 (不超过设备投资的10%, 最高100万元) and 争先创优 (国家级、省级
// 分别20万元、10万元). Laid out as the measures' catalog (序号 | 政策方向 | 政策事项 | 支持标准 | 责任单位) beside a list of awards under them.
export const layout: CorpusLayout = {
  id: "tieling-2025-industry-strong-city-policy-awards",
  source: {
    title: "惠企政策加码 推进工业强巿战略 — 铁岭市《加快推进工业强市若干政策措施》解读（政策清单与拟兑现名单据解读拟）",
    url: "http://tieling.gov.cn/tieling/ywdt/rdzt/5.15zwgkrd16j42/qzntwld/2025051512263217633/index.html",
    publisher: "铁岭市工业和信息化局",
    date: "2025-05-15",
    changes:
      "As published: the three measures' standards as the interview words them (the first two under 推动产业转型升级, the third under 培育壮大优质企业). " +
      "The interview is prose: the catalog's layout, the split of 争先创优 into one row per level (国家级 20万元, 省级 10万元), the 责任单位 and the " +
      "whole award list (firms, codes, investments, awards) are ours. Planted: 调兵山煤机配件有限公司 given 60 on 520万元 of equipment (10% is 52); " +
      "昌图绿源食品有限公司, a 省级 award, given 20 (fixed 10).",
  },
  classes: ["register", "catalog", "catalog-in-workbook", "prose-caps", "rate-with-maximum", "maximum-binds-before-rate", "fixed-award-by-level", "base-column", "dash-cells", "credit-codes", "counties-and-districts-as-places", "total-at-foot", "whole-wanyuan", "wanyuan-in-header", "table-from-prose", "city-policy", "liaoning"],
  settings: { district: "铁岭市" },
  sheets: [
    {
      name: "政策清单",
      widths: [6, 18, 24, 70, 12],
      rows: [
        ["铁岭市加快推进工业强市若干政策措施（摘录，表据解读拟）", null, null, null, null],
        ["序号", "政策方向", "政策事项", "支持标准", "责任单位"],
        [1, "推动产业转型升级", "中小企业数字化转型补助", "对2024年6月份以后投资额不低于20万元的中小企业数字化转型项目，软件部分按投资额40%、硬件部分按投资额20%进行补助，最高不超过150万元。", "市工信局"],
        [2, "推动产业转型升级", "设备更新和技术改造补助", "对制造业设备更新和技术改造项目，给予不超过设备投资的10%补助，最高不超过100万元。", "市工信局"],
        [3, "培育壮大优质企业", "国家级争先创优奖励", "对首次认定的国家级制造业单项冠军企业、专精特新企业、绿色制造名单企业、工业设计中心、服务型制造业示范企业，给予20万元奖励。", "市工信局"],
        [4, "培育壮大优质企业", "省级争先创优奖励", "对首次认定的省级制造业单项冠军企业、专精特新企业、绿色制造名单企业、工业设计中心、服务型制造业示范企业，给予10万元奖励。", "市工信局"],
      ],
      merges: ["A1:E1"],
    },
    {
      name: "拟兑现名单",
      widths: [6, 12, 30, 22, 24, 14, 16],
      rows: [
        ["铁岭市2025年工业强市政策奖补资金拟兑现名单（表据解读拟）", null, null, null, null, null, null],
        ["序号", "县（市、区）", "企业名称", "统一社会信用代码", "政策事项", "设备投资（万元）", "补助奖励金额（万元）"],
        [1, "银州区", "铁岭银州精工机械有限公司", "91211202MARECFCQ01", "设备更新和技术改造补助", 860, 86],
        [2, "开原市", "开原北方重型装备有限公司", "91211282MARK38N0MJ", "设备更新和技术改造补助", 1450, 100],
        [3, "调兵山市", "调兵山煤机配件有限公司", "91211281MAWUYGRNMX", "设备更新和技术改造补助", 520, 60],
        [4, "铁岭县", "铁岭县辽河阀门有限公司", "91211221MAK2YNFAJM", "国家级争先创优奖励", "—", 20],
        [5, "昌图县", "昌图绿源食品有限公司", "91211224MACCXAA96E", "省级争先创优奖励", "—", 20],
        [6, "西丰县", "西丰鹿乡生物科技有限公司", "91211223MAGNNT04CL", "省级争先创优奖励", "—", 10],
        ["合计", null, null, null, null, 2830, 296],
      ],
      merges: ["A1:G1", "A9:E9"],
    },
  ],
  expect: {
    tables: [
      { sheet: "政策清单", kind: "catalog", headerRow: 2, lastRow: 6, columns: { A: "code", B: "category", C: "item", D: "standard" } },
      {
        sheet: "拟兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 9,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "item", F: "base", G: "approved" },
        year: 2025,
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", sheet: "拟兑现名单", cell: "G5", why: "设备更新和技术改造补助: 10% of 520万元 of equipment = 52 (under the 100 maximum, so the rate binds); 60 is 8 over" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "G7", why: "省级争先创优奖励 is a fixed 10万元; 昌图绿源食品有限公司 is given 20 (10 over)" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", sheet: "拟兑现名单", cell: "G3", why: "86 = 10% of 860 exactly" },
      { rule: "cap.rate-exceeded", sheet: "拟兑现名单", cell: "G4", why: "10% of 1,450 = 145, but the 100 maximum binds first: 100 is within it" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "G4", why: "100 is exactly the maximum" },
      { rule: "cap.exceeded", sheet: "拟兑现名单", cell: "G6", why: "国家级争先创优奖励 is 20: its own level's sum (not the 省级 10)" },
      { rule: "composition.total-mismatch", sheet: "拟兑现名单", cell: "G9", why: "86 + 100 + 60 + 20 + 20 + 10 = 296" },
      { rule: "composition.total-mismatch", sheet: "拟兑现名单", cell: "F9", why: "860 + 1,450 + 520 = 2,830, the dashes adding nothing" },
      { rule: "cap.no-cap", sheet: "拟兑现名单", cell: "F6", why: "a fixed award needs no base: the dash is no missing base" },
      { rule: "cap.unknown-policy", sheet: "拟兑现名单", why: "every 政策事项 is an item of the catalog" },
      { rule: "register.ineligible-location", sheet: "拟兑现名单", why: "银州区, 开原市, 调兵山市, 铁岭县, 昌图县, 西丰县 are all of 铁岭市" },
      { rule: "register.location-code-mismatch", sheet: "拟兑现名单", why: "characters 3–8 (211202, 211282, 211281, 211221, 211224, 211223) are each firm's own district, city or county" },
      { rule: "register.duplicate", sheet: "拟兑现名单", why: "six different firms" },
      { rule: "register.unpaid", why: "a list of awards to be paid records no payments" },
    ],
  },
};
