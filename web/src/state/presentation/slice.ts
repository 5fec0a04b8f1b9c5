import type { SizeMetric } from '../../graph/readability/sizeScale';
import type { Slice } from '../slice';

/** What sizes the nodes, on the explore canvas and in the cooperation network alike. */
export type Metric = SizeMetric;

export interface PresentationSlice {
  presenting: boolean;
  step: number;
  tableOpen: boolean;
  /** What sizes the nodes (degree by default; betweenness and PageRank come from the API). */
  metric: Metric;
  startPresenting(): void;
  stopPresenting(): void;
  goToStep(step: number): void;
  /** Back to where a link left the presentation (on or off, at which step). */
  resumePresentation(presenting: boolean, step: number): void;
  setTableOpen(open: boolean): void;
  setMetric(metric: Metric): void;
}

export const createPresentationSlice: Slice<PresentationSlice> = (set) => ({
  presenting: false,
  step: 0,
  tableOpen: false,
  metric: 'degree',
  startPresenting() {
    set({ presenting: true, step: 0, focus: null, tableOpen: false });
  },
  stopPresenting() {
    set({ presenting: false, step: 0 });
  },
  goToStep(step) {
    set({ step });
  },
  resumePresentation(presenting, step) {
    set({ presenting, step });
  },
  setTableOpen(tableOpen) {
    set({ tableOpen });
  },
  setMetric(metric) {
    set({ metric });
  },
});
