import type { CorpusLayout } from "../types";

// 湖北省经济和信息化厅 2022-11-23: the 2022 省级制造业单项冠军企业（产品） list put up for public notice — firms (and their champion
// products) that passed review, incl. former 隐形冠军 merged into the scheme. A recognition list: no amount.
export const layout: CorpusLayout = {
  id: "hubei-2022-single-champion-candidates",
  source: {
    title: "2022年湖北省制造业单项冠军企业（产品）公示名单（名单据附件栏目拟）",
    url: "http://uppay.cc/show/1696.html",
    publisher: "湖北省经济和信息化厅",
    date: "2022-11-23",
    changes:
      "The stored page gives the notice (鄂经信产业〔2022〕13号, 鄂经信办函〔2022〕46号, 公示时间 2022-11-23 to 11-30) and names the attachment " +
      "(公示名单.xlsx) but not its body. The list is laid out in the usual form of such a 公示名单 (序号 | 市州 | 企业名称 | 统一社会信用代码 | " +
      "产品名称 | 类别, grouped by 类别 with a section row each); firms, codes and products are ours. Planted: one firm and product listed twice " +
      "(again under 培育企业); one code with a wrong check character.",
  },
  classes: ["register", "recognition-list", "no-amount", "section-rows", "prefecture-column", "product-column", "credit-codes", "no-catalog", "province-list", "hubei"],
  settings: { district: "湖北省" },
  sheets: [
    {
      name: "公示名单",
      widths: [6, 10, 32, 22, 30, 16],
      rows: [
        ["2022年湖北省制造业单项冠军企业（产品）公示名单", null, null, null, null, null],
        ["序号", "市州", "企业名称", "统一社会信用代码", "产品名称", "类别"],
        ["一、单项冠军示范企业", null, null, null, null, null],
        [1, "武汉市", "武汉光谷精测仪器股份有限公司", "91420111MA4K2QJ3XN", "晶圆膜厚量测设备", "示范企业"],
        [2, "襄阳市", "襄阳汉江轴承科技有限公司", "91420600MA49C7LP2P", "汽车轮毂轴承单元", "示范企业"],
        ["二、单项冠军产品", null, null, null, null, null],
        [3, "宜昌市", "宜昌三峡精细化工有限公司", "91420500MA48B1RN6L", "电子级磷酸", "冠军产品"],
        [4, "荆门市", "荆门楚源再生资源股份有限公司", "91420800MA4A9TH5KQ", "再生铜杆", "冠军产品"],
        ["三、单项冠军培育企业", null, null, null, null, null],
        [5, "黄石市", "黄石磁湖电子材料有限公司", "91420200MA4F3WD807", "高频覆铜板", "培育企业"],
        [6, "武汉市", "武汉东湖激光装备有限公司", "91420100MA4L6YB2PA", "光纤激光切割头", "培育企业"],
        [7, "襄阳市", "襄阳汉江轴承科技有限公司", "91420600MA49C7LP2P", "汽车轮毂轴承单元", "培育企业"],
      ],
      merges: ["A1:F1", "A3:F3", "A6:F6", "A9:F9"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "公示名单",
        kind: "register",
        headerRow: 2,
        lastRow: 12,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "project", F: "category" },
      },
    ],
    findings: [
      { rule: "register.duplicate", cell: "C12", why: "襄阳汉江轴承科技有限公司 (91420600MA49C7LP2P), 汽车轮毂轴承单元, again on row 12 after row 5" },
      { rule: "register.invalid-credit-code", cell: "D8", why: "91420800MA4A9TH5KQ: the check character for the first 17 is P, not Q" },
    ],
    absent: [
      { rule: "cap.unknown-policy", why: "a recognition list with no amount column: no amount goes unchecked" },
      { rule: "register.ineligible-location", cell: "B4", why: "武汉、襄阳、宜昌、荆门、黄石 are all 市州 of 湖北省" },
      { rule: "input.unreadable-value", cell: "A3", why: "一、二、三 are section rows naming the 类别, not firms" },
      { rule: "register.unpaid", why: "a recognition list pays nothing" },
    ],
  },
};
