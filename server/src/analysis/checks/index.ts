// The semantic checks run after the structural ones, in this order.
import type { DocumentCheck } from './context';
import { checkLints } from './lints';
import { checkOptions } from './options';
import { checkPlacement } from './placement';
import { checkValues } from './values';

export const documentChecks: readonly DocumentCheck[] = [checkOptions, checkValues, checkPlacement, checkLints];
