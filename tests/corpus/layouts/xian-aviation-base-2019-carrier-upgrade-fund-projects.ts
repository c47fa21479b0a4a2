import type { CorpusLayout } from "../types";

// 西安航空基地 (阎良区) 2019-11: 打造特色载体推动中小企业创新创业升级专项资金 — 113 firms (龙头企业、双创载体、大中小企业) got close
// to 3000万元 after 企业申报、材料审计和专家评审. Laid out as the project list such a fund publishes, firms grouped under category
// rows (一、龙头企业带动类 …), amounts in 万元, no cap stated anywhere.
export const layout: CorpusLayout = {
  id: "xian-aviation-base-2019-carrier-upgrade-fund-projects",
  source: {
    title: "西安航空基地拿出近3000万元奖励113家优秀创新创业企业（打造特色载体创新创业升级专项资金项目表彰会；名单据正文拟）",
    url: "http://shyushe.cn/shehui/2019/118341.html",
    publisher: "西安航空基地（新闻报道）",
    date: "2019-11-19",
    changes:
      "The report's facts are kept: the fund's name (打造特色载体推动中小企业创新创业升级专项资金), 113家企业, 近3000万元, the kinds of firm " +
      "(龙头企业、双创载体、大中小企业) and the steps (企业申报、材料审计、专家评审). The list is not in the report: its form (title, 单位：万元, " +
      "序号 | 企业名称 | 统一社会信用代码 | 项目名称 | 支持金额, three category rows, 合计) is ours, cut to nine firms, with firms, codes and " +
      "amounts of our own. Planted: 西安阎良航宇动力设备有限公司 listed twice (under 龙头企业带动类 and again under 中小企业创新类); " +
      "西安天翼航电科技有限公司's code with a wrong check character.",
  },
  classes: ["register", "category-rows", "item-in-title", "no-catalog", "credit-codes", "no-place-column", "project-column", "wanyuan-caption", "total-at-foot", "notes-under-table", "news-report", "shaanxi"],
  settings: { district: "阎良区" },
  sheets: [
    {
      name: "项目名单",
      widths: [6, 34, 22, 34, 12],
      rows: [
        ["西安航空基地2019年打造特色载体推动中小企业创新创业升级专项资金项目名单", null, null, null, null],
        [null, null, null, null, "单位：万元"],
        ["序号", "企业名称", "统一社会信用代码", "项目名称", "支持金额"],
        ["一、龙头企业带动类", null, null, null, null],
        [1, "西安航空基地飞翔航空科技有限公司", "91610114MA6TG3R59A", "航空零部件协同配套平台建设", 80],
        [2, "西安阎良航宇动力设备有限公司", "91610114MA6U5KQ21R", "发动机短舱配套能力提升", 60],
        ["二、双创载体类", null, null, null, null],
        [3, "西安航空基地蓝天众创空间管理有限公司", "91610114MA6W2P7N8U", "航空产业众创空间运营", 50],
        [4, "西安航空城科技企业孵化器有限公司", "91610114MA6TX8L345", "孵化器公共服务能力提升", 45],
        ["三、中小企业创新类", null, null, null, null],
        [5, "西安鹏程航空材料有限公司", "91610114MA6UB1HD69", "航空复合材料成型工艺研发", 30],
        [6, "西安云翼无人机技术有限公司", "91610114MA6X3M9R0D", "工业级无人机飞控系统研发", 25],
        [7, "西安航宇精密制造有限公司", "91610114MA6TP5JE2T", "精密钣金件数字化改造", 20],
        [8, "西安阎良航宇动力设备有限公司", "91610114MA6U5KQ21R", "发动机叶片修复技术研发", 20],
        [9, "西安天翼航电科技有限公司", "91610114MA6W9C2F7B", "机载电子设备测试平台", 15],
        ["合计", null, null, null, 345],
        ["注：支持资金由航空基地专项资金列支，经企业申报、材料审计和专家评审确定。", null, null, null, null],
      ],
      merges: ["A1:E1", "A4:E4", "A7:E7", "A10:E10", "A16:D16", "A17:E17"],
      numberFormats: { "E5:E16": "0" },
    },
  ],
  expect: {
    tables: [
      {
        sheet: "项目名单",
        kind: "register",
        unit: "万元",
        headerRow: 3,
        lastRow: 16,
        columns: { B: "enterprise", C: "creditCode", D: "project", E: "approved" },
        year: 2019,
      },
    ],
    findings: [
      { rule: "register.duplicate", cell: "E14", why: "西安阎良航宇动力设备有限公司 (91610114MA6U5KQ21R) funded again under the same fund in 2019; first at row 6 (its project differs, the fund does not)" },
      { rule: "register.invalid-credit-code", cell: "C15", why: "91610114MA6W9C2F7B: the check character for 91610114MA6W9C2F7 is U, not B" },
    ],
    absent: [
      { rule: "cap.exceeded", why: "no cap is stated for the fund (no catalog)" },
      { rule: "register.duplicate", cell: "E5", why: "the first firm appears once" },
      { rule: "register.location-code-mismatch", why: "no place column: nothing places the firms" },
      { rule: "register.ineligible-location", why: "no place column" },
      { rule: "register.unpaid", why: "an award list records no payment" },
      { rule: "input.unreadable-value", cell: "A4", why: "一、龙头企业带动类 is a category row, not an amount" },
    ],
  },
};
