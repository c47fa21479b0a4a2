import type { CorpusLayout } from "../types";

// 富锦市 (黑龙江, 佳木斯) 2025-07-03: the city's adjusted 巩固拓展脱贫攻坚成果和乡村振兴 project library — 14 projects under three
// categories (产业 9 / 基础设施 4 / 项目管理费 1) with the categories' money and the library's whole, retained and new entries marked.
export const layout: CorpusLayout = {
  id: "fujin-2025-rural-revitalisation-project-library",
  source: {
    title: "富锦市2025年巩固拓展脱贫攻坚成果和乡村振兴项目库公告（附件：项目基本情况表）",
    url: "https://www.fujin.gov.cn/fjs/c101598/202512/c04_254450.shtml",
    publisher: "富锦市农业农村局",
    date: "2025-07-03",
    changes:
      "The library's whole (3,305万元, 14 projects), the categories (产业 9 projects 2,543.84万元; 基础设施 4 projects 755万元; 项目管理费 1 item " +
      "6.16万元), the named projects (农机采购 at 向阳川镇连山村 / 二龙山镇新龙村 / 长安镇德胜村 and new at 长安镇东北村; 锦山镇富廷村烘干塔; 向阳川镇六合村" +
      "笨榨豆油; 市供销联社食用菌设备 new; 长胜村 / 锦山村道路硬化, 龙山村道路修缮, 富国村晒场) and the 1% / 3% management-fee note are as published " +
      "in the notice's text; the annex itself is not in the stored copy, so the table (表据正文拟), two unnamed retained industry projects and every " +
      "project's amount are ours. Planted: 锦山镇锦山村道路硬化 is typed 208 where the category's published 755 needs 198 (lines add up to 765).",
  },
  classes: ["composition", "category-rows", "subtotals", "outline-numbering", "place-column", "text-columns", "built-from-prose", "wanyuan-caption", "heilongjiang"],
  sheets: [
    {
      name: "项目库",
      widths: [6, 44, 18, 34, 12, 10],
      rows: [
        ["富锦市2025年巩固拓展脱贫攻坚成果和乡村振兴项目库项目基本情况表（表据正文拟）", null, null, null, null, null],
        [null, null, null, null, "单位：万元", null],
        ["序号", "项目名称", "建设地点", "建设内容", "资金规模", "入库情况"],
        ["一", "产业项目（9个）", null, null, 2543.84, null],
        [1, "向阳川镇连山村农业机械采购项目", "向阳川镇连山村", "购置大马力拖拉机及配套农机具", 180, "保留"],
        [2, "二龙山镇新龙村农业机械采购项目", "二龙山镇新龙村", "购置联合收割机及配套农机具", 165, "保留"],
        [3, "长安镇德胜村农业机械采购项目", "长安镇德胜村", "购置免耕播种机、植保机械", 172.5, "保留"],
        [4, "锦山镇富廷村烘干塔项目", "锦山镇富廷村", "新建日处理300吨粮食烘干塔1座", 620, "保留"],
        [5, "向阳川镇六合村笨榨豆油项目", "向阳川镇六合村", "新建笨榨豆油加工车间及设备", 285.34, "保留"],
        [6, "上街基镇永胜村果蔬冷库项目", "上街基镇永胜村", "新建果蔬保鲜冷库800平方米", 298, "保留"],
        [7, "头林镇新发村棚室建设项目", "头林镇新发村", "新建冷棚40栋", 245, "保留"],
        [8, "长安镇东北村农业机械采购项目", "长安镇东北村", "购置玉米收获机及配套农机具", 158, "新入库"],
        [9, "市供销联社食用菌设备采购项目", "富锦市", "购置食用菌菌包生产线1条", 420, "新入库"],
        ["二", "基础设施项目（4个）", null, null, 755, null],
        [10, "长安镇长胜村道路硬化项目", "长安镇长胜村", "硬化村内道路3.2公里", 236, "保留"],
        [11, "锦山镇锦山村道路硬化项目", "锦山镇锦山村", "硬化村内道路2.7公里", 208, "保留"],
        [12, "二龙山镇龙山村道路修缮项目", "二龙山镇龙山村", "修缮村内道路2.5公里", 154, "保留"],
        [13, "锦山镇富国村晒场项目", "锦山镇富国村", "新建水泥晒场12000平方米", 167, "保留"],
        ["三", "项目管理费（1项）", null, null, 6.16, null],
        [14, "项目管理费", "富锦市", "按中央资金1%、省级资金3%比例提取", 6.16, "保留"],
        ["合计", null, null, null, 3305, null],
        ["注：项目管理费按照《黑龙江省财政衔接推进乡村振兴补助资金管理办法》（黑财规〔2023〕34号）规定提取。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A21:D21", "A22:F22"],
      numberFormats: { "E4:E21": "0.00" },
    },
  ],
  settings: { district: "富锦市" },
  expect: {
    tables: [
      { sheet: "项目库", kind: "composition", unit: "万元", headerRow: 3, lastRow: 21, columns: { B: "line", E: "amount" }, year: 2025 },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "E14",
        why: "二、基础设施项目 states 755; 236 + 208 + 154 + 167 = 765 (10万元 more than the category)",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E4", why: "一 2,543.84 = 180 + 165 + 172.5 + 620 + 285.34 + 298 + 245 + 158 + 420" },
      { rule: "composition.total-mismatch", cell: "E19", why: "三 6.16 = its one line" },
      { rule: "composition.total-mismatch", cell: "E21", why: "合计 3,305 = 2,543.84 + 755 + 6.16 as stated; the slip inside 二 is reported at E14 only" },
      { rule: "composition.line-mismatch", why: "no unit price column; 3.2公里, 40栋 and 1% / 3% are in the text columns" },
      { rule: "register.ineligible-location", why: "no register; every town (向阳川镇, 二龙山镇, 长安镇, 锦山镇, 上街基镇, 头林镇) is in 富锦市" },
      { rule: "cap.unknown-policy", why: "no register: projects are not applicants" },
      { rule: "input.unreadable-value", why: "建设内容 and 入库情况 are text; the note is prose" },
    ],
  },
};
