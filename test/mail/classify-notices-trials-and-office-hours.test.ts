import { kindOf as kind, read } from '../support/read-reply.js';

/**
 * Forty-fourth session (docs/reply-classifier.md, "A trial started, office hours, email at 11 and
 * 4"): twelve machine notes with no header, six of them keen, were 6 of 12 as shipped and **three
 * machine notes read as a yes**; now all but one, which no convention decides.
 */
describe('notices from a service, not answers', () => {
  test.each([
    'Great news — your free trial has started! Explore all features for 14 days. Need help? Reply to this email.',
    'Your free trial is now active. Happy exploring!',
    'Thanks for signing up! Your account has been created. Log in any time at app.example.com.',
    'Thank you! Your registration for "Pipeline Summit 2026" is confirmed. We look forward to seeing you on December 3.',
    "We'd love to hear from you! Reply to this email or call us at (555) 010-2000 to learn more about our spring promotions.",
  ])('%j is a notice, never a yes', (text) => {
    expect(kind(text)).toEqual(['out_of_office', 'auto_ack']);
  });

  test('when a booking with us is confirmed, then it is still a yes (the corpus reads a booking notice as good news)', () => {
    expect(read('Your booking is confirmed: Demo with Sam on Dec 2 at 10:00.').category).toBe('interested');
  });
});

describe("a desk's hours and a person's email times", () => {
  test.each([
    'Your message has been received. Our office hours are Monday to Friday, 9am–5pm EST. We will respond on the next business day.',
    'Our support hours are 8am–6pm CET. We will get back to you on the next business day.',
  ])('%j acknowledges', (text) => {
    expect(kind(text)).toEqual(['out_of_office', 'auto_ack']);
  });

  test.each([
    "Hi! I'm currently focusing on deep work and only check email at 11am and 4pm. If it's urgent, text me. Otherwise I'll get back to you soon. Thanks for understanding!",
    'Thanks! I check email at 9am and 3pm only, so expect a reply then.',
  ])('%j is an absence note, its promise no yes', (text) => {
    expect(kind(text)).toEqual(['out_of_office', 'none']);
  });
});

test('when a yes wants to learn more about the pricing, then it asks about pricing (about the company, nothing)', () => {
  const r = read("Sounds good, I'd like to learn more about your pricing and any discounts.");
  expect([r.category, r.intent]).toEqual(['interested', { kind: 'question', topics: ['pricing'] }]);
  expect(read("I'd love to learn more about your company.").intent.kind).toBe('none');
});

// Fifteen more, written to probe the lesson above ("Applications, waitlists, payments, a four-day
// week"): 1 of 15 as shipped, one a yes and one a brand complaint; now 15.
describe('what a service sends its users', () => {
  test.each([
    "Thank you for applying to Northwind! We've received your application and our recruiting team will review it shortly.",
    "Welcome to the Growth Weekly newsletter! 🎉 Every Tuesday you'll get our best tips on scaling revenue. Stay tuned!",
    "You're on the waitlist! We'll email you as soon as a spot opens up. Excited to have you.",
    'Payment received — thank you! Your invoice INV-20931 for $1,200.00 has been paid.',
    'Reminder: "Scaling Outbound in 2027" starts tomorrow at 11am ET. Add it to your calendar and bring your questions!',
    'Спасибо за регистрацию! Ваш аккаунт создан. Войдите в личный кабинет, чтобы начать работу.',
    'Благодарим за интерес к нашей компании! Менеджер свяжется с вами в течение рабочего дня.',
    'Ваш заказ №48211 принят и передан в обработку. Спасибо, что выбрали нас!',
    'Your request to join the RevOps Collective community has been received and is pending review.',
    'Great to hear from you! Our team is reviewing your message and will follow up with next steps soon.',
    'Thank you for subscribing! Please confirm your email address by clicking the link below.',
    'Danke für Ihre Nachricht! Wir freuen uns über Ihr Interesse und melden uns schnellstmöglich bei Ihnen.',
    'Merci pour votre message ! Notre équipe vous répondra dans les plus brefs délais.',
  ])('%j is a notice or an acknowledgement, never a yes', (text) => {
    expect(kind(text)).toEqual(['out_of_office', 'auto_ack']);
  });

  test.each([
    "Hi, thanks for your email! I'm on a four-day week and don't work Fridays. I'll get back to you on Monday.",
    "Thanks for reaching out! We're closed for the holidays from December 24 through January 2 and will respond when we reopen. Happy holidays!",
  ])('%j is an absence', (text) => {
    expect(kind(text)).toEqual(['out_of_office', 'none']);
  });

  test("when a person thanks us for our interest and declines, then it is their no (a company's thanks is not a desk's)", () => {
    expect(
      read(
        'Благодарим за интерес к нашей компании. В настоящее время закупка подобных систем не запланирована.',
      ).category,
    ).toBe('not_interested');
  });
});

// Ten more keen-sounding notes with no header ("Excited to learn more about your needs"): 2 of 10
// as shipped, five of them read as a yes; now 10.
describe('desks and absences that sound excited', () => {
  test.each([
    "Thank you for your email! Our sales team will review your inquiry and get back to you within 48 hours. We're excited to learn more about your needs!",
    "Your email has been received by the Acme Events team. We're thrilled you're interested in our events! Expect a reply within 3 business days.",
    "Hello! Thank you for your interest in partnering with us. Our partnerships team reviews all proposals monthly and will contact you if there's a fit.",
    "Thank you for your message! We're a small team and read every email. Please allow up to a week for a response. We appreciate your patience!",
  ])('%j acknowledges', (text) => {
    expect(kind(text)).toEqual(['out_of_office', 'auto_ack']);
  });

  test.each([
    "Hey there! Thanks for your message. I'm on the road meeting customers all week, so I'll be slow to respond. Can't wait to dig in when I'm back at my desk Monday!",
    "Thanks so much for reaching out! 🙌 I'm heads-down on a product launch this week and replies will be slow. I'll get back to you as soon as I can!",
  ])('%j is an absence, its excitement no yes', (text) => {
    expect(kind(text)).toEqual(['out_of_office', 'none']);
  });

  test('when someone who moved on names a role address and would "love to stay connected", then it is a referral, not a yes', () => {
    expect(
      kind(
        "Hi! I've moved to a new role at Zenith. For anything related to Orbis, please contact partners@orbis.com. I'd love to stay connected on LinkedIn!",
      ),
    ).toEqual(['other', 'referral']);
    expect(read("Thanks, I'll be slow to respond this week but yes, send the pricing.").category).toBe(
      'interested',
    );
  });
});
