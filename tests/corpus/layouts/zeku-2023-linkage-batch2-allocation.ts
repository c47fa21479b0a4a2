import type { CorpusLayout } from "../types";

// 泽库县 (青海) 2023-06-09: the county's second batch of central 衔接推进乡村振兴 money — six projects under three
// categories (基础设施建设 / 产业发展 / 项目管理费) with their subtotals, the building work, the place, the kind of money
// and the implementing body beside each amount.
export const layout: CorpusLayout = {
  id: "zeku-2023-linkage-batch2-allocation",
  source: {
    title: "关于泽库县2023年第二批中央财政衔接推进乡村振兴补助资金分配计划的公告（附件：分配计划表）",
    url: "http://www.zeku.gov.cn/contents/show/1370",
    publisher: "泽库县委农村牧区工作领导小组（乡村振兴领导小组）",
    date: "2023-06-09",
    changes:
      "The six projects, their amounts (500 / 230 / 208; 140 / 167; 14万元), their implementing bodies, the 少数民族发展资金 note and the " +
      "three categories with their totals (938 / 307 / 14; 1,259万元) are as published in the notice's text. The annex itself is " +
      "not in the stored copy, so the table's columns (序号 | 项目名称 | 建设内容及规模 | 实施地点 | 资金规模 | 资金性质 | 实施单位), " +
      "the category rows with their subtotals and the 单位：万元 caption are ours, as are the building work and the places. " +
      "Planted: the 一、基础设施建设项目 subtotal states 948 where its three projects add up to 938 (the published figure), and " +
      "the 合计 carries it (1,269 = 948 + 307 + 14).",
  },
  classes: ["composition", "category-rows", "subtotals", "outline-numbering", "implementing-body-column", "place-column", "text-columns", "wanyuan-caption", "qinghai"],
  sheets: [
    {
      name: "分配计划表",
      widths: [6, 40, 30, 20, 10, 16, 22],
      rows: [
        ["泽库县2023年第二批中央财政衔接推进乡村振兴补助资金分配计划表", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "项目名称", "建设内容及规模", "实施地点", "资金规模", "资金性质", "实施单位"],
        ["一", "基础设施建设项目", null, null, 948, null, null],
        [1, "西卜沙乡三个村游牧民定居点人饮巩固提升工程", "新建蓄水池3座，铺设供水管网18.6公里", "西卜沙乡", 500, "衔接资金", "泽库县农牧水利和科技局"],
        [2, "泽库县和日镇司玛村人畜饮水安全工程", "新建取水口1处，铺设入户管网9.2公里", "和日镇司玛村", 230, "衔接资金", "泽库县农牧水利和科技局"],
        [3, "泽库县农村牧区小口机井工程（二期）", "新打小口机井52眼", "各乡镇", 208, "衔接资金", "泽库县农牧水利和科技局"],
        ["二", "产业发展项目", null, null, 307, null, null],
        [4, "泽库县2个村发展新型农村集体经济项目", "入股县级产业园标准化厂房", "宁秀镇、多禾茂乡", 140, "衔接资金", "泽库县农牧水利和科技局"],
        [5, "王家乡叶金木村饲料加工基地扩建项目", "扩建饲料加工车间600平方米", "王家乡叶金木村", 167, "少数民族发展资金", "王家乡人民政府"],
        ["三", "项目管理费", null, null, 14, null, null],
        [6, "中央第二批资金项目管理费", "泽库县2个村发展新型农村集体经济项目管理费", "—", 14, "衔接资金", "泽库县农牧水利和科技局"],
        ["合计", null, null, null, 1269, null, null],
      ],
      merges: ["A1:G1", "A13:D13"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "分配计划表",
        kind: "composition",
        unit: "万元",
        headerRow: 3,
        lastRow: 13,
        columns: { B: "line", E: "amount" },
        year: 2023,
      },
    ],
    findings: [
      {
        rule: "composition.total-mismatch",
        cell: "E4",
        why: "一、基础设施建设项目 states 948; 500 + 230 + 208 = 938 (10万元 too much)",
      },
    ],
    absent: [
      { rule: "composition.total-mismatch", cell: "E8", why: "二 307 = 140 + 167" },
      { rule: "composition.total-mismatch", cell: "E11", why: "三 14 = its one line" },
      { rule: "composition.total-mismatch", cell: "E13", why: "合计 1,269 = 948 + 307 + 14 as stated; the lines are not added again; the error inside 一 is reported at E4" },
      { rule: "composition.line-mismatch", why: "no unit price column; 52眼 and 18.6公里 are in the building-work text" },
      { rule: "cap.unknown-policy", why: "no register: the implementing bodies are not applicants" },
      { rule: "register.duplicate", why: "no register: 泽库县农牧水利和科技局 carries out four projects" },
      { rule: "input.unreadable-value", why: "建设内容及规模, 资金性质 and the dash for a place are text by nature" },
    ],
  },
};
