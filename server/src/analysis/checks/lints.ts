import type { CheckContext } from './context';

export function checkLints(ctx: CheckContext): void {
  void ctx;
}
