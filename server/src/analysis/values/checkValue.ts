// One entry point from a catalog ValueType to the checker of its kind.
import type { ValueType } from '../../catalog/types';
import { checkAddress, checkAddressRange, checkPrefix } from './address';
import { checkEnum } from './enum';
import { checkIcmpType } from './icmpType';
import { checkInterface } from './interface';
import { checkMac } from './mac';
import { checkMark } from './mark';
import { checkNatRange } from './natRange';
import { checkNumber, checkNumberRange } from './number';
import { checkOwner } from './owner';
import { checkPortList } from './portList';
import { checkPortRange, checkSinglePort } from './ports';
import { checkPrefixLength } from './prefixLength';
import { checkProtocol } from './protocol';
import { checkRate } from './rate';
import type { ValueEnv, ValueSink } from './sink';
import { checkWithReader } from './special';
import { checkString } from './string';

/** Checks `text` (the argument as iptables receives it) against `type`; `at` is added to every reported offset. */
export function checkValue(type: ValueType, text: string, at: number, env: ValueEnv, sink: ValueSink): void {
  switch (type.kind) {
    case 'address':
      return checkAddress(type, text, at, env, sink);
    case 'addressRange':
      return checkAddressRange(text, at, env, sink);
    case 'natRange':
      return checkNatRange(type, text, at, env, sink);
    case 'prefix':
      return checkPrefix(type, text, at, env, sink);
    case 'port':
      return checkSinglePort(text, at, env, sink);
    case 'portRange':
      return checkPortRange(type, text, at, env, sink);
    case 'portList':
      return checkPortList(type, text, at, env, sink);
    case 'number':
      return checkNumber(type, text, at, env, sink);
    case 'numberRange':
      return checkNumberRange(type, text, at, env, sink);
    case 'icmpType':
      return checkIcmpType(type.family, text, at, env, sink);
    case 'prefixLength':
      return checkPrefixLength(text, at, env, sink);
    case 'mark':
      return checkMark(type, text, at, env, sink);
    case 'rate':
      return checkRate(type, text, at, env, sink);
    case 'enum':
      // Some word lists are read by a reader of their own (weekdays by their first letters...).
      if (type.reader) return checkWithReader(type.reader, text, at, env, sink);
      return checkEnum(type, text, at, env, sink);
    case 'string':
      return checkString(type, text, at, env, sink);
    case 'interface':
      return checkInterface(text, at, env, sink);
    case 'mac':
      return checkMac(text, at, env, sink);
    case 'protocol':
      return checkProtocol(text, at, env, sink);
    case 'owner':
      return checkOwner(type, text, at, env, sink);
    case 'chain':
      return;
    case 'other':
      if (type.reader) checkWithReader(type.reader, text, at, env, sink);
      return;
  }
}
