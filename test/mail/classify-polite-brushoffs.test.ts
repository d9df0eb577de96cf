import { read, said } from '../support/read-reply.js';

/**
 * Twenty more everyday replies (2026-12-04, the record's "Ninety more, laid out", last part): 18
 * of 20 in category at first sight. Their lessons, each beside the sense it must keep.
 */
describe('polite brush-offs', () => {
  test('when a reply says the team is busy with other priorities, then it is a no; with a question or a later, not', () => {
    // The model alone read "Thanks for the info. At this point we are focusing on other priorities."
    // as nothing: the rule decides now, whatever the thanks around it.
    const busy = read('Thanks so much for the details. Right now we are concentrating on other initiatives.');
    expect([busy.category, busy.signals.includes('text:no:en')]).toEqual(['not_interested', true]);
    expect(read("We've been focusing on other projects, but could you send the pricing?").category).toBe(
      'interested',
    );
    expect(read('The platform team is focusing on other areas this year.').category).not.toBe(
      'not_interested',
    );
  });

  test('when a reply asks for the short version of what we sell, then it is puzzled, not a yes', () => {
    expect(said("What's the short version? I'm not sure what you're offering.")).toEqual(['other', 'none']);
    expect(said('Can you explain it in one sentence?')[0]).toBe('other');
  });

  // First taught as the wrong person; the corpus's written rule makes the procurement portals a no
  // (test/fixtures/replies/source/README.md), and so they are since the session after.
  test('when a reply says sellers must use a portal or another door, then it is a no', () => {
    expect(said('Supplier inquiries need to be submitted via our vendor registration page.')).toEqual([
      'not_interested',
      'none',
    ]);
    expect(
      said('Our procurement requires vendors to register on our portal first: vendors.bluepeak.io'),
    ).toEqual(['not_interested', 'none']);
    expect(read('Our vendor onboarding is slow, so start early if we go ahead.').intent.kind).not.toBe(
      'wrong_person',
    );
  });
});
