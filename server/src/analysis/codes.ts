// Every diagnostic code the analysis can report, with its usual severity, a
// plain summary and a minimal example that triggers it. The README table is
// generated from this list (npm run docs:codes) and a test checks that the
// list and the source agree, and that every example really fires its code.
//
// Examples are restore-format rule lines placed inside `*<table>` ... `COMMIT`,
// unless they start with `*`, `#`, a byte order mark or an `iptables` command:
// those are whole documents used as they are.
import type { Severity } from '../syntax/problem';

export interface DiagnosticCodeInfo {
  /** The usual severity; where a code is an error or a warning depending on the case, the stricter one. */
  severity: Severity;
  /** One plain sentence: what it means and what to do. */
  summary: string;
  /** A minimal snippet that triggers the code. */
  example: string;
  /** The family the example is checked as (IPv4 when absent). */
  family?: 'ipv4' | 'ipv6';
  /** The table the example goes in (filter when absent). */
  table?: string;
}

export const diagnosticCodes: Record<string, DiagnosticCodeInfo> = {
  'ambiguous-option': {
    severity: 'error',
    summary: 'A shortened option name fits several options, so iptables cannot tell which one you mean; write the option out in full.',
    example: '-A INPUT -p tcp --d 22 -j ACCEPT',
  },
  'bad-address': {
    severity: 'error',
    summary: 'The address is not a valid IP address, network or host name for this option; fix the typo.',
    example: '-A INPUT -s 10.0.0.300 -j DROP',
  },
  'bad-argument': {
    severity: 'error',
    summary: 'A word stands on its own without an option in front of it, and iptables refuses the rule; add the missing option or remove the word.',
    example: '-A INPUT -p tcp 22 -j ACCEPT',
  },
  'bad-chain-name': {
    severity: 'error',
    summary: 'A chain name may not start with `-` or `!`; pick another name.',
    example: 'iptables -N !mychain',
  },
  'bad-counters': {
    severity: 'error',
    summary: 'Packet and byte counters must be written `[packets:bytes]` with two whole numbers (an error when the `:` or `]` is missing, a warning otherwise).',
    example: '[12] -A INPUT -j ACCEPT',
  },
  'bad-date': {
    severity: 'error',
    summary: 'The date or time of day is not one the time match can read; write dates as YYYY-MM-DDThh:mm:ss between 1970 and 2038, and times as hh:mm.',
    example: '-A INPUT -m time --timestart 25:00 -j DROP',
  },
  'bad-enum-value': {
    severity: 'error',
    summary: 'The value is not one of the words this option knows; pick one from the list in the message (some odd but accepted values are only a warning).',
    example: '-A INPUT -p tcp -j REJECT --reject-with icmp-nowhere',
  },
  'bad-icmp-type': {
    severity: 'error',
    summary: 'The ICMP type is not a known name, a number 0-255 or type/code; fix the spelling or use the number.',
    example: '-A INPUT -p icmp --icmp-type echo-reqest -j ACCEPT',
  },
  'bad-interface': {
    severity: 'error',
    summary: 'The interface name is empty, longer than 15 characters, or can never match (a warning for `/`, `:` or a `+` in the middle); write a real interface name such as eth0 or eth+.',
    example: '-A INPUT -i this-name-is-too-long -j ACCEPT',
  },
  'bad-mac': {
    severity: 'error',
    summary: 'The MAC address is not six hex bytes separated by colons; write it like 00:11:22:aa:bb:cc.',
    example: '-A INPUT -m mac --mac-source 00:11:22:33:44 -j DROP',
  },
  'bad-mark': {
    severity: 'error',
    summary: 'The mark is not a 32-bit value[/mask] (a warning when the value has bits outside the mask, so it never matches); fix the number.',
    example: '-A INPUT -m mark --mark 0x1ffffffff -j DROP',
  },
  'bad-number': {
    severity: 'error',
    summary: 'The value is not a number the option can read, or has extra characters after it (a warning when iptables just ignores them); write a plain decimal number.',
    example: '-A INPUT -m length --length 10x -j DROP',
  },
  'bad-owner': {
    severity: 'error',
    summary: 'The user or group is neither a plausible name nor a number; write a login name, a numeric id or a range of ids.',
    example: '-A OUTPUT -m owner --uid-owner "no body" -j DROP',
  },
  'bad-port': {
    severity: 'error',
    summary: 'The port is not a number 0-65535 or a service name iptables can use here (a warning when iptables keeps only the low 16 bits); fix the port.',
    example: '-A INPUT -p tcp --dport 70000 -j ACCEPT',
  },
  'bad-prefix': {
    severity: 'error',
    summary: 'The /prefix length or netmask does not fit the address (a warning for a netmask with holes in it); use a prefix length such as /24.',
    example: '-A INPUT -s 10.0.0.0/33 -j DROP',
  },
  'bad-protocol': {
    severity: 'error',
    summary: 'The protocol is not a name iptables knows or a number 0-255, or `! -p all` excludes every packet; fix the name or leave -p out.',
    example: '-A INPUT -p tcpp -j ACCEPT',
  },
  'bad-rate': {
    severity: 'error',
    summary: 'The rate is not a number per second, minute, hour or day that this option can read (a warning when iptables reads it differently from what it looks like); write it like 10/second.',
    example: '-A INPUT -m limit --limit 5/fortnight -j ACCEPT',
  },
  'bad-rule-number': {
    severity: 'error',
    summary: 'Rule numbers start at 1; give a whole number of at least 1.',
    example: '-I INPUT 0 -j ACCEPT',
  },
  'bad-string': {
    severity: 'error',
    summary: 'The text value is empty or holds a character this option cannot take; change the text.',
    example: '-A INPUT -m recent --name bad/name --set',
  },
  'builtin-chain-wrong-table': {
    severity: 'error',
    summary: 'The chain line gives a policy to a built-in chain name that this table does not have; use a chain of this table or declare a user chain with `-`.',
    example: ':FORWARD DROP [0:0]',
    table: 'nat',
  },
  'builtin-name-user-chain': {
    severity: 'warning',
    summary: 'The chain has the name of a built-in chain of another table, so it becomes a user chain that no packet reaches by itself; rename it or move it to the right table.',
    example: ':FORWARD - [0:0]',
    table: 'nat',
  },
  'byte-order-mark': {
    severity: 'error',
    summary: 'The file starts with an invisible byte order mark that iptables-restore chokes on; save the file as UTF-8 without BOM.',
    example: '\uFEFF*filter\nCOMMIT\n',
  },
  'chain-name-too-long': {
    severity: 'error',
    summary: 'The chain name is longer than iptables allows (28 characters); shorten it.',
    example: ':THIS_CHAIN_NAME_IS_MUCH_TOO_LONG - [0:0]',
  },
  'chain-named-like-target': {
    severity: 'error',
    summary: 'A chain cannot be named after a target such as ACCEPT or DROP; pick another name.',
    example: ':ACCEPT - [0:0]',
  },
  'commit-outside-table': {
    severity: 'error',
    summary: 'COMMIT closes a table block, but no table is open here; remove it or add a `*table` line before the rules.',
    example: '*filter\nCOMMIT\nCOMMIT\n',
  },
  'commit-trailing-space': {
    severity: 'error',
    summary: 'There are spaces after COMMIT, so iptables-restore reads it as a rule and fails; delete them.',
    example: '*filter\nCOMMIT \n',
  },
  'commit-without-newline': {
    severity: 'warning',
    summary: 'The file ends right after COMMIT without a line break, which the legacy iptables-restore refuses; add a newline at the end.',
    example: '*filter\nCOMMIT',
  },
  'crlf-line-ending': {
    severity: 'error',
    summary: 'The lines end in Windows CR LF, which iptables-restore fails on (in a script the shell hands the CR to iptables, which refuses `ACCEPT\\r`); save the file with plain LF line endings.',
    example: '-A INPUT -j ACCEPT\r',
  },
  'dangling-negation': {
    severity: 'error',
    summary: 'A `!` at the end of the rule has nothing to negate; remove it or put an option after it.',
    example: '-A INPUT -j ACCEPT !',
  },
  'deprecated-match': {
    severity: 'hint',
    summary: 'The match is an old alias of a newer one; it still works, but write the modern form shown in the message.',
    example: '-A INPUT -m state --state ESTABLISHED -j ACCEPT',
  },
  'double-negation': {
    severity: 'error',
    summary: 'Two `!` in a row are refused; keep a single `!` before the option.',
    example: '-A INPUT ! ! -s 10.0.0.1 -j DROP',
  },
  'duplicate-chain': {
    severity: 'error',
    summary: 'The chain is created twice in the same table, or is a built-in chain that exists already; remove the second declaration.',
    example: ':MYCHAIN - [0:0]\n:MYCHAIN - [0:0]',
  },
  'duplicate-option': {
    severity: 'error',
    summary: 'The same option is given twice where iptables allows it only once; keep one, or split the rule in two.',
    example: '-A INPUT -s 10.0.0.1 -s 10.0.0.2 -j DROP',
  },
  'duplicate-rule': {
    severity: 'warning',
    summary: 'The rule repeats an earlier rule of the same chain word for word, so it never decides anything; delete the copy.',
    example: '-A INPUT -p tcp --dport 22 -j ACCEPT\n-A INPUT -p tcp --dport 22 -j ACCEPT',
  },
  'exclusive-options': {
    severity: 'error',
    summary: 'Two options of the same module cannot be used together, and iptables refuses the rule; keep one of them.',
    example: '-A INPUT -p tcp --syn --tcp-flags SYN,ACK SYN -j ACCEPT',
  },
  'extra-words': {
    severity: 'warning',
    summary: 'iptables-restore ignores the words after the table name or the chain counters; delete them or make them a comment line.',
    example: ':INPUT ACCEPT [0:0] extra',
  },
  'family-mismatch': {
    severity: 'error',
    summary: 'An address or value belongs to the other IP version than this file (IPv4 in an ip6tables file or the reverse); use the right address or set the family.',
    example: '-A INPUT -s 10.0.0.1 -j ACCEPT',
    family: 'ipv6',
  },
  'family-mismatch-module': {
    severity: 'error',
    summary: 'A match, target or option exists only for the other IP version (a warning when the family was only guessed); move the rule to the right file or set the family.',
    example: '-A INPUT -m ipv6header --header frag -j DROP',
  },
  'family-option-refused': {
    severity: 'error',
    summary: 'A command line gives `-6` to iptables (or `-4` to ip6tables): the program refuses it and exits with an error; use the program of that IP version, or drop the option.',
    example: 'iptables -6 -A INPUT -j ACCEPT\n',
  },
  'hostname-lookup': {
    severity: 'warning',
    summary: 'A host name is looked up in DNS once when the rules are loaded, so the rule depends on DNS working then; write the IP address instead.',
    example: '-A INPUT -s example.com -j ACCEPT',
  },
  'indented-comment': {
    severity: 'error',
    summary: 'A `#` comment only counts in the first column; an indented one is read as a rule and fails, so remove the spaces before `#`.',
    example: '  # allow ssh',
  },
  'indented-line': {
    severity: 'error',
    summary: 'Table, chain and COMMIT lines must start in the first column; remove the leading spaces.',
    example: '  :MYCHAIN - [0:0]',
  },
  'interface-never-matches': {
    severity: 'warning',
    summary: 'The packets reaching this user chain have no incoming (or outgoing) interface, so `-i`/`-o` never matches (or, negated, always matches); use the other option or reach the chain from elsewhere.',
    example: ':MYCHAIN - [0:0]\n-A OUTPUT -j MYCHAIN\n-A MYCHAIN -i eth0 -j DROP',
  },
  'interface-not-allowed-here': {
    severity: 'error',
    summary: 'iptables refuses `-i` in OUTPUT and POSTROUTING and `-o` in INPUT and PREROUTING, because the packet has no such interface there; use the other option.',
    example: '-A OUTPUT -i eth0 -j DROP',
  },
  'intrapositioned-negation': {
    severity: 'error',
    summary: 'Writing `!` after the option is an old form that iptables 1.8 refuses; put the `!` before the option.',
    example: '-A INPUT -s ! 10.0.0.1 -j DROP',
  },
  'invalid-policy': {
    severity: 'error',
    summary: 'A built-in chain policy can only be ACCEPT or DROP; change the policy and put other actions in a final rule.',
    example: ':INPUT REJECT [0:0]',
  },
  'jump-loop': {
    severity: 'error',
    summary: 'Chains jump to each other in a circle, which the kernel refuses, so the table fails to load; break the loop.',
    example: ':A - [0:0]\n:B - [0:0]\n-A INPUT -j A\n-A A -j B\n-A B -j A',
  },
  'jump-to-builtin-chain': {
    severity: 'error',
    summary: 'Rules can only jump or go to user chains, not to a built-in chain such as OUTPUT; create a user chain for the shared rules.',
    example: '-A INPUT -j OUTPUT',
  },
  'match-not-allowed-here': {
    severity: 'error',
    summary: 'The match (or one of its options) only works in some tables or chains, and the kernel refuses it here; move the rule to a chain where it works.',
    example: '-A INPUT -m owner --uid-owner 0 -j ACCEPT',
  },
  'missing-argument': {
    severity: 'error',
    summary: 'The option needs a value and none follows it; add the value.',
    example: '-A INPUT -j ACCEPT -s',
  },
  'missing-chain-name': {
    severity: 'error',
    summary: 'A `:` chain line has no chain name after the colon; write `:NAME POLICY [0:0]`.',
    example: ':',
  },
  'missing-commit': {
    severity: 'error',
    summary: 'A table block never ends with COMMIT, so iptables-restore throws it away and fails; add COMMIT at the end of the block.',
    example: '*filter\n-A INPUT -j ACCEPT\n',
  },
  'missing-mandatory-option': {
    severity: 'error',
    summary: 'The match or target needs an option that the rule does not give; add the option named in the message.',
    example: '-A INPUT -m string --string "GET /admin" -j DROP',
  },
  'missing-policy': {
    severity: 'error',
    summary: 'A chain line needs a policy after the name: ACCEPT or DROP for a built-in chain, `-` for a user chain.',
    example: ':INPUT',
  },
  'missing-table-name': {
    severity: 'error',
    summary: 'A `*` line needs the table name after the star, such as `*filter`.',
    example: '*\nCOMMIT\n',
  },
  'module-needs-protocol': {
    severity: 'error',
    summary: 'The match or target only works for some protocols and the rule does not say `-p` with one of them (or says it too late); add the right `-p` before it.',
    example: '-A INPUT -m multiport --dports 22,80 -j ACCEPT',
  },
  'multiple-commands': {
    severity: 'error',
    summary: 'A rule can hold only one command such as -A or -D; split it into two lines.',
    example: '-A INPUT -D INPUT -j ACCEPT',
  },
  'negated-protocol-match': {
    severity: 'error',
    summary: '`! -p tcp` means every protocol except TCP, but the match or option that follows only works on TCP; drop the `!` or the match.',
    example: '-A INPUT ! -p tcp -m multiport --dports 22 -j ACCEPT',
  },
  'negation-not-allowed': {
    severity: 'error',
    summary: 'This option cannot be negated with `!` (a warning where iptables simply ignores the `!`); remove the `!` and write the opposite test another way.',
    example: '-A INPUT -m limit ! --limit 5/second -j ACCEPT',
  },
  'no-command': {
    severity: 'error',
    summary: 'The line has no command such as -A, -I or -N, so iptables does not know what to do with it; start the rule with a command.',
    example: '-s 10.0.0.1 -j DROP',
  },
  'number-out-of-range': {
    severity: 'error',
    summary: 'The number is outside what this option takes (a warning when iptables quietly cuts it down); pick a value in the range given in the message.',
    example: '-A INPUT -m ttl --ttl-eq 300 -j DROP',
  },
  'option-needs-module': {
    severity: 'error',
    summary: 'The option belongs to a match or target that the rule does not load, or loads only later; add `-m NAME`, `-p PROTO` or `-j NAME` before it.',
    example: '-A INPUT --dport 22 -j ACCEPT',
  },
  'option-needs-protocol': {
    severity: 'error',
    summary: 'The option (or this value of it) only works with certain protocols and the rule does not match one of them; add the right `-p`.',
    example: '-A INPUT -j REJECT --reject-with tcp-reset',
  },
  'option-not-for-command': {
    severity: 'error',
    summary: 'iptables refuses this option with this command (`-n` goes only with `-L`, `-s` or `-j` only with commands that carry a rule); remove the option or use the command it belongs to.',
    example: '-A INPUT -n -j ACCEPT',
  },
  'option-order': {
    severity: 'error',
    summary: 'The option only works when another option of the same match comes before it, and here that one comes later; swap the two.',
    example: '-A OUTPUT -m owner --suppl-groups --gid-owner 100 -j ACCEPT',
  },
  'option-refused-in-restore': {
    severity: 'error',
    summary: 'iptables-restore refuses this option (`-w`, `-W`) inside its input and fails the whole file; give it to iptables-restore itself on its command line instead.',
    example: '-A INPUT -w -j ACCEPT',
  },
  'option-requires': {
    severity: 'error',
    summary: 'The option only works together with another option of the same module; add the option named in the message.',
    example: '-A INPUT -m recent --name ssh --rcheck --reap -j DROP',
  },
  'option-wrong-family': {
    severity: 'error',
    summary: 'The option exists in one IP version only and the program of the other one refuses the rule (ip6tables has no `-f`: use `-m frag`); remove it or move the rule to the right file (a warning when the file\'s IP version is only a guess).',
    example: '-A INPUT -f -j ACCEPT',
    family: 'ipv6',
  },
  'other-family-rule': {
    severity: 'hint',
    summary: 'The rule is marked `-4` or `-6` for the other IP version, so iptables skips it in this file; nothing to fix unless you expected it to apply.',
    example: '-A INPUT -6 -j ACCEPT',
  },
  'outside-table': {
    severity: 'error',
    summary: 'A rule or chain line comes before any `*table` line; start the block with `*filter` (or another table).',
    example: '# no table line\n-A INPUT -j ACCEPT\n',
  },
  'placement-not-checked': {
    severity: 'hint',
    summary: 'No packet reaches this user chain yet, so the kernel does not check that the match or target is allowed here; it will once a built-in chain jumps to it.',
    example: ':MYCHAIN - [0:0]\n-A MYCHAIN -m owner --uid-owner 0 -j ACCEPT',
  },
  'policy-empty-element': {
    severity: 'error',
    summary: 'With `--strict`, each IPsec transformation of the policy match must name something (such as `--proto esp` or `--mode tunnel`); fill in the empty one or remove its `--next`.',
    example: '-A INPUT -m policy --dir in --pol ipsec --strict -j ACCEPT',
  },
  'policy-on-user-chain': {
    severity: 'error',
    summary: 'Only built-in chains have a policy; write `-` for a user chain and end it with a rule that decides what happens.',
    example: ':MYCHAIN DROP [0:0]',
  },
  'policy-strict-with-none': {
    severity: 'error',
    summary: '`--pol none` matches packets without IPsec, so there is nothing for `--strict` to compare and iptables refuses it; drop `--strict`.',
    example: '-A INPUT -m policy --dir in --pol none --strict -j ACCEPT',
  },
  'policy-too-many-elements': {
    severity: 'error',
    summary: 'The policy match can describe at most four IPsec transformations, so a fourth `--next` is refused; describe fewer.',
    example: '-A INPUT -m policy --dir in --pol ipsec --strict --proto esp --next --proto esp --next --proto esp --next --proto esp --next --proto esp -j ACCEPT',
  },
  'policy-tunnel-needs-mode': {
    severity: 'error',
    summary: '`--tunnel-src` and `--tunnel-dst` only work for a transformation in tunnel mode; add `--mode tunnel` to the same element.',
    example: '-A INPUT -m policy --dir in --pol ipsec --tunnel-src 10.0.0.1 -j ACCEPT',
  },
  'requires-one-of': {
    severity: 'error',
    summary: 'The match needs at least one of several options and has none; add one of those named in the message.',
    example: '-A INPUT -m ttl -j DROP',
  },
  'reversed-range': {
    severity: 'error',
    summary: 'The range starts above where it ends (an error where iptables refuses it, a warning where it accepts a range that matches nothing); write the lower value first.',
    example: '-A INPUT -p tcp -m multiport --dports 90:80 -j ACCEPT',
  },
  'rule-number-out-of-range': {
    severity: 'error',
    summary: 'The chain does not hold that many rules at this point of the block, so the insert, replace or delete fails; use a smaller number or -A.',
    example: '-I INPUT 5 -j ACCEPT',
  },
  'shadowed-rule': {
    severity: 'warning',
    summary: 'An earlier rule already decides every packet this rule would match, so it never fires; move it up or delete it.',
    example: '-A INPUT -p tcp -j ACCEPT\n-A INPUT -p tcp --dport 22 -j DROP',
  },
  'table-inside-table': {
    severity: 'error',
    summary: 'A new `*table` line starts while the previous table is still open; put COMMIT before it.',
    example: '*filter\n*nat\nCOMMIT\n',
  },
  'table-option-in-restore': {
    severity: 'error',
    summary: 'In restore files the table comes from the `*table` line, so `-t` is refused; remove it and put the rule in that table block.',
    example: '-A INPUT -t filter -j ACCEPT',
  },
  'target-not-allowed-here': {
    severity: 'error',
    summary: 'The target (or one of its options) only works in some tables or chains, and the kernel refuses it here; move the rule, e.g. DROP belongs in filter, not nat.',
    example: '-A PREROUTING -j DROP',
    table: 'nat',
  },
  'tcp-flags-never-match': {
    severity: 'warning',
    summary: 'A flag required to be set in `--tcp-flags` is not in the list of flags examined, so the rule never matches; add it to the first list.',
    example: '-A INPUT -p tcp --tcp-flags SYN,ACK FIN -j DROP',
  },
  'tcpmss-needs-syn': {
    severity: 'error',
    summary: 'TCPMSS only works on handshake packets, so the kernel refuses the rule without `--syn`; add `--syn` (or `--tcp-flags SYN,RST SYN`).',
    example: '-A FORWARD -p tcp -j TCPMSS --clamp-mss-to-pmtu',
    table: 'mangle',
  },
  'too-many-addresses': {
    severity: 'error',
    summary: 'The option takes fewer addresses than the list holds; split it over several rules.',
    example: '-A INPUT -m rt --rt-type 0 --rt-0-addrs ::1,::2,::3,::4,::5,::6,::7,::8,::9,::a,::b,::c,::d,::e,::f,::10,::11 -j DROP',
    family: 'ipv6',
  },
  'too-many-ports': {
    severity: 'error',
    summary: 'The multiport match takes at most 15 ports (a range counts as two); split the list over several rules.',
    example: '-A INPUT -p tcp -m multiport --dports 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16 -j ACCEPT',
  },
  'undeclared-chain': {
    severity: 'error',
    summary: 'The rule adds to a chain that is not declared above (a warning in scripts, where it may exist on the machine); declare it with `:NAME - [0:0]` or `-N NAME` first.',
    example: '-A MYCHAIN -j ACCEPT',
  },
  'unexpected-value': {
    severity: 'error',
    summary: 'The option takes no value but one was attached to it with `=`; remove the value.',
    example: '-A INPUT -p tcp --syn=yes -j ACCEPT',
  },
  'unknown-match': {
    severity: 'error',
    summary: 'No match module of that name exists; check the spelling after `-m`.',
    example: '-A INPUT -m conntrak --ctstate NEW -j ACCEPT',
  },
  'unknown-option': {
    severity: 'error',
    summary: 'Neither iptables nor the modules loaded before it know this option; check the spelling or load the module first.',
    example: '-A INPUT --frobnicate -j ACCEPT',
  },
  'unknown-table': {
    severity: 'error',
    summary: 'There is no table of that name; use filter, nat, mangle, raw or security.',
    example: '*filtr\nCOMMIT\n',
  },
  'unknown-target': {
    severity: 'error',
    summary: 'The jump target is not a built-in target, an extension target or a chain declared above (a warning in scripts); fix the spelling or declare the chain first.',
    example: '-A INPUT -j ACCEPTT',
  },
  'unreachable-rule': {
    severity: 'warning',
    summary: 'An earlier rule of the chain decides every packet, so no packet ever reaches this one; move it up or delete it.',
    example: '-A INPUT -j DROP\n-A INPUT -p tcp --dport 22 -j ACCEPT',
  },
  'unused-chain': {
    severity: 'hint',
    summary: 'No rule jumps or goes to this user chain, so no packet enters it; add a jump to it or delete it.',
    example: ':MYCHAIN - [0:0]\n-A MYCHAIN -j DROP',
  },
  'value-looks-like-option': {
    severity: 'warning',
    summary: 'The option took the next word, which looks like an option, as its value, as iptables does; add the missing value if that word was meant as the next option.',
    example: '-A INPUT -p tcp -j LOG --log-prefix --log-tcp-sequence',
  },
  'value-too-long': {
    severity: 'error',
    summary: 'The text is longer than this option allows and iptables refuses it; shorten it.',
    example: '-A INPUT -m set --match-set this_set_name_is_far_too_long_to_use src -j DROP',
  },
  'value-truncated': {
    severity: 'warning',
    summary: 'The text is longer than the kernel keeps, so iptables silently cuts it short; shorten it yourself so you know what is kept.',
    example: '-A INPUT -j LOG --log-prefix "this log prefix is longer than allowed: "',
  },
  'whitespace-line': {
    severity: 'error',
    summary: 'A line holding only spaces or tabs is not empty for iptables-restore and makes it fail; delete the spaces.',
    example: '   ',
  },
};
