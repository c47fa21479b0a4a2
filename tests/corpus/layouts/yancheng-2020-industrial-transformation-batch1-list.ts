import type { CorpusLayout } from "../types";

// 盐城市工信局、市财政局 2020-04: 2020年度市工业和信息化转型升级专项资金（第一批）, 534万元 to 26 projects of the 大市区 —
// “互联网+”发展, 智能制造, 产业龙头培育, 企业创新发展, 绿色制造, 中小企业发展, 大数据产业发展 — by 地区 (市属, 大丰区, 盐都区, …).
export const layout: CorpusLayout = {
  id: "yancheng-2020-industrial-transformation-batch1-list",
  source: {
    title: "盐城26家企业获市工业转型升级专项资金扶持（《关于下达2020年度市工业和信息化转型升级专项资金（第一批）的通知》；名单据正文拟）",
    url: "http://tech.jschina.com.cn/dongtai/202004/t20200403_2522006.shtml",
    publisher: "盐城新闻网（中国江苏网转载）",
    date: "2020-04-03",
    changes:
      "The report gives the notice's terms (市财政安排专项资金534万元, 26 projects of the 大市区, the seven directions) and the first areas' lines " +
      "(市属 1 project 20万元; 大丰区 6 projects 110万元, five at 20 and one at 10; 盐都区 7 projects 160万元). The annexed list is not shown: " +
      "its title, columns (序号 | 地区 | 项目单位 | 统一社会信用代码 | 项目名称 | 支持方向 | 扶持资金（万元）), the thirteen rows (cut from 26), " +
      "the firms (invented, not the ones the report names), codes, projects and the note are ours. Planted: 江苏丰海精工锻造 listed a second " +
      "time for the same project (rows 4 and 15); 江苏赛诚节能工程's code ends 7 where GB 32100 gives 1.",
  },
  classes: ["register", "item-in-title", "batch-in-title", "direction-column", "districts-as-places", "city-owned-line", "credit-codes", "social-organisation-code", "year-in-title", "wanyuan-in-header", "total-at-foot", "notes-under-table", "jiangsu"],
  settings: { district: "盐城市" },
  sheets: [
    {
      name: "扶持项目名单",
      widths: [6, 10, 30, 22, 30, 16, 16],
      rows: [
        ["2020年度盐城市工业和信息化转型升级专项资金（第一批）扶持项目名单", null, null, null, null, null, null],
        ["序号", "地区", "项目单位", "统一社会信用代码", "项目名称", "支持方向", "扶持资金（万元）"],
        [1, "市属", "盐城市中小微企业服务联盟", "52320900MJ74368511", "中小企业公共服务平台建设", "中小企业发展", 20],
        [2, "大丰区", "江苏丰海精工锻造有限公司", "91320904MA1MX4A2FE", "锻造车间智能化改造", "智能制造", 20],
        [3, "大丰区", "盐城大丰港燃气装备有限公司", "91320904MA1N2B7K3X", "燃气装备数字化车间建设", "智能制造", 20],
        [4, "大丰区", "江苏裕华复合材料有限公司", "91320904MA1P8C5D6X", "复合材料绿色工厂创建", "绿色制造", 20],
        [5, "大丰区", "江苏麋鹿生物药业有限公司", "91320904MA1Q3E9L1N", "原料药生产管理系统上云", "“互联网+”发展", 20],
        [6, "大丰区", "江苏丰源粮油工业有限公司", "91320904MA1R7F2M42", "粮油加工余热回收节能改造", "绿色制造", 20],
        [7, "大丰区", "江苏通达螺旋钢管有限公司", "91320904MA1T1G8N7R", "企业技术中心能力提升", "企业创新发展", 10],
        [8, "盐都区", "盐城都源精密制造有限公司", "91320903MA1U5H3P29", "精密零部件智能产线建设", "智能制造", 30],
        [9, "盐都区", "盐城潘黄天然气有限公司", "91320903MA1W9J6R5E", "燃气管网运行大数据平台", "大数据产业发展", 30],
        [10, "盐都区", "江苏赛诚节能工程股份有限公司", "91320903MA1X2K4T87", "节能装备产业龙头培育", "产业龙头培育", 20],
        [11, "盐都区", "江苏德泓智能科技有限公司", "91320903MA1Y6L1U3A", "智能仓储系统研发", "企业创新发展", 20],
        [12, "亭湖区", "盐城亭湖环保装备有限公司", "91320902MA1Y8M7W6Y", "环保装备绿色工厂创建", "绿色制造", 30],
        [13, "大丰区", "江苏丰海精工锻造有限公司", "91320904MA1MX4A2FE", "锻造车间智能化改造", "智能制造", 20],
        ["合计", null, null, null, null, null, 280],
        ["注：专项资金由市财政直接拨付至项目单位，专款专用。", null, null, null, null, null, null],
      ],
      merges: ["A1:G1", "A16:F16", "A17:G17"],
    },
  ],
  expect: {
    tables: [
      {
        sheet: "扶持项目名单",
        kind: "register",
        unit: "万元",
        headerRow: 2,
        lastRow: 16,
        columns: { B: "place", C: "enterprise", D: "creditCode", E: "project", F: "category", G: "approved" },
        year: 2020,
      },
    ],
    findings: [
      { rule: "register.duplicate", cell: "G15", why: "江苏丰海精工锻造有限公司 (91320904MA1MX4A2FE), the same project under the same 2020 fund again; first at row 4" },
      { rule: "register.invalid-credit-code", cell: "D12", why: "91320903MA1X2K4T87: the GB 32100 check character of 91320903MA1X2K4T8 is 1, not 7" },
    ],
    absent: [
      { rule: "register.invalid-credit-code", cell: "D3", why: "52320900MJ74368511 is a valid code of a social organisation (52…)" },
      { rule: "register.duplicate", cell: "G6", why: "江苏裕华 and 盐城亭湖环保 both 绿色制造: different firms" },
      { rule: "register.ineligible-location", why: "大丰区, 盐都区 and 亭湖区 are districts of 盐城市; 市属 names no place outside it" },
      { rule: "cap.exceeded", cell: "G16", why: "合计 280 is not an award" },
      { rule: "register.unpaid", why: "a plain list of money allotted records no payments" },
      { rule: "input.unreadable-value", why: "the note under the table is text" },
    ],
  },
};
