import type { StateCreator } from 'zustand';
import type { ExplorerState } from './store';

/** One domain's part of the explorer store: its state and the named actions that change it. */
export type Slice<T> = StateCreator<ExplorerState, [], [], T>;

export interface Position {
  x: number;
  y: number;
}
