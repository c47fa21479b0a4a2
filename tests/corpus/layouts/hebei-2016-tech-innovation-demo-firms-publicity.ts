import type { CorpusLayout } from "../types";

// 河北省工业和信息化厅、河北省财政厅 2016-08: the 公示 of 29 firms to be recognised as 2016年河北省技术创新示范企业
// (中车唐山机车车辆有限公司等). The stored copy gives the notice, not the annexed list: laid out as such a 公示名单 is —
// 序号 | 企业名称 | 统一社会信用代码 | 所在市, no money — twelve of the firms (ours), 定州 and 辛集 (省直管) among the cities.
export const layout: CorpusLayout = {
  id: "hebei-2016-tech-innovation-demo-firms-publicity",
  source: {
    title: "关于2016年河北省技术创新示范企业名单的公示（拟认定中车唐山机车车辆有限公司等29家企业，名单据公示拟）",
    url: "http://www.zkyjcjx.com/policy/view?id=1123",
    publisher: "河北省工业和信息化厅、河北省财政厅",
    date: "2016-08-23",
    changes:
      "As published: the notice (专家评审、综合评审, 29 firms, 公示 8月23日至9月12日). The list itself is not in the stored copy: the table, " +
      "the firms, their codes and cities are ours (twelve rows, the note saying so). Planted: 保定天威智能电力设备有限公司 listed a second time " +
      "(row 13, same code); 邯郸冀南特钢新材料有限公司's code 91130403U1RTK5W9P1 with a wrong check character (P0 is right).",
  },
  classes: [
    "register", "recognition-list", "no-amount-column", "credit-codes", "cities-as-places", "province-administered-cities",
    "notes-under-table", "province-list", "annex-not-shown", "hebei",
  ],
  settings: { district: "河北省" },
  sheets: [
    {
      name: "公示名单",
      widths: [6, 34, 22, 12],
      rows: [
        ["2016年河北省技术创新示范企业名单（公示）", null, null, null],
        ["序号", "企业名称", "统一社会信用代码", "所在市"],
        [1, "石家庄恒岳生物制药股份有限公司", "91130102RX1QQ6UY28", "石家庄市"],
        [2, "唐山冀东轨道装备有限公司", "91130203GKDW7448FJ", "唐山市"],
        [3, "唐山丰润精工焊材有限公司", "91130229FHB7PEEHE9", "唐山市"],
        [4, "保定天威智能电力设备有限公司", "91130604D3PKHNMGL1", "保定市"],
        [5, "定州金鼎汽车零部件有限公司", "91130682FRWCHDWYJ0", "定州市"],
        [6, "辛集市华皮制革科技有限公司", "91130181B17E06XJA6", "辛集市"],
        [7, "邯郸冀南特钢新材料有限公司", "91130403U1RTK5W9P1", "邯郸市"],
        [8, "沧州渤海化工装备有限公司", "91130902GYYEA2NQXY", "沧州市"],
        [9, "廊坊智谷信息技术有限公司", "9113100350F2PGFXUM", "廊坊市"],
        [10, "邢台宁晋晶能光伏科技有限公司", "91130503MKUT7H2DDX", "邢台市"],
        [11, "保定天威智能电力设备有限公司", "91130604D3PKHNMGL1", "保定市"],
        [12, "秦皇岛港城玻璃技术有限公司", "91130302B80D5MECRR", "秦皇岛市"],
        ["注：本表为公示名单节选，按设区市（含定州、辛集市）排列；公示期为2016年8月23日至9月12日。", null, null, null],
      ],
      merges: ["A1:D1", "A15:D15"],
    },
  ],
  expect: {
    tables: [
      { sheet: "公示名单", kind: "register", headerRow: 2, lastRow: 14, columns: { B: "enterprise", C: "creditCode", D: "place" }, year: 2016 },
    ],
    findings: [
      { rule: "register.duplicate", cell: "B13", why: "保定天威智能电力设备有限公司 (91130604D3PKHNMGL1) listed again at 11, first at 4" },
      { rule: "register.invalid-credit-code", cell: "C9", why: "91130403U1RTK5W9P1: the GB 32100 check character of 91130403U1RTK5W9P is 0, not 1" },
    ],
    absent: [
      { rule: "register.ineligible-location", cell: "D7", why: "定州市 is in 河北省 (省直管县级市)" },
      { rule: "register.ineligible-location", cell: "D8", why: "辛集市 is in 河北省 (省直管县级市)" },
      { rule: "register.duplicate", cell: "B5", why: "two different 唐山 firms, two codes" },
      { rule: "register.invalid-credit-code", cell: "C7", why: "91130682FRWCHDWYJ0 is valid (check character 0)" },
      { rule: "cap.unknown-policy", why: "a recognition list with no amount column: no amount goes unchecked" },
      { rule: "input.unreadable-value", cell: "A15", why: "the note under the table is no data" },
    ],
  },
};
