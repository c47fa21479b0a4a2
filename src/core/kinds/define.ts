/**
 * A kind of table as one descriptor: its fields (labels, what their cells hold, the words that
 * name them), how to tell it (required fields), its reader, its checks, its rules, the group of
 * checks it belongs to and its display names. Recognition, the rules, the report, the pane and
 * the CLI loop over the descriptors; a kind that lacks a piece does not compile.
 */
import type { Finding } from "../findings";
import type { Localised } from "../i18n/localised";
import type { RuleDef } from "../rules/define";
import type { ValueType } from "../tables/fit";
import type { Meaning } from "../tables/meaning";
import type { ColumnRead, TableBase } from "../tables/base";
import type { TableSpec } from "../tables/spec";
import type { ReadContext } from "../tables/figures";
import type { Body, HeaderAt } from "../tables/body";
import type { AuditSettings } from "../settings";
import type { IsoDate } from "../dates";
import type { CatalogIndex } from "../catalog/match";
import type { Catalog } from "../catalog/types";
import type { Geography } from "../geo/geography";
import type { Cell } from "../grid";

/** One rule of FieldDef.notAfter. */
export interface NotAfter {
  field: string;
  words: readonly string[];
  unless?: readonly string[];
  paying?: { fields: readonly string[]; against: readonly string[] };
  /**
   * An award of one of `fields` keeps it too, unless the column right after the award is headed by one of
   * `rest` (地方及企业自筹): then the award is one source of the project's financing, written out in full.
   * Under a title with one of `planned` (…拟安排项目表) no award keeps it: the sums are what a plan arranges for the projects it names.
   */
  award?: { fields: readonly string[]; rest: readonly string[]; planned?: readonly string[] };
  /**
   * The rule holds only under a title with one of `words` (…项目安排表, …投资计划表: a plan of projects), and there
   * a column of one of `beside` on either side names the project (项目单位 | 项目名称, 项目类型 | 申报单位).
   */
  titled?: { words: readonly string[]; beside: readonly string[] };
}

/** One FieldDef.onlyWith rule: see there. */
export interface OnlyWith {
  words: readonly string[];
  fields: readonly string[];
  unless?: readonly string[];
  paying?: readonly string[];
}

export interface FieldDef {
  label: Localised;
  /** What the cells hold: decides how values are read and how well a column fits. */
  value: ValueType;
  words: Meaning;
  /**
   * The field may be read from several columns: `parts` (amount columns under one merged header,
   * 其中 splits: each is checked), `years` (one per year column group).
   */
  repeat?: "parts" | "years";
  /** How much the field tells its kind apart (an enterprise column makes a register): default 1. */
  weight?: number;
  /**
   * A heading's unit names the field whatever its words: `measure` for a count of a measure stated
   * in it (`建设任务（万亩）`), `perMeasure` for money per measure (`亩均财政投入（元/亩）`).
   */
  byUnit?: "measure" | "perMeasure";
  /**
   * A measured field whose figure times `per`'s standard makes `makes`'s money (容积 × 补助标准 = 补助资金): lines
   * agreeing so are evidence of the kind, whoever the lines are, when each is named once in `line`'s column (pricedLines.ts).
   */
  priced?: { per: string; makes: string; line?: string };
  /**
   * Words marking a measured heading's figure as the one confirmed (确认面积, 核定离田面积 beside 申报面积):
   * what money is paid on, so it outscores another column counted in a measure alone.
   */
  confirmed?: readonly string[];
  /**
   * Words marking a measured heading as the task a plan sets (建设任务（户）, 计划数（个）): the count its money is for,
   * so it outscores a count of progress beside it (开工户数).
   */
  task?: readonly string[];
  /**
   * A heading ending in one of `measures` (面积) and naming itself confirmed (`confirmed`: 核定小麦面积) beside the field
   * read from a head count ending in one of `counts` (户数, 人数): the measure is what a standard pays on, so it takes
   * the field and the count is left unread.
   */
  measuredOver?: { counts: readonly string[]; measures: readonly string[] };
  /**
   * Columns of the field split by level of government under one heading (中央 | 省级 | 市级 | 县级)
   * are read side by side, each a column group, none a part of another: for kinds that read and
   * check every such column.
   */
  byLevel?: boolean;
  /**
   * Columns of the field split by level under one merged heading (补贴标准 over 国家标准 | 省级标准 | 市级标准):
   * the table's own level (市级 for a city's list, by its title) is the field; the others state what other
   * levels set.
   */
  ownLevel?: boolean;
  /**
   * Headings with one of these words name a share of a whole (为预算, 完成年初预算): a rate column
   * under one may hold values all above 100 (revenue collected beyond plan) with no % format, which
   * the values alone would take for amounts — the heading decides, up to ten times the whole.
   */
  shareOfWhole?: readonly string[];
  /**
   * An amount field that may be counted in a measure: the figure an award per unit is reckoned on
   * (计算依据（万千瓦时）) is no money, yet its heading names the field. Others' headings stating a
   * measure (`净增企业数（家）`) hold counts, never their amounts.
   */
  measured?: true;
  /** A column whose values fit the field not at all is never it, whatever its heading (a register's applicants are no column of districts). */
  mustFit?: boolean;
  /** Words naming the field only over values that fit it (建设规模 over 新建道路2公里 is prose, no count). */
  mustFitFor?: readonly string[];
  /**
   * Headings with one of `words` name the field only left of `field`'s column: named after the
   * project, a body carrying it out (实施单位) is the project's, not the row's applicant — unless
   * a column of one of `unless` is read: a list that pays (本次拨付, 拨付日期) names whom it pays.
   * A column of `paying` keeps it only beside one of `against` or another of `paying`: a lone sum sent
   * down (下达尾款) is the allocation itself, no payment measured against an award (NotAfter).
   */
  notAfter?: readonly NotAfter[];
  /**
   * A heading naming this field by one of `words` names it only in a table reading one of `fields`
   * too (a village, 村, is the payee of an award only beside the award's item, 奖补项目; without
   * one, money among villages is an allocation), and none of `unless` (a village beside a project
   * names where the money goes, not whom an award is for); else it is unread. A column of one of
   * `paying` keeps it whatever else is read: a list recording what was paid (已拨付 | 本次拨付) names
   * whom it pays, the village beside its project. Several such rules may stand, each for its own words.
   */
  onlyWith?: OnlyWith | readonly OnlyWith[];
  /**
   * A column of the field whose every filled value (two or more) matches `values` — government bodies (省林业局,
   * 省卫生健康委, 市商务局) — left of a column of one of `beside` (the projects each runs), none of `unless` read (a
   * credit code, a payment): the bodies head the projects they run, an allocation by project grouped by body, so
   * the column is unread here (the allocation reads it). So right of a column of one of `after.fields` (the tasks or
   * directions of a fund each carries out: 支出方向 | 金额 | 实施单位) where that column's heading holds one of
   * `after.headed` or the bodies' heading one of `after.bodies` (激励事项 | 受激励单位 pays the bodies).
   */
  bodiesRunning?: {
    values: RegExp;
    beside: readonly string[];
    after?: { fields: readonly string[]; headed: readonly string[]; bodies: readonly string[] };
    unless: readonly string[];
    /**
     * Bodies of any kind but firms (none closing on one of `not`) head their projects too beside a column of `field`
     * whose every filled value is an evaluation's grade (`values`: 优秀 / 良好 / 中（一般）): an evaluation grades
     * budget projects, owned by the units named (…中心, …管理委员会 as well as …局), no award list. Only where the
     * title or the grade's heading names the evaluation (`named`: 评价档次, …绩效评价结果); 评定等级 alone grades awards.
     */
    graded?: { field: string; values: RegExp; not: readonly string[]; named: readonly string[] };
  };
  /**
   * A column of the field whose every filled value matches `values` — township governments (某镇人民政府) — right of a
   * column of `after` (the project) naming each row's own town (the body's name past its county, 人民政府 dropped), none
   * of `unless` read, and every award column (one of `award`) followed by the owners' own money (a heading with one of
   * `rest`: 自筹): the town runs its own project, the award one source of its financing, so the list is an allocation
   * by project and the column is unread here.
   */
  townsRunning?: { values: RegExp; after: readonly string[]; unless: readonly string[]; award: readonly string[]; rest: readonly string[] };
  /**
   * Read under a heading naming an object (one of `objects`: 景区名称, 基地名称) whose values name no firm, beside a
   * column no heading word read whose values are firms' names (closing on one of `ends`: …有限公司, …集团): the firms
   * are this field and the object the firm's own, `field`'s (景区名称 | 运营单位: the scenic area its operator's project).
   * A heading naming a body as well (`bodies`: 项目单位, 项目实施主体) names the payee, whatever firms stand beside it.
   * `named`: a heading read by one of its `words` alone (专利名称, 商标名称 by 名称) names such an object too when a column
   * of one of its `beside` fields is read (a credit code: firms are paid) and the firms stand right of it, the holder
   * after the thing awarded (专利名称 | 专利权人).
   */
  objectOfFirm?: {
    objects: readonly string[];
    bodies: readonly string[];
    ends: readonly string[];
    field: string;
    named?: { words: readonly string[]; beside: readonly string[] };
  };
  /**
   * A heading naming a thing held or run (one of `objects`: 展会名称, 活动名称, 赛事名称) with, right of it, a column headed by
   * the body holding it (one of `bodies`, whole or before 名称: 举办单位, 主办单位, 运营单位) read as nothing or this field, and
   * no other column this field: the body is this field (the payee) and the thing `field`'s (what the award is for).
   */
  heldBy?: { objects: readonly string[]; bodies: readonly string[]; field: string };
  /**
   * Two columns naming `field`, one a body or a place (a heading with one of `words`: 部门, 单位名称,
   * 市县) left of one that is not (项目名称): the body groups the lines, so it is this field and the
   * other `field`'s — a department over its projects — unless a column names this field itself.
   */
  over?: {
    field: string;
    words: readonly string[];
    /**
     * Of `words`, those naming a body (单位, 部门), not a place: a place left of a body (县（区） | 实施单位)
     * groups it, the body naming each line.
     */
    bodies?: readonly string[];
    /**
     * Of `words`, those naming the narrowest place (村): a line of these is still grouped by a broader
     * place left of it (镇街 | 村名称), which a line of another place is not.
     */
    narrowest?: readonly string[];
    /**
     * Headings naming a place below a county (镇（乡）, 乡镇, 街道, 村), as a whole heading, perhaps with a bracket or
     * 名称: such a column right of a line read as a county is the line, the county its group (县（市、区） | 合计 | 镇（乡））.
     */
    finer?: readonly string[];
    /**
     * Headings of what an award goes to (奖补对象), read by no word: such a column right after a place (县（市、区）, 乡镇)
     * names the line, the place its group (县（市、区） | 奖补对象 村, 乡镇 | 奖补对象 贫困村).
     */
    awarded?: readonly string[];
    /**
     * Words a heading starts with when its column lists what each line takes in (涉及行政村, 包含村, 覆盖乡镇 beside
     * 重点片区): the places listed are the line's own, no line themselves, so the area left of them stays the line.
     */
    listing?: readonly string[];
    /**
     * Words of a heading describing each line's works (项目内容, 主要建设内容): read as the line only for want of a name, so
     * a village named apart left of them (乡镇 | 村名 | 项目内容) is the line, its town the group (villageBeforeWorks).
     */
    works?: readonly string[];
    /**
     * The levels of place, broadest first (县 | 乡镇 | 村), each a few words: a heading joining words of two levels
     * (乡镇、村, 县、乡, 镇（村）) names places written whole (某镇某村), each a line (joinedPlacesAsLine); words of one
     * level (县（市、区）, 乡（镇）) join alternatives, no two levels.
     */
    levels?: readonly (readonly string[])[];
  };
  /**
   * Read from the values where no heading names the field: an unread column whose heading ends with
   * one of `heads` (支持方向, 所属行业, 产业) holding at most `few` names, some repeated, no figure among
   * them, sorts the lines as this field does — when the table reads its lines (`over.field`) and no
   * column reads this field already (a table names its category once). `uses` (用途: 资金支出用途, 补助资金用途, which the
   * line's words rule out for their 资金; a catalog's office in charge, 主管部门) sort the lines so too, but never name them
   * (directionAsLine reads `heads` only). `line` names the lines' field for a field with no `over` (a fund's type
   * beside an execution table's projects). `sources` (资金来源 中央 / 自治区) sort them too, but only once places had
   * their turn: a place left of the projects keeps the group (projectsByPlace).
   */
  fewRepeated?: { heads: readonly string[]; few: number; uses?: readonly string[]; sources?: readonly string[]; line?: string };
  /**
   * Headings (whole keys: 年度, 年份) of a column of years (2021年, 2022 …, a 合计 among them) left of the money, where a
   * column of the money is a row total over its sources (合计 | 其中 中央 | 省级): each year is a line of this field, the
   * money by year a composition. With no such total (年度 | 预算数 | 决算数) the years stay whatever else reads them.
   */
  yearsAsLines?: readonly string[];
  /**
   * A use of money (资金用途, 支持方向: a heading holding one of `uses`) left of whom it is passed to
   * (分配对象, 下达单位: one of `recipients`), one of them read as `field`: the use groups the bodies or
   * places it pays (a part of an allocation plan, its 小计 over them), so it is this field and the
   * recipient `field`. The reverse (资金使用单位 | 支出方向) is a body over its uses (`over`).
   */
  useOverRecipient?: { field: string; uses: readonly string[]; recipients: readonly string[] };
  /**
   * Headings (whole keys: 项目名称) of a column naming each project apart, right of columns naming places (设区市 |
   * 县（市、区） | 项目名称): the project is the line (`over.field`), the broadest place, the first, this field.
   */
  projectsByPlace?: readonly string[];
  /**
   * A column describing each line's works at length (heading ending with one of `contents`: 主要建设内容, 实施内容), read
   * as this field, with an unread column left of it under a short name (whole keys of `names`: 建设任务, 任务): when the
   * short column names every line apart, in texts far shorter than the descriptions, it is the line and the
   * description says what each line builds (no field). A few names repeated group the works instead (the reading stays).
   * Under a heading of `measures` (政策措施, 重点任务) the short column names the lines whatever the descriptions' length.
   * So does a heading ending with one of `directions` (支持方向, 支持领域) as `names` do: each use of a plan is a line.
   */
  namedBeforeContent?: { contents: readonly string[]; names: readonly string[]; measures?: readonly string[]; directions?: readonly string[] };
  /**
   * Headings (whole keys: 建设任务, 任务) of a column of each year's works, wherever it stands, in a table with a column read
   * as `year` and where nothing names the line (年度 | 下达资金 | 建设任务 | 累计拨付 | 拨付进度):
   * its texts, each row's apart, are the line, read as this field. A task repeated on every year names no line.
   */
  tasksByYear?: { year: string; names: readonly string[] };
  /**
   * A heading naming a measure's content (whole keys of `contents`: 支持内容, 扶持内容) just left of one ending with one
   * of `standards` (扶持标准), both read as `field`, none as this: the content column's short names, each row apart, are
   * this field beside the prose of the standard (tables/contentBesideStandard.ts). So are those of an unread column headed
   * one of `named` (whole: 奖补方式, 实施细则), `between` (whom each is for) perhaps between it and the standard; not
   * when a `between` column left of it names each row apart (those are the items).
   */
  contentBesideStandard?: { field: string; contents: readonly string[]; standards: readonly string[]; named?: readonly string[]; between?: string };
  /**
   * Headings (whole keys: 补贴单位, 补助单位) of the body or place an allocation's money goes to, written between the
   * place read as this field and the column read as the line (辖市（区） | 补贴单位 | 补贴项目): each recipient named
   * apart is the line (`over.field`), what it is paid for beside it describes the line.
   */
  recipientsByPlace?: readonly string[];
  /**
   * Headings (whole keys, brackets aside: 所属市（州） is 所属市) naming the broader place a line lies in, written
   * beside the lines (`over.field`: 县 | 所属市（州）): an unread column of names under one, no figure among them, is
   * this field when no column reads it — the city groups its counties as a 市州 column left of them does. Read
   * after the fields read from values, so a use repeated beside the lines (资金用途) stays the table's one category.
   */
  placeOfLine?: readonly string[];
  /** Bare place headings (县区, 县（市、区）) read as placeOfLine does only right of the line (项目名称 | 县区). */
  placeRightOfLine?: readonly string[];
  /**
   * Headings (whole keys) of the office managing each line (主管科室 | 资金类别 | … | 金额): an unread column of names
   * under one, left of the lines, is this field (a lone category right of it becoming the line); right of them, a note.
   */
  officeLeftOfLine?: readonly string[];
  /**
   * Headings (whole keys, brackets aside: 市（州） is 市) of the broader place of a two-level allocation, read as this
   * field, whose values name every line apart with no narrower place beside (市（州） | 项目类别 | 金额 | 支出功能分类科目):
   * each place is the line (`over.field`), what is written right of the money describes it (no field), and another
   * column headed as this field (项目类别) groups the lines instead.
   */
  placeAsLine?: readonly string[];
  /**
   * Headings (whole keys: 地区, 区域) of the place each line's standard belongs to, where no column names the lines
   * (地区 | 鼓励政策: a province merged down over its cities, each city's own policy): the unread column under one
   * naming every line apart, no figure among them, is the line (`over.field`); a place grouping them stays this field.
   */
  placesAsLines?: readonly string[];
  /**
   * Fields (a catalog's standard) whose prose states money (分别给予100-500万元): a lone column read as this field, with no
   * column reading the line (`over.field`), naming every row apart (two or more names, no figure) beside one of them names
   * each row's policy — the line — no group of lines (政策类别 上市奖励 | 政策内容 …给予…万元).
   */
  linesBesideMoney?: readonly string[];
  /**
   * Headings (exactly one of these words: 地区, 县区) that name the field only when no column right
   * of them names it too: a place left of the project's bearer (地区 | 项目承担单位) groups the rows,
   * the bearer names each.
   */
  grouping?: readonly string[];
  /**
   * Read, when no heading names it, from the columns right of the rows' names headed by whom each
   * value is for (a place, a project: 东镇山村 | 西乡河村), two or more unread columns side by side
   * whose values each state a figure (2, 100, ≥90%): the first of them, the first one's value.
   */
  acrossHeadings?: true;
  /**
   * A small grid laid sideways (a blank corner over rows labelled 2010年决算 | 2011年预算, the lines as columns
   * and their 合计 first or last): a row whose label is one of these words, a year before it or not, states
   * this field's figures across. Every row one field's: that field; rows of several: the first field given so.
   */
  rowLabels?: readonly string[];
  /**
   * Read from the values where no heading names the field: an unread column whose heading ends with
   * one of `heads` (发放进度, 下拨进度) and holds, row by row, the share of an unread figure column left
   * of it in the `of` fields' column (the first of them read: 已发放资金 ÷ 可使用资金) is this field, and that
   * figure column the `part` field — unless the heading holds one of `not` (实施进度: money committed, no
   * share spent). A column its heading already names this field (下达进度 read as the rate) is such a share
   * too, whatever its head word: the unread figure column it is the share of is then the `part` field
   * (已下达 ÷ 年初计划), when no column names that field itself.
   */
  shareOfPair?: {
    heads: readonly string[];
    not?: readonly string[];
    part: string;
    of: readonly string[];
    /**
     * A share so proven over a base headed by one of `of` (计划补贴资金) and a figure headed by one of
     * `done` (已落实补贴资金) measures what is done against a plan: `weight` more evidence for the kind.
     */
    planned?: { of: readonly string[]; done: readonly string[]; weight: number };
  };
  /**
   * Words of a heading that rule the column out even when the field is read from its values (a
   * loan's 贷款类型, 存量 / 新增, is no policy item): `words.not` rule out headings only.
   */
  notFromValues?: readonly string[];
  /**
   * A column read as this field from its values alone (left of the row's name) whose names are each row's own, none
   * repeated, is the field named here instead: a category repeats (品种名称 桂糖58号, 桂柳07号 beside the breeder paid
   * is each award's project).
   */
  apartAs?: string;
  /**
   * Headings with one of these words name a further column of the field, never its main one, when
   * another column names the field too: a project's total investment (项目总投资) beside the fund's
   * money the list allocates (衔接资金).
   */
  aside?: readonly string[];
  /**
   * Money stated with its making beside it under one heading (自然村 over 实际安排 | 计划安排 | 奖励数 | 扣减数): a heading
   * with one of `actual` is the money; one with `plan` beside it, and those with `adjust` under the same heading, are how it
   * was reached (the plan with the reward added and the deduction taken off), further columns never added into a total.
   */
  adjusted?: { actual: readonly string[]; plan: readonly string[]; adjust: readonly string[] };
  /**
   * Money released in steps, each headed by its year (2016年提前下达 | 2017年实际下达), two or more right after the main
   * money: the releases are all of it, row by row, each a part. A heading holds one of these, then at most 资金 / 金额 / 数 / 额.
   */
  released?: readonly string[];
  /**
   * The year's figure as first reported (a heading of `earlier`: 执行数) right before the final account's (one of
   * `final`: 决算数), both read as the field: the final one is the field, the earlier left unread — a later
   * statement of the same money, neither a part of the other.
   */
  finalOver?: { earlier: readonly string[]; final: readonly string[] };
  /**
   * Headings with one of `words` name the field only when most of the column's values match
   * `values`: a 条款 column citing the clause each row comes from (第8条) is its document; one
   * numbering the clauses (（一）) or naming them (政策条款 | 推进产业大脑建设) is not — unless the
   * numbers (`numbers`) stand beside the rows' own (序号 | 条款 | （一）) or repeat (several rows from
   * one clause): then they cite the clause too. With `own`, the field takes the column the other way
   * round: when the clause numbers alone (第三条, not 第五条（一）) lead the rows, none repeats and the rows have no number of their
   * own nor a section above (条款 | 第三条, 第四条), they number the rows.
   */
  cited?: { words: readonly string[]; values: RegExp; numbers?: RegExp; own?: boolean };
  /**
   * A heading naming money (奖励金额) over caps written in prose, every filled value (two or more) stating
   * its sum in words (提供10万元至100万元补助, 给予最高1000万元支持): the field, no amount — a catalog's standard.
   */
  inWords?: { words: readonly string[] };
  /**
   * A heading naming `field` in plain words (预算数) left of one naming it with one of `words`
   * (调整预算数, 变动后预算): the plain one is the figure as first stated, this field, and the
   * other `field`'s — unless a column names this field itself (年初预算数 | 预算数 | 调整预算数).
   */
  supersededBy?: { field: string; words: readonly string[] };
  /** A heading exactly one of `words` names the field only when no heading of the header is one of `to`. */
  yieldsTo?: { words: readonly string[]; to: readonly string[] };
  /**
   * A year whose columns hold this field alone, left of a later year holding it beside one of
   * `beside` (2020年 over 完成数 | 2021年 over 预算数 \| 完成数), or of the year the title names
   * (2021年决算数 | 2022年决算数 under a 2022 title): last year's figure, a comparison, no figure of the
   * table's own — its column is unread. So is an earlier year's column of it beside a later year holding
   * one of `beside` alone (2016年执行数, blank or filled | 2017年预算数; 2021年决算数 | 2022年预算数): last
   * year's outcome, no spending of the budget.
   */
  earlierYear?: { beside: readonly string[] };
  /**
   * Every column read holding this field, each year one (2015年预算数 | 2016年预算数, a budget's own
   * table by year): the latest year's is the table's, an earlier year's a further column of its own
   * (its heading its group) read in the latest year, checked down its lines as the main one is.
   */
  earlierAside?: true;
  /**
   * A place given by two columns side by side, an upper level's heading (one of `upper`: 设区市, 市)
   * left of a lower level's (one of `lower`: 县（市、区）, 县区), the lower's names under the upper's:
   * the lower column is this field too, a level within the upper's place (tables/placeLevels.ts).
   */
  levels?: { upper: readonly string[]; lower: readonly string[] };
  /**
   * Columns of `field` in a table with no column of any of `without` are this field's: a budget
   * published with no spending beside it (一般公共预算支出表) is the budget as first passed. With
   * `words`, only columns whose heading holds one of them move (a first instalment, 首次拨款, not any
   * payment made before). With `with`, only in a table reading a column of one of them as well (a
   * payment list naming its firms by credit code).
   */
  alone?: { field: string; without: readonly string[]; words?: readonly string[]; with?: readonly string[] };
  /**
   * A heading stating only when its figures run to (截至9月中旬, 截至6月底, 1-9月) names the field: the amount as of then.
   * With "months", only a heading of the months alone, its year before them or not (2023年1-6月), names it.
   */
  asOf?: true | "months";
  /**
   * A heading of nothing but a year (2018年, 2022年度), the table's one such or the latest (2016年 | 2017年: the earlier a
   * comparison), over money beside a heading of growth on last year or a share of the whole (one of `beside`: 比上年增长,
   * 比重): the year's figure, this field.
   */
  yearAlone?: { beside: readonly string[] };
  /**
   * Headings naming an increase on another year (比上年增加, 新增), the whole heading, name the field only as a table's
   * one column of it: the composition of what was added. Beside the field's own column they are the change, unread.
   */
  increase?: readonly string[];
  /**
   * Columns of `field` under a title naming a plan (one of `title`, none of `not`), in a table with no
   * column of any of `without` and no heading of `field` holding one of `spent`, are this field's: 支出 in
   * a budget's heading (市本级支出 under a 支出预算安排表) names what the money is for, not money spent.
   */
  planned?: { field: string; title: readonly string[]; not: readonly string[]; without: readonly string[]; spent: readonly string[] };
  /**
   * A fund named by its heading (衔接资金（中央和省级）, 农业发展专项资金: the head word one of `heads`,
   * none of `not`) in an unread money column left of `leftOf`'s, in a table reading every one of
   * `with` (已支出 and 支出率) and none of `unless`: the money that spending is measured against, this field.
   */
  namedFund?: { heads: readonly string[]; not?: readonly string[]; leftOf: string; with: readonly string[]; unless?: readonly string[] };
  /**
   * A figure a `rate` column's heading names as what it is a share of (占预计数%: one of `words` after one
   * of `marks`), heading an amount column (省级核定支出预计数) read as none of the fields or as one of
   * `from`, none of `not` in its heading: the figure the rate measures against, this field — when no
   * column holds it yet. Forecast spending (预计执行数, `not`) stays what it was read as.
   */
  namedByRate?: { rate: string; words: readonly string[]; marks: readonly string[]; not: readonly string[]; from: readonly string[] };
  /**
   * A whole life's measures beside a year's (总投资 | 累计完成投资 | 占项目总投资% beside 年度投资计划 | 完成年度投资 |
   * 占年度投资计划%): the figure columns right of a whole headed by one of `whole`, up to a column of `year` (the
   * year's plan), holding a column of this field, are the whole life's completion and its share when a column of
   * this field stands outside them beside a `year` column too — the year's pair is the one measured, the whole
   * life's is read as nothing (tables/lifetimeColumns.ts).
   */
  lifetime?: { whole: readonly string[]; year: string };
}

/**
 * A set of fields that does when `field`'s column is headed by one of `keys` (企业名称 | 市州): the heading says
 * whose names they are, so a place or grade beside them is enough; a bare `名称` or `单位名称` is not.
 */
export interface OrNamed<F extends string> {
  field: F;
  keys: readonly string[];
  groups: readonly (readonly F[])[];
}

export type FieldSet<F extends string> = Readonly<Record<F, FieldDef>>;

/** What a reader gets besides the header. */
export interface ReadEnv {
  /** Where unreadable cells are collected. */
  ctx: ReadContext;
  /** Another header at a row, as recognition would find it (a repeated header, the next table). */
  headerAt: HeaderAt;
  /** A form's `label | value` row at a row (项目类型 | 新增项目 | 主管部门 | 某局): it ends the table. */
  formRow(row: number): boolean;
  /** The body under the header, rows classified (walked on first use). */
  body(): Body;
  /** The table's common part (range, unit, columns, context), ending at sheet row `end`. */
  base(end: number): TableBase;
}

/** What a check gets: the settings, the as-of date, the catalog, every table of the workbook. */
export interface CheckEnv {
  settings: AuditSettings;
  asOf: IsoDate;
  catalog: Catalog;
  index: CatalogIndex;
  tables: readonly TableBase[];
  /** The district's geography, when the adapter loaded it (places are then judged by it). */
  geography?: Geography;
}

export interface KindDescriptor<K extends string, T extends TableBase, F extends string, G extends string> {
  readonly kind: K;
  /** 申报清单 / register: how the UI, the report and the CLI name the kind. */
  readonly label: Localised;
  /** The ribbon button and pane section whose check runs this kind's rules. */
  readonly group: G;
  /** The check group's name (上限核查 / Caps check): kinds of one group give the same. */
  readonly groupLabel: Localised;
  readonly fields: FieldSet<F>;
  /** Each inner list needs at least one of its fields in the header. */
  readonly requires: readonly (readonly F[])[];
  /** Tie-break between kinds whose headers score alike: lower wins. */
  readonly priority: number;
  /**
   * The kind a block of columns left of every column this kind reads is read as, a table of its
   * own beside this one when it reads so (the projects' names and money down a target list's left).
   */
  readonly besideLeft?: string;
  /**
   * A reading of the kind the layout rules out though its fields are there (a register of places whose
   * money is a total by year or source: an allocation). The kind is then no reading of the header.
   * `title` is the words above the header; `values`, each column's sampled values, in the columns' order;
   * `subtotals`, how many section subtotal rows (一、…小计) lie among the rows sampled.
   */
  readonly ruledOut?: (
    labels: readonly { key: string; year?: number }[],
    columns: readonly ColumnRead[],
    title: string,
    values: readonly (readonly Cell[])[],
    subtotals?: number,
  ) => boolean;
  /** Words a title lends the fields: under a title with one of `words`, `fields` read these too. */
  readonly titled?: {
    words: readonly string[];
    fields: Partial<Record<F, Meaning>>;
    /** How much such a title tells the kind apart: default 0.3. */
    weight?: number;
    /**
     * Further words lent under a title that also holds one of `words` here and none of `not`
     * (收入决算 without 支出: income is what the table's figures are).
     * With `alone`, lent under a title holding its own `words` only (a 三公经费预算 lends 合计 to the
     * budget, where `words` would lend it to the spending).
     */
    more?: readonly {
      words: readonly string[];
      not?: readonly string[];
      alone?: true;
      fields: Partial<Record<F, Meaning>>;
      /** What the title adds to the kind's score when a column reads a field by the words it lends (a 申请汇总表's 县 asking). */
      weight?: number;
    }[];
    /**
     * A lone heading merged over the whole header holding one of `words` (2023年预算数 over 合计 | 因公出国（境）费 | …)
     * says what a title word does: a title holding one of `under` is then read as holding `as` too.
     */
    headed?: { words: readonly string[]; under: readonly string[]; as: string };
    /**
     * Money headed only as a budget (a heading matching `heads`: 本年预算数, 2013年预算数) with no heading holding
     * one of `without` (决算数, 执行数: nothing spent beside it) under a title holding one of `under` and none of
     * `not`: the title is read as holding `as` too. Such a table states a budget alone, whatever its title calls it.
     * With `beside`, a heading matching it stands in the header too (the budget as adjusted beside the budget as passed);
     * with `also`, the title holds one of these as well (一般公共预算 and 安排表).
     */
    budgetHeaded?: readonly { heads: RegExp; beside?: RegExp; without: readonly string[]; under: readonly string[]; also?: readonly string[]; not?: readonly string[]; as: string }[];
    /**
     * A grid laid sideways (FieldDef.rowLabels) under a title holding one of these may head its labels' column with
     * the rows' name (项目 over 2018年预算数 | 2019年预算数); elsewhere its corner is blank.
     */
    cornerHeadedUnder?: readonly string[];
    /**
     * Under a title with one of `words`, `groups` replace `requires` (a 绩效监控表 has no scores);
     * `or` is another set that does as well (a 自评表 scoring its indicators alone, with no money);
     * `weight`, how much such a title adds to the kind's score (default 0).
     */
    requires?: {
      words: readonly string[];
      /** A title with one of these as well lends nothing (an award list, 奖励名单, whose money is unread, stays a near miss). */
      not?: readonly string[];
      /**
       * Words of applying (申报, 申请): a `not` word before the last of them names the fund applied to, not money the list
       * gives (…专项资金申报企业初审名单), so only the title after it is tested against `not`.
       */
      applying?: readonly string[];
      groups: readonly (readonly F[])[];
      or?: readonly (readonly F[])[];
      /**
       * Further title words under which `or` alone does (…推荐企业情况汇总表): such a title names a list less surely
       * than `words`, so none of the looser sets below and no weight come with it.
       */
      orAlso?: readonly string[];
      /**
       * Another set that does under a title naming the form itself (`自评表`, not a page of `自评结果`): a
       * self-evaluation stating each indicator's result without scoring it.
       */
      orUnder?: { words: readonly string[]; groups: readonly (readonly F[])[] };
      /**
       * The field whose column does alone when heading rows between its lines name places (`福清市（5个）`
       * over its villages): such headings make it a list of places' bodies, not a bare list of names.
       */
      orHeaded?: F;
      /**
       * Another set that does when the field's column is headed by one of `keys` (企业名称 | 市州): the heading
       * says whose names they are, so a place beside them is enough; a bare `名称` or `单位名称` is not.
       */
      orNamed?: OrNamed<F> | readonly OrNamed<F>[];
      weight?: number;
    };
  };
  read(spec: TableSpec, env: ReadEnv): T;
  /** Holds not one figure: with text where figures belong, it was no table (a form's head rows). */
  empty?(t: T): boolean;
  check(t: T, env: CheckEnv): Finding[];
  /** Checks that read the other rules' findings (an indicator measured by them): run after every check. */
  review?(t: T, env: CheckEnv, findings: readonly Finding[]): Finding[];
  readonly rules: readonly RuleDef[];
}
