import { kindAndFlags, kindOf, said, waitOf } from '../support/read-reply.js';

/**
 * Fifty-second session (docs/reply-classifier.md, "A proposal viewed, a lawyer 'eingeschaltet'"):
 * fifteen more machine notes with no header 1 of 15 (none a yes now; one was at the session's
 * start); ten threats and complaints 6 of 10, 7 once my label followed the corpus’s; eight longer
 * Russian ones 6 of 8.
 */
describe('a sales tool’s, a workspace’s and a shop’s notices', () => {
  test.each([
    'Quarterly business review deck is ready for your comments.',
    'Your weekly pipeline snapshot: 12 deals moved stage, 3 closed won.',
    'Jamie Fox has invited you to collaborate on a Miro board.',
    "You're receiving this because you subscribed to SaaS Weekly. This week: pricing pages that convert.",
    "We noticed you haven't finished setting up your profile. It only takes 2 minutes!",
    'Congrats! Your team hit 100% of quota in November.',
    'Expense "Uber to client site" needs a receipt.',
    'The webinar recording "Scaling outbound in 2027" is now available.',
    'Your Zoom Pro plan will auto-renew on December 12 for $149.90.',
    'Alert: Deal "Acme - Enterprise" has been idle for 14 days.',
    'Sarah Kim viewed your proposal 3 times.',
    'New lead assigned: Michael Torres, VP Sales at Brightline.',
    'Your account has been upgraded to Business. Enjoy the new features!',
    'Last chance: 50% off ends tonight at midnight.',
  ])('%j is a notice', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });

  test('when a person tells us a colleague viewed the proposal and liked it, then it is their yes', () => {
    expect(kindOf("Sarah viewed your proposal and loved it. Let's talk Thursday.")[0]).toBe('interested');
  });
});

describe('threats with the law, written in German, French and Spanish', () => {
  test('when the writer will bring in a lawyer if we write again, in German, then it is a legal stop', () => {
    expect(kindAndFlags('Wenn Sie mir noch einmal schreiben, schalte ich meinen Anwalt ein.')).toEqual([
      'unsubscribe',
      'none',
      undefined,
      true,
    ]);
  });

  test.each([
    'Je vais signaler vos emails à la CNIL.',
    'Dejen de enviarme correos o presentaré una queja ante la AEPD.',
  ])('%j, a complaint to a regulator, is a stop with the legal and brand flags (the corpus’s)', (text) => {
    expect(kindAndFlags(text)).toEqual(['unsubscribe', 'none', true, true]);
  });
});

describe('longer Russian replies: a wait with its own "then", a demo asked informally', () => {
  test('when the writer names April for the talk with "тогда обсудим", then the wait is April, not the March before it', () => {
    expect(
      waitOf(
        'Мы сейчас в процессе перехода на новую CRM, до марта ничего нового не внедряем. Напишите, пожалуйста, в апреле — тогда обсудим.',
      ),
    ).toEqual(['not_interested', '2027-04-01']);
  });

  test('when the writer asks "покажешь, как это работает" on a call, then it is a demo asked', () => {
    expect(
      said('Давай созвонимся в среду после 14:00, покажешь, как это работает. Позову ещё нашего РОПа.'),
    ).toEqual(['interested', ['demo']]);
  });
});

describe('the session’s last machine notes: summaries, recordings, imports, mentions, outages', () => {
  test.each([
    'Notion AI summary of "Sales sync - Nov 20" is ready.',
    'Gong: 4 new calls were recorded for your team this week.',
    'A comment was added to ticket SUP-4410: "Customer confirmed the fix".',
    'Your G2 review has been approved and is now live.',
    'You have been mentioned in #deal-desk by Priya.',
    'Outage resolved: Email sending delays in US-East have been resolved.',
    'Your HubSpot import "Q4 leads.csv" finished with 3 errors.',
    'Zoom: Recording is available for "Pipeline review".',
  ])('%j is a notice', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });

  test('when a person says our import failed on them, then it is their no', () => {
    expect(kindOf('Honestly your import failed on us twice. Not interested.')[0]).toBe('not_interested');
  });
});
