import { labelledMails } from '../support/whole-mail.js';

/**
 * A prospect's answer to a rep's meeting invitation (test/fixtures/calendar): the answer in the
 * iCalendar part and the person's note decide, never the calendar's own template.
 */
const { labels, read, files } = labelledMails('test/fixtures/calendar');

test('every answer in the folder is labelled', () => {
  expect(files).toEqual(Object.keys(labels).sort());
});

test.each(Object.entries(labels))('%s is %j', async (file, label) => {
  const { c } = await read(file);
  expect({ category: c.category, intent: c.intent.kind }).toEqual(label);
});

test('an accepted invitation is interest, whatever the template around it says ("decline this event", "Yes | Maybe | No")', async () => {
  const { mail, c } = await read('01-google-accepted.eml');
  expect(mail.calendar?.answer).toBe('accepted');
  expect(mail.replyText).toBe('');
  expect(c.signals).toEqual(['calendar:accepted']);
  expect(c.flags).toEqual({ priority: [] });
  // A note the rules read nothing in leaves the answer deciding, not the default.
  expect((await read('02-google-accepted-note.eml')).c.signals).not.toContain('default:other');
});

test('the note is what the person wrote: from the iCalendar comment, or from the text before the event title', async () => {
  expect((await read('04-google-declined-note.eml')).mail.replyText).toBe(
    "We've gone with another vendor, sorry. Thanks for your time.",
  );
  expect((await read('b01-google-de.eml')).mail.replyText).toBe('Gerne, bis Dienstag!');
  expect((await read('07-outlook-declined-later.eml')).mail.calendar?.note).toBe(
    'Sorry, not this quarter. Try me in February.',
  );
});

test('a note that says more than the answer decides: a stop, an absence with its return, a later date', async () => {
  const stop = (await read('b08-declined-unsub.eml')).c;
  expect(stop.category).toBe('unsubscribe');
  const away = (await read('b04-google-auto-decline-ooo.eml')).c;
  expect([away.category, away.returnDate]).toEqual(['out_of_office', '2026-12-14']);
  const later = (await read('07-outlook-declined-later.eml')).c;
  expect(later.intent).toEqual({ kind: 'not_now', followUp: '2027-02-01' });
});

test('a meeting passed to someone else names them (a referral with the claim button)', async () => {
  const { c } = await read('b03-delegated.eml');
  expect(c.intent).toEqual({
    kind: 'referral',
    people: [{ email: 'dana.kim@globex.com', name: 'Dana Kim' }],
  });
});

test('a meeting the prospect sets up with the rep is interest; a webinar from a mailing platform is not', async () => {
  const invited = await read('i01-google-invite.eml');
  expect([invited.mail.calendar?.answer, invited.c.category]).toEqual(['invited', 'interested']);
  const webinar = await read('i03-webinar-bulk.eml');
  expect([webinar.mail.calendar?.answer, webinar.c.category]).toEqual(['invited', 'other']);
});

test('a text/calendar part that is not iCalendar leaves the mail read as any other', async () => {
  const { mail, c } = await read('b05-broken-ics.eml');
  expect(mail.calendar).toBeUndefined();
  expect(c.category).toBe('interested');
});
