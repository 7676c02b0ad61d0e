// Every extension target module of iptables 1.8.9 (built-in verdicts live in ../builtins).
import type { ModuleSpec } from '../types';
import { targetList } from './list';

export const targets: readonly ModuleSpec[] = targetList;
