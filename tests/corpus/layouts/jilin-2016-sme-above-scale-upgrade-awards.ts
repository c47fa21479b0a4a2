import type { CorpusLayout } from "../types";

// 吉林省工业和信息化厅、省财政厅、省统计局 2016-12-13: 中小企业入规升级专项奖补 — firms newly counted above scale in 2015, or
// upgraded in 2016, by 市（州）/ 县（市）; the applications gathered as a summary with 入规时间 and the two periods' revenue beside the
// amount asked.
export const layout: CorpusLayout = {
  id: "jilin-2016-sme-above-scale-upgrade-awards",
  source: {
    title: "关于申报2016年中小企业入规升级专项奖补资金项目的通知（项目汇总表据通知拟）",
    url: "http://gxt.jl.gov.cn/xxgk/jwwj/201612/t20161213_2483569.html",
    publisher: "吉林省工业和信息化厅",
    date: "2016-12-13",
    changes:
      "The notice gives the scope (2015年新纳入规模以上统计且保持连续生产状态的工业企业; 2016年工业项目建成投产达效并核准升规的工业企业) and asks for 入规时间 and " +
      "the 2015 and 2016年1-11月 figures in each application; it shows no list and no amount. The summary table is ours, its columns taken from the notice's " +
      "wording (市（州）、县（市） | 企业名称 | 统一社会信用代码 | 入规时间 | 2015年主营业务收入 | 2016年1-11月主营业务收入 | 申请奖补资金); firms, codes and " +
      "figures are ours. The cap is ours: the notice states none, so the catalog gives the item a maximum of 30万元. Planted: 通化 35万元 above 30; one code " +
      "with a wrong check character; 长春 绿园 listed twice.",
  },
  classes: [
    "register", "item-in-title", "max-cap", "entry-date-column", "revenue-columns-not-bases", "credit-codes", "cities-and-counties-as-places", "province-wide-list",
    "wanyuan-caption", "total-at-foot", "table-from-notice", "notes-under-table", "jilin",
  ],
  settings: { district: "吉林省" },
  sheets: [
    {
      name: "项目汇总表",
      widths: [6, 16, 32, 22, 12, 14, 16, 12],
      rows: [
        ["2016年中小企业入规升级专项奖补资金项目汇总表", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "市（州）、县（市）", "企业名称", "统一社会信用代码", "入规时间", "2015年主营业务收入", "2016年1-11月主营业务收入", "申请奖补资金"],
        [1, "长春市", "长春绿园汽车零部件有限公司", "91220101MA0Y4K2D3P", "2015年6月", 2380, 2610, 30],
        [2, "吉林市", "吉林江城化工助剂有限公司", "91220201MA0Y8R5F14", "2015年9月", 2150, 2290, 25],
        [3, "四平市", "四平东丰农机装备有限公司", "91220301MA0XQ7N2BJ", "2015年3月", 3060, 3420, 30],
        [4, "辽源市", "辽源袜业织造有限公司", "91220401MA14C8T6U4", "2016年8月", 1720, 2480, 20],
        [5, "通化市", "通化参源生物制药有限公司", "91220501MA0Y2H9L4G", "2015年12月", 2890, 3160, 35],
        [6, "白山市", "白山矿泉水饮品有限公司", "91220601MA170W3E8L", "2015年5月", 2040, 2210, 25],
        [7, "松原市", "松原宁江粮食加工有限公司", "91220701MA0Y6P1G5N", "2015年11月", 2260, 2530, 30],
        [8, "延边州", "延吉长白山木业有限公司", "91222401MA0Y9J4K7G", "2016年4月", 1650, 2320, 20],
        [9, "长春市九台区", "九台精密铸造有限公司", "91220182MA0XT2M5RN", "2015年7月", 2480, 2700, 30],
        [10, "长春市", "长春绿园汽车零部件有限公司", "91220101MA0Y4K2D3P", "2015年6月", 2380, 2610, 30],
        [11, "桦甸市", "桦甸黄金矿山机械有限公司", "91220282MA14D6W3QC", "2015年10月", 2120, 2350, 25],
        ["合计", null, null, null, null, 25130, 28680, 300],
        ["注：入规时间以统计部门纳入规模以上工业统计的时间为准。", null, null, null, null, null, null, null],
      ],
      merges: ["A1:H1", "A15:E15", "A16:H16"],
      numberFormats: { "F4:H15": "#,##0" },
    },
  ],
  catalog: {
    items: [{ name: "中小企业入规升级专项奖补", capType: "max", capAmount: 30, unit: "万元", year: 2016, document: "吉政办发〔2016〕17号（上限为语料所定）" }],
  },
  expect: {
    tables: [
      {
        sheet: "项目汇总表",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 15,
        columns: { B: "place", C: "enterprise", D: "creditCode", H: "requested" },
        year: 2016,
        item: "中小企业入规升级专项奖补",
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "H8", why: "通化参源生物制药 asks 35万元; the item's maximum is 30: 5万元 over" },
      { rule: "register.invalid-credit-code", cell: "D11", why: "91222401MA0Y9J4K7G: the check character for the first 17 is D, not G" },
      { rule: "register.duplicate", cell: "H13", why: "长春绿园汽车零部件有限公司 (91220101MA0Y4K2D3P) in row 4 and again in row 13, same item and year" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "H4", why: "30 meets the maximum" },
      { rule: "cap.exceeded", cell: "H15", why: "合计 300 is no request (30 + 25 + 30 + 20 + 35 + 25 + 30 + 20 + 30 + 30 + 25)" },
      { rule: "cap.rate-exceeded", why: "the revenue columns describe the firm; the item is no rate of them" },
      { rule: "cap.unknown-policy", why: "the title names the catalog's item (…中小企业入规升级专项奖补资金项目汇总表)" },
      { rule: "register.ineligible-location", why: "长春, 吉林, 四平, 辽源, 通化, 白山, 松原, 延边州, 长春市九台区, 桦甸市 are 吉林's" },
      { rule: "register.late-disbursement", why: "入规时间 is when the firm entered the statistics, no payment date" },
      { rule: "input.unreadable-value", cell: "E4", why: "入规时间 written 2015年6月 is a month, not an amount" },
      { rule: "register.unpaid", why: "a summary of applications: it records no payments" },
    ],
  },
};
