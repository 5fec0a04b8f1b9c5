import { lazy, Suspense, useEffect, useState } from 'react';
import { CurationPanel } from './features/curation/CurationPanel';
import { DetailsPanel } from './features/details/DetailsPanel';
import { DocumentPanel } from './features/documents/DocumentPanel';
import { FiltersPanel } from './features/filters/FiltersPanel';
import { Legend } from './features/legend/Legend';
import { MapView } from './features/map/MapView';
import { NetworkPanel } from './features/network/NetworkPanel';
import { PathFinder } from './features/paths/PathFinder';
import { Presentation } from './features/presentation/Presentation';
import { SearchBox } from './features/search/SearchBox';
import { useOpenNode } from './features/search/useOpenNode';
import { SelectionPanel } from './features/selection/SelectionPanel';
import { StartScreen } from './features/start/StartScreen';
import { NoticeBar } from './features/status/NoticeBar';
import { StatusBar } from './features/status/StatusBar';
import { CanvasTable } from './features/table/CanvasTable';
import { TimeAxis } from './features/timeline/TimeAxis';
import { TimeBar } from './features/timeline/TimeBar';
import { CanvasToolbar } from './features/toolbar/CanvasToolbar';
import { HeaderActions } from './features/toolbar/HeaderActions';
import { ViewsPanel } from './features/views/ViewsPanel';
import { StoryPanel } from './features/stories/StoryPanel';
import { CanvasView } from './features/canvas/CanvasView';
import { useT } from './i18n/messages';
import { useDeepLink } from './state/useDeepLink';
import { useDocuments } from './state/documents/store';
import { useExplorer } from './state/store';
import { useKeyboardShortcuts } from './features/toolbar/useKeyboardShortcuts';

/** The browser tests' window on the app, compiled in only when the build asks for it. */
const TestHook = import.meta.env.VITE_TEST_HOOK === 'true' ? lazy(() => import('./testHook')) : null;

export function App() {
  const t = useT();
  const lang = useExplorer((state) => state.lang);
  const presenting = useExplorer((state) => state.presenting);
  const tableOpen = useExplorer((state) => state.tableOpen);
  const mode = useExplorer((state) => state.scene.mode);
  const mapOpen = useExplorer((state) => state.mapOpen);
  const detailsOpen = useExplorer((state) => state.focus !== null);
  const documentsOpen = useDocuments((state) => state.task !== null);
  // Beside the details or document panel on a narrow screen the tools fold away unless the user opens them.
  const [toolsOpen, setToolsOpen] = useState(false);
  const openNode = useOpenNode();
  const setTableOpen = useExplorer((state) => state.setTableOpen);
  useDeepLink();
  useKeyboardShortcuts();

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  return (
    // Focusable from script only: leaving the start screen puts the keyboard here, before the skip link.
    <div className={`app${presenting ? ' presenting' : ''}`} tabIndex={-1}>
      {/* The first stop of the Tab key: one press, then Enter, and the keyboard is in the table. */}
      <a
        className="skip-link"
        href="#canvas-table"
        onClick={(event) => {
          event.preventDefault();
          setTableOpen(true);
          document.getElementById('canvas-table')?.focus();
        }}
        data-testid="skip-to-table"
      >
        {t.workbench.grid.skip}
      </a>
      <header className="app-header">
        <div className="brand">
          <h1>{t.title}</h1>
          <p className="subtitle">{t.subtitle}</p>
        </div>
        <SearchBox id="main-search" label={t.search.label} placeholder={t.search.placeholder} onPick={(result) => void openNode(result.id)} />
        <HeaderActions />
      </header>
      <main className={`workspace${detailsOpen || documentsOpen ? ' with-details' : ''}${toolsOpen ? ' tools-open' : ''}`}>
        <aside className="sidebar" aria-label={t.panels.tools} data-testid="sidebar">
          <button
            type="button"
            className="sidebar-toggle"
            aria-expanded={toolsOpen}
            onClick={() => setToolsOpen(!toolsOpen)}
            data-testid="sidebar-toggle"
          >
            {toolsOpen ? `« ${t.workbench.hideTools}` : `${t.workbench.showTools} »`}
          </button>
          <Legend />
          {mode === 'network' && <NetworkPanel />}
          <FiltersPanel />
          <PathFinder />
          <ViewsPanel />
          <StoryPanel />
          <SelectionPanel />
        </aside>
        <section className="canvas-area" aria-label={t.canvasLabel}>
          <CanvasToolbar />
          <CanvasView />
          {mapOpen && <MapView />}
          <StartScreen />
          <TimeAxis />
          <NoticeBar />
          {tableOpen && <CanvasTable />}
          <TimeBar />
        </section>
        <CurationPanel />
        {/* The reader and the details share one column (stacked) rather than two side by side,
            which left the canvas a third of a 1280 px screen. */}
        <div className="side-panels">
          <DocumentPanel />
          <DetailsPanel />
        </div>
      </main>
      <StatusBar />
      {presenting && <Presentation />}
      {TestHook && (
        <Suspense fallback={null}>
          <TestHook />
        </Suspense>
      )}
    </div>
  );
}
