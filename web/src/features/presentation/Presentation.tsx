import { useEffect, useMemo } from 'react';
import { useCanvas } from '../../graph/CanvasContext';
import { fitView } from '../../graph/fit';
import { useT } from '../../i18n/messages';
import { useExplorer } from '../../state/store';
import { StoryPresentation } from '../stories/StoryPresentation';
import { useViews } from '../views/useViews';
import { usePresentationMode } from './usePresentationMode';
import { presentationSteps } from './steps';

/** Presentation mode: of the open story when it has steps, else of the curated view on the canvas. */
export function Presentation() {
  // A story is presented when its steps are what the canvas shows (a view opened since takes over).
  const storyShown = useExplorer((state) => (state.story?.steps.length ?? 0) > 0 && state.storyStep !== null);
  return storyShown ? <StoryPresentation /> : <ViewPresentation />;
}

/**
 * Presentation mode of a curated view: the canvas fills the screen, a caption per step, arrow keys (and Page Up/Down,
 * as clickers send) move between steps, Escape leaves. Each step dims what it is not about and
 * zooms to what it is about.
 */
function ViewPresentation() {
  const t = useT();
  const cy = useCanvas();
  const lang = useExplorer((state) => state.lang);
  const graph = useExplorer((state) => state.graph);
  const viewId = useExplorer((state) => state.scene.viewId);
  const step = useExplorer((state) => state.step);
  const goToStep = useExplorer((state) => state.goToStep);
  const { stop } = usePresentationMode();
  const views = useViews();
  const view = views?.find((item) => item.id === viewId);
  const steps = useMemo(() => presentationSteps(view, graph, lang, t), [view, graph, lang, t]);
  const index = Math.min(step, steps.length - 1);
  const current = steps[index]!;

  const last = steps.length - 1;
  const go = (next: number) => goToStep(Math.max(0, Math.min(last, next)));

  useEffect(() => {
    const move = (next: number) => goToStep(Math.max(0, Math.min(last, next)));
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'ArrowRight' || event.key === 'PageDown' || event.key === ' ') {
        event.preventDefault();
        move(index + 1);
      } else if (event.key === 'ArrowLeft' || event.key === 'PageUp') {
        event.preventDefault();
        move(index - 1);
      } else if (event.key === 'Escape') stop();
    };
    // Leaving full screen (Escape in the browser) leaves the presentation too.
    const onFullscreen = () => {
      if (!document.fullscreenElement) stop();
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [index, last, goToStep, stop]);

  // The canvas changed size (chrome hidden): tell Cytoscape, then frame the step.
  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    cy.resize();
    const inStep = cy.collection();
    for (const id of [...current.nodes, ...current.edges]) inStep.merge(cy.getElementById(id));
    cy.batch(() => {
      cy.elements().removeClass('faded');
      if (index > 0) cy.elements().not(inStep).addClass('faded');
    });
    cy.stop();
    fitView(cy, inStep, 60, true);
  }, [cy, current, index]);

  useEffect(
    () => () => {
      if (cy && !cy.destroyed()) {
        cy.elements().removeClass('faded');
        cy.resize();
      }
    },
    [cy],
  );

  return (
    <div
      className="presentation"
      role="region"
      aria-label={t.presentation.start}
      data-testid="presentation"
      data-step={index}
      data-steps={steps.length}
    >
      <div className="caption" aria-live="polite">
        <p className="step-count">{t.presentation.step(index + 1, steps.length)}</p>
        <h2 data-testid="caption-title">{current.title}</h2>
        <p data-testid="caption">{current.caption}</p>
        <div className="caption-controls">
          <button type="button" onClick={() => go(index - 1)} disabled={index === 0} aria-label={t.presentation.previous}>
            ←
          </button>
          <button type="button" onClick={() => go(index + 1)} disabled={index === steps.length - 1} aria-label={t.presentation.next}>
            →
          </button>
          <span className="hint">{t.presentation.hint}</span>
          <button type="button" onClick={stop}>
            {t.presentation.exit}
          </button>
        </div>
      </div>
    </div>
  );
}
