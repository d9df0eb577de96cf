import { readdir, readFile } from 'node:fs/promises';
import { parseMail } from '../../src/mail/parse.js';
import { replyTextOf } from '../../src/mail/reply-text.js';

describe('the new text of a reply', () => {
  test('when a company footer sits under the reply, then its "delete" and "unsubscribe" are not part of it', () => {
    const body = [
      "Sounds good, let's find 30 minutes next week.",
      '',
      'Jane Doe | Acme',
      '',
      'CONFIDENTIALITY NOTICE: This e-mail is confidential. If you are not the intended recipient, delete it.',
      'To unsubscribe from Acme marketing emails, visit acme.com/preferences.',
    ].join('\n');
    expect(replyTextOf(body)).toBe("Sounds good, let's find 30 minutes next week.\n\nJane Doe | Acme");
    const ru =
      'Не интересно.\n\nДанное сообщение и любые вложения к нему конфиденциальны. Если вы не являетесь адресатом, удалите его.';
    expect(replyTextOf(ru)).toBe('Не интересно.');
  });

  test('when a person writes words a footer uses, then nothing they wrote is cut', () => {
    // The first line is always the person's; "if you are not the right person" is not a disclaimer.
    expect(replyTextOf('To unsubscribe from your marketing list: please remove me.')).toBe(
      'To unsubscribe from your marketing list: please remove me.',
    );
    expect(replyTextOf('Hi Sam,\nTo unsubscribe me, please delete my address from your list.')).toBe(
      'Hi Sam,\nTo unsubscribe me, please delete my address from your list.',
    );
    expect(replyTextOf('Thanks.\nIf you are not the right person to ask, who is?')).toBe(
      'Thanks.\nIf you are not the right person to ask, who is?',
    );
  });

  test('when a client writes its attribution or forward line in another language, then the history starts there', () => {
    const quoted = (intro: string) =>
      `Works for us, send the order form.\n\n${intro}\n> Would a demo next week work?`;
    for (const intro of [
      'Le lun. 23 nov. 2026 à 10:02, Sam Rep <sam@ourco.io> a écrit :',
      'Am 23.11.2026 um 10:02 schrieb Sam Rep <sam@ourco.io>:',
      'El lun, 23 nov 2026 a las 10:02, Sam Rep (<sam@ourco.io>) escribió:',
      'Op 23 nov. 2026 om 10:02 heeft Sam Rep <sam@ourco.io> het volgende geschreven:',
      'Il giorno lun 23 nov 2026 alle 10:02 Sam Rep <sam@ourco.io> ha scritto:',
    ])
      expect(replyTextOf(quoted(intro))).toBe('Works for us, send the order form.');
    // Lotus Notes and some webmails: the date after the verb, and the quote not marked with ">".
    expect(
      replyTextOf(
        'Works for us.\n\nSam Rep <sam@ourco.io> wrote on 23.11.2026 10:02:\n\nWould a demo next week work? Reply unsubscribe to opt out.',
      ),
    ).toBe('Works for us.');
    for (const separator of [
      'Begin forwarded message:',
      'Début du message réexpédié :',
      '-------- Message transféré --------',
      '---------- Doorgestuurd bericht ----------',
      '-----Ursprüngliche Nachricht-----',
    ])
      expect(
        replyTextOf(`Adding Lee, who owns this.\n\n${separator}\nDe: Sam Rep <sam@ourco.io>\nObjet: Demo`),
      ).toBe('Adding Lee, who owns this.');
    // A forward with nothing written above it says nothing of its own.
    expect(
      replyTextOf(
        '---------- Forwarded message ----------\nFrom: Sam <sam@ourco.io>\nSubject: Demo\n\nHi Dana',
      ),
    ).toBe('');
  });

  test('when a reply answers inline under quoted lines, then the answers are kept and the quotes dropped', () => {
    const body =
      '> Would a demo make sense?\nYes, Thursday.\n\n> Happy to share pricing.\nPlease do, for 30 seats.';
    expect(replyTextOf(body).split('\n').filter(Boolean)).toEqual([
      'Yes, Thursday.',
      'Please do, for 30 seats.',
    ]);
  });

  // Real clients' replies (talon's fixtures, test/fixtures/replies-real): only the new text.
  const REAL = 'test/fixtures/replies-real';
  test('when the same reply comes from eleven real mail clients, then only "Hello" is read from each', async () => {
    const files = (await readdir(`${REAL}/clients`)).filter((f) => f.endsWith('.eml'));
    expect(files.length).toBeGreaterThanOrEqual(11);
    for (const f of files) {
      const mail = await parseMail(await readFile(`${REAL}/clients/${f}`), f);
      expect({ f, text: mail.replyText }).toEqual({ f, text: 'Hello' });
    }
  });

  test('when an HTML reply comes from nine real clients, then only "Hi. I am fine. Thanks, Alex" is read', async () => {
    const files = await readdir(`${REAL}/html`);
    expect(files.length).toBeGreaterThanOrEqual(9);
    for (const f of files) {
      const head =
        'From: alex@example.com\r\nSubject: Re: Test message\r\nContent-Type: text/html; charset=utf-8\r\n\r\n';
      const raw = Buffer.concat([Buffer.from(head), await readFile(`${REAL}/html/${f}`)]);
      const text = (await parseMail(raw, f)).replyText.replace(/[\s-]+/g, ' ').trim();
      expect({ f, text }).toEqual({ f, text: 'Hi. I am fine. Thanks, Alex' });
    }
  });
});
