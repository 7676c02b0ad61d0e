import type { CheckContext } from './context';

export function checkOptions(ctx: CheckContext): void {
  void ctx;
}
