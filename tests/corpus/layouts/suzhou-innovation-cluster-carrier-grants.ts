import type { CorpusLayout } from "../types";

// 苏州 关于支持产业创新集群建设的若干政策（试行）, 一、1.布局高能级创新载体: 全国重点实验室 最高2亿元 in stages, 国家实验室基地 一事一议,
// 省重点实验室 最高2000万元, 苏州市重点实验室 最高100万元 twice (building, then by evaluation), fixed 5000 / 2000 / 1000万元 for national and
// provincial centres; the year's grants on a second sheet naming each carrier's kind as the clause names it.
export const layout: CorpusLayout = {
  id: "suzhou-innovation-cluster-carrier-grants",
  source: {
    title: "关于支持产业创新集群建设的若干政策（试行）（苏州）— 一、大力提升产业创新集群策源能力 1.布局高能级创新载体",
    url: "https://kststis.com/ksproject/ndaservplat/Apps/psp/index.php?s=%2FHome%2FPolicySearch%2Fpolicydetail%2Fid%2F1001018%2Fquery_value1%2F%E5%9B%BE%E8%A7%A3%E6%94%BF%E7%AD%96%2Forderway%2F%2Fi%2F3",
    publisher: "苏州市人民政府（昆山市科技政策服务平台转载）",
    changes:
      "The clause texts on the first sheet are the published wording of 1.布局高能级创新载体, one row per sentence that sets an award (条款 | 支持事项 | 支持内容); " +
      "the 支持事项 names are the sentences' own subjects; the clause's last sentence (省级、市级制造业创新中心 最高500万元、100万元, 国家级 一事一议) and " +
      "the rest of the policy are cut. The grant list on the second sheet is ours: no published list was found; carriers, firms, codes and amounts " +
      "invented. Planted: 苏州吴江恒丝新材料 150万元 for a 苏州市重点实验室, whose maximum is 100; the 相城 感知 laboratory listed twice the same year; " +
      "张家港华港精细化工's code with a wrong check character.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "one-matter-one-discussion", "max-cap", "fixed-awards", "two-stage-maximum", "yi-yuan-amount", "item-per-row", "project-name-column", "credit-codes", "counties-as-places", "zones-as-places", "city-fund", "wanyuan-caption", "jiangsu"],
  settings: { district: "苏州市" },
  sheets: [
    {
      name: "政策条款",
      widths: [8, 34, 100],
      rows: [
        ["关于支持产业创新集群建设的若干政策（试行）— 一、大力提升产业创新集群策源能力", null, null],
        ["条款", "支持事项", "支持内容"],
        ["1", "全国重点实验室", "全过程支持新建或重组全国重点实验室，分阶段给予最高2亿元资助。"],
        ["1", "国家实验室基地、全国重点实验室基地", "对在苏建设的国家实验室基地、全国重点实验室基地，按照“一事一议”方式给予支持。"],
        ["1", "省重点实验室、省工程技术联合实验室", "积极参与省级重点实验室重组工作，对新建的省重点实验室、省工程技术联合实验室给予最高2000万元资助。"],
        ["1", "苏州市重点实验室", "培育建设一批苏州市重点实验室，给予最高100万元资助；建设期满后，根据运行绩效评价情况给予最高100万元资助。"],
        ["1", "国家技术创新中心、产业创新中心", "鼓励地方、创新型龙头企业、高校院所统筹资源建设技术创新中心，对新建的国家技术创新中心、产业创新中心给予5000万元资助。"],
        ["1", "国家工程研究中心", "对新建的国家工程研究中心给予2000万元资助。"],
        ["1", "省技术创新中心、产业创新中心", "对新建的省技术创新中心、产业创新中心给予1000万元资助。"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "资助名单",
      widths: [6, 36, 30, 22, 14, 32, 12],
      rows: [
        ["2024年苏州市产业创新集群创新载体建设资助拟安排名单", null, null, null, null, null, null],
        ["单位：万元", null, null, null, null, null, null],
        ["序号", "载体名称", "依托单位", "统一社会信用代码", "所在地", "资助类别", "资助金额"],
        [1, "苏州纳米器件全国重点实验室", "苏州纳维微电子科技有限公司", "913205947K3LQ8D2X5", "苏州工业园区", "全国重点实验室", 8000],
        [2, "江苏省先进光刻材料重点实验室", "苏州晶瑞光材科技有限公司", "91320594MA1TG5RW7U", "苏州工业园区", "省重点实验室、省工程技术联合实验室", 1500],
        [3, "苏州市智能网联汽车感知重点实验室", "苏州相城智行科技有限公司", "91320507MA25HQ3N8W", "相城区", "苏州市重点实验室", 100],
        [4, "苏州市高端纺织新材料重点实验室", "苏州吴江恒丝新材料有限公司", "91320509MA1P6D2W4H", "吴江区", "苏州市重点实验室", 150],
        [5, "国家第三代半导体技术创新中心（苏州）", "江苏第三代半导体创新研究院有限公司", "91320594MA27XK4E1J", "苏州工业园区", "国家技术创新中心、产业创新中心", 5000],
        [6, "江苏省生物医药产业创新中心", "苏州昆医生物科技有限公司", "91320583MA1Y9BRC5N", "昆山市", "省技术创新中心、产业创新中心", 1000],
        [7, "苏州市精密模具重点实验室", "常熟精工模具有限公司", "91320581MA20LT6H37", "常熟市", "苏州市重点实验室", 80],
        [8, "国家精细化工工程研究中心（张家港分中心）", "张家港华港精细化工有限公司", "91320582MA1N8QD706", "张家港市", "国家工程研究中心", 2000],
        [9, "苏州市智能网联汽车感知重点实验室", "苏州相城智行科技有限公司", "91320507MA25HQ3N8W", "相城区", "苏州市重点实验室", 100],
        [10, "苏州市工业软件重点实验室", "苏州姑苏云图软件有限公司", "91320508MA22CM5G66", "姑苏区", "苏州市重点实验室", 60],
        ["合计", null, null, null, null, null, 17990],
      ],
      merges: ["A1:G1", "A2:G2", "A14:F14"],
    },
  ],
  expect: {
    tables: [
      { sheet: "政策条款", kind: "catalog", headerRow: 2, lastRow: 9, columns: { A: "document", B: "item", C: "standard" } },
      {
        sheet: "资助名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 14,
        columns: { B: "project", C: "enterprise", D: "creditCode", E: "place", F: "item", G: "approved" },
        year: 2024,
      },
    ],
    findings: [
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C4", why: "按照“一事一议”方式给予支持 gives no amount, maximum or rate" },
      { rule: "cap.exceeded", sheet: "资助名单", cell: "G7", why: "苏州市重点实验室: 给予最高100万元资助; 苏州吴江恒丝新材料 is given 150: 50万元 over" },
      { rule: "register.invalid-credit-code", sheet: "资助名单", cell: "D11", why: "91320582MA1N8QD706: the check character over the first 17 characters is 1, not 6" },
      { rule: "register.duplicate", sheet: "资助名单", cell: "G12", why: "苏州相城智行科技有限公司 (91320507MA25HQ3N8W) has 苏州市重点实验室 in row 6 and again in row 12, both 2024" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C3", why: "分阶段给予最高2亿元: a maximum of 20,000万元" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C6", why: "最高100万元, the same maximum for each stage: a maximum of 100万元" },
      { rule: "catalog.unreadable-standard", sheet: "政策条款", cell: "C7", why: "给予5000万元资助: a fixed amount (the sentence before it sets none)" },
      { rule: "cap.exceeded", sheet: "资助名单", cell: "G4", why: "8,000万元 against 全国重点实验室's maximum of 2亿元 (20,000万元)" },
      { rule: "cap.exceeded", sheet: "资助名单", cell: "G8", why: "国家技术创新中心、产业创新中心 5,000 = its award" },
      { rule: "cap.exceeded", sheet: "资助名单", cell: "G10", why: "苏州市重点实验室 80 is under 100" },
      { rule: "cap.exceeded", sheet: "资助名单", cell: "G14", why: "合计 17,990 is no grant: 8000 + 1500 + 100 + 150 + 5000 + 1000 + 80 + 2000 + 100 + 60" },
      { rule: "cap.unknown-policy", sheet: "资助名单", why: "every 资助类别 is a 支持事项 of the clause" },
      { rule: "register.ineligible-location", sheet: "资助名单", why: "苏州工业园区, 相城区, 吴江区, 昆山市, 常熟市, 张家港市 and 姑苏区 are all 苏州's" },
      { rule: "register.location-code-mismatch", sheet: "资助名单", why: "each code's characters 3–8 name the county or zone of its row (320594 园区, 320507 相城, 320509 吴江, 320583 昆山, 320581 常熟, 320582 张家港, 320508 姑苏)" },
      { rule: "register.duplicate", sheet: "资助名单", cell: "G13", why: "five 苏州市重点实验室 rows, of four different bodies; only 相城智行's second row repeats" },
      { rule: "register.unpaid", sheet: "资助名单", why: "a proposed list (拟安排) records no payments" },
    ],
  },
};
