import { kindOf, read, said, waitOf } from '../support/read-reply.js';

/**
 * Sixtieth session, the second round (docs/reply-classifier.md, "A fiscal year named, a message
 * under review"): forty-eight people's replies and twenty-two notes written after the first round's
 * lessons, measured untaught, then taught.
 */
describe('people', () => {
  test('a no with the month the fiscal year starts waits until then', () => {
    expect(waitOf('No budget this fiscal year. Our FY starts in April.')).toEqual([
      'not_interested',
      '2027-04-01',
    ]);
    expect(waitOf('Our fiscal year starts in October — ping me in September.')).toEqual([
      'not_interested',
      '2027-09-01',
    ]);
  });

  test('"bookmarking this for when we hire…next year" waits for next year', () => {
    expect(waitOf('Thanks, bookmarking this for when we hire our first SDRs next year.')).toEqual([
      'not_interested',
      '2027-01-01',
    ]);
  });

  test('"Can I forward this to my head of sales ops?" after a yes asks leave to share it; "I\'ll forward" hands on', () => {
    expect(kindOf('Looks promising. Can I forward this to my head of sales ops?')).toEqual([
      'interested',
      'none',
    ]);
    expect(kindOf("I'll forward this to our head of sales, she'd be the one to decide.")).toEqual([
      'other',
      'wrong_person',
    ]);
  });

  test('"streichen Sie uns aus Ihrem Verteiler" is a stop for the company, as "mich" is for the writer', () => {
    expect(said('Wir haben kein Interesse, bitte streichen Sie uns aus Ihrem Verteiler.')[0]).toBe(
      'unsubscribe',
    );
  });
});

describe('notes', () => {
  test.each([
    "Your email to jane@initech.com was not delivered because the recipient's mailbox is over quota. 552 5.2.2",
    "The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.",
    "Your message couldn't be delivered to the recipient because the recipient's domain has a policy that prevents delivery from your domain (DMARC).",
  ])('%j is a permanent bounce', (text) => {
    const r = read(text);
    expect([r.category, r.bounce?.permanent]).toEqual(['bounce', true]);
  });

  test.each([
    'Доставка сообщения задерживается. Сервер получателя временно недоступен. Попытки доставки будут продолжены.',
    "Your email could not be delivered to paul@fabrikam.com. The recipient's mail server is not accepting messages right now. We'll keep trying for 48 hours.",
  ])('%j is a delay', (text) => {
    const r = read(text);
    expect([r.category, r.bounce?.permanent]).toEqual(['bounce', false]);
  });

  test('a message held for review is a notice, as the corpus\'s "…will be released after review by your administrator." is', () => {
    expect(
      kindOf('Your message was quarantined by our security filter and will be reviewed by an administrator.'),
    ).toEqual(['out_of_office', 'auto_ack']);
  });

  test('a help desk\'s "an agent will respond shortly" and "I check my inbox twice a day" are machine notes', () => {
    expect(
      kindOf('Your request has been logged with reference INC0012345. An agent will respond shortly.'),
    ).toEqual(['out_of_office', 'auto_ack']);
    expect(
      kindOf(
        'Thanks for your email! I check my inbox twice a day and will get back to you as soon as possible.',
      )[0],
    ).toBe('out_of_office');
  });
});
