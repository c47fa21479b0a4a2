import type { CorpusLayout } from "../types";

// 武汉市蔡甸区科学技术和经济信息化局 2020-07-07: the district's 2020 培育企业补贴 for high-tech firms — 区级配套 matching the city 1:1, 20万元 for a
// firm first recognised in 2019, 5万元 for one re-recognised, 2万元 for one that applied and failed (蔡政规〔2019〕4号); the firms put up for comment.
export const layout: CorpusLayout = {
  id: "caidian-2020-hitech-cultivation-subsidy",
  source: {
    title: "蔡甸区2020年度高新技术企业培育补贴公示（名单据正文拟）",
    url: "http://paizhong.cn/zhengce/show.php?itemid=1678",
    publisher: "蔡甸区科学技术和经济信息化局",
    date: "2020-07-07",
    changes:
      "As published: the three kinds of firm and their money (34 家首次认定 × 20万元 = 680, 13 家重新认定 × 5万元 = 65, 13 家新申报未通过 × 2万元 = 26), " +
      "区级配套 at no less than 1:1 (武科计[2018]60号, 蔡政规〔2019〕4号), the comment period 2020年7月7日至7月13日. The notice names two or three firms of " +
      "each kind and annexes the list; the list here is ours (invented firms and codes, 蔡甸区 420114), twelve rows instead of sixty, and the 辅导服务机构 " +
      "awards (25万元) are left out. Planted: 武汉常福汽车饰件 (重新认定) given 20万元 where re-recognised firms get 5; 后官湖智能装备 listed twice as 首次认定; " +
      "湖北消泗防水材料's code with a wrong check character.",
  },
  classes: ["register", "item-column", "fixed-awards", "three-levels-of-award", "matching-grant", "credit-codes", "no-place-column", "district-fund", "wanyuan-in-header", "remark-column", "total-at-foot", "notes-under-table", "table-from-prose", "hubei"],
  settings: { district: "蔡甸区", asOf: "2020-07-13" },
  catalog: {
    items: [
      { name: "首次认定高新技术企业区级配套补贴", capType: "fixed", capAmount: 20, unit: "万元", year: 2020, document: "武科计[2018]60号：各区按照不低于1:1的比例配套（市级每家20万元）" },
      { name: "重新认定高新技术企业区级配套补贴", capType: "fixed", capAmount: 5, unit: "万元", year: 2020, document: "武科计[2018]60号：各区按照不低于1:1的比例配套（市级每家5万元）" },
      { name: "新申报未通过认定企业补贴", capType: "fixed", capAmount: 2, unit: "万元", year: 2020, document: "蔡政规〔2019〕4号：对新申报未通过高新认定的企业，由区级财政给予2万元补贴" },
    ],
  },
  sheets: [
    {
      name: "公示名单",
      widths: [6, 32, 22, 32, 16, 18],
      rows: [
        ["蔡甸区2020年度高新技术企业培育补贴企业名单", null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "补贴类别", "区级补贴金额（万元）", "备注"],
        [1, "武汉蔡鑫新材料有限公司", "91420114MA4KX2LQ5T", "首次认定高新技术企业区级配套补贴", 20, "2019年首次认定"],
        [2, "武汉知音阀门制造有限公司", "91420114MA49D8TN3A", "首次认定高新技术企业区级配套补贴", 20, "2019年首次认定"],
        [3, "武汉后官湖智能装备有限公司", "91420114MA4F6RJW11", "首次认定高新技术企业区级配套补贴", 20, "2019年首次认定"],
        [4, "武汉索河电子科技有限公司", "91420114MA4L0CP77T", "首次认定高新技术企业区级配套补贴", 20, "2019年首次认定"],
        [5, "武汉奓山汽车零部件有限公司", "91420114MA4E9HUK2Q", "首次认定高新技术企业区级配套补贴", 20, "2019年首次认定"],
        [6, "武汉玉贤生物科技有限公司", "91420114MA4JR5YB0T", "首次认定高新技术企业区级配套补贴", 20, "2019年首次认定"],
        [7, "武汉磐石电气科技股份有限公司", "91420114MA4KN3GD6W", "重新认定高新技术企业区级配套补贴", 5, "2019年重新认定"],
        [8, "武汉常福汽车饰件有限公司", "91420114MA4G7TXM43", "重新认定高新技术企业区级配套补贴", 20, "2019年重新认定"],
        [9, "武汉侏儒山环保科技有限公司", "91420114MA49QW8F95", "重新认定高新技术企业区级配套补贴", 5, "2019年重新认定"],
        [10, "武汉后官湖智能装备有限公司", "91420114MA4F6RJW11", "首次认定高新技术企业区级配套补贴", 20, "2019年首次认定"],
        [11, "武汉张湾包装印刷有限公司", "91420114MA4KB6EH3W", "新申报未通过认定企业补贴", 2, null],
        [12, "湖北消泗防水材料有限公司", "91420114MA4H2LDR80", "新申报未通过认定企业补贴", 2, null],
        ["合计", null, null, null, 174, null],
        ["公示期为2020年7月7日至7月13日。如有异议，可于7月13日前向区科技和经济信息化局科技管理科反映。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A15:D15", "A16:F16"],
      numberFormats: { "E3:E15": "0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "公示名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 15,
        columns: { B: "enterprise", C: "creditCode", D: "item", E: "approved" },
        year: 2020,
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "E10", why: "重新认定 is a fixed 5万元: 武汉常福汽车饰件 given 20, 15万元 over" },
      { rule: "register.duplicate", cell: "E12", why: "武汉后官湖智能装备 (91420114MA4F6RJW11) already has the 首次认定 配套 on row 5" },
      { rule: "register.invalid-credit-code", cell: "C14", why: "91420114MA4H2LDR80: the check character for 91420114MA4H2LDR8 is 9, not 0" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "E3", why: "首次认定 20万元 is the award" },
      { rule: "cap.exceeded", cell: "E15", why: "合计 174 = 7 × 20 + 5 + 20 + 5 + 2 × 2, no award" },
      { rule: "cap.unknown-policy", why: "every 补贴类别 is a catalog item" },
      { rule: "register.duplicate", cell: "E4", why: "several firms share 首次认定; only row 12 repeats a firm" },
      { rule: "register.ineligible-location", why: "no place column; every code is issued in 蔡甸区 (420114)" },
      { rule: "register.location-code-mismatch", why: "no place column to compare" },
      { rule: "register.unpaid", why: "a list put up for comment, no payment columns" },
      { rule: "input.unreadable-value", why: "备注 and the notice line are text" },
    ],
  },
};
