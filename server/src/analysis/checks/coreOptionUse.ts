// Where iptables accepts its own options: some are refused inside
// iptables-restore input (-w, -W), some exist in one family only (-f), and
// most go with some commands only (-n with -L, -s with rule commands). The
// facts are flags on syntax/coreOptions.ts, shared with completion; each was
// measured with iptables 1.8.9 (legacy) in a throw-away network namespace.
import { coreDocs } from '../../catalog/coreDocs';
import { makeFinding } from '../finding';
import { familyOf } from '../model';
import type { OptionNode, RuleNode } from '../../syntax/ast';
import { allowedWith, commandOption, commandUse, type CommandUse, type CoreOption } from '../../syntax/coreOptions';
import { ruleCheck, type CheckContext, type RuleCheck } from './context';
import { orList } from './wording';
import { familyLabel, familyProgram } from '../../syntax/programs';

/** -V and -h print and exit as soon as iptables reads them: nothing else is checked. */
const exitAtOnce = new Set(['version', 'help']);

export function coreOptionUseCheck(ctx: CheckContext): RuleCheck {
  return ruleCheck((rule) => {
    for (const option of rule.options) {
      if (option.owner.kind !== 'core' || option.owner.spec.command) continue;
      const spec = option.owner.spec;
      if (rule.origin === 'restore' && spec.restore === false && spec.long !== '--table') refusedInRestore(ctx, option);
      if (spec.family) wrongFamily(ctx, rule, option, spec);
      if (rule.command && !exitAtOnce.has(rule.command.name)) {
        const use = commandUse(rule.command.name, rule.operands.length);
        if (!allowedWith(spec, use)) notForCommand(ctx, rule, option, spec, use);
      }
    }
  });
}

// -t is refused too, but the parser already reports it (table-option-in-restore).
function refusedInRestore(ctx: CheckContext, option: OptionNode): void {
  ctx.report(makeFinding('option-refused-in-restore', `iptables-restore refuses \`${option.written}\` inside its input, so the whole file fails; it only works on an iptables command line (give iptables-restore its own \`${option.written}\` instead).`, option.range, 'error'));
}

function wrongFamily(ctx: CheckContext, rule: RuleNode, option: OptionNode, spec: CoreOption): void {
  const family = familyOf(rule, ctx.family);
  if (family === spec.family) return;
  // The program name settles the family; otherwise it may be a guess.
  const certain = rule.programFamily !== undefined || ctx.familyCertain;
  const program = familyProgram(family);
  const instead = coreDocs[spec.long].otherFamily;
  const hint = instead ? ` ${instead}` : '';
  ctx.report(makeFinding('option-wrong-family', `\`${option.written}\` does not exist in ${program} (${familyLabel(family)}), which refuses the rule.${hint}`, option.range, certain ? 'error' : 'warning'));
}

function notForCommand(ctx: CheckContext, rule: RuleNode, option: OptionNode, spec: CoreOption, use: CommandUse): void {
  const allowed = spec.commands ?? [];
  const shorts = allowed.map((c) => `\`${commandOption(c).short}\``);
  const command = rule.command!.option.written;
  const byNumber = use === 'delete-number' ? ' and a rule number' : '';
  const deleteNote = allowed.includes('delete') ? ' (`-D` with a whole rule, not a number)' : '';
  ctx.report(makeFinding('option-not-for-command', `iptables refuses \`${option.written}\` with \`${command}\`${byNumber}: it only goes with ${orList(shorts)}${deleteNote}.`, option.range, 'error'));
}
