import { kindOf, said } from '../support/read-reply.js';

/**
 * Forty-ninth session (docs/reply-classifier.md, "'We'd also need SSO', an appointment confirmed"):
 * eight long English ones 6 of 8 as shipped, and twelve machine notes 4 of 12, one read as a yes and
 * one as a complaint, 6 once my labels followed the corpus's; now 8 and 12.
 */
describe('a requirement said with "also", and a request finished with "ideally"', () => {
  test.each(["We'd also need SSO.", 'We would also need SAML SSO.'])('%j asks about sign-on', (text) => {
    expect(said(text)).toEqual(['interested', ['security', 'integration']]);
  });

  test('when the writer asks for something to share and adds "ideally rough pricing", then the price is asked', () => {
    expect(
      said(
        'Could you send me something I can share with my CRO? Ideally a short case study and rough pricing.',
      ),
    ).toEqual(['interested', ['pricing']]);
  });
});

describe('notices a service sends its users, once more', () => {
  test.each([
    "Hello! We've received your return request for order #88421. Please ship the item within 14 days.",
    'Your weekly summary: 3 new leads, 12 emails opened, 2 meetings booked. View your dashboard.',
    "You're all set! Your appointment with Dr. Patel is confirmed for Dec 2 at 10:30 AM.",
    "A new device was added to your account. If you didn't do this, contact support.",
    'Your document "MSA_v3.pdf" has been signed by all parties.',
    "Your message couldn't be posted because you're not a member of this group.",
  ])('%j is a notice, never a yes or a no', (text) => {
    expect(kindOf(text)[0]).toBe('out_of_office');
  });

  test('when an assistant confirms a meeting with their boss, then it is still a person’s yes', () => {
    expect(kindOf('Your meeting with Sam is confirmed for Tuesday at 2pm. Looking forward to it.')[0]).toBe(
      'interested',
    );
  });
});
