import { normalise } from '../../src/domain/normalise.js';
import { read, said } from '../support/read-reply.js';

/**
 * Thirty replies in the shapes of texting and of English as a second language (2026-12-04; the
 * record's "Terse and second-language"): 27 of 30 in category at first sight once their labels
 * followed the corpus. The misses, each beside the sense it must keep.
 */
describe('replies written plainly, or in a second language', () => {
  test('when a letter is signed at the end of its last line, then the signature is no part of the answer', () => {
    expect(normalise('We are not require such system now. Kind regards, Olumide Bello')).toBe(
      'we are not require such system now.',
    );
    expect(said('Thank you for your mail. We have no need of this at present. Best regards, Ahmed')).toEqual([
      'not_interested',
      'none',
    ]);
    // A sentence that only looks like one stays: "Thanks" after a question is a courtesy anyway.
    expect(normalise('Is there a trial? Best of luck either way')).toBe(
      'is there a trial? best of luck either way',
    );
  });

  test('when a reply asks us to propose a time or is glad to have a meeting, then it is a yes', () => {
    expect(said('Kindly propose two or three times.')).toEqual(['interested', 'none']);
    expect(said('Please send me some slots that work.')).toEqual(['interested', 'none']);
    expect(said('I will be glad to have meeting with your team.')).toEqual(['interested', 'none']);
    expect(read('I am not glad to have a call about this.').signals).not.toContain('text:yes:en');
  });

  test('when someone says they are not the right guy, then it is the wrong person', () => {
    expect(read('Sorry, not the right gal for this - maybe ask Priyanka.').intent).toEqual({
      kind: 'wrong_person',
    });
    expect(read("I'm not your guy.").intent).toEqual({ kind: 'wrong_person' });
  });
});
