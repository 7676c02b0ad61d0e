// DiffServ class names accepted by `-m dscp --dscp-class` and `-j DSCP --set-dscp-class` (any case).
import type { EnumWord } from '../types';

export const dscpClasses: EnumWord[] = [
  { word: 'BE', doc: 'Best effort, the default class (DSCP 0).' },
  { word: 'EF', doc: 'Expedited forwarding, low-delay traffic such as voice (DSCP 46).' },
  { word: 'CS0', doc: 'Class selector 0, same as best effort (DSCP 0).' },
  { word: 'CS1', doc: 'Class selector 1, often used for low-priority bulk traffic (DSCP 8).' },
  { word: 'CS2', doc: 'Class selector 2 (DSCP 16).' },
  { word: 'CS3', doc: 'Class selector 3 (DSCP 24).' },
  { word: 'CS4', doc: 'Class selector 4 (DSCP 32).' },
  { word: 'CS5', doc: 'Class selector 5 (DSCP 40).' },
  { word: 'CS6', doc: 'Class selector 6, network control traffic (DSCP 48).' },
  { word: 'CS7', doc: 'Class selector 7, reserved for network control (DSCP 56).' },
  { word: 'AF11', doc: 'Assured forwarding class 1, low drop chance (DSCP 10).' },
  { word: 'AF12', doc: 'Assured forwarding class 1, medium drop chance (DSCP 12).' },
  { word: 'AF13', doc: 'Assured forwarding class 1, high drop chance (DSCP 14).' },
  { word: 'AF21', doc: 'Assured forwarding class 2, low drop chance (DSCP 18).' },
  { word: 'AF22', doc: 'Assured forwarding class 2, medium drop chance (DSCP 20).' },
  { word: 'AF23', doc: 'Assured forwarding class 2, high drop chance (DSCP 22).' },
  { word: 'AF31', doc: 'Assured forwarding class 3, low drop chance (DSCP 26).' },
  { word: 'AF32', doc: 'Assured forwarding class 3, medium drop chance (DSCP 28).' },
  { word: 'AF33', doc: 'Assured forwarding class 3, high drop chance (DSCP 30).' },
  { word: 'AF41', doc: 'Assured forwarding class 4, low drop chance (DSCP 34).' },
  { word: 'AF42', doc: 'Assured forwarding class 4, medium drop chance (DSCP 36).' },
  { word: 'AF43', doc: 'Assured forwarding class 4, high drop chance (DSCP 38).' },
];
