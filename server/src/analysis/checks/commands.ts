// Which commands the rule checks look at, by the parser's command names.

/** Commands that carry a full rule (its matches and target are read and checked). */
export const ruleCommands: ReadonlySet<string> = new Set(['append', 'insert', 'replace', 'delete', 'check']);

/** Commands whose rule the kernel sees (-A, -I, -R); -D and -C only run iptables' own checks. */
export const committedCommands: ReadonlySet<string> = new Set(['append', 'insert', 'replace']);
