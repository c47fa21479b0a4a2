import type { CorpusLayout } from "../types";

// 天津市宝坻区财政局 (直达资金专栏, 2021-09-02): the 抗疫特别国债 money for the 2019-2020 heating subsidy — 3,400万元
// sent to 城管委 in 2020-07, 1,640万元 taken back in 2020-10, 1,760万元 left — and its 附件2, the 打捆项目 绩效目标自评表
// (2020年度): money block 全年预算数 | 全年执行数 | 预算执行率 with 其中 lines, then indicators without scores.
export const layout: CorpusLayout = {
  id: "tianjin-baodi-2020-heating-subsidy-bond-selfeval",
  source: {
    title: "宝坻区抗疫特别国债中央直达资金下达及收回通知（附件2 抗疫特别国债项目（打捆项目）绩效目标自评表（2020年度））",
    url: "https://www.tjbd.gov.cn/sy/ztzl/ztzl1/czjjzdjc/202109/t20210902_5576119.html",
    publisher: "天津市宝坻区财政局",
    date: "2021-09-02",
    changes:
      "As published: the form's head (转移支付（项目）名称, 中央主管部门 财政部, 地方主管部门, 资金使用单位) and money block with 1,760 budget; the stored copy breaks off at 地方资金. " +
      "Kept: names, the 1,760 budget, the block's layout. Ours: the spending, the indicators and their values, the 说明 row. " +
      "Planted: 年度资金总额's 预算执行率 typed 100% where 1,742.40 / 1,760 is 99.0%.",
  },
  classes: ["selfeval", "transfer-payment-form", "direct-funds", "special-treasury-bonds", "qizhong-lines", "dash-as-nothing", "rates-as-text", "whole-percent-rates", "no-scores", "text-targets", "label-value-rows", "year-line-under-title", "district-fund", "tianjin"],
  sheets: [
    {
      name: "自评表",
      widths: [14, 16, 26, 18, 18, 18, 16],
      rows: [
        ["抗疫特别国债项目（打捆项目）绩效目标自评表", null, null, null, null, null, null],
        ["（2020年度）", null, null, null, null, null, null],
        ["转移支付（项目）名称", null, "宝坻区2019-2020年度供热补贴项目", null, null, null, null],
        ["中央主管部门", null, "财政部", null, null, null, null],
        ["地方主管部门", null, "天津市宝坻区财政局", null, "资金使用单位", "天津市宝坻区城管委", null],
        ["资金情况（万元）", null, null, "全年预算数（A）", "全年执行数（B）", "预算执行率（B/A）", null],
        [null, "年度资金总额：", null, 1760, 1742.4, "100%", null],
        [null, "其中：中央财政资金", null, 1760, 1742.4, "99%", null],
        [null, "地方资金", null, "—", "—", "—", null],
        [null, "其他资金", null, "—", "—", "—", null],
        ["年度总体目标", "预期目标", null, null, "实际完成情况", null, null],
        [null, "落实2019-2020年度供暖季居民供热补贴政策，保障全区居民温暖过冬，减轻疫情期间供热企业经营压力。", null, null, "补贴资金已拨付至供热企业，全区居民供暖季正常供热。", null, null],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "全年实际完成值", "未完成原因和改进措施"],
        [null, "产出指标", "数量指标", "享受补贴供热面积", "≥1200万平方米", "1236万平方米", null],
        [null, null, "数量指标", "补贴供热企业数量", "≥20家", "18家", "两家企业合并，按合并后主体拨付"],
        [null, null, "时效指标", "补贴资金拨付及时性", "2020年12月底前", "2020年12月完成", null],
        [null, "效益指标", "社会效益指标", "居民冬季正常供暖保障率", "100%", "100%", null],
        [null, "满意度指标", "服务对象满意度指标", "供热居民满意度", "≥90%", "93%", null],
        ["说明", "打捆项目按资金使用单位汇总填报；其他资金包括与中央财政资金共同投入到同一项目的地方资金、社会资金等。", null, null, null, null, null],
      ],
      merges: ["A1:G1", "A2:G2", "A3:B3", "C3:G3", "A4:B4", "C4:G4", "A5:B5", "C5:D5", "F5:G5", "A6:A10", "B6:C6", "B7:C7", "B8:C8", "B9:C9", "B10:C10", "A11:A12", "B11:D11", "E11:G11", "B12:D12", "E12:G12", "A13:A18", "B14:B16", "B19:G19"],
      numberFormats: { "D7:E8": "#,##0.00" },
    },
  ],
  settings: { asOf: "2021-09-02", district: "宝坻区" },
  expect: {
    tables: [
      { sheet: "自评表", kind: "selfeval", unit: "万元", headerRow: 6, lastRow: 18, year: 2020 },
    ],
    findings: [
      { rule: "selfeval.rate-mismatch", cell: "F7", why: "年度资金总额 执行数 1,742.40 / 预算数 1,760 = 99.0%, stated 100%" },
    ],
    absent: [
      { rule: "selfeval.rate-mismatch", cell: "F8", why: "中央财政资金 1,742.40 / 1,760 = 99.0%, stated 99%" },
      { rule: "selfeval.total-mismatch", cell: "D7", why: "年度资金总额 1,760 = 中央 1,760 + 地方 — + 其他 —" },
      { rule: "selfeval.target-missed-full-score", why: "the form gives no scores: 18家 under ≥20家 is missed but scored nowhere" },
      { rule: "selfeval.missing-explanation", why: "no score below its 分值 and the execution rate (99.0%) is above 90%" },
      { rule: "selfeval.weights", why: "the form gives no 分值" },
      { rule: "execution.overspent", why: "1,742.40 under the 1,760 budget" },
    ],
  },
};
