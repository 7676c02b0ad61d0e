// The family a script's program gives a line: an ip6tables command, or a table,
// chain or rule line of a heredoc fed to ip6tables-restore.
import type { Family, LineNode, RuleNode, TableNode, ChainNode } from './ast';

type FamilyLine = RuleNode | ChainNode | TableNode;

function carriesFamily(node: LineNode): node is FamilyLine {
  return node.kind === 'rule' || node.kind === 'chain' || node.kind === 'table';
}

/** The family a script's program gives the line, if any. */
export function programFamilyOf(node: LineNode): Family | undefined {
  return carriesFamily(node) ? node.programFamily : undefined;
}

/** Marks a line of restore input as read by the program of `family`. */
export function givenFamily(node: LineNode, family: Family): void {
  if (carriesFamily(node)) node.programFamily = family;
}
