import type { CorpusLayout } from "../types";

// 银川市工业和信息化局 关于推荐上报2023年度第二批创新型中小企业的公示 (2023-11-07): the firms the city recommends to the 自治区工信厅
// (宁工信函〔2023〕327号), listed in 附件 2023年自治区第二批创新型中小企业推荐汇总表, which the stored page does not show. Set out as such a
// summary: 序号 | 县（市）区 | 企业名称 | 统一社会信用代码 | 所属行业 | 主导产品, no money.
export const layout: CorpusLayout = {
  id: "yinchuan-2023-innovative-sme-batch2-recommendations",
  source: {
    title: "关于推荐上报2023年度第二批创新型中小企业的公示（附件：2023年自治区第二批创新型中小企业推荐汇总表）",
    url: "https://techchn.cn/Index/show/catid/14/id/26591.html",
    publisher: "银川市工业和信息化局",
    date: "2023-11-07",
    changes:
      "As published: the notice, the document cited, the annex's title and the publisher. The annex is not in the stored copy: its columns " +
      "as such summaries carry them, firms, codes (their 3–8 characters each firm's own 银川 county), trades and products ours. Planted: " +
      "宁夏暖泉新材料有限公司's code ends in T where the check character is R; 宁夏大武口碳基材料有限公司 lies in 石嘴山市大武口区, outside 银川.",
  },
  classes: ["register", "recognition-list", "no-amount-column", "credit-codes", "invalid-credit-code", "counties-as-places", "development-zone-as-place", "out-of-area-firm", "trade-column-as-category", "product-column", "annex-title-row", "recommending-unit-line", "table-not-in-stored-copy", "city-list", "ningxia"],
  settings: { district: "银川市" },
  sheets: [
    {
      name: "推荐汇总表",
      widths: [6, 20, 30, 22, 30, 18],
      rows: [
        ["附件", null, null, null, null, null],
        ["2023年自治区第二批创新型中小企业推荐汇总表", null, null, null, null, null],
        ["推荐单位（盖章）：银川市工业和信息化局", null, null, null, null, null],
        ["序号", "县（市）区", "企业名称", "统一社会信用代码", "所属行业", "主导产品"],
        [1, "兴庆区", "宁夏塞上智联科技有限公司", "91640104MA76K2QX14", "软件和信息技术服务业", "工业互联网平台"],
        [2, "西夏区", "宁夏贺兰山精密铸造有限公司", "91640105MA7E4L8R3C", "金属制品业", "精密铸件"],
        [3, "金凤区", "宁夏凤城数码科技有限公司", "91640106MA75WN6T08", "计算机、通信和其他电子设备制造业", "工控主板"],
        [4, "永宁县", "宁夏望远枸杞生物科技有限公司", "91640121MA7FJ3P927", "农副食品加工业", "枸杞原浆"],
        [5, "贺兰县", "宁夏暖泉新材料有限公司", "91640122MA7C9H2K5T", "化学原料和化学制品制造业", "锂电池粘结剂"],
        [6, "灵武市", "宁夏灵州羊绒制品有限公司", "91640181MA76T8DU78", "纺织业", "羊绒纱线"],
        [7, "银川经济技术开发区", "宁夏银开数控机床有限公司", "91640105MA7GQ4L613", "通用设备制造业", "数控车床"],
        [8, "石嘴山市大武口区", "宁夏大武口碳基材料有限公司", "91640202MA7D2R5M8J", "非金属矿物制品业", "特种石墨"],
      ],
      merges: ["A1:F1", "A2:F2", "A3:F3"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "推荐汇总表",
        kind: "register",
        headerRow: 4,
        lastRow: 12,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "category" },
        year: 2023,
      },
    ],
    findings: [
      { rule: "register.invalid-credit-code", cell: "D9", why: "91640122MA7C9H2K5T: the check character for 91640122MA7C9H2K5 is R, not T" },
      { rule: "register.ineligible-location", cell: "B12", why: "石嘴山市大武口区 is in 石嘴山市, not 银川市" },
    ],
    absent: [
      { rule: "register.ineligible-location", cell: "B11", why: "银川经济技术开发区 is a zone of 银川市" },
      { rule: "register.ineligible-location", cell: "B10", why: "灵武市 is a county-level city of 银川市" },
      { rule: "register.ineligible-location", cell: "B8", why: "永宁县 is a county of 银川市" },
      { rule: "register.location-code-mismatch", why: "each code's characters 3–8 are its firm's own area (640104 兴庆, 640105 西夏 holding the 经开区, 640106 金凤, 640121 永宁, 640122 贺兰, 640181 灵武, 640202 大武口)" },
      { rule: "cap.unknown-policy", why: "a recognition list with no amount column: no amount goes unchecked" },
      { rule: "register.duplicate", why: "no firm listed twice" },
    ],
  },
};
