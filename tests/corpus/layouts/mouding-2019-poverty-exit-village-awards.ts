import type { CorpusLayout } from "../types";

// 牟定县 (楚雄州) 2019: how the county placed the 州's 520万元 award for townships and villages that left poverty in 2016–2017 — one
// 贫困乡 at 100万元 and 42 贫困行政村 at 10万元 each, town by town with the villages named. As the allocation table such a notice
// annexes: 序号 | 乡镇 | 奖补对象 | 个数 | 奖补标准（万元/个） | 奖补资金（万元） | 村（居）委会.
export const layout: CorpusLayout = {
  id: "mouding-2019-poverty-exit-village-awards",
  source: {
    title: "牟定县2016年、2017年“减贫摘帽”贫困乡和贫困行政村奖补资金安排情况（表据正文拟）",
    url: "http://mdx.gov.cn/info/1011/9983.htm",
    publisher: "牟定县人民政府",
    date: "2019",
    changes:
      "The page gives the placement in prose (楚财农〔2019〕11号: 520.00万元, 贫困乡1个 100.00万元, 贫困行政村42个 420.00万元; towns with their " +
      "village counts and names). Laid out as an allocation table, one row per town and the poor township on a row of its own; the counts, " +
      "standards and village names are the notice's, shortened. Planted: 凤屯镇's 6 villages at 10万元 typed 50.00 (6 × 10 = 60), the foot " +
      "adding the rows as typed (510.00).",
  },
  classes: [
    "composition", "unit-and-quantity", "standard-column", "towns-as-lines", "names-column", "total-at-foot", "two-decimal-wanyuan",
    "wanyuan-caption", "caption-states-allocation", "notes-under-table", "table-from-prose", "county-fund", "yunnan",
  ],
  settings: { district: "牟定县" },
  sheets: [
    {
      name: "奖补资金安排",
      widths: [6, 10, 14, 8, 14, 14, 60],
      rows: [
        ["牟定县2016年、2017年“减贫摘帽”贫困乡和贫困行政村奖补资金安排表", null, null, null, null, null, null],
        ["文件：楚财农〔2019〕11号", null, null, null, null, null, "单位：万元"],
        ["序号", "乡镇", "奖补对象", "个数", "奖补标准（万元/个）", "奖补资金（万元）", "村（居）委会"],
        [1, "共和镇", "贫困行政村", 4, 10, 40, "余丁、柳丰、中屯、共丰"],
        [2, "新桥镇", "贫困行政村", 11, 10, 110, "兴隆、大村、长冲、冷水、羊肝石、顶头、桃苴、小蒙恩、大蒙恩、杜家庄、新桥"],
        [3, "江坡镇", "贫困行政村", 5, 10, 50, "柜山、乐利冲、和平、高家、福龙"],
        [4, "凤屯镇", "贫困行政村", 6, 10, 50, "河节冲、田丰、腊湾、新房、建新、凤屯"],
        [5, "蟠猫乡", "贫困行政村", 4, 10, 40, "朵苴、联丰、龙泉、双龙"],
        [6, "安乐乡", "贫困行政村", 10, 10, 100, "石板、太极、小屯、蒙恩、桃源、直苴、安益、羊旧、力石、新田"],
        [7, "戌街乡", "贫困行政村", 2, 10, 20, "白沙、铁厂"],
        [8, "戌街乡", "贫困乡", 1, 100, 100, null],
        ["合计", null, null, null, null, 510, null],
        ["注：资金全部安排下达专项用于受奖补乡镇和行政村巩固提升脱贫成果相关项目。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A2:F2", "A12:E12", "A13:G13"],
      numberFormats: { "F4:F12": "0.00" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "奖补资金安排",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 12,
        columns: { B: "line", C: "category", D: "quantity", E: "unitAmount", F: "amount" },
      },
    ],
    findings: [
      { rule: "composition.line-mismatch", cell: "F7", why: "凤屯镇: 6 villages × 10.00 = 60.00; 50.00 typed" },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "F12", why: "合计 510.00 = 40 + 110 + 50 + 50 + 40 + 100 + 20 + 100, the rows as typed" },
      { rule: "composition.line-mismatch", cell: "F11", why: "the poor township: 1 × 100 = 100" },
      { rule: "composition.line-mismatch", cell: "F5", why: "新桥镇: 11 × 10 = 110" },
      { rule: "composition.line-rounded", why: "the standard is the policy's own figure and every other line is exact" },
      { rule: "register.duplicate", cell: "B11", why: "戌街乡 twice: once for its villages, once as the poor township" },
      { rule: "register.ineligible-location", why: "every town is a town of 牟定县" },
      { rule: "input.unreadable-value", cell: "G4", why: "the village names are text by nature" },
    ],
  },
};
