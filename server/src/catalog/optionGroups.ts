// "Exactly one of these options": iptables wants one (requiresOneOf) and refuses
// two together (each option's excludes). Shared by matches and targets.

/**
 * For a group of options of which exactly one may be given: a function from an
 * option's name to the other options of the group, for its `excludes`.
 */
export function exclusive(group: readonly string[]): (name: string) => string[] {
  return (name) => group.filter((other) => other !== name);
}
