/**
 * Protection checks made before any write, so a protected sheet or workbook gives one clear
 * message and leaves the workbook untouched (Excel would otherwise fail mid-way with AccessDenied).
 */
import type { Lang } from "../core/settings";
import { GatewayError } from "../workbook-gateway";
import { strings } from "./strings";

export interface ProtectionProbe {
  sheets: Excel.Worksheet[];
  workbook: Excel.WorkbookProtection;
}

/** Queues the loads; the worksheets may be collection items or getItem proxies. */
export function probeProtection(context: Excel.RequestContext, sheets: Excel.Worksheet[]): ProtectionProbe {
  for (const ws of sheets) {
    ws.load("name");
    ws.protection.load("protected");
  }
  context.workbook.protection.load("protected");
  return { sheets, workbook: context.workbook.protection };
}

/** Throws GatewayError("protected") for the first protected sheet, or the workbook when a sheet must be added. */
export function assertUnprotected(p: ProtectionProbe, lang: Lang, addsSheet: boolean): void {
  const S = strings(lang);
  for (const ws of p.sheets) if (ws.protection.protected) throw new GatewayError("protected", S.sheetProtected(ws.name));
  if (addsSheet && p.workbook.protected) throw new GatewayError("protected", S.workbookProtected);
}
