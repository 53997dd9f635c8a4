// The symbol in each heatmap cell, so that coverage reads without colour (and in print).
import type { CellState } from './matrix';

export const CELL_SYMBOLS: Readonly<Record<CellState, string>> = { full: '●', partial: '◐', none: '' };
