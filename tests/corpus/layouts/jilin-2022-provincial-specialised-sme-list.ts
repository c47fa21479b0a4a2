import type { CorpusLayout } from "../types";

// 吉林省工业和信息化厅 2022: 409 firms named 2022年吉林省省级“专精特新”中小企业, the annex a bare list — 序号 | 市（州） | 企业名称 — ordered by
// city and prefecture, 长白山管委会 and 梅河口市 listed as places of their own beside the nine 市（州）; no amount.
export const layout: CorpusLayout = {
  id: "jilin-2022-provincial-specialised-sme-list",
  source: {
    title: "关于公布2022年吉林省省级“专精特新”中小企业名单的通知（附件：2022年吉林省省级“专精特新”中小企业名单）",
    url: "http://m.hulianxingkong.cn/nnews.asp?vid=36712",
    publisher: "吉林省工业和信息化厅（转载）",
    date: "2022",
    changes:
      "As published: the notice's title, the annex's heading, a list of 序号 | 市（州） | 企业名称 with the province's own places (长白山管委会, " +
      "梅河口市 beside the 市（州）). The stored copy carries the notice only: the firms (14 of 409) are ours, 长春吉大正元 aside as the notice names it. " +
      "Planted: one firm listed twice (rows 6 and 12, under 吉林市 both times); one firm placed under 通辽市, which is in 内蒙古, not 吉林省.",
  },
  classes: [
    "register", "recognition-list", "no-amount-column", "places-column", "prefecture-abbreviations", "management-committee-as-place",
    "province-wide-list", "annex-heading", "excerpt", "jilin",
  ],
  settings: { district: "吉林省" },
  sheets: [
    {
      name: "名单",
      widths: [6, 14, 44],
      rows: [
        ["附件", null, null],
        ["2022年吉林省省级“专精特新”中小企业名单", null, null],
        ["序号", "市（州）", "企业名称"],
        [1, "长春市", "长春吉大正元信息技术股份有限公司"],
        [2, "长春市", "长春净月光谱仪器有限公司"],
        [3, "长春市", "长春宽城汽车内饰件有限公司"],
        [4, "吉林市", "吉林市昌邑碳纤维复材有限公司"],
        [5, "吉林市", "吉林船营精细化工有限公司"],
        [6, "吉林市", "吉林丰满水电设备检修有限公司"],
        [7, "四平市", "四平铁西换热器制造有限公司"],
        [8, "通辽市", "通辽科尔沁玉米生物科技有限公司"],
        [9, "通化市", "通化东昌医药包装材料有限公司"],
        [10, "延边州", "延吉朝鲜族特色食品有限公司"],
        [11, "长白山管委会", "长白山池北矿泉水有限公司"],
        [12, "吉林市", "吉林丰满水电设备检修有限公司"],
        [13, "梅河口市", "梅河口中药饮片有限公司"],
        [14, "白城市", "白城洮北风电装备有限公司"],
      ],
      merges: ["A2:C2"],
    },
  ],
  expect: {
    tables: [
      { sheet: "名单", kind: "register", headerRow: 3, lastRow: 17, columns: { B: "place", C: "enterprise" }, year: 2022 },
    ],
    findings: [
      { rule: "register.duplicate", cell: "C15", why: "吉林丰满水电设备检修有限公司 is listed at 序号 6 and again at 序号 12" },
      { rule: "register.ineligible-location", cell: "B11", why: "通辽市 is in 内蒙古自治区, not in 吉林省" },
    ],
    absent: [
      { rule: "register.ineligible-location", cell: "B13", why: "延边州 is 延边朝鲜族自治州, in 吉林省" },
      { rule: "register.ineligible-location", cell: "B14", why: "长白山管委会 administers land of 吉林省" },
      { rule: "register.ineligible-location", cell: "B16", why: "梅河口市 is a county-level city of 吉林省 (通化 by its old line)" },
      { rule: "register.duplicate", cell: "C8", why: "吉林市… firms share the city's name, not their own" },
      { rule: "cap.unknown-policy", why: "a recognition list with no amount column: no amount goes unchecked" },
      { rule: "register.invalid-credit-code", why: "no code column" },
    ],
  },
};
