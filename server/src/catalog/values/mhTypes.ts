// Mobility Header message types (IPv6 protocol 135) by name, each with its
// short form; the mh match takes any leading part of a name, in any case.
import type { EnumWord } from '../types';

export const mhTypes: EnumWord[] = [
  { word: 'binding-refresh-request', aliases: ['brr'], value: 0, doc: 'The correspondent asks the mobile node to renew its binding.' },
  { word: 'home-test-init', aliases: ['hoti'], value: 1, doc: 'Starts the return routability test through the home address.' },
  { word: 'careof-test-init', aliases: ['coti'], value: 2, doc: 'Starts the return routability test through the care-of address.' },
  { word: 'home-test', aliases: ['hot'], value: 3, doc: 'Answer to home-test-init.' },
  { word: 'careof-test', aliases: ['cot'], value: 4, doc: 'Answer to careof-test-init.' },
  { word: 'binding-update', aliases: ['bu'], value: 5, doc: 'The mobile node tells where it can be reached now.' },
  { word: 'binding-acknowledgement', aliases: ['ba'], value: 6, doc: 'Answer to a binding update.' },
  { word: 'binding-error', aliases: ['be'], value: 7, doc: 'Reports a problem with mobility signalling.' },
];
