import type { CorpusLayout } from "../types";

// 北京市促进中小企业发展工作领导小组办公室 2021-12-22: 《北京市关于促进“专精特新”中小企业高质量发展的若干措施》, measure 1
// (颠覆性技术和前沿技术的研发及成果转化项目, 第一年最高支持200万元, 第二至三年最高不超过500万元). The stored copy gives the measures,
// not a list: laid out as a first-year support list under that measure would be — 序号 | 企业名称 | 统一社会信用代码 | 所在区 |
// 支持事项 | 项目名称 | 支持金额, a 合计 and a note; the first-year cap as a catalog.
export const layout: CorpusLayout = {
  id: "beijing-2022-frontier-tech-conversion-first-year-support-list",
  source: {
    title: "北京市关于促进“专精特新”中小企业高质量发展的若干措施 — 1.支持基础研究和成果转化（第一年支持名单，表据正文拟）",
    url: "http://www.0375edu.org.cn/policy/313730.htm",
    publisher: "北京市促进中小企业发展工作领导小组办公室",
    date: "2021-12-22",
    changes:
      "As published: the measures (专精特新 targets for the 十四五; measure 1: 颠覆性技术和前沿技术 研发及成果转化, 第一年最高支持200万元). " +
      "No list is in the stored copy: the table (title, caption, columns, six rows, 合计, note) is ours, built from the measure's wording; " +
      "the firms, codes, projects and amounts are ours. The first-year cap (200万元) is given as a catalog. Planted: 北京朝阳光年数据科技 " +
      "220 above the 200万元 first-year maximum; 北京中关村量子芯科技 listed a second time (row 6, same code).",
  },
  classes: [
    "register", "prose-built-table", "catalog-from-prose", "max-cap", "item-column", "project-column", "credit-codes",
    "districts-as-places", "total-row", "notes-under-table", "wanyuan-caption", "beijing",
  ],
  settings: { district: "北京市" },
  catalog: {
    items: [
      {
        name: "颠覆性技术和前沿技术成果转化支持（第一年）",
        capType: "max",
        capAmount: 200,
        unit: "万元",
        document: "北京市关于促进“专精特新”中小企业高质量发展的若干措施 第1条（第一年最高支持200万元）",
      },
    ],
  },
  sheets: [
    {
      name: "支持名单",
      widths: [6, 32, 22, 10, 30, 34, 12],
      rows: [
        ["2022年颠覆性技术和前沿技术研发及成果转化项目第一年支持名单（表据正文拟）", null, null, null, null, null, null],
        [null, null, null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "所在区", "支持事项", "项目名称", "支持金额"],
        [1, "北京中关村量子芯科技有限公司", "911101084JURQ283FQ", "海淀区", "颠覆性技术和前沿技术成果转化支持（第一年）", "超导量子芯片低温封装中试", 180],
        [2, "北京大兴星舰精密机械有限公司", "91110115EUHUXQEEGE", "大兴区", "颠覆性技术和前沿技术成果转化支持（第一年）", "航天级谐波减速器产业化", 200],
        [3, "北京昌平智源生物医药有限公司", "91110114F8MGMB4C08", "昌平区", "颠覆性技术和前沿技术成果转化支持（第一年）", "mRNA 递送载体成果转化", 150],
        [4, "北京朝阳光年数据科技有限公司", "9111010589MXMRUW53", "朝阳区", "颠覆性技术和前沿技术成果转化支持（第一年）", "隐私计算一体机研发", 220],
        [5, "北京顺义航材新材料有限公司", "911101133KNQLGY78N", "顺义区", "颠覆性技术和前沿技术成果转化支持（第一年）", "碳化硅陶瓷基复合材料中试线", 95.5],
        [6, "北京中关村量子芯科技有限公司", "911101084JURQ283FQ", "海淀区", "颠覆性技术和前沿技术成果转化支持（第一年）", "量子芯片测控系统", 60],
        ["合计", null, null, null, null, null, 905.5],
        ["注：第二至三年支持金额另行核定，最高不超过500万元；所在区以企业注册地为准。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A10:F10", "A11:G11"],
      numberFormats: { "G4:G10": "#,##0.0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "支持名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 10,
        columns: { B: "enterprise", C: "creditCode", D: "place", E: "item", F: "project", G: "approved" },
        year: 2022,
      },
    ],
    findings: [
      { rule: "cap.exceeded", cell: "G7", why: "颠覆性技术和前沿技术成果转化支持（第一年）: at most 200万元; 220 approved, 20万元 over" },
      { rule: "register.duplicate", cell: "B9", why: "北京中关村量子芯科技有限公司 (911101084JURQ283FQ) listed again at 6, first at 1" },
    ],
    absent: [
      { rule: "cap.exceeded", cell: "G5", why: "200 is exactly the first-year maximum" },
      { rule: "cap.exceeded", cell: "A11", why: "the note's 500万元 is the later years' cap, not this list's" },
      { rule: "register.ineligible-location", why: "海淀, 大兴, 昌平, 朝阳, 顺义 are districts of 北京市" },
      { rule: "cap.unknown-policy", cell: "F4", why: "项目名称 is the firm's own project, not a policy item" },
      { rule: "input.unreadable-value", cell: "A11", why: "the note under the table is no data" },
    ],
  },
};
