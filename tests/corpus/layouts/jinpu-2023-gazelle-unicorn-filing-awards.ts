import type { CorpusLayout } from "../types";

// 大连金普新区: 支持雏鹰、瞪羚、独角兽企业发展壮大若干政策（试行）, 二、1. 给予企业备案奖励 — a fixed 5000元 for a 雏鹰 firm first filed,
// 20万元 each for 瞪羚 / 种子独角兽 / 潜在独角兽, 200万元 for an 独角兽. Laid out as the list such a clause pays:
// 序号 | 企业名称 | 统一社会信用代码 | 奖励事项 | 奖励金额（万元）, the clause's five awards as a catalog.
export const layout: CorpusLayout = {
  id: "jinpu-2023-gazelle-unicorn-filing-awards",
  source: {
    title: "金普新区支持雏鹰、瞪羚、独角兽企业发展壮大若干政策（试行）（备案奖励兑现名单据政策拟）",
    url: "http://jinrizhengce.com/leone/wap_doc/7246917.html",
    publisher: "大连金普新区",
    changes:
      "As published: the policy's clause 二、1. 给予企业备案奖励 (首次获得省级备案的雏鹰企业一次性5000元申报补贴; 瞪羚、种子独角兽、潜在独角兽、" +
      "独角兽企业分别一次性20万元、20万元、20万元、200万元奖励), taken as the catalog (5000元 written 0.5万元). No list is published; the list " +
      "(title, firms, codes with 金州区's code 210213, awards, 合计) is ours, built from the clause (表据正文拟). Planted: 大连董家沟数控 25 where " +
      "a 瞪羚 award is a fixed 20; 大连杏树屯农业科技's code with a wrong check character; 大连金普智能装备 listed twice for the same 瞪羚 award.",
  },
  classes: [
    "register", "fixed-award", "item-per-row", "json-catalog", "prose-caps", "credit-codes", "duplicate-firm", "invalid-credit-code",
    "two-decimal-wanyuan", "wanyuan-caption", "total-at-foot", "notes-under-table", "table-from-prose", "new-area", "liaoning",
  ],
  settings: { district: "大连市金州区" },
  catalog: {
    items: [
      { name: "雏鹰企业备案奖励", capType: "fixed", capAmount: 0.5, unit: "万元", document: "金普新区支持雏鹰、瞪羚、独角兽企业发展壮大若干政策 二、1（一次性5000元申报补贴）" },
      { name: "瞪羚企业备案奖励", capType: "fixed", capAmount: 20, unit: "万元", document: "金普新区支持雏鹰、瞪羚、独角兽企业发展壮大若干政策 二、1" },
      { name: "种子独角兽企业备案奖励", capType: "fixed", capAmount: 20, unit: "万元", document: "金普新区支持雏鹰、瞪羚、独角兽企业发展壮大若干政策 二、1" },
      { name: "潜在独角兽企业备案奖励", capType: "fixed", capAmount: 20, unit: "万元", document: "金普新区支持雏鹰、瞪羚、独角兽企业发展壮大若干政策 二、1" },
      { name: "独角兽企业备案奖励", capType: "fixed", capAmount: 200, unit: "万元", document: "金普新区支持雏鹰、瞪羚、独角兽企业发展壮大若干政策 二、1" },
    ],
  },
  sheets: [
    {
      name: "备案奖励名单",
      widths: [6, 32, 22, 24, 14],
      rows: [
        ["金普新区2023年度雏鹰瞪羚独角兽企业备案奖励拟兑现名单", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "奖励事项", "奖励金额"],
        [1, "大连金普智能装备有限公司", "91210213MA0XJP1K3C", "瞪羚企业备案奖励", 20],
        [2, "大连湾里海洋生物科技有限公司", "91210213MA0Y2DLW56", "雏鹰企业备案奖励", 0.5],
        [3, "大连金石滩新材料有限公司", "91210213MA10B7QC8Q", "种子独角兽企业备案奖励", 20],
        [4, "大连董家沟数控技术有限公司", "91210213MA0UPL6N2L", "瞪羚企业备案奖励", 25],
        [5, "大连亮甲店氢能科技股份有限公司", "91210213MA1K4H9T72", "独角兽企业备案奖励", 200],
        [6, "大连杏树屯农业科技有限公司", "91210213MA0QF3GD61", "雏鹰企业备案奖励", 0.5],
        [7, "大连得胜精细化工有限公司", "91210213MA0TDX8R5D", "潜在独角兽企业备案奖励", 20],
        [8, "大连金普智能装备有限公司", "91210213MA0XJP1K3C", "瞪羚企业备案奖励", 20],
        ["合计", null, null, null, 306],
        ["注：雏鹰企业为一次性申报补贴5000元；本年度已获得备案奖励的企业不再享受经济贡献奖励。", null, null, null, null],
      ],
      merges: ["A1:E1", "A12:D12", "A13:E13"],
      numberFormats: { "E4:E12": "#,##0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "备案奖励名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "enterprise", C: "creditCode", D: "item", E: "approved" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "E7", why: "大连董家沟数控: 瞪羚企业备案奖励 is a fixed 20万元; 25 is 5万元 over" },
      { rule: "register.invalid-credit-code", cell: "C9", why: "91210213MA0QF3GD61: the check character for 91210213MA0QF3GD6 is 0, not 1" },
      { rule: "register.duplicate", cell: "B11", why: "大连金普智能装备 (91210213MA0XJP1K3C) already listed at row 4 for the same 瞪羚企业备案奖励" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "E8", why: "独角兽企业备案奖励 is a fixed 200: 200 paid" },
      { rule: "cap.exceeded", cell: "E5", why: "雏鹰 0.5万元 = the 5000元 申报补贴" },
      { rule: "cap.exceeded", cell: "E12", why: "合计 306 is no award (20+0.5+20+25+200+0.5+20+20)" },
      { rule: "composition.total-mismatch", cell: "E12", why: "20+0.5+20+25+200+0.5+20+20 = 306" },
      { rule: "register.duplicate", cell: "B4", why: "the first listing of 大连金普智能装备 is not the duplicate; the later row is" },
      { rule: "cap.unknown-policy", why: "every 奖励事项 is an item of the catalog" },
      { rule: "register.invalid-credit-code", cell: "C10", why: "91210213MA0TDX8R5D is valid" },
    ],
  },
};
