// Interface names for -i/-o and physdev: at most 15 characters (the kernel's
// IFNAMSIZ less the final NUL). A trailing `+` matches every name starting
// with the rest; anywhere else it is an ordinary character. The kernel never
// names an interface with `/`, `:` or blanks, so such a rule cannot match.
import { shown, type ValueEnv, type ValueSink } from './sink';

const IFNAMSIZ = 16;

export function checkInterface(text: string, at: number, env: ValueEnv, sink: ValueSink): void {
  const end = at + text.length;
  const rules = env.rules;
  if (text.length === 0) {
    if (rules.lengthTruncated) return;
    sink.error('bad-interface', `${env.option} needs an interface name such as eth0 (or eth+ for every eth interface); iptables refuses an empty one.`, at, end);
    return;
  }
  if (text.length > IFNAMSIZ - 1) {
    if (rules.lengthTruncated) {
      sink.warning('value-truncated', `${shown(text)} is longer than 15 characters: iptables keeps only \`${text.slice(0, 15)}\`, and no interface has a longer name.`, at + 15, end);
    } else {
      sink.error('bad-interface', `${shown(text)} is too long: interface names have at most 15 characters.`, at, end);
    }
    return;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '/' || c === ' ' || c === '\t' || c === ':') {
      const why = c === ':' ? '`:` marks an old-style address label (eth0:1), which is not an interface of its own' : `the kernel never puts ${c === '/' ? '`/`' : 'a blank'} in an interface name`;
      sink.warning('bad-interface', `${shown(text)} can never match: ${why}.`, at + i, at + i + 1);
      return;
    }
    if (c === '+' && i < text.length - 1) {
      sink.warning('bad-interface', `${shown(text)}: \`+\` is a wildcard only at the end of the name (eth+); here it is taken literally.`, at + i, at + i + 1);
      return;
    }
  }
}
