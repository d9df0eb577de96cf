import { absenceOf, kindOf, read } from '../support/read-reply.js';

/**
 * Sixty-first session, the twentieth round (docs/reply-classifier.md, "A forum post refused, an
 * urgent call"): twelve notes with no header written after the nineteenth round's lessons, measured
 * untaught, then taught.
 */
test.each([
  'Undeliverable mail: mailbox "dkim" does not exist at fabrikam.com.',
  'The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered. Please resend your message at a later time.',
  'We\'re sorry, but your message could not be posted to the "sales" forum because you are not a registered user.',
  "Hello from Zoho Mail! Your message to anna@proseware.in could not be delivered as the recipient's account is inactive.",
  "Postmaster: your message was rejected because the recipient's domain has no MX record.",
])("a server's report pasted as text is a bounce, with no complaint: %s", (text) => {
  const r = read(text);
  expect([r.category, r.flags.brand ?? false]).toEqual(['bounce', false]);
});

test.each([
  'Thank you for contacting the Office of the CFO. Due to the volume of correspondence, we are unable to reply to every message.',
  'This is an auto-generated reply from Tailspin Procurement: vendor introductions must be submitted via our supplier portal. Emails to this inbox are not reviewed.',
])("a desk's acknowledgement with no header: %s", (text) => {
  expect(kindOf(text)).toEqual(['out_of_office', 'auto_ack']);
});

test('"I\'m away until Thursday… If it\'s urgent, please WhatsApp me." is an absence, not a yes', () => {
  expect(absenceOf("I'm away until Thursday without laptop. If it's urgent, please WhatsApp me.")).toEqual([
    'out_of_office',
    '2026-11-26',
  ]);
  expect(kindOf("I'm away until Thursday, but yes, let's talk. If it's urgent, call me.")[0]).toBe(
    'interested',
  );
});
