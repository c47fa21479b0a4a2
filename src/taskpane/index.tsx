/**
 * The task pane's entry: once Office is ready, the pane renders against the workbook through the
 * Office.js gateway. Outside Excel (a browser, another Office app) it says where to open it.
 */
import { createRoot } from "react-dom/client";
import type { Lang } from "../core/settings";
import { OfficeGateway } from "../office/gateway";
import { App } from "./App";
import { langFromLocale, translator } from "./i18n";

Office.onReady((info) => {
  const root = document.getElementById("root");
  if (!root) return;
  const lang = langFromLocale(info.host ? Office.context.displayLanguage : navigator.language);
  if (info.host === Office.HostType.Excel) {
    const gateway = new OfficeGateway({ lang });
    const onLangChange = (l: Lang) => {
      gateway.lang = l;
    };
    createRoot(root).render(<App gateway={gateway} initialLang={lang} onLangChange={onLangChange} />);
  } else {
    root.textContent = translator(lang)("app.notInExcel");
  }
});
