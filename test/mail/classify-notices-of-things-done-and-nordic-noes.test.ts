import { absenceOf, flagsOf, kindOf, said, waitOf } from '../support/read-reply.js';

/**
 * Forty-eighth session (docs/reply-classifier.md, "A DocuSign envelope, a refund, 'if you support
 * both'"): 42 replies (machine notes with no header, long English ones, twelve in ten European
 * languages, long Russian ones) 21 right as shipped, 24 once my labels followed the corpus's;
 * now 42.
 */
describe('notices of something done', () => {
  test.each([
    'Your support request #5521 has been marked as solved. If you have further questions, simply reply to this email.',
    'Completed: Please DocuSign Order Form - Brightline. All parties have completed the envelope.',
    "Hi! You requested a password reset. Click the link below to choose a new password. If you didn't request this, ignore this email.",
    'Dana Reyes invited you to join the #partners channel in Slack. Join now.',
    "Thanks for submitting the form! We've received your details and will follow up shortly.",
    'Good news: your refund of $49.00 has been processed and should appear within 5-7 business days.',
    "We've updated our Privacy Policy. Please review the changes, which take effect on January 1, 2027.",
    'Your message could not be posted to the group sales-team because you are not a member.',
  ])('%j is a notice, never a question or a complaint', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });

  test('when a booking notice says a meeting was scheduled, then it stays other, as a Calendly notice from its own address is', () => {
    expect(
      kindOf(
        'New event scheduled: 30 Minute Meeting with Jordan Lee on Tuesday, December 1, 2026. Invitee: Karen Liu.',
      ),
    ).toEqual(['other', 'none']);
  });
});

describe('long replies', () => {
  test('when a wait tells of their own embarrassing mix-up with the problem we describe, then it carries no complaint', () => {
    expect(
      flagsOf(
        "Honestly, the problem you describe is real for us, we had three AEs hit the same logo in Q3, and it was embarrassing in front of the customer. That said, we're in the middle of a CRM consolidation. If you can check back in early March I'll give it a proper look.",
      ),
    ).toEqual(['not_interested', []]);
  });

  test('when a demo hangs on supporting both tools named before, then it asks about integration too', () => {
    expect(
      said(
        "Jordan - we're a Microsoft shop (Dynamics 365 + Teams). I didn't see either on your integrations page. If you support both, I'd be happy to get a demo on the calendar. If not, no worries.",
      ),
    ).toEqual(['interested', ['demo', 'integration']]);
  });
});

describe('Russian', () => {
  test('when a typed absence names whom to write to if it is urgent, then it is an absence, not a referral', () => {
    expect(
      absenceOf('Коллеги, я в отпуске до 14 декабря. Если вопрос срочный — пишите Марине, marina@vector.ru.'),
    ).toEqual(['out_of_office', '2026-12-14']);
  });

  test('when our rep called three times and it is called too much, then it is a stop', () => {
    expect(kindOf('Ваш менеджер уже звонил мне три раза на этой неделе. Это перебор.')).toEqual([
      'unsubscribe',
      'none',
    ]);
  });
});

describe('ten more European languages', () => {
  test.each(['Tak for mailen, men vi er ikke interesserede.', 'Kiitos, mutta emme ole kiinnostuneita.'])(
    '%j is a no',
    (text) => {
      expect(kindOf(text)).toEqual(['not_interested', 'none']);
    },
  );

  test.each([
    'Bună ziua, nu suntem interesați, vă rog să nu ne mai scrieți.',
    'Jó napot, kérem, vegyenek le a listáról.',
  ])('%j is a stop', (text) => {
    expect(kindOf(text)).toEqual(['unsubscribe', 'none']);
  });

  test('when a Turkish reply asks for a price quote, then it asks about pricing', () => {
    expect(said('Merhaba, fiyat teklifi gönderebilir misiniz?')).toEqual(['interested', ['pricing']]);
  });

  test('when a German reply asks us to write again in spring, then it waits until March', () => {
    expect(
      waitOf('Hallo, wir haben gerade keinen Bedarf. Melden Sie sich gerne im Frühjahr wieder.'),
    ).toEqual(['not_interested', '2027-03-01']);
    expect(waitOf('Recontactez-moi en automne.')).toEqual(['not_interested', '2027-09-01']);
  });
});
