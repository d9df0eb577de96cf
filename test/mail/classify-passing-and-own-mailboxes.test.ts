import { kindOf, read, said } from '../support/read-reply.js';

/**
 * Forty-eighth session (docs/reply-classifier.md, "'We're passing', 'my personal Gmail'"): 48
 * replies (thirty everyday English, ten Russian, eight machine notes and absences) 37 right as
 * shipped, 40 once my labels followed the corpus's; now 47.
 */
describe('noes in few words', () => {
  test.each(["Already talked to your colleague Ben last week. We're passing.", 'Passing, thanks.'])(
    '%j is a no',
    (text) => {
      expect(kindOf(text)).toEqual(['not_interested', 'none']);
    },
  );

  test('when the writer is passing it on to someone, then it is no no', () => {
    expect(read("I'm passing this to my boss.").category).toBe('other');
  });

  test('when the reply guesses at our ask with a sneer, then it is a no', () => {
    expect(kindOf('Let me guess, you want 15 minutes of my time?')).toEqual(['not_interested', 'none']);
  });

  test('when something similar did not stick and the writer asks what makes us different, then it asks', () => {
    expect(said("We tried something similar and it didn't stick. What makes you different?")).toEqual([
      'interested',
      [],
    ]);
  });

  test('when it is not a priority right now, then it is a wait', () => {
    expect(kindOf("Sorry, this isn't a priority right now.")).toEqual(['not_interested', 'not_now']);
  });
});

describe('hand-offs and mailboxes', () => {
  test('when a "sure thing" forwards us to the one who runs the team, then it is a hand-off, not a yes', () => {
    expect(kindOf("Sure thing, I'll forward to Dave who runs our SDRs.")).toEqual(['other', 'wrong_person']);
  });

  test('when the writer asks how we got their personal Gmail, then Gmail is no integration question', () => {
    expect(said('You emailed my personal Gmail. How did you get it?')).toEqual(['other', 'none']);
    expect(read('You emailed my personal Gmail. How did you even get that? Creepy.').flags.priority).toEqual(
      [],
    );
  });

  test('when a buyer asks whether it works with Gmail, then it still asks about integration', () => {
    expect(said('Does it work with Gmail?')).toEqual(['interested', ['integration']]);
  });
});

describe('a desk that thanks for the inquiry', () => {
  test('when a sales representative will be in touch after thanks for an inquiry, then it is an acknowledgement', () => {
    expect(kindOf('Thank you for your inquiry! A sales representative will be in touch soon.')).toEqual([
      'out_of_office',
      'auto_ack',
    ]);
  });
});
