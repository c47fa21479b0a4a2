/**
 * The task pane: a run bar, message bars, and six panels behind a tab list. It reads the workbook
 * through the gateway it is given (Office.js in Excel, the in-memory workbook in the preview),
 * calls the core's audit() and renders what comes back; it holds no rule of its own.
 */
import { Suspense, lazy, type ReactElement, useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import {
  BookRegular,
  DataBarHorizontalRegular,
  DismissRegular,
  GridRegular,
  HomeRegular,
  SettingsRegular,
  ShieldCheckmarkRegular,
} from "@fluentui/react-icons";
import type { AuditResult } from "../core/api";
import type { SheetGrid } from "../core/grid";
import type { Lang } from "../core/settings";
import type { ColumnMapping } from "../core/tables/types";
import { GatewayError, type ReadScope, type WorkbookGateway } from "../workbook-gateway";
import { translator } from "./i18n";
import {
  MAPPINGS_KEY,
  SETTINGS_KEY,
  defaultPaneSettings,
  loadMappings,
  loadPaneSettings,
  todayIso,
  type PaneSettings,
} from "./pane-settings";
import { PaneContext, PANELS, type Notice, type NoticeIntent, type PaneContextValue, type PanelId } from "./pane-context";
import { auditGrids, isCancel, readAndAudit, type RunPhase } from "./run-audit";
import { RunBar } from "./components/RunBar";
import { OverviewPanel } from "./panels/OverviewPanel";

// The overview shows first; the other panels load when their tab is first opened.
const CapsPanel = lazy(() => import("./panels/CapsPanel").then((m) => ({ default: m.CapsPanel })));
const CompositionPanel = lazy(() => import("./panels/CompositionPanel").then((m) => ({ default: m.CompositionPanel })));
const ExecutionPanel = lazy(() => import("./panels/ExecutionPanel").then((m) => ({ default: m.ExecutionPanel })));
const CatalogPanel = lazy(() => import("./panels/CatalogPanel").then((m) => ({ default: m.CatalogPanel })));
const SettingsPanel = lazy(() => import("./panels/SettingsPanel").then((m) => ({ default: m.SettingsPanel })));

const useStyles = makeStyles({
  provider: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: "100%",
    boxSizing: "border-box",
    overflowWrap: "anywhere",
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  // Six tabs do not fit 320 px in one row: they wrap instead of scrolling sideways.
  tabs: { flexWrap: "wrap", marginInline: `calc(-1 * ${tokens.spacingHorizontalS})` },
  notices: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  panel: { minWidth: 0 },
});

const ICONS: Record<PanelId, ReactElement> = {
  overview: <HomeRegular />,
  caps: <ShieldCheckmarkRegular />,
  composition: <GridRegular />,
  execution: <DataBarHorizontalRegular />,
  catalog: <BookRegular />,
  settings: <SettingsRegular />,
};

export interface AppProps {
  gateway: WorkbookGateway;
  /** The language until the workbook's settings say otherwise (Office's display language). */
  initialLang?: Lang;
  /** Told when the pane's language changes (the Office gateway words its own messages in it). */
  onLangChange?: (lang: Lang) => void;
}

export function App({ gateway, initialLang = "zh-CN", onLangChange }: AppProps) {
  const s = useStyles();
  const [settings, setSettings] = useState<PaneSettings>(() => defaultPaneSettings(initialLang));
  const [mappings, setMappings] = useState<ColumnMapping[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [tab, setTab] = useState<PanelId>("overview");
  const [scope, setScope] = useState<ReadScope>("all");
  const [phase, setPhase] = useState<RunPhase | null>(null);
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<AuditResult | null>(null);
  const [sheets, setSheets] = useState<SheetGrid[] | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  const controller = useRef<AbortController | null>(null);
  const noticeId = useRef(0);

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
  const begin = () => {
    controller.current?.abort();
    const c = new AbortController();
    controller.current = c;
    setRunning(true);
    return c;
  };
  const end = (c: AbortController) => {
    if (controller.current === c) {
      controller.current = null;
      setRunning(false);
      setPhase(null);
    }
  };

  const run = async (sc: ReadScope = scope, st = settings, mp = mappings) => {
    const c = begin();
    setPhase({ phase: "reading", done: 0, total: 0 });
    try {
      const out = await readAndAudit(gateway, sc, { settings: st, mappings: mp, today: todayIso(), signal: c.signal }, (p) => {
        if (controller.current === c) setPhase(p);
      });
      if (controller.current !== c) return;
      setSheets(out.sheets);
      setResult(out.result);
    } catch (e) {
      if (controller.current !== c) return;
      if (isCancel(e)) notify("info", t("run.cancelled"));
      else showError(e, t("run.failed"));
    } finally {
      end(c);
    }
  };

  /** Checks the last read grids again (settings or mappings changed); reads first when there are none. */
  const recheck = async (st: PaneSettings, mp: ColumnMapping[]) => {
    if (!sheets) return;
    const c = begin();
    setPhase({ phase: "auditing" });
    try {
      const r = await auditGrids(sheets, { settings: st, mappings: mp, today: todayIso(), signal: c.signal });
      if (controller.current === c) setResult(r);
    } catch (e) {
      if (controller.current !== c) return;
      if (isCancel(e)) notify("info", t("run.cancelled"));
      else showError(e, t("run.failed"));
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
      await gateway.setSetting(SETTINGS_KEY, next);
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
      await gateway.setSetting(MAPPINGS_KEY, next);
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
    <FluentProvider theme={webLightTheme} className={s.provider} lang={lang}>
      <PaneContext.Provider value={ctx}>
        <main className={s.root}>
          <h1 className={s.title}>{t("app.title")}</h1>
          {!loaded ? (
            <Spinner size="small" label={t("app.loading")} />
          ) : (
            <>
              <RunBar phase={phase} scope={scope} onScope={setScope} onCancel={cancel} />
              {notices.length > 0 && (
                <div className={s.notices}>
                  {notices.map((n) => (
                    <MessageBar key={n.id} intent={n.intent} layout="multiline">
                      <MessageBarBody>
                        {n.title && <MessageBarTitle>{n.title}</MessageBarTitle>}
                        {n.text}
                      </MessageBarBody>
                      <MessageBarActions
                        containerAction={
                          <Button
                            appearance="transparent"
                            aria-label={t("action.dismiss")}
                            icon={<DismissRegular />}
                            onClick={() => setNotices((all) => all.filter((x) => x.id !== n.id))}
                          />
                        }
                      />
                    </MessageBar>
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
