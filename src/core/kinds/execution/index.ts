/** The execution kind: budget execution by year, by category with year groups, or by line. */
import { both } from "../../i18n/localised";
import type { KindDescriptor } from "../define";
import { checkExecution } from "./check";
import { EXECUTION_FIELDS, type ExecutionField } from "./fields";
import { readExecution } from "./read";
import { EXECUTION_RULES } from "./rules";
import type { ExecutionTable } from "./types";

// The year's budget alone (本年预算数, 2015年预算数, 本年预算) and the words of money spent that rule it out beside.
const YEAR_BUDGET = /^(本年|本年度|\d{4}年|\d{4}年度)?(年初)?预算数?$/;
const SPENT = ["决算", "执行", "完成", "实际", "支出数", "已支", "拨付"];

export const execution: KindDescriptor<"execution", ExecutionTable, ExecutionField, "execution"> = {
  kind: "execution",
  label: both("预算执行", "Budget execution"),
  group: "execution",
  groupLabel: both("执行率核查", "Execution check"),
  fields: EXECUTION_FIELDS,
  // A 决算 table states only what was spent: actual alone makes an execution table.
  requires: [["budget", "initialBudget", "actual"], ["actual", "rate"], ["year", "category", "code"]],
  titled: {
    words: ["决算"],
    // Basic spending's two halves (本年基本支出 over 人员经费 | 公用经费): under a 决算 title, money spent.
    fields: { actual: { exact: ["金额", "合计", "本年数", "本年金额", "决算金额", "决算数", "人员经费", "公用经费"], core: ["金额", "经费"] } },
    // An income final account (收入决算表): 本年收入合计 and its sources (财政拨款收入, 其他收入) are what came
    // in; beside spending (收入支出决算表) income is no actual.
    more: [
      { words: ["收入决算"], not: ["支出"], fields: { actual: { exact: ["本年收入合计", "收入合计", "本年收入"], core: ["收入"] } } },
      // A 三公经费 budget laid across one row (合计 | 因公出国(境)费 | 公务用车费 | 公务接待费) under its title: the
      // 合计 is the budget, the lines after it its parts. A 三公 summary naming neither 决算 nor 执行
      // (…三公经费汇总情况表, the amounts 安排ed) is the budget too: what was spent a 决算 title says. The 合计 may
      // name its whole (“三公”经费合计). A budget's own 三公 table may name the budget first (一般公共预算“三公”经费支出表; not …支出情况表, which may set 决算数 beside),
      // or last (…“三公”经费支出预算表, by unit: 单位名称 | 当年财政拨款安排 over 合计 | 因公出国（境）费 | …). Beside the
      // block, 行政经费 (…行政经费及“三公”经费预算表) is a budget of its own, no part of the 三公 合计.
      { words: ["三公经费预算", "三公经费财政拨款预算", "三公经费汇总情况表", "预算三公经费支出表", "三公经费支出预算"], not: ["决算", "执行"], alone: true, fields: { budget: { exact: ["合计", "总计", "合计数", "三公经费合计", "本年预算数"] } } },
      // Only 行政经费 read so weighs for the kind (a plain 三公 table by unit stays a composition).
      { words: ["三公经费预算"], not: ["决算", "执行"], alone: true, fields: { initialBudget: { exact: ["行政经费"] } }, weight: 1.5 },
      // A 部门预算's 部门收入总表 / 部门支出总表 by unit (单位名称 | 合计 | 上年结转 | 本年收入 over its sources) names no
      // budget yet states one: its 合计 is the budget as first passed, the sources after it its parts.
      { words: ["部门收入总表"], not: ["决算", "执行", "分配"], alone: true, fields: { budget: { exact: ["合计", "总计"] } }, weight: 1.5 },
      // Its twin 部门支出总表 (合计 | 基本支出 | 项目支出) heads what the money is for: spending in words, the budget planned.
      { words: ["部门支出总表"], not: ["决算", "执行", "分配"], alone: true, fields: { actual: { exact: ["合计", "总计"] } }, weight: 1.5 },
    ],
    // A lone 预算数 merged over a 三公 header (一般公共预算“三公”经费支出情况表 over 2023年预算数) says what a budget title does.
    headed: { words: ["预算数"], under: ["三公经费"], as: "三公经费预算" },
    // So does money headed only as the year's budget (本年预算数, 2013年预算数 beside 2012年预算数) with nothing spent
    // beside it, under a title naming the 三公 expenses (…“三公”经费情况统计表) or a budget's 收支 (…部门收支预算分单位情况表,
    // a 部门收支总表 of 收入 | 支出 halves over 项 目 | 预算数).
    budgetHeaded: [
      { heads: /^(本年|本年度|\d{4}年|\d{4}年度)?预算数$/, without: SPENT, under: ["三公经费"], not: ["决算", "执行"], as: "三公经费预算" },
      // Under a 收支预算 title the budget may be named as passed at the year's start (2026年年初预算数), or without its 数
      // (…预算收支总表 over 本年预算): a budget all the same. So under a 收入预算 title (…收入预算增减对比表).
      { heads: YEAR_BUDGET, without: SPENT, under: ["收支预算", "收支总表", "收入预算"], not: ["分配", "决算", "执行"], as: "支出预算" },
      // So does the government's budget laid out by line (…一般公共预算主要支出项目安排表: 项目 | 2015年预算数), or a body's
      // by 类/款/项 (…一般公共预算支出情况表: 2025年预算数 over 合计 | 基本支出 | 项目支出); money given
      // to places or projects (…资金安排表, 转移支付, 分配表) is an allocation.
      { heads: YEAR_BUDGET, without: SPENT, under: ["一般公共预算"], also: ["安排表", "支出情况表"], not: ["资金", "转移支付", "补助", "分配", "决算", "执行"], as: "支出预算" },
      // So does the budget as adjusted (调整后预算数 beside 年初预算数 | 调整数) with nothing spent beside it, under a title
      // naming the adjustment (…一般公共预算支出调整表, …收入调整情况表): a budget adjustment, whatever the title calls the budget.
      // Only beside the budget as passed: an adjusted figure alone (…财力调整表: 项目 | 调整预算数) may be a composition.
      { heads: /^调整(后)?预算(数|金额|额)?$/, beside: /^(年初|人代会|人大批准|人大通过|原)预算/, without: SPENT, under: ["调整"], not: ["决算", "执行"], as: "预算调整表" },
    ],
    // A 三公 grid laid sideways may name its corner (项目 over 2018年预算数 | 2019年预算数) under its title.
    cornerHeadedUnder: ["三公经费"],
    // A budget's spending table (一般公共预算支出表, 部门支出预算表) states the budget alone, published before any
    // spending: by function, it is the budget side of execution with nothing spent to measure yet.
    // A budget adjustment (调整预算表, 预算调整方案) states the budget as passed and as adjusted, nothing spent yet.
    // A 三公经费 budget (“三公”经费预算汇总表: 2015年预算数 | 2016年预算数; …三公经费汇总情况表) states the ceilings as passed, by line.
    // A 三公 summary is a budget or its execution, never money shared out to lines: under …三公经费汇总情况决算表 one
    // column of the year's budget (本年预算数, the note saying the 决算 equals it) is its execution as well.
    // (Not every 三公 title: a 支出决算表's header read short would lose its spending block.)
    requires: { words: ["预算支出表", "支出预算", "调整预算表", "预算调整表", "预算调整方案", "三公经费预算", "三公经费财政拨款预算", "三公经费汇总", "预算三公经费支出表", "部门收入总表", "部门支出总表"], groups: [["budget", "initialBudget", "actual"], ["year", "category", "code"]], weight: 0.3 },
  },
  priority: 1,
  read(spec, env): ExecutionTable {
    const { end, ...read } = readExecution(spec, env);
    return { ...env.base(spec.picked ? spec.limit : end), kind: "execution", ...read };
  },
  empty: (t) => !t.rows.some((r) => r.years.some((y) => y.budget || y.actual || y.initialBudget || y.statedRate)),
  check: (t, env) => checkExecution(t, env.asOf, env.settings, env.tables),
  rules: EXECUTION_RULES,
};
