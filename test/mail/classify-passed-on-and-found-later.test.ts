import { read } from '../support/read-reply.js';

/**
 * Forty-fifth session (docs/reply-classifier.md, "'I'll pass this to my boss and let you know'"):
 * twenty longer English replies with greetings and signatures 18 of 20 as shipped; now 20.
 */
describe('passed on with the writer still in the loop, and "we\'ll find you"', () => {
  test('when the writer passes it to their boss and will let us know, then no one else is named to talk to', () => {
    for (const text of [
      "Thanks Sam. I'll pass this to my boss and let you know.\n\nSent from my iPhone",
      "I'll pass this to my manager and we'll be in touch.",
    ])
      expect([text, read(text).intent.kind]).toEqual([text, 'none']);
    // Their boss answering us instead still hands us on.
    expect(read("I'll forward this to my boss, she'll be the one to decide.").intent.kind).toBe(
      'wrong_person',
    );
  });

  test('when a reply says they will find us if they need us, then it is a no', () => {
    for (const text of [
      "We don't buy software through cold email. If we need something like this, we'll find you.",
      "If we need it, we'll be in touch.",
    ])
      expect([text, read(text).category]).toEqual([text, 'not_interested']);
    // Finding us a slot is a yes.
    expect(read("We'll find you a slot next week").category).toBe('interested');
  });
});
