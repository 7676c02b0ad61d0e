import type { CheckContext } from './context';

export function checkPlacement(ctx: CheckContext): void {
  void ctx;
}
