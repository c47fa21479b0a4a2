/**
 * The task pane: a run bar, message bars, and eight panels behind a tab list. It reads the workbook
 * through the gateway it is given (Office.js in Excel, the in-memory workbook in the preview),
 * calls the core's audit() and renders what comes back; it holds no rule of its own.
 */
import { Suspense, lazy, type ReactElement, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { FluentProvider, Spinner, Tab, TabList, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import {
  BookRegular,
  DataBarHorizontalRegular,
  GridRegular,
  HomeRegular,
  MoneyRegular,
  SettingsRegular,
  ShieldCheckmarkRegular,
  TargetArrowRegular,
} from "@fluentui/react-icons";
import type { AuditResult } from "../core/api";
import type { SheetGrid } from "../core/grid";
import type { Lang } from "../core/settings";
import type { ColumnMapping } from "../core/tables/types";
import { DistrictError, type Geography } from "../core/geo/geography";
import { geographyForRun, type GeographyLoader } from "../office/run-geography";
import { SETTING_KEYS, GatewayError, type ReadScope, type WorkbookGateway } from "../workbook-gateway";
// The ribbon commands' "today" (local date, not UTC): one definition for both adapters.
import { localToday } from "../commands/run-check";
import { translator } from "./i18n";
import { defaultPaneSettings, loadMappings, loadPaneSettings, type PaneSettings } from "./pane-settings";
import { PaneContext, PANELS, type Notice, type NoticeIntent, type PaneContextValue, type PanelId } from "./pane-context";
import { auditGrids, isCancel, readAndAudit, type RunPhase } from "./run-audit";
import { RunBar } from "./components/RunBar";
import { DismissibleBar } from "./components/DismissibleBar";
import { RibbonStatusBar } from "./components/RibbonStatusBar";
import { OverviewPanel } from "./panels/OverviewPanel";

// The overview shows first; the other panels load when their tab is first opened.
const CapsPanel = lazy(() => import("./panels/CapsPanel").then((m) => ({ default: m.CapsPanel })));
const CompositionPanel = lazy(() => import("./panels/CompositionPanel").then((m) => ({ default: m.CompositionPanel })));
const ExecutionPanel = lazy(() => import("./panels/ExecutionPanel").then((m) => ({ default: m.ExecutionPanel })));
const FlowPanel = lazy(() => import("./panels/FlowPanel").then((m) => ({ default: m.FlowPanel })));
const PerformancePanel = lazy(() => import("./panels/PerformancePanel").then((m) => ({ default: m.PerformancePanel })));
const CatalogPanel = lazy(() => import("./panels/CatalogPanel").then((m) => ({ default: m.CatalogPanel })));
const SettingsPanel = lazy(() => import("./panels/SettingsPanel").then((m) => ({ default: m.SettingsPanel })));

const useStyles = makeStyles({
  // On the page, not the provider: FluentProvider gives its class to every portal's mount node
  // (applyStylesToPortals), and a 100vh mount node would cover the pane while a list is open.
  root: {
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground1,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: "100%",
    boxSizing: "border-box",
    overflowWrap: "anywhere",
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  // Eight tabs do not fit 320 px in one row: they wrap instead of scrolling sideways.
  tabs: { flexWrap: "wrap", marginInline: `calc(-1 * ${tokens.spacingHorizontalS})` },
  notices: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  panel: { minWidth: 0 },
});

const ICONS: Record<PanelId, ReactElement> = {
  overview: <HomeRegular />,
  caps: <ShieldCheckmarkRegular />,
  composition: <GridRegular />,
  execution: <DataBarHorizontalRegular />,
  flow: <MoneyRegular />,
  performance: <TargetArrowRegular />,
  catalog: <BookRegular />,
  settings: <SettingsRegular />,
};

export interface AppProps {
  gateway: WorkbookGateway;
  /** The language until the workbook's settings say otherwise (Office's display language). */
  initialLang?: Lang;
  /** Told when the pane's language changes (the Office gateway words its own messages in it). */
  onLangChange?: (lang: Lang) => void;
  /** Where the ribbon commands leave their last result (default: localStorage, shared with them). */
  storage?: Storage;
  /** Loads the district's geography (default: the assets on the add-in's own host). */
  loadGeography?: GeographyLoader;
}

/** localStorage, unless the host refuses it (then the pane simply shows no ribbon status). */
function defaultStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function App({ gateway, initialLang = "zh-CN", onLangChange, storage = defaultStorage(), loadGeography }: AppProps) {
  const s = useStyles();
  const [settings, setSettings] = useState<PaneSettings>(() => defaultPaneSettings(initialLang));
  const [mappings, setMappings] = useState<ColumnMapping[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [tab, setTab] = useState<PanelId>("overview");
  const [scope, setScope] = useState<ReadScope>("all");
  /** The current run's phase; null when no run is going on. */
  const [phase, setPhase] = useState<RunPhase | null>(null);
  const running = phase !== null;
  const [result, setResult] = useState<AuditResult | null>(null);
  /** When the pane's last run finished: a ribbon status older than that is old news. */
  const [lastRunAt, setLastRunAt] = useState<string | null>(null);
  const [sheets, setSheets] = useState<SheetGrid[] | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  const controller = useRef<AbortController | null>(null);
  const noticeId = useRef(0);
  /** Whether the user was told the place data could not be loaded (said once per session). */
  const toldNoPlaces = useRef(false);

  const lang = settings.lang;
  const t = useMemo(() => translator(lang), [lang]);

  useEffect(() => {
    document.documentElement.lang = lang;
    onLangChange?.(lang);
  }, [lang, onLangChange]);

  const notify = useCallback((intent: NoticeIntent, text: string, title?: string) => {
    const id = ++noticeId.current;
    // Keep the last few: the newest says what just happened.
    setNotices((n) => [...n.slice(-2), { id, intent, text, title }]);
  }, []);

  const showError = useCallback(
    (e: unknown, title?: string) => {
      if (e instanceof GatewayError) notify("error", e.message, title);
      else notify("error", t("error.generic", { message: e instanceof Error ? e.message : String(e) }), title);
    },
    [notify, t]
  );

  useEffect(() => {
    let live = true;
    (async () => {
      try {
        const [st, mp] = await Promise.all([loadPaneSettings(gateway, defaultPaneSettings(initialLang)), loadMappings(gateway)]);
        if (!live) return;
        setSettings(st);
        setMappings(mp);
      } catch (e) {
        if (live) showError(e);
      } finally {
        if (live) setLoaded(true);
      }
    })();
    return () => {
      live = false;
    };
    // Loaded once per workbook.
  }, [gateway]);

  /** Starts a run; a newer run or a cancel makes an older one's outcome irrelevant. */
  const begin = (first: RunPhase) => {
    controller.current?.abort();
    const c = new AbortController();
    controller.current = c;
    setPhase(first);
    return c;
  };
  const end = (c: AbortController) => {
    if (controller.current === c) {
      controller.current = null;
      setPhase(null);
    }
  };
  const finished = (c: AbortController, r: AuditResult) => {
    if (controller.current !== c) return;
    setResult(r);
    setLastRunAt(new Date().toISOString());
  };
  const failed = (c: AbortController, e: unknown) => {
    if (controller.current !== c) return;
    if (isCancel(e)) notify("info", t("run.cancelled"));
    else if (e instanceof DistrictError) notify("error", e.text[lang], t("run.failed"));
    else showError(e, t("run.failed"));
  };

  /**
   * The district's geography for a run: the load starts at once (while the workbook is read);
   * the audit asks for it once the grids are in. A district that names no area rejects (the run
   * ends with its message); place data that cannot be loaded gives nothing (the run goes on
   * without it, and the user is told once).
   */
  const placeData = (district: string): (() => Promise<Geography | undefined>) => {
    const loading = geographyForRun(district, loadGeography);
    return async () => {
      const o = await loading;
      if (o.kind === "loaded") return o.geography;
      if (o.kind === "bad-district") throw o.error;
      if (!toldNoPlaces.current) {
        toldNoPlaces.current = true;
        notify("warning", o.text[lang]);
      }
      return undefined;
    };
  };

  const run = async (sc: ReadScope = scope, st = settings, mp = mappings) => {
    const c = begin({ phase: "reading", done: 0, total: 0 });
    try {
      const geography = placeData(st.district);
      const out = await readAndAudit(gateway, sc, { settings: st, mappings: mp, today: localToday(), signal: c.signal, geography }, (p) => {
        if (controller.current === c) setPhase(p);
      });
      if (controller.current === c) setSheets(out.sheets);
      finished(c, out.result);
    } catch (e) {
      failed(c, e);
    } finally {
      end(c);
    }
  };

  /** Checks the last read grids again (settings or mappings changed); nothing to do before a first read. */
  const recheck = async (st: PaneSettings, mp: ColumnMapping[]) => {
    if (!sheets) return;
    const c = begin({ phase: "auditing" });
    try {
      const geography = placeData(st.district);
      finished(c, await auditGrids(sheets, { settings: st, mappings: mp, today: localToday(), signal: c.signal, geography }));
    } catch (e) {
      failed(c, e);
    } finally {
      end(c);
    }
  };

  const cancel = () => {
    const c = controller.current;
    if (!c) return;
    c.abort();
    // The pane answers at once, even if the workbook is still finishing a read.
    end(c);
    notify("info", t("run.cancelled"));
  };

  const saveSettings = async (next: PaneSettings) => {
    const prev = settings;
    setSettings(next);
    try {
      await gateway.setSetting(SETTING_KEYS.settings, next);
      notify("success", translator(next.lang)("settings.saved"));
    } catch (e) {
      showError(e);
    }
    const { lang: _a, ...a } = prev;
    const { lang: _b, ...b } = next;
    // A language change only re-renders; anything else changes what the checks find.
    if (JSON.stringify(a) !== JSON.stringify(b)) await recheck(next, mappings);
  };

  const saveMappings = async (next: ColumnMapping[]) => {
    setMappings(next);
    try {
      await gateway.setSetting(SETTING_KEYS.mappings, next);
    } catch (e) {
      showError(e);
      return;
    }
    if (sheets) {
      await recheck(settings, next);
      notify("success", t("mapping.saved"));
    } else await run(scope, settings, next);
  };

  const act = async (action: () => Promise<string | void>) => {
    try {
      const message = await action();
      if (message) notify("success", message);
    } catch (e) {
      showError(e);
    }
  };

  const ctx: PaneContextValue = {
    gateway,
    lang,
    t,
    settings,
    mappings,
    result,
    sheets,
    running,
    run: (sc) => run(sc ?? scope),
    saveSettings,
    saveMappings,
    act,
    notify,
    goToTab: setTab,
  };

  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <PaneContext.Provider value={ctx}>
        <main className={s.root}>
          <h1 className={s.title}>{t("app.title")}</h1>
          {!loaded ? (
            <Spinner size="small" label={t("app.loading")} />
          ) : (
            <>
              <RibbonStatusBar storage={storage} lastRunAt={lastRunAt} />
              <RunBar phase={phase} scope={scope} onScope={setScope} onCancel={cancel} />
              {notices.length > 0 && (
                <div className={s.notices}>
                  {notices.map((n) => (
                    <DismissibleBar
                      key={n.id}
                      intent={n.intent}
                      title={n.title}
                      onDismiss={() => setNotices((all) => all.filter((x) => x.id !== n.id))}
                    >
                      {n.text}
                    </DismissibleBar>
                  ))}
                </div>
              )}
              <TabList
                className={s.tabs}
                size="small"
                selectedValue={tab}
                onTabSelect={(_, d) => setTab(d.value as PanelId)}
                aria-label={t("tabs.label")}
              >
                {PANELS.map((p) => (
                  <Tab key={p} value={p} id={`tab-${p}`} aria-controls={`panel-${p}`} icon={ICONS[p]}>
                    {t(`tab.${p}`)}
                  </Tab>
                ))}
              </TabList>
              <section role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className={s.panel}>
                <Suspense fallback={<Spinner size="small" label={t("app.loading")} />}>
                  {tab === "overview" && <OverviewPanel />}
                  {tab === "caps" && <CapsPanel />}
                  {tab === "composition" && <CompositionPanel />}
                  {tab === "execution" && <ExecutionPanel />}
                  {tab === "flow" && <FlowPanel />}
                  {tab === "performance" && <PerformancePanel />}
                  {tab === "catalog" && <CatalogPanel />}
                  {tab === "settings" && <SettingsPanel />}
                </Suspense>
              </section>
            </>
          )}
        </main>
      </PaneContext.Provider>
    </FluentProvider>
  );
}
