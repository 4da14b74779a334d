/**
 * Every rule the analysis runs, in the order docs/rules.md lists them. Adding a rule is
 * adding its module (and test) and one line here.
 */
import { actualNotComparable } from './actual-not-comparable.js';
import { budgetSumMismatch } from './budget-sum-mismatch.js';
import { capInvalid } from './cap-invalid.js';
import { capSumMismatch } from './cap-sum-mismatch.js';
import { executionOverBudget } from './execution-over-budget.js';
import { gradeMismatch } from './grade-mismatch.js';
import { qualitativeOutOfBand } from './qualitative-out-of-band.js';
import { rateMismatch } from './rate-mismatch.js';
import { reasonMissing } from './reason-missing.js';
import { recognitionUncertain } from './recognition-uncertain.js';
import { reviewerDifference } from './reviewer-difference.js';
import type { Rule } from './rule.js';
import { scoreNegative } from './score-negative.js';
import { scoreNotNumber } from './score-not-number.js';
import { scoreOverCap } from './score-over-cap.js';
import { scoreRuleDeviation } from './score-rule-deviation.js';
import { scoreSuggested } from './score-suggested.js';
import { standardUnparsed } from './standard-unparsed.js';
import { subtotalMismatch } from './subtotal-mismatch.js';
import { taskBudgetMismatch } from './task-budget-mismatch.js';
import { totalMismatch } from './total-mismatch.js';
import { weightDeviation } from './weight-deviation.js';

export const RULES: readonly Rule[] = [
  scoreOverCap,
  scoreNegative,
  scoreNotNumber,
  capInvalid,
  capSumMismatch,
  subtotalMismatch,
  totalMismatch,
  gradeMismatch,
  rateMismatch,
  budgetSumMismatch,
  taskBudgetMismatch,
  scoreRuleDeviation,
  qualitativeOutOfBand,
  reasonMissing,
  actualNotComparable,
  weightDeviation,
  executionOverBudget,
  scoreSuggested,
  recognitionUncertain,
  reviewerDifference,
  standardUnparsed,
];
