import type { Core } from 'cytoscape';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useCanvas } from '../../graph/CanvasContext';
import { setLabelScreenPx } from '../../graph/readability/useSemanticLabels';
import { useT } from '../../i18n/messages';
import { useExplorer } from '../../state/store';
import { usePresentationMode } from '../presentation/usePresentationMode';
import { Caption } from './Caption';
import { openPresenterWindow, PresenterView, type PresenterWindow } from './PresenterView';
import type { Box } from './framing';
import { clearStage, frameBox, showStep } from './stage';
import { stepText, type ResolvedStep } from './storyModel';
import './stories.css';

/** Labels on the projected canvas, in screen pixels: read from the back of a training room (≥ 14 px asked). */
export const PRESENTATION_LABEL_PX = 16;

/** High contrast for bright rooms and weak projectors: black lines and outlines, bold labels on white. */
function applyContrast(cy: Core, on: boolean): void {
  cy.batch(() => {
    if (on) {
      cy.nodes().style({ 'border-width': 2, 'border-color': '#000000', color: '#000000', 'font-weight': 'bold', 'text-background-opacity': 1 });
      cy.edges().style({ 'line-color': '#000000', 'target-arrow-color': '#000000', width: 2, opacity: 1, color: '#000000' });
    } else {
      cy.nodes().removeStyle('border-width border-color color font-weight text-background-opacity');
      cy.edges().removeStyle('line-color target-arrow-color width opacity color');
    }
  });
}

/** Above this many lit relationships, their names would cover the picture: none is written. */
const EDGE_LABELS_MAX = 12;

/**
 * Relationship and group labels at PRESENTATION_LABEL_PX on screen (their size is in layout units,
 * so it follows the zoom); relationship names only when few are lit.
 */
function syncLabels(cy: Core): void {
  if (cy.destroyed()) return;
  const size = PRESENTATION_LABEL_PX / cy.zoom();
  cy.batch(() => {
    // (An empty label bypass is ignored by Cytoscape: the names are made transparent instead.)
    if (cy.edges('.highlighted').length > EDGE_LABELS_MAX) cy.edges().style({ 'text-opacity': 0, 'font-size': size });
    else {
      cy.edges().removeStyle('text-opacity');
      cy.edges().style('font-size', size);
    }
    cy.nodes(':parent').style('font-size', size);
  });
}

/**
 * A story on a projector: the canvas fills the screen; each step flies to its elements, framed with
 * margins above a caption that takes at most a fifth of the height (and folds away). Labels are
 * drawn at PRESENTATION_LABEL_PX on screen, relationship and group labels too. Clicker keys
 * (Page Down/Up), arrows and space step; Escape leaves; the URL follows the step (deep link).
 */
export function StoryPresentation() {
  const t = useT();
  const cy = useCanvas();
  const lang = useExplorer((state) => state.lang);
  const story = useExplorer((state) => state.story)!;
  const step = useExplorer((state) => state.step);
  const goToStep = useExplorer((state) => state.goToStep);
  const highContrast = useExplorer((state) => state.highContrast);
  const setHighContrast = useExplorer((state) => state.setHighContrast);
  const { stop } = usePresentationMode();
  // The presenter view: its window, 'inline' when popups are blocked, null when closed.
  const [presenter, setPresenter] = useState<PresenterWindow | 'inline' | null>(null);
  const closePresenter = useCallback(() => setPresenter(null), []);
  const [collapsed, setCollapsed] = useState(false);
  const [resolved, setResolved] = useState<ResolvedStep | null>(null);
  const caption = useRef<HTMLDivElement>(null);
  /** The box the step's nodes take, framed again when the window changes size. */
  const framed = useRef<Box | null>(null);
  const last = story.steps.length - 1;
  const index = Math.max(0, Math.min(step, last));
  const current = story.steps[index]!;

  useEffect(() => {
    const move = (next: number) => goToStep(Math.max(0, Math.min(last, next)));
    const onKey = (event: KeyboardEvent) => {
      if (event.target instanceof Element && event.target.closest('input, textarea, select')) return;
      if (event.key === 'ArrowRight' || event.key === 'ArrowDown' || event.key === 'PageDown' || event.key === ' ') {
        event.preventDefault();
        move(index + 1);
      } else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp' || event.key === 'PageUp') {
        event.preventDefault();
        move(index - 1);
      } else if (event.key === 'Home') move(0);
      else if (event.key === 'End') move(last);
      else if (event.key === 'Escape') stop();
    };
    // Leaving full screen does not end a story's presentation: opening the presenter window takes
    // the browser out of full screen, and the trainer must not lose the presentation for it.
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [index, last, goToStep, stop]);

  // Readable labels for the whole presentation: nodes through semantic zoom, the others sized from the zoom.
  useEffect(() => {
    if (!cy) return;
    document.body.classList.add('presenting-story');
    cy.resize();
    setLabelScreenPx(cy, PRESENTATION_LABEL_PX);
    const sync = () => syncLabels(cy);
    sync();
    cy.on('viewport add', sync);
    // A window resized (projector plugged in, full screen): the canvas takes the new size and the step is framed again.
    const onResize = () => {
      cy.resize();
      if (framed.current) frameBox(cy, framed.current, caption.current?.offsetHeight ?? 0, false);
    };
    window.addEventListener('resize', onResize);
    return () => {
      document.body.classList.remove('presenting-story');
      window.removeEventListener('resize', onResize);
      if (cy.destroyed()) return;
      cy.off('viewport add', sync);
      setLabelScreenPx(cy, null);
      cy.edges().removeStyle('font-size text-opacity');
      cy.nodes().removeStyle('font-size');
      applyContrast(cy, false);
      clearStage(cy);
      cy.resize();
    };
  }, [cy]);

  useEffect(() => {
    if (!cy) return;
    let live = true;
    cy.resize();
    const frame = (core: Core, box: Box) => {
      framed.current = box;
      frameBox(core, box, caption.current?.offsetHeight ?? 0, true);
    };
    void showStep(cy, index, { frame }).then((result) => {
      if (!live || cy.destroyed()) return;
      syncLabels(cy);
      setResolved(result);
    });
    return () => {
      live = false;
    };
  }, [cy, index, story]);

  // After each step (its elements are new), and when the trainer switches it.
  useEffect(() => {
    if (cy) applyContrast(cy, highContrast);
  }, [cy, highContrast, resolved]);

  const title = stepText(current, 'title', lang) || t.stories.stepNumber(index + 1);
  const text = stepText(current, 'caption', lang);
  return (
    <div
      className={`presentation story-presentation${highContrast ? ' high-contrast' : ''}`}
      role="region"
      aria-label={t.presentation.start}
      data-testid="presentation"
      data-step={index}
      data-steps={story.steps.length}
    >
      <div className="caption story-caption" ref={caption} data-testid="story-caption" data-collapsed={collapsed} aria-live="polite">
        <div className="story-caption-head">
          <span className="step-count">{t.presentation.step(index + 1, story.steps.length)}</span>
          <h2 data-testid="caption-title">{title}</h2>
          <div className="caption-controls">
            <button type="button" onClick={() => goToStep(index - 1)} disabled={index === 0} aria-label={t.presentation.previous}>
              ←
            </button>
            <button type="button" onClick={() => goToStep(index + 1)} disabled={index === last} aria-label={t.presentation.next}>
              →
            </button>
            <button type="button" onClick={() => setCollapsed(!collapsed)} aria-expanded={!collapsed} data-testid="caption-toggle">
              {collapsed ? t.stories.showCaption : t.stories.hideCaption}
            </button>
            <button type="button" aria-pressed={highContrast} onClick={() => setHighContrast(!highContrast)} data-testid="contrast-toggle">
              {t.stories.contrast}
            </button>
            <button
              type="button"
              aria-pressed={presenter !== null}
              onClick={() => setPresenter(presenter ? null : (openPresenterWindow() ?? 'inline'))}
              data-testid="presenter-toggle"
            >
              {presenter ? t.stories.presenter.close : t.stories.presenter.open}
            </button>
            <button type="button" onClick={stop}>
              {t.presentation.exit}
            </button>
          </div>
        </div>
        {!collapsed && text && <Caption text={text} testId="caption" />}
        {!collapsed && resolved && (resolved.missing.length > 0 || resolved.missingEdges > 0) && (
          <p className="story-missing" data-testid="story-missing">
            {resolved.missing.length > 0 && t.stories.missing(resolved.missing.join(', '))}{' '}
            {resolved.missingEdges > 0 && t.stories.missingEdges(resolved.missingEdges)}
          </p>
        )}
      </div>
      {presenter && <PresenterView index={index} target={presenter === 'inline' ? null : presenter} onClose={closePresenter} />}
    </div>
  );
}
