import type { CorpusLayout } from "../types";

// 甘肃省科技厅 2023-07-24: 关于2022年度甘肃省科学技术奖励有关后续工作的通知 — 三、拨付奖金 gives the bonus per award in one sentence
// (科技功臣奖 100万元; 自然科学奖、技术发明奖、科技进步奖 特等奖 30, 一等奖 20, 二等奖 10, 三等奖 5万元; 企业技术创新示范奖 20;
// 优秀科技创新企业家奖 20). Laid out as a standards sheet (one row per award) beside a payment list by first completing unit.
export const layout: CorpusLayout = {
  id: "gansu-2022-science-award-bonus-standards-and-payments",
  source: {
    title: "关于2022年度甘肃省科学技术奖励有关后续工作的通知（奖金标准与拨付明细据正文拟）",
    url: "https://heec.cahe.edu.cn/news/kj-tzgg/17951.html",
    publisher: "甘肃省科学技术厅",
    date: "2023-07-24",
    changes:
      "Built from the prose (table from prose): the notice's sentence on bonus amounts is split into one row per award with its amount as " +
      "published. The payment list (projects, first completing units, amounts) is ours: the notice asks each unit for one 拨款通知单 and " +
      "publishes no list. Planted: a 二等奖 project paid 20万元 (the standard is 10万元); the 镍钴伴生矿 project listed twice.",
  },
  classes: ["catalog", "register", "two-sheets", "prose-caps", "fixed-amount-per-grade", "grade-as-item", "award-kind-column", "units-as-recipients", "project-column", "whole-wanyuan", "wanyuan-in-header", "total-at-foot", "notes-under-table", "table-from-prose", "province-policy", "gansu"],
  settings: { district: "甘肃省" },
  sheets: [
    {
      name: "奖金标准",
      widths: [6, 24, 56],
      rows: [
        ["甘肃省科学技术奖奖金标准（2022年度）", null, null],
        ["序号", "奖励项目", "奖金标准"],
        [1, "科技功臣奖", "省科技功臣奖奖金100万元"],
        [2, "特等奖", "省自然科学奖、技术发明奖、科技进步奖特等奖奖金30万元"],
        [3, "一等奖", "省自然科学奖、技术发明奖、科技进步奖一等奖奖金20万元"],
        [4, "二等奖", "省自然科学奖、技术发明奖、科技进步奖二等奖奖金10万元"],
        [5, "三等奖", "省自然科学奖、技术发明奖、科技进步奖三等奖奖金5万元"],
        [6, "企业技术创新示范奖", "省企业技术创新示范奖奖金20万元"],
        [7, "优秀科技创新企业家奖", "省优秀科技创新企业家奖奖金20万元"],
      ],
      merges: ["A1:C1"],
    },
    {
      name: "奖金拨付明细",
      widths: [6, 30, 28, 14, 20, 12],
      rows: [
        ["2022年度甘肃省科学技术奖奖金拨付明细", null, null, null, null, null],
        ["序号", "获奖项目名称", "第一完成单位", "奖种", "奖励等级", "奖金（万元）"],
        [1, "高寒区牧草种质创新与利用", "甘肃陇原草业研究院", "科技进步奖", "一等奖", 20],
        [2, "祁连山冰川融水监测关键技术", "河西水文技术研究所", "技术发明奖", "二等奖", 10],
        [3, "镍钴伴生矿高效分离工艺及应用", "金昌有色冶金研究院有限公司", "科技进步奖", "一等奖", 20],
        [4, "黄土丘陵区梯田智能修筑装备", "定西农机装备有限公司", "科技进步奖", "二等奖", 20],
        [5, "陇东油区低渗储层压裂技术", "庆阳石化工程技术有限公司", "技术发明奖", "三等奖", 5],
        [6, "石窟壁画病害数字诊断方法", "敦煌文物数字保护中心", "自然科学奖", "二等奖", 10],
        [7, "镍钴伴生矿高效分离工艺及应用", "金昌有色冶金研究院有限公司", "科技进步奖", "一等奖", 20],
        [8, "—", "甘肃陇星智能装备有限公司", "企业技术创新示范奖", "企业技术创新示范奖", 20],
        ["合计", null, null, null, null, 125],
        ["注：奖金由省科技厅资管处统一汇款拨付至第一完成单位，一个单位只填写一张拨款单。", null, null, null, null, null],
      ],
      merges: ["A1:F1", "A11:E11", "A12:F12"],
    },
  ],
  expect: {
    tables: [
      { sheet: "奖金标准", kind: "catalog", headerRow: 2, lastRow: 9, columns: { B: "item", C: "standard" } },
      { sheet: "奖金拨付明细", kind: "register", unit: "万元", headerRow: 2, lastRow: 11, columns: { B: "project", C: "enterprise", D: "category", E: "item", F: "approved" }, year: 2022 },
    ],
    findings: [
      { rule: "cap.exceeded", sheet: "奖金拨付明细", cell: "F6", why: "二等奖: 20 > the standard's 10万元" },
      { rule: "register.duplicate", sheet: "奖金拨付明细", cell: "F9", why: "金昌有色冶金研究院有限公司's 镍钴伴生矿高效分离工艺及应用 (一等奖) already at row 5" },
    ],
    absent: [
      { rule: "composition.total-mismatch", sheet: "奖金拨付明细", cell: "F11", why: "合计 125 = 20 + 10 + 20 + 20 + 5 + 10 + 20 + 20 as typed" },
      { rule: "cap.exceeded", sheet: "奖金拨付明细", cell: "F10", why: "企业技术创新示范奖 20 = its 20万元" },
      { rule: "cap.exceeded", sheet: "奖金拨付明细", cell: "F3", why: "一等奖 20 = its 20万元" },
      { rule: "cap.unknown-policy", sheet: "奖金拨付明细", why: "every 奖励等级 is a row of the standards sheet" },
      { rule: "catalog.unreadable-standard", sheet: "奖金标准", why: "each standard states one fixed amount" },
    ],
  },
};
