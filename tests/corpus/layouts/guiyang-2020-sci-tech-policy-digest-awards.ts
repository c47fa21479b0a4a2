import type { CorpusLayout } from "../types";

// A 贵阳 policy digest's grid (区域 | 扶持对象/事项 | 扶持/奖励政策 | 奖励金额 | 发文单位 | 文件名称 | 文号) for 筑府发〔2020〕8号, 《贵阳市关于进一步加快科技创新推动
// 经济高质量发展的若干措施》: each support with its cap in prose (最高10万元, 10万元至500万元…). Then a 兑现名单 paying firms under those items.
export const layout: CorpusLayout = {
  id: "guiyang-2020-sci-tech-policy-digest-awards",
  source: {
    title: "贵阳市扶持政策汇总（筑府发〔2020〕8号 科技创新部分）；兑现名单据政策拟",
    url: "http://m.sansen.net.cn/index.php?id=355",
    publisher: "政策汇编（转载贵阳市人民政府筑府发〔2020〕8号）",
    date: "2020",
    changes:
      "As published: the digest's seven headings and the 贵阳市 rows of 筑府发〔2020〕8号 as the page lays them (区域, 发文单位, 文件名称, 文号 merged down; the " +
      "高新技术企业 row with its three caps in one cell; the 研发评估 row whose condition ends with a colon; the platform, incubator, technology-transfer and " +
      "new-institute rows with their ranges). Ours: the second sheet, a 2020 兑现名单 — firms, valid codes of 贵阳's districts, items and amounts. Planted: " +
      "an incubator paid 120 under 对新认定的创业孵化体系 (提供10万元至100万元补助); one code with a wrong check character.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "range-caps", "several-caps-one-cell", "merged-down-columns", "document-column", "policy-digest", "credit-codes", "districts-as-places", "whole-wanyuan", "wanyuan-in-header", "total-at-foot", "city-government", "guizhou"],
  settings: { district: "贵阳市" },
  sheets: [
    {
      name: "政策汇总",
      widths: [10, 12, 44, 48, 14, 40, 16],
      rows: [
        ["区域", "扶持对象/事项", "扶持/奖励政策", "奖励金额", "发文单位", "文件名称", "文号"],
        ["贵阳市", "初创企业", "培育高新技术企业", "对首次获得国家高新技术企业认定的给予最高10万元补助，对到期连续申请重新认定成功的高新技术企业给予最高20万元补助，对新成为规模以上企业的高新技术企业或首次获得高新技术企业认定的规模以上企业，再给予20万元补助", "贵阳市人民政府", "《贵阳市关于进一步加快科技创新推动经济高质量发展的若干措施》", "筑府发〔2020〕8号"],
        [null, null, "每年对纳入统计监测的企业的研究开发活动情况进行评估，以评估结果为参考，以年度企业可享受税前加计扣除的研发费用金额为基数：", "对评估结果为优秀的企业，补助额度为100万元至500万元补助", null, null, null],
        [null, null, "对得到认定的企业自建研发平台", "提供10万元至500万元补助", null, null, null],
        [null, null, "对新认定的创业孵化体系", "提供10万元至100万元补助", null, null, null],
        [null, null, "对新获批的技术转移示范机构", "提供10万元至200万元补助", null, null, null],
        [null, null, "对中央直属企业、知名跨国公司、国内外行业龙头企业、科研机构、一流高校等在我市新建独立法人研发机构、科技创新平台，并引入核心技术、配置核心研发团队的", "给予最高1000万元支持", null, null, null],
      ],
      merges: ["A2:A7", "E2:E7", "F2:F7", "G2:G7"],
    },
    {
      name: "兑现名单",
      widths: [6, 30, 22, 12, 30, 14],
      rows: [
        ["贵阳市2020年科技创新政策兑现资金拨付名单", null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在区（市）", "兑现事项", "拨付金额（万元）"],
        [1, "贵州黔科云数据有限公司", "91520115MA6HK2P3XF", "观山湖区", "培育高新技术企业", 10],
        [2, "贵阳筑新材料科技有限公司", "91520113MA6J8QW4LG", "白云区", "对得到认定的企业自建研发平台", 150],
        [3, "贵州云岭创业服务有限公司", "91520103MA6DR7T1YD", "云岩区", "对新认定的创业孵化体系", 120],
        [4, "贵阳黔通技术转移服务有限公司", "91520102MA6E5N9C27", "南明区", "对新获批的技术转移示范机构", 80],
        [5, "贵州花溪生物医药有限公司", "91520111MA6K3UB8H3", "花溪区", "培育高新技术企业", 10],
        [6, "贵阳乌江智能装备有限公司", "91520112MA6GW4D7RL", "乌当区", "对得到认定的企业自建研发平台", 60],
        [7, "清镇市黔中铝材科技有限公司", "91520181MA6HN1F5Q7", "清镇市", "培育高新技术企业", 20],
        ["合计", null, null, null, null, 450],
      ],
      merges: ["A1:F1", "A10:E10"],
    },
  ],
  expect: {
    tables: [
      { sheet: "政策汇总", kind: "catalog", headerRow: 1, lastRow: 7, columns: { C: "item", D: "standard", G: "document" } },
      {
        sheet: "兑现名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 10,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "approved" },
        year: 2020,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F5", why: "对新认定的创业孵化体系: 提供10万元至100万元补助, at most 100; 120 paid, 20 over" },
      { rule: "register.invalid-credit-code", sheet: "兑现名单", cell: "C7", why: "91520111MA6K3UB8H3: the check character for the first 17 is F, not 3" },
    ],
    absent: [
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F4", why: "自建研发平台 150 within 10万元至500万元" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F9", why: "培育高新技术企业: its awards are 10, 20 and 20; 20 (重新认定 / 规上) is the item's largest" },
      { rule: "cap.exceeded", sheet: "兑现名单", cell: "F6", why: "技术转移示范机构 80 within 10万元至200万元" },
      { rule: "cap.unknown-policy", sheet: "兑现名单", why: "every 兑现事项 names a catalog item word for word" },
      { rule: "register.duplicate", sheet: "兑现名单", why: "seven firms, each once; two items shared by different firms" },
      { rule: "register.ineligible-location", sheet: "兑现名单", cell: "D9", why: "清镇市 is a county-level city of 贵阳市, like the five districts" },
      { rule: "composition.total-mismatch", sheet: "兑现名单", cell: "F10", why: "450 = 10 + 150 + 120 + 80 + 10 + 60 + 20" },
      { rule: "catalog.unreadable-standard", sheet: "政策汇总", cell: "D4", why: "提供10万元至500万元补助 is a range: its top is the cap" },
    ],
  },
};
