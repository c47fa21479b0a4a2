/**
 * The preview page (`npm run preview`): the task pane against an in-memory copy of the sample
 * workbook, served with its grids as /preview/sample.json. No Office needed; `?lang=en-US` opens
 * it in English, `?readDelay=500` reads each sheet slowly. Tests read window.__previewSelection / __previewState to see what Excel would.
 */
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { SheetGrid } from "../core/grid";
import { App } from "../taskpane/App";
import { langFromLocale } from "../taskpane/i18n";
import { MemoryGateway, type MemoryWorkbookState, type Selection } from "./memory-gateway";
import { SelectionView } from "./SelectionView";

declare global {
  interface Window {
    __previewSelection?: Selection | null;
    __previewState?: MemoryWorkbookState;
    __previewReady?: boolean;
  }
}

async function main() {
  const root = document.getElementById("root");
  if (!root) return;
  const params = new URLSearchParams(location.search);
  const lang = langFromLocale(params.get("lang") ?? "zh-CN");
  let data: { file: string; sheets: SheetGrid[] };
  try {
    const res = await fetch("/preview/sample.json");
    if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
    data = (await res.json()) as { file: string; sheets: SheetGrid[] };
  } catch (e) {
    root.textContent = `The sample workbook could not be loaded: ${e instanceof Error ? e.message : String(e)}`;
    return;
  }
  // ?readDelay=ms makes each sheet's read slow, so the progress bar and cancel can be tried.
  const readDelayMs = Math.max(0, Math.min(10_000, Number(params.get("readDelay")) || 0));
  const gateway = new MemoryGateway(data.sheets, { readDelayMs });
  const publish = (s: MemoryWorkbookState) => {
    window.__previewSelection = s.selection;
    window.__previewState = s;
  };
  publish(gateway.state());
  gateway.subscribe(publish);
  createRoot(root).render(
    <>
      <FluentProvider theme={webLightTheme}>
        <SelectionView gateway={gateway} file={data.file} />
      </FluentProvider>
      <App gateway={gateway} initialLang={lang} />
    </>
  );
  window.__previewReady = true;
}

void main();
