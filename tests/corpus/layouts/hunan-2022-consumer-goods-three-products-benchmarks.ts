import type { CorpusLayout } from "../types";

// 湖南省工业和信息化厅 2022-08 (湘工信消费品〔2022〕395号): the 2022 list of 消费品工业“三品”标杆企业 (增品种、提品质、创品牌),
// recognised under 湘工信消费品〔2021〕194号 and the 湘财企〔2022〕10号 support policies, forwarded by the 邵阳 office. A recognition
// list: 序号 | 企业名称 | 统一社会信用代码 | 所在市州 | 所属行业, no money column.
export const layout: CorpusLayout = {
  id: "hunan-2022-consumer-goods-three-products-benchmarks",
  source: {
    title: "关于公布2022年湖南省消费品工业“三品”标杆企业名单的通知（附件：2022年湖南省消费品工业“三品”标杆企业名单）",
    url: "https://jxw.shaoyang.gov.cn/syjxw/tzgg/202208/58e8684e6df048a59d93c4fd19c43226.shtml",
    publisher: "湖南省工业和信息化厅（邵阳市工业和信息化局转发）",
    date: "2022-08-15",
    changes:
      "As published: the notice, its documents and that 40 firms were recognised (the first named in the notice), the annex's title. The " +
      "stored copy is the notice only: the annex's columns beyond the firm's name, the firms (13 rows, ours), their codes and trades are " +
      "ours. Planted: 湖南麓谷乳业 listed a second time (row 15); 常德桃源红茶业's code has a wrong check character.",
  },
  classes: [
    "register", "recognition-list", "no-amount-column", "credit-codes", "prefecture-as-place", "category-column", "province-list",
    "annex-not-shown", "hunan",
  ],
  settings: { district: "湖南省" },
  sheets: [
    {
      name: "名单",
      widths: [6, 32, 22, 12, 14],
      rows: [
        ["2022年湖南省消费品工业“三品”标杆企业名单", null, null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在市州", "所属行业"],
        [1, "湖南麓谷乳业有限公司", "91430100MAFF1M3DU8", "长沙市", "食品"],
        [2, "株洲瓷韵陶瓷有限公司", "91430200MAHXLYAQMJ", "株洲市", "轻工"],
        [3, "湘潭湘莲食品有限公司", "91430300MAUEJ8N715", "湘潭市", "食品"],
        [4, "衡阳雁城纺织有限公司", "91430400MA5K93KUWC", "衡阳市", "纺织服装"],
        [5, "邵阳宝庆发制品有限公司", "91430500MAB8QXGUPR", "邵阳市", "轻工"],
        [6, "岳阳洞庭黄茶有限公司", "91430600MAC2YHBD4P", "岳阳市", "食品"],
        [7, "常德桃源红茶业有限公司", "91430700MANJWHY49P", "常德市", "食品"],
        [8, "益阳梅山黑茶制品有限公司", "91430900MA7RRKRE88", "益阳市", "食品"],
        [9, "郴州东江湖食品有限公司", "91431000MA5207LU2L", "郴州市", "食品"],
        [10, "永州潇湘竹木制品有限公司", "91431100MAR9L73Y25", "永州市", "轻工"],
        [11, "怀化雪峰山食品有限公司", "91431200MAJ4PJ90DX", "怀化市", "食品"],
        [12, "湘西土家织锦有限公司", "91433100MAUBGJ0B18", "湘西州", "纺织服装"],
        [13, "湖南麓谷乳业有限公司", "91430100MAFF1M3DU8", "长沙市", "食品"],
      ],
      merges: ["A1:E1"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "名单",
        kind: "register",
        headerRow: 2,
        lastRow: 15,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "category" },
      },
    ],
    findings: [
      { rule: "register.duplicate", cell: "B15", why: "湖南麓谷乳业有限公司 (91430100MAFF1M3DU8) is row 1 and row 13 of the list" },
      { rule: "register.invalid-credit-code", cell: "C9", why: "91430700MANJWHY49P: the check character should be N" },
    ],
    absent: [
      { rule: "register.ineligible-location", why: "every 市州 named (长沙 … 湘西州) is in 湖南省" },
      { rule: "register.location-code-mismatch", why: "each code's characters 3–8 name its own city (430100 长沙, 430700 常德, 433100 湘西州 …)" },
      { rule: "cap.unknown-policy", why: "a recognition list with no amount: nothing goes unchecked" },
      { rule: "register.invalid-credit-code", cell: "C14", why: "91433100MAUBGJ0B18 is valid" },
      { rule: "register.duplicate", cell: "B8", why: "湘潭湘莲 and 岳阳洞庭黄茶 share a trade (食品), not a firm" },
    ],
  },
};
