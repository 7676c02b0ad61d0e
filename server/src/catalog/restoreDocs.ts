// Plain explanations of what is neither an option nor a module: the COMMIT
// line, chain policies, `!`, built-in chains. Hover and completion both show
// them, so they are written once here. Markdown; they never hold text from
// the user's file (callers add names, as code).
import type { ChainInfo } from './tables';

/** A `COMMIT` line. */
export const commitDoc =
  'Ends the table block. iptables-restore applies everything since the `*table` line here, all at once: if any rule of the block is refused, none of the block is applied.';

/** The policy word of a built-in chain, before the verdict's own explanation. */
export const policyDoc = 'The policy is what happens to packets that reach the end of the chain without a verdict.';

/** A policy word that is not ACCEPT or DROP. */
export const badPolicyDoc = 'Only ACCEPT or DROP can be a policy.';

/** `-` in place of a user chain's policy. */
export const userChainPolicyDoc =
  'A user chain has no policy, so its line reads `-`. A packet that reaches its end goes back to the rule after the `-j` that sent it here.';

/** `-` in place of a built-in chain's policy. */
export const keepPolicyDoc = "The built-in chain keeps the policy it has now.";

/** `!` before an option. */
export const negationDoc =
  '`!` before an option turns its condition around: `! -s 10.0.0.0/8` matches every source outside that network. Not every option can be negated.';

/** When the kernel runs a built-in chain. */
export function builtinChainDoc(chain: ChainInfo): string {
  return `The kernel runs it ${chain.where}.`;
}
