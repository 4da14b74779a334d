/** Small display helpers shared by the pane's components. */

export { columnLetter, formatScore, rangeToA1 } from '../engine/index.js';
