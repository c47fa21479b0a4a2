import type { CorpusLayout } from "../types";

// 滁州经济技术开发区 2023-04: the zone's firms approved for the province's 制造强省 and 民营经济 money — an intelligent-manufacturing
// demonstration factory and an industrial-internet platform (300万元), a national green factory (100万元), 专精特新“小巨人”
// (100万元 each), a listing on the 专精特新板 (20万元). Laid out as the table the report's figures make: firm, code, 奖补项目
// naming each row's policy item, 奖补资金 in 万元, 备注.
export const layout: CorpusLayout = {
  id: "chuzhou-etdz-2023-provincial-manufacturing-awards",
  source: {
    title: "滁州经开区8家企业获批2023年省级制造强省建设系列政策、民营经济政策奖补资金1220万元（表据正文拟）",
    url: "http://www.nodetpl.com/2023/0414/470083.shtml",
    publisher: "滁州经济技术开发区（转载）",
    date: "2023-04-14",
    changes:
      "The report gives its figures in prose (智能制造示范工厂 300万元, 工业互联网平台 300万元, 国家级绿色工厂 100万元, 五家“小巨人”各100万元, " +
      "专精特新板挂牌 20万元: 1,220万元 for nine projects of eight firms); the table (序号 | 企业名称 | 统一社会信用代码 | 奖补项目 | 奖补资金 | " +
      "备注), its caption and 合计 are ours, as are the firms (invented, not the report's) and their codes (滁州市 341100). The amounts are " +
      "the report's, which the catalog takes as each item's award (chosen for the corpus). Two rows added: the display-maker's green " +
      "factory (a second item for one firm) and a repeated 小巨人 row. Planted: 银川新材料 120 where 小巨人 is 100; 信合装备's 小巨人 award " +
      "listed twice (序号 4 and 11).",
  },
  classes: ["register", "item-column", "fixed-cap", "max-cap", "credit-codes", "no-place-column", "one-firm-two-items", "wanyuan-caption", "remark-column", "anhui"],
  settings: { asOf: "2023-04-14" },
  sheets: [
    {
      name: "奖补资金",
      widths: [6, 30, 22, 30, 12, 24],
      rows: [
        ["滁州经开区2023年省级制造强省建设系列政策、民营经济政策资金获批项目表", null, null, null, null, null],
        [null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "奖补项目", "奖补资金", "备注"],
        [1, "滁州华显电子科技有限公司", "91341100MA5B5JTX65", "智能制造示范工厂", 300, "高清显示终端智能制造示范工厂"],
        [2, "滁州智联家电科技有限公司", "91341100MA8YKT7TH2", "工业互联网平台", 300, "智能家电工业互联网平台"],
        [3, "滁州博润电器有限公司", "91341100MABEAE49R5", "国家级绿色工厂", 100, null],
        [4, "滁州信合装备制造有限公司", "91341100MAE4EM4KRR", "国家专精特新“小巨人”企业", 100, null],
        [5, "滁州鲲拓智能装备有限公司", "91341100MAHPTKHGM6", "国家专精特新“小巨人”企业", 100, null],
        [6, "滁州银川新材料有限公司", "91341100MAN9F8D8LA", "国家专精特新“小巨人”企业", 120, null],
        [7, "滁州天润精工有限公司", "91341100MARWU6RGAR", "国家专精特新“小巨人”企业", 100, null],
        [8, "滁州金瑞流体设备有限公司", "91341100MAWG0WXTQP", "国家专精特新“小巨人”企业", 100, null],
        [9, "滁州康裕机械有限公司", "91341100MA02NUUMER", "省股权托管交易中心专精特新板挂牌", 20, null],
        [10, "滁州华显电子科技有限公司", "91341100MA5B5JTX65", "国家级绿色工厂", 100, null],
        [11, "滁州信合装备制造有限公司", "91341100MAE4EM4KRR", "国家专精特新“小巨人”企业", 100, null],
        ["合计", null, null, null, 1440, null],
      ],
      merges: ["A1:F1", "A15:D15"],
      numberFormats: { "E4:E15": "#,##0" },
    },
  ],
  catalog: {
    items: [
      { name: "智能制造示范工厂", capType: "max", capAmount: 300, unit: "万元", year: 2023, document: "安徽省支持制造强省建设若干政策（300万元：据报道数额为语料选定）" },
      { name: "工业互联网平台", capType: "max", capAmount: 300, unit: "万元", year: 2023, document: "安徽省支持制造强省建设若干政策（300万元：据报道数额为语料选定）" },
      { name: "国家级绿色工厂", capType: "fixed", capAmount: 100, unit: "万元", year: 2023, document: "安徽省支持制造强省建设若干政策（100万元）" },
      { name: "国家专精特新“小巨人”企业", capType: "fixed", capAmount: 100, unit: "万元", year: 2023, document: "安徽省民营经济政策（每户100万元）" },
      { name: "省股权托管交易中心专精特新板挂牌", capType: "fixed", capAmount: 20, unit: "万元", year: 2023, document: "安徽省民营经济政策（20万元）" },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "奖补资金",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 15,
        columns: { B: "enterprise", C: "creditCode", D: "item", E: "approved" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "E9", why: "银川新材料 120 where 国家专精特新“小巨人”企业 is a fixed 100万元: 20万元 over" },
      { rule: "register.duplicate", cell: "E14", why: "信合装备 (91341100MAE4EM4KRR) again under 国家专精特新“小巨人”企业 in 2023; first at row 7" },
    ],
    absent: [
      { rule: "register.duplicate", cell: "E13", why: "华显电子's second row is another item (国家级绿色工厂, beside its 智能制造示范工厂): an 奖补项目 column names each row's item" },
      { rule: "cap.exceeded", cell: "E4", why: "300 within the 300 maximum" },
      { rule: "cap.exceeded", cell: "E12", why: "专精特新板挂牌 20 exactly" },
      { rule: "cap.exceeded", cell: "E15", why: "合计 1,440 is not an award" },
      { rule: "cap.unknown-policy", why: "every 奖补项目 is in the catalog" },
      { rule: "register.invalid-credit-code", why: "every code is a valid GB 32100 code" },
      { rule: "register.ineligible-location", why: "no place column and no district set" },
      { rule: "register.unpaid", why: "approved in April 2023, before the year's deadline" },
      { rule: "input.unreadable-value", why: "备注 names the factory and the platform: text by nature" },
    ],
  },
};
