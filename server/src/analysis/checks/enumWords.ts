// Which catalog enum word an option's value is. The comparison itself (exact,
// any case, by leading part) lives in values/enum.ts; this re-exports the
// helpers the option and placement checks use, so they read words as iptables does.
export { enumValue, findOptionWord } from '../values/enum';
