import type { CorpusLayout } from "../types";

// 长春市工信局 2023-09-19: 408 firms recognised (newly, or on review of the 2020 batch) as 2023年长春市市级“专精特新”中小企业 — a recognition
// list with no money: 序号 | 县（市）区、开发区 | 企业名称 | 统一社会信用代码 | 认定类型. An extract of ours with the city's districts, counties and
// development areas as places.
export const layout: CorpusLayout = {
  id: "changchun-2023-municipal-specialised-sme-list",
  source: {
    title: "关于公布2023年长春市市级“专精特新”中小企业认定名单的通知（附件：认定名单，摘录为本库拟）",
    url: "https://0477ly.com/newsdetail/news424993.html",
    publisher: "长春市工业和信息化局",
    date: "2023-09-19",
    changes:
      "As published: the notice (长工信发〔2017〕163号 rules, 长工信联发〔2023〕13号 call, 408 firms by 新认定 and 复核, first named 吉林省燚盟科技股份有限公司) " +
      "and the annex's name. The stored copy does not show the annex: its columns (序号 | 县（市）区、开发区 | 企业名称 | 统一社会信用代码 | 认定类型) and the " +
      "twelve rows are ours. Planted: 德惠 firm's code with a wrong check character; 长春新区's 吉林省光谷精密仪器 listed again under 净月 (same code).",
  },
  classes: [
    "register", "recognition-list", "no-amount-column", "credit-codes", "category-column", "counties-districts-and-zones-as-places",
    "development-zones-as-places", "year-in-title", "city-list", "table-not-in-stored-copy", "jilin",
  ],
  settings: { district: "长春市" },
  sheets: [
    {
      name: "认定名单",
      widths: [6, 18, 36, 22, 10],
      rows: [
        ["2023年长春市市级“专精特新”中小企业认定名单", null, null, null, null],
        ["序号", "县（市）区、开发区", "企业名称", "统一社会信用代码", "认定类型"],
        [1, "朝阳区", "吉林省燚盟科技股份有限公司", "91220104HEKR5YX845", "新认定"],
        [2, "南关区", "长春市恒源精工模具有限公司", "912201026F0EJCHK2Y", "新认定"],
        [3, "长春新区", "吉林省光谷精密仪器有限公司", "912201739R2NEU0N71", "新认定"],
        [4, "绿园区", "长春一汽富晟座椅配件有限公司", "91220106AM6HY7QD3W", "复核"],
        [5, "公主岭市", "公主岭市华粮玉米生化有限公司", "91220184KRDMHM2J2M", "新认定"],
        [6, "双阳区", "长春双阳梅花鹿产品科技有限公司", "91220112D29NR3C01H", "复核"],
        [7, "长春汽车经济技术开发区", "长春汽开区智联线束有限公司", "91220174WXYQFAJK0C", "新认定"],
        [8, "德惠市", "德惠市禾丰农牧机械有限公司", "91220183UW99Y6TU6P", "复核"],
        [9, "长春净月高新技术产业开发区", "长春净月数智软件有限公司", "91220172AJG4XNNH1W", "新认定"],
        [10, "宽城区", "长春宽城北方轨道装备有限公司", "91220103QUHQCW8E98", "复核"],
        [11, "长春净月高新技术产业开发区", "吉林省光谷精密仪器有限公司", "912201739R2NEU0N71", "新认定"],
      ],
      merges: ["A1:E1"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "认定名单",
        kind: "register",
        headerRow: 2,
        lastRow: 13,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "category" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "register.invalid-credit-code", cell: "D10", why: "91220183UW99Y6TU6P: the GB 32100 check character of the first 17 characters is N, not P" },
      { rule: "register.duplicate", cell: "C13", why: "吉林省光谷精密仪器有限公司 (912201739R2NEU0N71) is recognised again in the same 2023 list, first at 序号3 (row 5)" },
    ],
    absent: [
      { rule: "cap.unknown-policy", why: "a recognition list with no amount column: no amount goes unchecked" },
      { rule: "register.ineligible-location", cell: "B7", why: "公主岭市 is administered by 长春市 (since 2020)" },
      { rule: "register.ineligible-location", cell: "B9", why: "长春汽车经济技术开发区 is a zone named by its city, inside 长春市" },
      { rule: "register.ineligible-location", cell: "B11", why: "长春净月高新技术产业开发区 lies in 长春市" },
      { rule: "register.ineligible-location", cell: "B5", why: "长春新区 lies in 长春市" },
      { rule: "register.invalid-credit-code", cell: "D13", why: "the repeated code is itself valid: only the repetition is the finding" },
      { rule: "register.duplicate", cell: "C6", why: "a 复核 firm is not a duplicate of a 新认定 one: different firms" },
    ],
  },
};
