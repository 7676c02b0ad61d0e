// Integer value shapes that many modules share. iptables reads integers with
// strtoul base 0, so decimal, 0x hex (and leading-zero octal) all work.
import type { ValueType } from '../types';

/** 0-255, such as a TTL or a header byte. */
export const u8: ValueType = { kind: 'number', min: 0, max: 255, hex: true };
/** 0-65535, such as a length or a queue number. */
export const u16: ValueType = { kind: 'number', min: 0, max: 65535, hex: true };
/** 0-4294967295, any 32-bit unsigned integer. */
export const u32: ValueType = { kind: 'number', min: 0, max: 4294967295, hex: true };
/** A 16-bit integer or a first:last range of them. */
export const u16Range: ValueType = { kind: 'numberRange', min: 0, max: 65535, separator: ':', hex: true };
/** A 32-bit integer or a first:last range of them. */
export const u32Range: ValueType = { kind: 'numberRange', min: 0, max: 4294967295, separator: ':', hex: true };
/** value[/mask], each a 32-bit integer. */
export const mark32 = { kind: 'mark', bits: 32 } satisfies ValueType;
