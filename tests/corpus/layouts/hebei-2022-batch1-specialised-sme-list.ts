import type { CorpusLayout } from "../types";

// 河北省工业和信息化厅 2022-01: 关于开展2022年第一批省级“专精特新”中小企业认定工作的通知 — to 各市（含定州、辛集市）工业和信息化局、
// 雄安新区改革发展局; 申报范围, 申报条件 (营业收入3000万元以上, 研发投入占比超过2%, 资产负债率不高于80%…) and 申报程序. The resulting list is
// set out as Hebei publishes its 认定名单: 序号 | 市（含定州、辛集市） | 县（市、区） | 企业名称 | 统一社会信用代码, no money.
export const layout: CorpusLayout = {
  id: "hebei-2022-batch1-specialised-sme-list",
  source: {
    title: "河北省工业和信息化厅关于开展2022年第一批省级“专精特新”中小企业认定工作的通知（认定名单据通知拟）",
    url: "http://www.dachengedu.com.cn/article.php?name=20220121082718",
    publisher: "河北省工业和信息化厅",
    date: "2022-01",
    changes:
      "As published: the notice's addressees (各市（含定州、辛集市）, 雄安新区改革发展局), 申报范围, the seven 申报条件 and the procedure. The list the " +
      "认定 produced is not in the stored copy: its columns follow the notice's addressees (a 市 column naming 定州 and 辛集 beside the cities, 雄安新区 " +
      "over its 县), and the eleven rows, every name and every code are ours (characters 3–8 the county's; 133100 for 雄安新区). Planted: 宁晋县晶源新能源's " +
      "code with a wrong check character; 唐山丰润轨道装备配件 listed twice.",
  },
  classes: ["register", "recognition-list", "no-amount-column", "credit-codes", "city-and-county-columns", "province-managed-cities", "new-area-as-place", "annex-title-row", "table-not-in-stored-copy", "province-wide-list", "hebei"],
  settings: { district: "河北省" },
  sheets: [
    {
      name: "认定名单",
      widths: [6, 18, 14, 34, 24],
      rows: [
        ["附件", null, null, null, null],
        ["2022年第一批河北省“专精特新”中小企业名单", null, null, null, null],
        ["序号", "市（含定州、辛集市）", "县（市、区）", "企业名称", "统一社会信用代码"],
        [1, "石家庄市", "藁城区", "石家庄藁城宏达精密铸造有限公司", "91130109MA88RK2D1X"],
        [2, "唐山市", "丰润区", "唐山丰润轨道装备配件有限公司", "91130208MAPN1BTNRX"],
        [3, "保定市", "高碑店市", "高碑店市恒信节能门窗有限公司", "91130684MAUY68KXY2"],
        [4, "邢台市", "宁晋县", "宁晋县晶源新能源科技有限公司", "91130528MAAHKDAD3H"],
        [5, "沧州市", "泊头市", "泊头市铸诚模具有限公司", "91130981MADU1BRKNM"],
        [6, "衡水市", "枣强县", "枣强县华冠玻璃钢有限公司", "91131121MAF3JHK8D0"],
        [7, "定州市", "定州市", "定州市鼎盛体育器材有限公司", "91130682MAACMLYCX2"],
        [8, "辛集市", "辛集市", "辛集市皮革智造科技有限公司", "91130181MAHKKXDTWK"],
        [9, "雄安新区", "容城县", "河北雄安容城服装智能制造有限公司", "91133100MAUDCWN519"],
        [10, "邯郸市", "峰峰矿区", "邯郸峰峰陶瓷新材料有限公司", "91130406MAFWX7BHH2"],
        [11, "唐山市", "丰润区", "唐山丰润轨道装备配件有限公司", "91130208MAPN1BTNRX"],
      ],
      merges: ["A1:E1", "A2:E2"],
    },
  ],
  expect: {
    tables: [
      { sheet: "认定名单", kind: "register", headerRow: 3, lastRow: 14, columns: { B: "place", C: "place", D: "enterprise", E: "creditCode" } },
    ],
    findings: [
      { rule: "register.invalid-credit-code", cell: "E7", why: "91130528MAAHKDAD3H: the first 17 characters give the check character G, not H" },
      { rule: "register.duplicate", cell: "D14", why: "唐山丰润轨道装备配件有限公司 (91130208MAPN1BTNRX) is row 5 already, in the same batch" },
    ],
    absent: [
      { rule: "cap.unknown-policy", why: "a recognition list with no amount column: no amount goes unchecked" },
      { rule: "register.ineligible-location", cell: "B12", why: "雄安新区 | 容城县: 容城县 is a county of 河北 (under 雄安新区, in 保定)" },
      { rule: "register.ineligible-location", cell: "B10", why: "定州市 is a province-managed city of 河北, named twice as city and county" },
      { rule: "register.ineligible-location", cell: "B11", why: "辛集市 is a province-managed city of 河北" },
      { rule: "register.location-code-mismatch", why: "every code names an authority in 河北 (13…), the province the list covers" },
      { rule: "register.invalid-credit-code", cell: "E12", why: "91133100MAUDCWN519 has its right check character" },
      { rule: "register.unpaid", why: "no money: nothing to pay" },
    ],
  },
};
