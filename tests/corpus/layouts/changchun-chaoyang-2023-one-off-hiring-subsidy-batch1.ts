import type { CorpusLayout } from "../types";

// 吉林省人社厅、财政厅 吉人社联〔2023〕107号: 2023年度一次性吸纳就业补贴 — 1,500元 for each qualifying person a firm hires (高校毕业生,
// 16—24岁登记失业青年, 登记失业半年以上人员) on a contract of a year or more. A county office's list of firms to be paid (ours, laid out as such
// 拟发放 lists are: 单位名称 | 吸纳人数 | 补贴标准 | 补贴金额 in 元), the standard beside every line.
export const layout: CorpusLayout = {
  id: "changchun-chaoyang-2023-one-off-hiring-subsidy-batch1",
  source: {
    title: "关于做好2023年度一次性吸纳就业补贴申请发放工作的通知（吉人社联〔2023〕107号）— 拟发放名单（表据通知拟）",
    url: "https://0477ly.com/newsdetail/news438251.html",
    publisher: "吉林省人力资源和社会保障厅 吉林省财政厅（转载）",
    date: "2023",
    changes:
      "As published (prose): the subsidy's name, whom it is for, the standard 每招用1名符合条件人员，给予1500元补贴, that it is paid from 就业补助资金 " +
      "and not together with the 一次性扩岗补助, the 申报表 / 人员申报名单 the firms file. Ours: a 拟发放名单 of one district (长春市朝阳区, 第一批) " +
      "with seven firms, their head counts, the 1,500元 standard on every line, amounts, 合计 and the note on 公示. Planted: 吉林省长融数据服务 " +
      "paid 12,000 for 7 people (7 × 1,500 = 10,500); the 合计 typed 42,000 (28 × 1,500) where the lines as typed add up to 43,500.",
  },
  classes: [
    "composition", "unit-times-quantity", "standard-column", "count-column", "firms-as-lines", "yuan-amounts", "yuan-in-header",
    "total-at-foot", "total-from-count", "notes-under-table", "table-from-prose", "employment-subsidy", "district-list", "jilin",
  ],
  settings: { district: "长春市朝阳区" },
  sheets: [
    {
      name: "拟发放名单",
      widths: [6, 36, 14, 16, 16],
      rows: [
        ["长春市朝阳区2023年度一次性吸纳就业补贴拟发放名单（第一批）", null, null, null, null],
        ["序号", "单位名称", "吸纳人数（人）", "补贴标准（元/人）", "补贴金额（元）"],
        [1, "吉林省华驿物流有限公司", 3, 1500, 4500],
        [2, "长春市朝阳区锦程餐饮管理有限公司", 5, 1500, 7500],
        [3, "吉林省长融数据服务有限公司", 7, 1500, 12000],
        [4, "长春红旗街百汇商贸有限公司", 2, 1500, 3000],
        [5, "长春市桂林路健康药房连锁有限公司", 4, 1500, 6000],
        [6, "吉林省博众教育咨询有限公司", 1, 1500, 1500],
        [7, "长春市永昌物业服务有限公司", 6, 1500, 9000],
        ["合计", null, 28, null, 42000],
        ["注：1.补贴标准依据吉人社联〔2023〕107号，不得与失业保险基金列支的一次性扩岗补助重复享受；2.公示期5个工作日，如有异议请向区人力资源和社会保障局反映。", null, null, null, null],
      ],
      merges: ["A1:E1", "A10:B10", "A11:E11"],
      numberFormats: { "E3:E10": "#,##0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "拟发放名单",
        kind: "composition",
        unit: "元",
        headerRow: 2,
        lastRow: 10,
        columns: { B: "line", C: "quantity", D: "unitAmount", E: "amount" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "E5", why: "7 people × 1,500元 = 10,500元; 12,000 typed, 1,500 over (a standard allows no rounding)" },
      { rule: "composition.total-mismatch", cell: "E10", why: "合计 42,000 where the lines as typed add up to 4,500 + 7,500 + 12,000 + 3,000 + 6,000 + 1,500 + 9,000 = 43,500: 1,500 short" },
    ],
    absent: [
      { rule: "composition.line-mismatch", cell: "E10", why: "the 合计 is no line: 28 × 1,500 = 42,000 is its own product anyway" },
      { rule: "composition.total-mismatch", cell: "C10", why: "28 people = 3 + 5 + 7 + 2 + 4 + 1 + 6, a count never money" },
      { rule: "composition.line-mismatch", cell: "E3", why: "3 × 1,500 = 4,500; every other line but 序号3 is its count × 1,500 exactly" },
      { rule: "composition.total-mismatch", cell: "D10", why: "the standard column has no foot and is never added" },
      { rule: "input.unreadable-value", why: "the note row under the table is prose, not a line" },
    ],
  },
};
