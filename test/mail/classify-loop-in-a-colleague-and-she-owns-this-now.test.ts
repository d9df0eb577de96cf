import { kindOf, read } from '../support/read-reply.js';

/**
 * Fiftieth session (docs/reply-classifier.md, "A colleague looped in, 'she owns this now'"): six whole
 * mails in six more clients' shapes 4 of 6. A time picked with a colleague looped in was read as a
 * hand-off, and a forward's "She owns this now, please work with her directly." as a question about
 * integrations ("work with").
 */
describe('a yes with a colleague looped in', () => {
  test('when the writer picks a time and loops in a colleague, then it is their yes', () => {
    expect(
      kindOf('Can you do Wed at 11 PT? Loop in my colleague Sam (sam.ortiz@helix-bio.com) too.'),
    ).toEqual(['interested', 'none']);
  });
});

describe('a forward that hands the thread on', () => {
  test.each([
    "Jordan - see Paula's note below. She owns this now, please work with her directly.",
    'He handles this going forward.',
  ])('%j is the wrong person', (text) => {
    expect(kindOf(text)).toEqual(['other', 'wrong_person']);
  });

  test('when "work with her" names a person, then it asks nothing about integrations', () => {
    expect(read('Please work with her directly.').flags.priority).not.toContain('integration');
  });

  test('when a buyer asks whether it works with a tool, then it is still an integration question', () => {
    expect(read('Does it work with HubSpot?').intent).toEqual({ kind: 'question', topics: ['integration'] });
  });
});
