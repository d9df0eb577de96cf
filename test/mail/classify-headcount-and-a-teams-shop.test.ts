import { kindOf, said, waitOf } from '../support/read-reply.js';

/**
 * Sixty-first session, the first four rounds (docs/reply-classifier.md, "No headcount until after
 * Q1, a Teams shop"): eighty people's replies and twenty-eight notes written fresh, measured
 * untaught, then taught.
 */
describe('people', () => {
  test('"I\'d like to see the conflict alert live." asks for a demo, as "see it live" does', () => {
    expect(
      said("Could we do 20 minutes Thursday afternoon? I'd like to see the conflict alert live."),
    ).toEqual(['interested', ['demo']]);
  });

  test('no headcount "to roll out a new tool until after Q1" waits for April', () => {
    expect(
      waitOf("Thanks for reaching out. We don't have the headcount to roll out a new tool until after Q1."),
    ).toEqual(['not_interested', '2027-04-01']);
  });

  test('"we\'re a Microsoft Teams shop, no Slack here" is a no, as "we don\'t use Slack" is', () => {
    expect(kindOf("Looks cool but we're a Microsoft Teams shop, no Slack here.")[0]).toBe('not_interested');
  });

  test('"we\'d never get IT approval for another Slack app" is a no', () => {
    expect(kindOf("Good idea but we'd never get IT approval for another Slack app.")[0]).toBe(
      'not_interested',
    );
  });
});

describe('notes', () => {
  test('a request "(ref PRC-22814) has been logged" is a desk\'s acknowledgement', () => {
    expect(
      kindOf(
        'Thank you for contacting Wayne Enterprises procurement. Your request (ref PRC-22814) has been logged and a buyer will be in touch within 5 business days.',
      ),
    ).toEqual(['out_of_office', 'auto_ack']);
  });

  test('"a member of our partnerships team will review it" is a desk\'s acknowledgement', () => {
    expect(
      kindOf(
        "Thank you! Your message has been received. A member of our partnerships team will review it and get back to you if there's a fit.",
      ),
    ).toEqual(['out_of_office', 'auto_ack']);
  });

  test('"we\'ll keep trying to deliver your message" pasted as text is a delay', () => {
    expect(
      kindOf(
        "Message delayed: we'll keep trying to deliver your message to kbrown@proseware.com for up to 48 hours. No action is needed right now.",
      )[0],
    ).toBe('bounce');
  });
});
