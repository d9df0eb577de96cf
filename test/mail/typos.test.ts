import { describe, expect, it } from '@jest/globals';
import { spelled } from '../../src/domain/spelling.js';
import { read, said } from '../support/read-reply.js';

// Two letters swapped or one left out in a word some rule reads turned 237 and 232 of the
// corpus's 5,705 replies into other answers (docs/reply-classifier.md, "Typos in any word"); the
// short list of corrected keywords knew none of these words.

describe('a typo in a word the rules read', () => {
  it.each([
    ['Is the data enrcypted at rest?', 'interested', ['security']],
    ['How long does imlpementation take for 30 reps?', 'interested', []],
    ['Do you have a sandobx we could try first?', 'interested', ['demo']],
    ['Can I see a walkthorugh on Thursday?', 'interested', ['demo']],
    ['Do you offer wbehooks?', 'interested', ['integration']],
  ])('%j reads as it would spelled right', (text, category, topics) => {
    expect(said(text)).toEqual([category, topics]);
  });

  it('reads a month and a verb with a typo', () => {
    expect(read('Not now. Please reconect in Fberuary.').intent).toEqual({
      kind: 'not_now',
      followUp: '2027-02-01',
    });
  });

  it('leaves alone what is no typo: a name, another language, a word a rule names, a plural', () => {
    expect(spelled('brightline')).toBe('brightline');
    expect(spelled('precios')).toBe('precios');
    expect(spelled('danke')).toBe('danke');
    expect(spelled('preise')).toBe('preise');
    expect(spelled('spammed')).toBe('spammed');
    expect(spelled('webhook')).toBe('webhook');
    expect(spelled('sedning')).toBe('sending');
  });
});
