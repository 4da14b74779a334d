import type { WorkbookSpec } from './spec.js';
import { shangjie2021 } from './shangjie-2021.js';
import { yunxi2021 } from './yunxi-2021.js';
import { longgang2020 } from './longgang-2020.js';
import { lianyungang2021 } from './lianyungang-2021.js';
import { guangzhou2022 } from './guangzhou-2022.js';

/** The five seed reports as workbooks, in seed order (000 … 004). */
export const allExamples: readonly WorkbookSpec[] = [
  shangjie2021,
  yunxi2021,
  longgang2020,
  lianyungang2021,
  guangzhou2022,
];
