/**
 * @jest-environment jsdom
 */
// The pane shows a gateway's failure as it is worded (a protected sheet, nothing to read) in a
// message bar, and keeps working.
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { App } from "../../src/taskpane/App";
import { GatewayError, SETTING_KEYS, type WorkbookGateway } from "../../src/workbook-gateway";
import { MemoryGateway } from "../../src/preview/memory-gateway";

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

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
  for (let i = 0; i < 5; i++) await act(() => new Promise((r) => setTimeout(r, 0)));
}

function failingGateway(error: Error): WorkbookGateway {
  const g = new MemoryGateway([{ name: "A", top: 0, left: 0, values: [[1]], merges: [] }]);
  g.readSheets = () => Promise.reject(error);
  return g;
}

function runButton(): HTMLButtonElement {
  const b = [...host.querySelectorAll("button")].find((x) => /运行全部核查|Run all checks/.test(x.textContent ?? ""));
  if (!b) throw new Error("no run button");
  return b;
}

test("a GatewayError's own message is shown in a message bar", async () => {
  const message = "工作表“申报清单”受保护，未做任何修改。";
  await act(async () => root.render(<App gateway={failingGateway(new GatewayError("protected", message))} />));
  await settle();
  await act(async () => runButton().click());
  await settle();
  const bar = host.querySelector(".fui-MessageBar");
  expect(bar?.textContent).toContain(message);
  expect(bar?.textContent).toContain("核查未完成");
  expect(runButton().disabled).toBe(false);
});

test("any other failure is shown too, in the pane's language", async () => {
  await act(async () => root.render(<App gateway={failingGateway(new Error("boom"))} initialLang="en-US" />));
  await settle();
  await act(async () => runButton().click());
  await settle();
  expect(host.querySelector(".fui-MessageBar")?.textContent).toContain("Something went wrong: boom");
});

test("settings stored in the workbook win over the initial language", async () => {
  const g = new MemoryGateway([{ name: "A", top: 0, left: 0, values: [[1]], merges: [] }], {
    settings: { [SETTING_KEYS.settings]: { lang: "en-US", tolerance: 3 } },
  });
  await act(async () => root.render(<App gateway={g} initialLang="zh-CN" />));
  await settle();
  expect(host.textContent).toContain("Run all checks");
  expect(document.documentElement.lang).toBe("en-US");
});
