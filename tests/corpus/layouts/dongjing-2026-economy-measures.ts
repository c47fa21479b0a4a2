import type { CorpusLayout } from "../types";

// 上海市松江区洞泾镇 2026-01-30: 洞泾镇关于推进经济高质量发展的若干措施, 二、扶持类别 (一)–(三), items 1–4: a maximum of
// 1000万元 for 强链补链 projects, two one-off 5万元 awards in one item (first counted above scale; growth in the first year after),
// a maximum of 2000万元 by size and growth, a maximum of 50万元 for turning research into products "按照项目总投入" (no rate
// stated); the year's awards by item on a second sheet.
export const layout: CorpusLayout = {
  id: "dongjing-2026-economy-measures",
  source: {
    title: "关于印发《洞泾镇关于推进经济高质量发展的若干措施》的通知（二、扶持类别（一）—（三），第1—4条）",
    url: "https://www.songjiang.gov.cn/govxxgk/SHSJ60/2026-01-30/b6398638-d7bc-403b-8fec-096d384201ac.html",
    publisher: "上海市松江区洞泾镇",
    date: "2026-01-30",
    changes:
      "The measures' section headings （一）支持企业强链补链 / （二）支持企业升规提质 / （三）支持科研创新发展 and items 1–4 are the " +
      "published wording, one row per numbered item (编号 | 扶持项目 | 扶持内容), the 扶持项目 being each item's own lead words " +
      "(着力推动产业发展。…); items 5 onwards cut. The award list on the second sheet is ours: no published list was found; firms, " +
      "codes (松江区 310117) and amounts invented. Planted: 上海洞泾精密模具 8万元 under 鼓励企业能级提升, whose awards are 5万元; " +
      "上海洞泾智联科技 60万元 under 支持科技成果转化, above its 最高50万元; one code with a wrong check character.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "section-headings-as-categories", "max-cap", "fixed-awards", "two-awards-in-one-item", "no-rate-stated", "item-per-row", "credit-codes", "no-place-column", "town-fund", "wanyuan-in-header", "total-at-foot", "shanghai"],
  settings: { district: "松江区" },
  sheets: [
    {
      name: "扶持类别",
      widths: [8, 20, 100],
      rows: [
        ["洞泾镇关于推进经济高质量发展的若干措施（2026年）", null, null],
        ["编号", "扶持项目", "扶持内容"],
        ["（一）支持企业强链补链", null, null],
        ["1.", "着力推动产业发展", "对符合产业发展导向、促进产业发展的强链补链项目，给予最高1000万元支持。"],
        ["（二）支持企业升规提质", null, null],
        ["2.", "鼓励企业能级提升", "对首次达到对应统计门类规模以上企业（工业、商销、服务业）给予一次性5万元奖励。新升规企业入库后首年营业收入（产值）实现正增长企业，给予一次性5万元奖励。"],
        ["3.", "支持企业提质扩能", "对符合产业发展导向、持续发展壮大的企业，按照规模、增速及产业带动作用等情况，给予最高2000万元支持。"],
        ["（三）支持科研创新发展", null, null],
        ["4.", "支持科技成果转化", "鼓励企业与高校、科研院所合作开展产学研技术创新，共同科研攻关，推动项目在洞泾产业化，按照项目总投入，给予最高50万元支持。"],
      ],
      merges: ["A1:C1", "A3:C3", "A5:C5", "A8:C8"],
    },
    {
      name: "扶持名单",
      widths: [6, 32, 22, 20, 16, 20],
      rows: [
        ["洞泾镇2026年度推进经济高质量发展扶持资金拟兑现名单", null, null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "扶持项目", "扶持金额（万元）", "备注"],
        [1, "上海洞泾新能源装备有限公司", "91310117MA1H3K7Q22", "着力推动产业发展", 800, "强链补链项目"],
        [2, "上海沈砖精密模具有限公司", "91310117MA1J9W4L6B", "鼓励企业能级提升", 5, "首次升规（工业）"],
        [3, "上海洞泾精密模具有限公司", "91310117MABX2T8N3G", "鼓励企业能级提升", 8, "首次升规（工业）"],
        [4, "上海百鸟商贸有限公司", "91310117MA7E5R1C9H", "鼓励企业能级提升", 5, "升规首年正增长"],
        [5, "上海砖桥智能制造有限公司", "91310117MACQ4D6F88", "支持企业提质扩能", 1200, null],
        [6, "上海洞泾智联科技有限公司", "91310117MA1G8P2U53", "支持科技成果转化", 60, "与高校合作"],
        [7, "上海长兴东路机器人有限公司", "91310117MAD1N7H3TW", "支持科技成果转化", 35, null],
        [8, "上海洞泾数智服务有限公司", "91310117MA1K6Y9B4X", "鼓励企业能级提升", 5, "首次升规（服务业）"],
        ["合计", null, null, null, 2118, null],
      ],
      merges: ["A1:F1", "A11:D11"],
      numberFormats: { "E3:E11": "#,##0" },
    },
  ],
  expect: {
    tables: [
      { sheet: "扶持类别", kind: "catalog", headerRow: 2, lastRow: 9, columns: { A: "code", B: "item", C: "standard" } },
      {
        sheet: "扶持名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 11,
        columns: { B: "enterprise", C: "creditCode", D: "item", E: "approved" },
        year: 2026,
      },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "扶持名单", cell: "E5", why: "鼓励企业能级提升 gives a one-off 5万元 (both of its awards are 5万元); 上海洞泾精密模具 is given 8: 3万元 over" },
      { rule: "cap.exceeded", sheet: "扶持名单", cell: "E8", why: "支持科技成果转化: 给予最高50万元; 60 is 10万元 over" },
      { rule: "register.invalid-credit-code", sheet: "扶持名单", cell: "C10", why: "91310117MA1K6Y9B4X: the GB 32100 check character of 91310117MA1K6Y9B4 is 2, not X" },
    ],
    absent: [
      { rule: "catalog.unreadable-standard", sheet: "扶持类别", cell: "C9", why: "按照项目总投入 names no rate; the award is read by its maximum, 最高50万元" },
      { rule: "catalog.unreadable-standard", sheet: "扶持类别", cell: "C6", why: "two one-off awards of 5万元 each: a fixed 5万元" },
      { rule: "cap.exceeded", sheet: "扶持名单", cell: "E7", why: "支持企业提质扩能 1,200 is under its 最高2000万元" },
      { rule: "cap.exceeded", sheet: "扶持名单", cell: "E3", why: "着力推动产业发展 800 is under its 最高1000万元" },
      { rule: "cap.exceeded", sheet: "扶持名单", cell: "E11", why: "合计 2,118 = 800 + 5 + 8 + 5 + 1200 + 60 + 35 + 5 is no award" },
      { rule: "cap.unknown-policy", sheet: "扶持名单", why: "every 扶持项目 is an item of the first sheet word for word" },
      { rule: "register.duplicate", sheet: "扶持名单", why: "four firms share 鼓励企业能级提升 but each appears once" },
      { rule: "register.ineligible-location", sheet: "扶持名单", why: "the list has no place column; every code is 松江区's 310117" },
      { rule: "input.unreadable-value", why: "the section headings, 编号 (1.–4.) and 备注 are text, not amounts" },
    ],
  },
};
