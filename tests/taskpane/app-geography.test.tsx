/**
 * @jest-environment jsdom
 */
// The pane hands the district's geography to every run: loaded for the district setting, a bad
// district ends the run with one clear message in the pane's language, and place data that cannot
// be loaded lets the run go on without it, said once.
import * as fs from "fs";
import * as path from "path";
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { App } from "../../src/taskpane/App";
import { loadGeography } from "../../src/office/geography";
import { SETTING_KEYS } from "../../src/workbook-gateway";
import { MemoryGateway } from "../../src/preview/memory-gateway";
import type { SheetGrid } from "../../src/core/grid";
import type { Geography } from "../../src/core/geo/geography";

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const GEO = path.join(__dirname, "..", "..", "assets", "geo");
/** The add-in's assets as its host serves them, from the repository. */
const fromHost = (district: string) =>
  loadGeography(district, async (url) => {
    const file = path.join(GEO, url.replace(/^.*\/assets\/geo\//, ""));
    const ok = fs.existsSync(file);
    return { ok, status: ok ? 200 : 404, json: async () => JSON.parse(fs.readFileSync(file, "utf8")) as unknown };
  });

// Three applicants: one in a town of 闵行 (七宝镇), one in 黄浦's 南京东路街道, one whose address
// names 黄浦区 itself.
const register: SheetGrid = {
  name: "申报清单",
  top: 0,
  left: 0,
  merges: [],
  values: [
    ["企业名称", "统一社会信用代码", "注册地", "政策项", "核定金额（元）"],
    ["上海甲有限公司", "91310112MA1GAAAA1X", "七宝镇", "区级\"专精特新\"中小企业", 50000],
    ["上海乙有限公司", "91310112MA1GAAAA1X", "南京东路街道", "市级\"专精特新\"中小企业（新申报）", 50000],
    ["上海丙有限公司", "91310112MA1GAAAA1X", "黄浦区南京东路100号", "区级\"专精特新\"中小企业", 50000],
  ],
};

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

async function settle() {
  for (let i = 0; i < 10; i++) await act(() => new Promise((r) => setTimeout(r, 0)));
}

function button(re: RegExp): HTMLButtonElement {
  const b = [...host.querySelectorAll("button")].find((x) => re.test(x.textContent ?? ""));
  if (!b) throw new Error(`no button ${re}`);
  return b;
}

const located = () => [...host.querySelectorAll('button[data-rule="register.ineligible-location"]')].map((b) => b.getAttribute("data-finding"));
const bars = () => [...host.querySelectorAll(".fui-MessageBar")].map((b) => b.textContent ?? "");

async function runWith(district: string, loader: (d: string) => Promise<Geography>, lang: "zh-CN" | "en-US" = "zh-CN") {
  const asked: string[] = [];
  const gateway = new MemoryGateway([register], { settings: { [SETTING_KEYS.settings]: { district, lang } } });
  await act(async () =>
    root.render(
      <App
        gateway={gateway}
        loadGeography={(d) => {
          asked.push(d);
          return loader(d);
        }}
      />
    )
  );
  await settle();
  await act(async () => button(/运行全部核查|Run all checks/).click());
  await settle();
  return asked;
}

test("the district setting's geography decides which places are outside", async () => {
  const asked = await runWith("闵行", fromHost);
  expect(asked).toEqual(["闵行"]);
  // 七宝镇 is a town of 闵行; 南京东路街道 is 黄浦's.
  expect(located()).toEqual(["申报清单!C3", "申报清单!C4"]);
  await act(async () => root.unmount());
  root = createRoot(host);
  await runWith("黄浦", fromHost);
  expect(located()).toEqual(["申报清单!C2"]);
});

test("a district that names no area ends the run with the core's one message, in the pane's language", async () => {
  await runWith("火星", fromHost, "en-US");
  const texts = bars();
  expect(texts).toHaveLength(1);
  expect(texts[0]).toContain("The check did not finish");
  expect(texts[0]).toContain('no district "火星"');
  expect(host.querySelector("#overview-tables")).toBeNull();
  expect(button(/Run all checks/).disabled).toBe(false);
});

test("place data that cannot be loaded: the checks run without it, and the pane says so once", async () => {
  const offline = () => Promise.reject(new TypeError("Failed to fetch"));
  await runWith("闵行", offline);
  expect(host.querySelector("#overview-tables")).not.toBeNull();
  expect(bars().filter((t) => t.includes("地名数据未能加载"))).toHaveLength(1);
  // Without the geography a bare town or street is not judged by its name (it may be the district's
  // own); only the address that names another district is flagged.
  expect(located()).toEqual(["申报清单!C4"]);
  await act(async () => button(/重新核查/).click());
  await settle();
  expect(bars().filter((t) => t.includes("地名数据未能加载"))).toHaveLength(1);
});
