import { kindOf } from '../support/read-reply.js';

/**
 * Forty-eighth session (docs/reply-classifier.md, "A workspace ready, a demo rescheduled, an
 * application approved"): twelve more machine notes and absences with no header 4 of 12 as shipped,
 * three of them read as a yes; now 12.
 */
describe('notices a service sends its users, once more', () => {
  test.each([
    'Welcome to Lumen! Your workspace is ready. Invite your teammates to get started.',
    "Thanks for downloading our guide! Here's your copy. A member of our team may reach out to see how we can help.",
    'Your demo has been rescheduled to Thursday, December 3 at 2:00 PM ET. See you then!',
    "We'd love your feedback! Take our 2-minute survey and get a $10 gift card.",
    'Your trial has been extended by 7 days. Enjoy exploring all features!',
    'Спасибо за заявку на демонстрацию! Наш менеджер свяжется с вами, чтобы согласовать удобное время.',
    'Ваша подписка успешно продлена. Спасибо, что остаётесь с нами!',
    'Good news! Your application to the Partner Program has been approved. Next steps are below.',
  ])('%j is a notice, never a yes or a no', (text) => {
    expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
  });

  test('when a person asks to move the demo, then it is still theirs', () => {
    expect(kindOf('Can we move the demo to Thursday? Something came up.')).not.toEqual([
      'out_of_office',
      'auto_ack',
    ]);
  });
});
