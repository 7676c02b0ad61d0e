import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flagBits, flagsOutsideMask } from '../../../server/src/analysis/values/tcpFlags';
import { codes, marked } from './helpers';

test('flag lists', () => {
  assert.equal(flagBits('SYN,ACK'), 18);
  assert.equal(flagBits('all'), 63);
  assert.equal(flagBits('NONE'), 0);
  assert.equal(flagBits('BOGUS'), undefined);
  assert.deepEqual(flagsOutsideMask('SYN,RST', 'ACK'), ['ACK']);
  assert.deepEqual(flagsOutsideMask('ALL', 'SYN,ACK'), []);
});

test('--tcp-flags: both lists are checked as flag words', () => {
  assert.deepEqual(marked('-p tcp --tcp-flags SYN,RTS SYN'), ['error bad-enum-value: -p tcp --tcp-flags SYN,⟦RTS⟧ SYN']);
  assert.deepEqual(codes('-p tcp --tcp-flags SYN,RST,ACK,FIN syn'), []);
  assert.deepEqual(codes('-p tcp --tcp-flags ALL NONE'), []);
});

test('tcp-flags-never-match: a required flag the mask does not examine', () => {
  assert.deepEqual(marked('-p tcp --tcp-flags SYN,RST ACK'), ['warning tcp-flags-never-match: -p tcp --tcp-flags SYN,RST ⟦ACK⟧']);
  assert.deepEqual(codes('-p tcp --tcp-flags SYN,RST,ACK ACK'), []);
});
