import { absenceOf, kindOf, read, said } from '../support/read-reply.js';

/**
 * Sixty-first session, the twelfth round (docs/reply-classifier.md, "A claim that expires, a
 * bracketed warning"): sixteen people's replies, six notes and twelve whole mails written after the
 * eleventh round's lessons, measured untaught, then taught.
 */
describe('people', () => {
  test('"does the claim expire on its own or does a manager have to release it?" asks about the product', () => {
    expect(
      said(
        'Hi Sam, quick one — if a rep claims an account and then goes quiet for weeks, does the claim expire on its own or does a manager have to release it?',
      ),
    ).toEqual(['interested', []]);
  });

  test('"Please make sure nobody else from ClaimDesk contacts me." is a stop', () => {
    expect(kindOf('Definitely not. Please make sure nobody else from ClaimDesk contacts me.')[0]).toBe(
      'unsubscribe',
    );
  });

  test('"We\'re under HIPAA." after a question about customers asks about security', () => {
    expect(said("Do you have customers in healthcare? We're under HIPAA.")).toEqual([
      'interested',
      ['security'],
    ]);
  });

  test('"…только с размещением данных в РФ. Это возможно?" asks about security', () => {
    expect(said('Нам интересно, но только с размещением данных в РФ. Это возможно?')).toEqual([
      'interested',
      ['security'],
    ]);
  });
});

describe('notes', () => {
  test('"The recipient\'s address <…> is not valid." after "This message could not be delivered." is a bounce', () => {
    const r = read(
      "This message could not be delivered. The recipient's address <ana@wingtip.biz> is not valid.",
    );
    expect([r.category, r.bouncedAddress]).toEqual(['bounce', 'ana@wingtip.biz']);
  });

  test('"[Warning] Message from … has not been delivered after 4 hours." is a delay, not an app\'s notice', () => {
    const r = read(
      '[Warning] Message from sam@claimdesk.io has not been delivered after 4 hours. The server will continue trying for 5 days.',
    );
    expect([r.category, r.bounce?.permanent]).toEqual(['bounce', false]);
  });

  test('"Due to the holiday period our response times may be longer than usual." is a desk\'s', () => {
    expect(
      kindOf(
        "Thank you for your message. Due to the holiday period our response times may be longer than usual. We'll get back to you as soon as possible.",
      ),
    ).toEqual(['out_of_office', 'auto_ack']);
  });

  test('a return date written "11-Dec-2026" is read, as "11 Dec 2026" is', () => {
    expect(
      absenceOf('Dear Sender, I am on leave from 07-Dec-2026 to 11-Dec-2026 with limited access to mails.'),
    ).toEqual(['out_of_office', '2026-12-11']);
  });
});
