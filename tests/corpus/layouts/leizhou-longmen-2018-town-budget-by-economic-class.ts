import type { CorpusLayout } from "../types";

// 雷州市财政局 2018-02 (雷财预函〔2018〕35号): the approval of 龙门镇人民政府's 2018 部门预算 — 收入预算 712.99万元 (一般公共预算拨款 665.49,
// 财政专户拨款 47.5), all 基本支出, by economic class with each class's items. Laid out as the town's 支出预算表 by 部门经济分类科目: 科目编码 |
// 科目名称 | 2018年预算数 split 合计 | 一般公共预算拨款 | 财政专户拨款, 类 and 款 rows, 合计 at the foot, the 三公 sentence as a note.
export const layout: CorpusLayout = {
  id: "leizhou-longmen-2018-town-budget-by-economic-class",
  source: {
    title: "雷州市2018年龙门镇人民政府部门预算的批复（雷财预函〔2018〕35号；支出预算表据批复正文拟）",
    url: "http://www.leizhou.gov.cn/pdml/lmz/czyjs/content/post_205339.html",
    publisher: "雷州市财政局",
    date: "2018-02-27",
    changes:
      "As published: the approval's figures — 收入预算712.99万元 (一般公共预算拨款665.49万元, 政府性基金拨款0, 财政专户拨款47.5万元), 支出预算712.99万元, " +
      "all 基本支出: 工资福利支出428.86 (基本工资223.14, 津贴补贴195.64, 其他社会保障缴费10.08), 对个人和家庭的补助支出236.63 (离休费13.67, 退休费206.21, " +
      "生活补助16.75), 一般商品和服务支出47.50; 项目支出0; “三公”经费6万元 (公务用车运行维护费3, 公务接待费3). The approval gives them in prose; the table " +
      "(部门经济分类科目 codes, the two source columns) is ours, laid out as such 支出预算表 are, and so is the split of 商品和服务支出 into its items (its 公务接待费 " +
      "and 公务用车运行维护费 the 三公 figures). Which source pays which class is ours (财政专户拨款 47.5 = the 商品和服务支出, as the figures suggest). Planted: the " +
      "合计 of 303 对个人和家庭的补助 typed 263.63 where its items give 236.63 (and its 一般公共预算拨款, the only source, states 236.63).",
  },
  classes: ["execution", "budget-only", "budget-by-economic-class", "economic-codes", "class-kuan-rows", "row-total-column", "source-columns", "two-header-rows", "unit-line-with-department", "two-decimal-wanyuan", "total-at-foot", "notes-under-table", "table-from-prose", "township-government", "guangdong"],
  sheets: [
    {
      name: "支出预算表",
      widths: [12, 26, 14, 18, 16],
      rows: [
        ["龙门镇人民政府2018年部门支出预算表", null, null, null, null],
        ["单位：龙门镇人民政府", null, null, null, "单位：万元"],
        ["部门经济分类科目", null, "2018年预算数", null, null],
        ["科目编码", "科目名称", "合计", "一般公共预算拨款", "财政专户拨款"],
        ["301", "工资福利支出", 428.86, 428.86, null],
        ["30101", "基本工资", 223.14, 223.14, null],
        ["30102", "津贴补贴", 195.64, 195.64, null],
        ["30112", "其他社会保障缴费", 10.08, 10.08, null],
        ["302", "商品和服务支出", 47.5, null, 47.5],
        ["30201", "办公费", 18.2, null, 18.2],
        ["30211", "差旅费", 9.3, null, 9.3],
        ["30217", "公务接待费", 3, null, 3],
        ["30231", "公务用车运行维护费", 3, null, 3],
        ["30299", "其他商品和服务支出", 14, null, 14],
        ["303", "对个人和家庭的补助", 263.63, 236.63, null],
        ["30301", "离休费", 13.67, 13.67, null],
        ["30302", "退休费", 206.21, 206.21, null],
        ["30305", "生活补助", 16.75, 16.75, null],
        [null, "合计", 712.99, 665.49, 47.5],
        ["注：本年支出预算全部为基本支出，项目支出0万元；“三公”经费支出预算6万元，其中因公出国（境）费0万元，公务用车购置费0万元，公务用车运行维护费3万元，公务接待费3万元。", null, null, null, null],
        ["雷州市财政局　雷财预函〔2018〕35号", null, null, null, null],
      ],
      merges: ["A1:E1", "A2:D2", "A3:B3", "C3:E3", "A20:E20", "A21:E21"],
      numberFormats: { "C5:E19": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "支出预算表",
        kind: "execution",
        unit: "万元",
        headerRow: 3,
        lastRow: 19,
        columns: { A: "code", B: "line", C: "initialBudget", D: "initialBudget:一般公共预算拨款", E: "initialBudget:财政专户拨款" },
        year: 2018,
      },
    ],
    findings: [
      {
        rule: "execution.total-mismatch",
        cell: "C15",
        why: "303 对个人和家庭的补助 合计 263.63; its 款 give 13.67 + 206.21 + 16.75 = 236.63, and its one source 一般公共预算拨款 states 236.63 (27.00万元 apart): one slip, at the 类's 合计",
      },
    ],
    absent: [
      { rule: "execution.total-mismatch", cell: "D15", why: "303 一般公共预算拨款 236.63 = 13.67 + 206.21 + 16.75" },
      { rule: "execution.total-mismatch", cell: "C19", why: "合计 712.99 = 428.86 + 47.50 + 236.63 (303 as its 款 add up) = 665.49 + 47.50: the 类's slip is reported once, at C15" },
      { rule: "execution.total-mismatch", cell: "D19", why: "665.49 = 428.86 + 236.63" },
      { rule: "execution.total-mismatch", cell: "E19", why: "47.50 = the 302 class, 18.20 + 9.30 + 3.00 + 3.00 + 14.00" },
      { rule: "execution.total-mismatch", cell: "C5", why: "301 428.86 = 223.14 + 195.64 + 10.08" },
      { rule: "execution.total-mismatch", cell: "C9", why: "302 47.50 = 18.20 + 9.30 + 3.00 + 3.00 + 14.00" },
      { rule: "execution.no-spending", why: "a budget table alone (支出预算表, no 决算 or 执行 column): no line gets a spending status" },
      { rule: "execution.behind-schedule", cell: "C12", why: "公务接待费 is a budget line of a budget-only table, and a 三公 ceiling besides" },
      { rule: "input.unreadable-value", why: "the note and the office's line under the table are text, not values; blank source cells mean nothing" },
    ],
  },
};
