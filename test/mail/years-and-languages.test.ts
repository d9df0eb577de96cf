import { read } from '../support/read-reply.js';
import { classifyMail, wholeMail } from '../support/whole-mail.js';

/**
 * Whole replies from twelve mail shapes (a probe, 2026-12-04; docs/reply-classifier.md, "Years, attachments and
 * other languages' questions"): 11 of 12 at first sight, and two dates a year early.
 */
describe('years written out, questions about an attachment, other languages’ topics', () => {
  test('when a not-now names a month and a later year, then the reminder is in that year', () => {
    expect(
      read("We're locked into a 2-year contract with Outreach until March 2028. Try us then.").intent,
    ).toEqual({
      kind: 'not_now',
      followUp: '2028-03-01',
    });
    expect(read('Ping me in March, 2028.').intent).toEqual({ kind: 'not_now', followUp: '2028-03-01' });
    expect(read('Try me in March.').intent).toEqual({ kind: 'not_now', followUp: '2027-03-01' });
  });

  test('when an absence ends on a date with a later year, then the return date is in that year', async () => {
    const c = await wholeMail('I am on parental leave until 4 January 2028 with no access to email.', {
      from: 'Kate Lin <kate.lin@acme.com>',
      subject: 'Automatic reply: Quick question',
      headers: ['Auto-Submitted: auto-replied'],
    }).then(classifyMail);
    expect([c.category, c.returnDate]).toEqual(['out_of_office', '2028-01-04']);
  });

  test('when a question points back at a questionnaire before a demo, then it asks about security', () => {
    expect(
      read('Attached is our security questionnaire. Can you fill it in before we book the demo?').intent,
    ).toEqual({ kind: 'question', topics: ['security'] });
  });

  test('when a reply in German, French, Spanish, Italian or Dutch asks for prices or a demo, then that is its topic', () => {
    expect(read('Klingt gut, schicken Sie mir bitte die Preise.').intent).toEqual({
      kind: 'question',
      topics: ['pricing'],
    });
    expect(read('Contactez-moi pour une démo.').intent).toEqual({ kind: 'question', topics: ['demo'] });
    expect(read('¿Podría enviarme los precios?').intent).toEqual({ kind: 'question', topics: ['pricing'] });
    expect(read('Kunt u een demo inplannen?').intent).toEqual({ kind: 'question', topics: ['demo'] });
    expect(read('Die Kosten sind uns zu hoch, kein Interesse.').category).toBe('not_interested');
  });
});
