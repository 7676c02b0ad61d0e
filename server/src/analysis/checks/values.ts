import type { CheckContext } from './context';

export function checkValues(ctx: CheckContext): void {
  void ctx;
}
