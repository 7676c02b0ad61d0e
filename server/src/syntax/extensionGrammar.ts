// What the parser needs to know about extension modules, supplied from above
// (the catalog implements it) so the syntax layer stays free of module knowledge.

export interface ModuleRef {
  kind: 'match' | 'target';
  name: string;
}

export interface ExtensionOption {
  /** Canonical long name. */
  name: string;
  arity: 0 | 1 | 2;
  /** The value may be left out: taken only when the next word does not start with `-` or `!` (as for core options). */
  optionalValue?: boolean;
}

export interface ExtensionGrammar {
  /** Is there an extension target of this name (so `-j NAME` loads options)? */
  hasTarget(name: string): boolean;
  /** The option spelled exactly `name` in module `module`; every spelling of one option gives the same object. */
  option(module: ModuleRef, name: string): ExtensionOption | undefined;
  /** Every long spelling of the module's options, for getopt-style abbreviation. */
  optionNames(module: ModuleRef): readonly string[];
  /** The match `-p PROTO` loads when an option is otherwise unknown (tcp -> tcp, icmpv6 -> icmp6). */
  protocolMatch(protocol: string): string | undefined;
}

/** Knows no modules: unknown options take the words up to the next option. */
export const noExtensions: ExtensionGrammar = {
  hasTarget: () => false,
  option: () => undefined,
  optionNames: () => [],
  protocolMatch: () => undefined,
};
