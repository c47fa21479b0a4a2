import type { CorpusLayout } from "../types";

// 河北省工业和信息化厅 2023-09-18: 拟认定的2023年度河北省绿色制造名单, put up for comment — sections 一 绿色工厂, 二 绿色园区,
// 三 绿色供应链管理企业 merged across, each over 序号 | 所在市 | 企业（园区）名称 | 统一社会信用代码; no money.
export const layout: CorpusLayout = {
  id: "hebei-2023-green-manufacturing-proposed-list",
  source: {
    title: "河北省工业和信息化厅关于拟认定2023年度河北省绿色制造名单的公示（附件：拟认定的2023年度河北省绿色制造名单）",
    url: "https://www.chacewang.com/newsdetail/news423962.html",
    publisher: "河北省工业和信息化厅",
    date: "2023-09-18",
    changes:
      "The notice is as published (169 绿色工厂, 4 绿色园区, 7 绿色供应链管理企业, 26 绿色设计产品; 公示 9-18 to 9-22). The stored copy " +
      "does not show the annex: its sections follow the notice's kinds, the 设计产品 section is cut, and the firms, parks and codes are ours " +
      "(the four parks' names are the notice's). Planted: 唐山曹妃甸海纳新材料 listed twice under 绿色工厂; 邢台百泉精密铸造's code with a " +
      "wrong check character.",
  },
  classes: ["register", "recognition-list", "no-amount-column", "credit-codes", "cities-as-places", "section-rows-as-category", "dash-for-no-code", "annex-title-row", "notes-under-table", "table-not-in-stored-copy", "province-wide-list", "hebei"],
  settings: { district: "河北省", asOf: "2023-09-22" },
  sheets: [
    {
      name: "附件",
      widths: [6, 12, 36, 22],
      rows: [
        ["附件", null, null, null],
        ["拟认定的2023年度河北省绿色制造名单", null, null, null],
        ["序号", "所在市", "企业（园区）名称", "统一社会信用代码"],
        ["一、绿色工厂", null, null, null],
        [1, "石家庄市", "石家庄润泽电气设备股份有限公司", "91130100MA0DK7R2X0"],
        [2, "唐山市", "唐山曹妃甸海纳新材料有限公司", "91130200MA0FH3N5QG"],
        [3, "保定市", "保定清苑绿源包装科技有限公司", "91130600MA0CT8W1LQ"],
        [4, "邢台市", "邢台百泉精密铸造有限公司", "91130500MA0B7H2N4C"],
        [5, "衡水市", "衡水滏阳橡塑制品有限公司", "91131100MA0G2P6E34"],
        [6, "唐山市", "唐山曹妃甸海纳新材料有限公司", "91130200MA0FH3N5QG"],
        [7, "定州市", "定州中山汽车零部件有限公司", "91130682MA0D3Y6T00"],
        ["二、绿色园区", null, null, null],
        [1, "唐山市", "河北丰南经济开发区", "—"],
        [2, "石家庄市", "河北新乐经济开发区", "—"],
        ["三、绿色供应链管理企业", null, null, null],
        [1, "邯郸市", "邯郸冀南钢构供应链管理有限公司", "91130400MA0E9J4U7J"],
        [2, "沧州市", "沧州渤海明珠化工有限公司", "91130900MA0A5R8K2L"],
        ["注：绿色设计产品名单略。公示期2023年9月18日至9月22日。", null, null, null],
      ],
      merges: ["A2:D2", "A4:D4", "A12:D12", "A15:D15", "A18:D18"],
    },
  ],
  expect: {
    tables: [
      { sheet: "附件", kind: "register", headerRow: 3, lastRow: 17, columns: { B: "place", C: "enterprise", D: "creditCode" } },
    ],
    findings: [
      { rule: "register.duplicate", cell: "C10", why: "唐山曹妃甸海纳新材料有限公司 (91130200MA0FH3N5QG) listed again in 绿色工厂 after row 6" },
      { rule: "register.invalid-credit-code", cell: "D8", why: "91130500MA0B7H2N4C: the check character for 91130500MA0B7H2N4 is not C" },
    ],
    absent: [
      { rule: "cap.unknown-policy", why: "a recognition list with no amount column: no amount goes unchecked" },
      { rule: "register.invalid-credit-code", cell: "D13", why: "a dash: the park has no code given" },
      { rule: "register.invalid-credit-code", cell: "D14", why: "a dash: the park has no code given" },
      { rule: "register.ineligible-location", cell: "B11", why: "定州市 is a city of 河北省 (provincially administered)" },
      { rule: "register.ineligible-location", why: "every place is a city of 河北省" },
      { rule: "register.duplicate", cell: "C13", why: "the section numbers restart at 1: 序号 is no key; the parks are different" },
    ],
  },
};
