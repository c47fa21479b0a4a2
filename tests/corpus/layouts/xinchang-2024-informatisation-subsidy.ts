import type { CorpusLayout } from "../types";

// 新昌县人民政府办公室 2024-03-07 (新政办发〔2024〕4号): 加快推进制造业高质量发展若干政策, 一(一) — 30% of the information
// equipment and software actually invested, at most 150万元 a firm a year; the payment list with the investment beside each subsidy.
export const layout: CorpusLayout = {
  id: "xinchang-2024-informatisation-subsidy",
  source: {
    title: "新昌县人民政府办公室关于印发《加快推进制造业高质量发展若干政策》等六个政策的通知（新政办发〔2024〕4号；一、实施数字经济一号工程（一））",
    url: "http://www.zjxc.gov.cn/art/2024/3/7/art_1229360393_1895635.html",
    publisher: "新昌县人民政府办公室",
    date: "2024-03-07",
    changes:
      "The stored page is the policy: 对规上企业或企业实施信息化设备和软件投资额10万元以上的信息化应用建设项目…按项目实际完成信息化设备和软件投入总额的30%" +
      "给予补助，同一企业当年信息化应用建设项目补助最高不超过150万元. No published payment list was found: the list (附件 caption, title, unit " +
      "caption, columns 序号 | 企业名称 | 统一社会信用代码 | 乡镇（街道） | 项目名称 | 信息化设备和软件投入 | 补助金额 | 备注) is laid out as such " +
      "lists are, with firms, codes (新昌 330624), towns, projects and figures of our own. The catalog (30%, at most 150万元) is the clause's. " +
      "Planted: 浙江沙溪纺织机械 85 where 30% of 260 is 78; 新昌儒岙胶囊 168 above the 150 maximum; a code with a wrong check character (row 12).",
  },
  classes: ["register", "rate-with-cap", "base-column", "item-in-title", "project-name-column", "credit-codes", "towns-as-places", "two-decimal-wanyuan", "wanyuan-caption", "remark-column", "zhejiang"],
  settings: { district: "新昌县" },
  sheets: [
    {
      name: "附件",
      widths: [6, 28, 22, 12, 30, 14, 12, 18],
      rows: [
        ["附件", null, null, null, null, null, null, null],
        ["2024年新昌县信息化应用建设项目补助资金拟兑现名单", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "乡镇（街道）", "项目名称", "信息化设备和软件投入", "补助金额", "备注"],
        [1, "浙江新昌七星轴承有限公司", "91330624YUYU122BT5", "七星街道", "轴承车间MES系统建设项目", 180, 54, null],
        [2, "新昌南明制药设备有限公司", "913306245PRMU98K6T", "南明街道", "ERP与PLM集成应用项目", 420, 126, null],
        [3, "浙江羽林空调部件有限公司", "91330624K1JM5DLCRB", "羽林街道", "数字化工厂信息系统项目", 600, 150, "按上限150万元补助"],
        [4, "新昌县澄潭茶机有限公司", "91330624PUGYBHXEGX", "澄潭街道", "设备联网与数据采集项目", 96.5, 28.95, null],
        [5, "浙江沙溪纺织机械有限公司", "913306248W1U0BEXA8", "沙溪镇", "智能仓储管理系统项目", 260, 85, null],
        [6, "新昌儒岙胶囊有限公司", "91330624XCDWWG5H5G", "儒岙镇", "胶囊生产全流程信息化项目", 700, 168, null],
        [7, "新昌梅渚精密铸造有限公司", "913306247705A54GG1", "梅渚镇", "铸造工艺仿真软件项目", 35.2, 10.56, null],
        [8, "浙江大市聚汽配有限公司", "91330624BGMH5WERDB", "大市聚镇", "质量追溯系统项目", 128, 38.4, null],
        [9, "新昌回山高山茶业有限公司", "91330624PGXXQBRJBC", "回山镇", "茶叶加工数字化管控项目", 52, 15.6, null],
        [10, "新昌镜岭机电有限公司", "91330624BUYE5YQCNN", "镜岭镇", "云化软件应用项目", 310, 93, null],
        ["合计", null, null, null, null, 2781.7, 769.51, null],
      ],
      merges: ["A2:H2", "A15:E15"],
      numberFormats: { "F5:G15": "0.00" },
    },
  ],
  catalog: {
    items: [
      {
        name: "信息化应用建设项目补助",
        capType: "rate",
        rate: 0.3,
        capAmount: 150,
        unit: "万元",
        base: "信息化设备和软件投入总额",
        year: 2024,
        document: "新昌县《加快推进制造业高质量发展若干政策》（新政办发〔2024〕4号）一（一）",
      },
    ],
  },
  expect: {
    tables: [
      {
        sheet: "附件",
        kind: "register",
        unit: "万元",
        headerRow: 4,
        lastRow: 15,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "project", F: "base", G: "approved" },
        year: 2024,
        item: "信息化应用建设项目补助",
      },
    ],
    findings: [
      { rule: "cap.rate-exceeded", cell: "G9", why: "浙江沙溪纺织机械: 30% × 260.00 = 78.00, below the 150 maximum, so it binds; 85.00 paid: 7.00万元 over" },
      { rule: "cap.exceeded", cell: "G10", why: "新昌儒岙胶囊: 30% × 700.00 = 210.00, so the 150万元 maximum binds; 168.00 paid: 18.00万元 over" },
      { rule: "register.invalid-credit-code", cell: "C12", why: "91330624BGMH5WERDB: the check character for 91330624BGMH5WERD is A, not B" },
    ],
    absent: [
      { rule: "cap.rate-exceeded", cell: "G5", why: "30% × 180 = 54 = paid" },
      { rule: "cap.exceeded", cell: "G7", why: "30% × 600 = 180, the 150 maximum binds; 150 paid exactly" },
      { rule: "cap.rate-exceeded", cell: "G8", why: "30% × 96.50 = 28.95 = paid" },
      { rule: "cap.rate-exceeded", cell: "G11", why: "30% × 35.20 = 10.56 = paid" },
      { rule: "cap.rate-exceeded", cell: "G13", why: "30% × 52.00 = 15.60 = paid" },
      { rule: "cap.exceeded", cell: "G15", why: "合计 769.51 is no award (54+126+150+28.95+85+168+10.56+38.40+15.60+93)" },
      { rule: "cap.unknown-policy", why: "the item is the title's 信息化应用建设项目补助(资金), in the catalog; 项目名称 is each firm's own project" },
      { rule: "register.duplicate", why: "ten firms, each once" },
      { rule: "register.ineligible-location", why: "七星, 南明, 羽林, 澄潭 街道 and 沙溪, 儒岙, 梅渚, 大市聚, 回山, 镜岭 镇 are all in 新昌县" },
      { rule: "input.unreadable-value", cell: "H7", why: "备注 text, not an amount" },
    ],
  },
};
