// Every match module of iptables 1.8.9. The two parts are kept by name range only.
import type { ModuleSpec } from '../types';
import { matchesPart1 } from './part1';
import { matchesPart2 } from './part2';

export const matches: readonly ModuleSpec[] = [...matchesPart1, ...matchesPart2];
