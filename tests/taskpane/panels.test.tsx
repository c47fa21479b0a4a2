/**
 * @jest-environment jsdom
 */
// The reconciliation panel's gaps in words, and the targets list of the 绩效 panel, over views in
// the core's shapes (the targets' data comes from the core's targets kind; the sample has none yet).
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { gapsOf } from "../../src/taskpane/panels/FlowPanel";
import { TargetsList, scoreText } from "../../src/taskpane/panels/PerformancePanel";
import { PaneContext, type PaneContextValue } from "../../src/taskpane/pane-context";
import { translator } from "../../src/taskpane/i18n";
import { defaultPaneSettings } from "../../src/taskpane/pane-settings";
import { MemoryGateway } from "../../src/preview/memory-gateway";
import type { FlowRowView } from "../../src/core/flowView";
import type { TargetIndicatorView } from "../../src/core/targetsView";

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const row = (over: Partial<FlowRowView>): FlowRowView => ({
  category: null,
  budget: null,
  due: null,
  dueNew: null,
  dueInstalments: null,
  paid: null,
  payments: 0,
  reported: null,
  overBudget: null,
  paidVsReported: null,
  budgetCell: null,
  reportedCell: null,
  findings: [],
  ...over,
});

describe("the money flow's gaps in words", () => {
  const zh = translator("zh-CN");
  const en = translator("en-US");
  test("awards due over or within the budget, with the amount", () => {
    expect(gapsOf(row({ budget: 150, due: 163, overBudget: 13 }), zh, "zh-CN")[0]).toEqual({ key: "overBudget", text: "应拨超出预算 13 元", tone: "error" });
    expect(gapsOf(row({ budget: 150, due: 100, overBudget: -50 }), en, "en-US")[0]).toEqual({
      key: "overBudget",
      text: "Awards due are within the budget, 50 yuan left",
      tone: "ok",
    });
    expect(gapsOf(row({ due: 100 }), zh, "zh-CN")[0].text).toBe("没有预算数，无法比较应拨与预算");
    expect(gapsOf(row({ budget: 100 }), zh, "zh-CN")[0].text).toBe("没有应拨数据");
  });

  test("paid against reported: more, less, equal, or what is missing", () => {
    expect(gapsOf(row({ paid: 5329000, reported: 4729000, paidVsReported: 600000 }), zh, "zh-CN")[1].text).toBe("已拨付比报告支出多 600,000 元");
    expect(gapsOf(row({ paid: 1, reported: 3, paidVsReported: -2 }), en, "en-US")[1].text).toBe("Paid is 2 yuan less than the reported spending");
    expect(gapsOf(row({ paid: 3, reported: 3, paidVsReported: 0 }), zh, "zh-CN")[1]).toMatchObject({ tone: "ok", text: "已拨付与报告支出一致" });
    expect(gapsOf(row({ reported: 3 }), zh, "zh-CN")[1]).toMatchObject({ tone: null, text: "没有拨付记录，无法与报告支出比较" });
    expect(gapsOf(row({ paid: 3 }), zh, "zh-CN")[1]).toMatchObject({ tone: null, text: "没有报告支出，无法与已拨付比较" });
  });
});

test("scores as forms write them", () => {
  expect([scoreText(9.2), scoreText(12.5), scoreText(100), scoreText(9.199999), scoreText(null)]).toEqual(["9.2", "12.5", "100", "9.2", "—"]);
});

describe("the fund's own targets", () => {
  let root: Root;
  let host: HTMLElement;
  beforeEach(() => {
    host = document.createElement("div");
    document.body.appendChild(host);
    root = createRoot(host);
  });
  afterEach(async () => {
    await act(async () => root.unmount());
    host.remove();
  });

  const target = (over: Partial<TargetIndicatorView>): TargetIndicatorView => ({
    sheet: "绩效目标",
    row: 4,
    type: "产出指标",
    name: "应补尽补率",
    nameCell: "B5",
    target: "100%",
    measure: "coverage",
    computed: 0.975,
    basis: { of: 40, count: 39 },
    stated: "100%",
    statedCell: "C5",
    final: true,
    met: false,
    contradicted: true,
    statedAgrees: false,
    verdict: "contradicted",
    ...over,
  });

  function render(targets: TargetIndicatorView[], lang: "zh-CN" | "en-US") {
    const gateway = new MemoryGateway([{ name: "绩效目标", top: 0, left: 0, values: [[1]], merges: [] }]);
    const selected: string[] = [];
    gateway.select = async (sheet, cell) => void selected.push(`${sheet}!${cell}`);
    const ctx = {
      gateway,
      lang,
      t: translator(lang),
      settings: defaultPaneSettings(lang),
      act: async (a: () => Promise<string | void>) => void (await a()),
    } as unknown as PaneContextValue;
    return {
      selected,
      done: act(async () =>
        root.render(
          <PaneContext.Provider value={ctx}>
            <TargetsList targets={targets} />
          </PaneContext.Provider>
        )
      ),
    };
  }

  test("target, computed (with its basis) and stated side by side; a contradicted one is marked", async () => {
    const r = render([target({}), target({ row: 5, name: "资金拨付及时性", computed: null, basis: null, measure: null, stated: "按时", met: null, contradicted: false })], "zh-CN");
    await r.done;
    const items = [...host.querySelectorAll("li[data-target-row]")];
    expect(items.map((i) => i.getAttribute("data-contradicted"))).toEqual(["true", "false"]);
    expect(items[0].querySelector("[data-testid=target-computed]")?.textContent).toBe("97.50%（39/40）");
    expect(items[0].textContent).toContain("填报与计算不符");
    expect(items[0].querySelector("[data-met]")?.getAttribute("data-met")).toBe("false");
    expect(items[1].querySelector("[data-testid=target-computed]")?.textContent).toBe("工作簿数据无法计算");
    expect(items[1].textContent).not.toContain("填报与计算不符");
    // The stated value's cell is a button that selects it.
    const link = items[0].querySelector<HTMLButtonElement>("button[data-cell]");
    expect(link?.getAttribute("aria-label")).toBe("转到单元格 绩效目标!C5");
    await act(async () => link?.click());
    expect(r.selected).toEqual(["绩效目标!C5"]);
  });

  test("a measure not yet final (payments before their deadline) shows its value so far, neither met nor missed", async () => {
    const r = render([target({ final: false, contradicted: false })], "zh-CN");
    await r.done;
    expect(host.querySelector("[data-testid=target-computed]")?.textContent).toBe("97.50%（39/40），截至目前（尚未到期，不作判断）");
    expect(host.querySelector("[data-met]")).toBeNull();
  });

  test("in English too", async () => {
    const r = render([target({})], "en-US");
    await r.done;
    expect(host.querySelector("[data-testid=target-computed]")?.textContent).toBe("97.50% (39 of 40)");
    expect(host.textContent).toContain("Stated value contradicted");
    expect(host.textContent).toContain("The fund's performance targets");
  });
});

describe("the district picker without its list", () => {
  test("says the list could not be loaded and lets the name be typed", async () => {
    const host = document.createElement("div");
    document.body.appendChild(host);
    const root = createRoot(host);
    const { DistrictPicker } = await import("../../src/taskpane/components/DistrictPicker");
    const ctx = { lang: "zh-CN", t: translator("zh-CN") } as unknown as PaneContextValue;
    const typed: string[] = [];
    // jsdom has no fetch: the index cannot be loaded, as when the add-in's host does not serve it.
    await act(async () =>
      root.render(
        <PaneContext.Provider value={ctx}>
          <DistrictPicker value="闵行" onChange={(v) => typed.push(v)} />
        </PaneContext.Provider>
      )
    );
    const open = [...host.querySelectorAll("button")].find((b) => b.textContent === "选择地区…")!;
    expect(open.getAttribute("aria-expanded")).toBe("false");
    await act(async () => open.click());
    for (let i = 0; i < 5; i++) await act(() => new Promise((r) => setTimeout(r, 0)));
    expect(host.textContent).toContain("地区列表未能加载");
    const input = host.querySelector<HTMLInputElement>("#district-picker input")!;
    expect(input.value).toBe("闵行");
    await act(async () => {
      const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
      set.call(input, "310112");
      input.dispatchEvent(new Event("input", { bubbles: true }));
    });
    expect(typed).toEqual(["310112"]);
    await act(async () => root.unmount());
    host.remove();
  });
});
