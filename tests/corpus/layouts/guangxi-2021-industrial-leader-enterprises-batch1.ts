import type { CorpusLayout } from "../types";

// 广西: 广西工业龙头企业名单（第一批，2021年）— 105 firms named by 自治区工业和信息化厅 under the 百家工业龙头企业培育工程.
// Laid out as the published list (序号 | 企业名称 | 所在市 | 所属行业) with a credit-code column of ours; no money in the list.
export const layout: CorpusLayout = {
  id: "guangxi-2021-industrial-leader-enterprises-batch1",
  source: {
    title: "广西工业龙头企业名单（第一批）公布，4家水泥企业上榜（关于公布广西工业龙头企业名单（第一批）的通知）",
    url: "https://e.ccement.com/news/content/19966544226185001.html",
    publisher: "中国水泥网（广西壮族自治区工业和信息化厅通知）",
    date: "2021-12-17",
    changes:
      "As published: the list's title (广西工业龙头企业名单（第一批，2021年）), the programme it serves (桂工信综合〔2021〕161号 百家工业龙头企业培育工程), that it names firms by 设区市 and trade. " +
      "Ours: ten firms instead of 105 (invented names), the 统一社会信用代码 column and its codes (characters 3–8 of each firm's city), the 所属行业 wording, the note. " +
      "Planted: the first firm listed again at 序号9; 百色's firm given a code whose check character is wrong.",
  },
  classes: ["register", "recognition-list", "no-amounts", "credit-codes", "cities-as-places", "industry-column", "year-in-title", "notes-under-table", "province-list", "news-report", "guangxi"],
  settings: { district: "广西壮族自治区" },
  sheets: [
    {
      name: "龙头企业名单",
      widths: [6, 32, 22, 10, 14],
      rows: [
        ["广西工业龙头企业名单（第一批，2021年）", null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在市", "所属行业"],
        [1, "广西柳江重型装备有限公司", "91450200MA5N3T7W13", "柳州市", "机械装备"],
        [2, "南宁邕州电子信息科技有限公司", "91450100MA5L8K2Q3J", "南宁市", "电子信息"],
        [3, "桂林漓水生物医药股份有限公司", "91450300MA5K6P9R2D", "桂林市", "生物医药"],
        [4, "梧州西江新材料有限公司", "91450400MA5P2H4E8D", "梧州市", "新材料"],
        [5, "贵港荷城水泥有限公司", "91450800MA5Q7C1L66", "贵港市", "建材"],
        [6, "玉林容州机械制造有限公司", "91450900MA5R4D6M58", "玉林市", "机械装备"],
        [7, "百色右江铝业有限公司", "91451000MA5T8F3G77", "百色市", "有色金属"],
        [8, "钦州湾石化有限公司", "91450700MA5U1J5K9L", "钦州市", "石化"],
        [9, "广西柳江重型装备有限公司", "91450200MA5N3T7W13", "柳州市", "机械装备"],
        [10, "北海银滩食品有限公司", "91450500MA5W2K8N4G", "北海市", "食品"],
        ["注：排名不分先后。", null, null, null, null],
      ],
      merges: ["A1:E1", "A13:E13"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "龙头企业名单",
        kind: "register",
        headerRow: 2,
        lastRow: 12,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "category" },
        year: 2021,
      },
    ],
    findings: [
      { rule: "register.duplicate", cell: "B11", why: "广西柳江重型装备有限公司 (91450200MA5N3T7W13) already on row 3 of the same 2021 list" },
      { rule: "register.invalid-credit-code", cell: "C9", why: "91451000MA5T8F3G77: the GB 32100 check character of 91451000MA5T8F3G7 is 6, not 7" },
    ],
    absent: [
      // Corrected after the sixty-second holdout's measurement (the layout stays counted as failed): stated as
      // cap.unknown-policy at B3. docs/rules.md reports a list's title policy once as its AMOUNTS unchecked, at the
      // first row's amount; a recognition list states no amount, so no cap is left unchecked and nothing is reported.
      { rule: "cap.unknown-policy", why: "a recognition list with no amounts: no amount goes unchecked against a cap" },
      { rule: "register.ineligible-location", why: "柳州、南宁、桂林、梧州、贵港、玉林、百色、钦州、北海 are cities of 广西壮族自治区" },
      { rule: "register.location-code-mismatch", cell: "C5", why: "characters 3–8 (450200, 450100, 450300, 450400, 450800, 450900, 451000, 450700, 450500) match each firm's city" },
      { rule: "composition.total-mismatch", why: "the list states no amounts and no total" },
      { rule: "register.unpaid", why: "a recognition list records no payments" },
    ],
  },
};
