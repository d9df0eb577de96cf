import { classify } from '../../src/domain/classify.js';
import { parseMail } from '../../src/mail/parse.js';

/**
 * Delivery failures in shapes the corpus builder does not write, each modelled on a kind of
 * server found missing when real failures from other collections were tried (docs/reply-classifier.md, "How well
 * it classifies"): a report whose subject says nothing, a carrier's notice from a no-reply
 * address in Japanese, a gateway signing as post_master. Beside them, a person's mail that
 * carries an attached message and is no failure.
 */
async function read(raw: string) {
  const mail = await parseMail(Buffer.from(raw.replace(/\n/g, '\r\n')), 'test');
  return classify({ ...mail, from: mail.from.address, receivedAt: new Date('2026-11-23T10:00:00Z') });
}

/** Our original, returned inside the report. */
const returnedCopy = (to: string) => `Content-Type: message/rfc822

From: Sam Rep <sam@ourco.io>
To: ${to}
Subject: Quick question about your rollout
Message-ID: <pitch-1@ourco.io>
Date: Mon, 23 Nov 2026 09:00:00 +0000

Hi, would a short call next week make sense?
`;

describe('delivery failures in less common shapes', () => {
  test('when an old Exchange gateway reports "did not reach the following recipient(s)" under a subject that says nothing, then it is a bounce naming that recipient', async () => {
    const c = await read(`From: System Administrator <postmaster@corp.example.net>
To: sam@ourco.io
Subject: Quick question about your rollout
Date: Mon, 23 Nov 2026 10:00:00 -0500
Message-ID: <ndr-1@corp.example.net>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b1"

--b1
Content-Type: text/plain; charset=us-ascii

Your message

  Subject: Quick question about your rollout
  Sent:    Mon, 23 Nov 2026 09:00:00 -0500

did not reach the following recipient(s):

dana.ortiz@corp.example.net on Mon, 23 Nov 2026 10:00:00 -0500
    The recipient name is not recognized
    MSEXCH:IMS:CORP:EAST:MAIL01 0 (000C05A6)

--b1
${returnedCopy('dana.ortiz@corp.example.net')}
--b1--
`);
    expect(c.category).toBe('bounce');
    expect(c.bounce?.address).toBe('dana.ortiz@corp.example.net');
  });

  test('when a mobile carrier sends a Japanese error notice from a no-reply address with our message attached, then it is a bounce naming the address', async () => {
    const c = await read(`From: no-reply@notice.mobile.example.jp
To: sam@ourco.io
Subject: =?ISO-2022-JP?B?GyRCJWEhPCVrJSglaSE8RExDThsoQg==?=
Date: Mon, 23 Nov 2026 10:00:00 +0900
Message-ID: <notice-1@mobile.example.jp>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b2"

--b2
Content-Type: text/plain; charset="ISO-2022-JP"
Content-Transfer-Encoding: base64

GyRCQXc/LkBoJE4lYSE8JWslXCVDJS8lOSQsMGxHVSROJD8kYSEiQXc/LiRHJC0kXiQ7JHMkRyQ3
JD8hIxsoQgobJEIkMyROJWEhPCVrJEskT0Q+QFxKVj8uJCQkPyRAJDEkXiQ7JHMhIxsoQgoKWW91
ciBtYWlsIHNlbnQgb246IE1vbiwgMjMgTm92IDIwMjYgMTA6MDA6MDAgKzA5MDAKICAgICBDb3Vs
ZCBub3QgYmUgZGVsaXZlcmVkIHRvOiA8a2VuLnNhdG9AbW9iaWxlLmV4YW1wbGUuanA+CiAgICAg
QXMgdGhlaXIgbWFpbGJveCBpcyBmdWxsLgo=

--b2
${returnedCopy('ken.sato@mobile.example.jp')}
--b2--
`);
    expect(c.category).toBe('bounce');
    expect(c.bounce?.address).toBe('ken.sato@mobile.example.jp');
    expect(c.signals).toContain('attachment:returned-message');
  });

  test('when a gateway signs as post_master and says "Invalid user address", then it is a bounce', async () => {
    const c = await read(`From: post_master@sms.example.com
To: sam@ourco.io
Subject: Re: Quick question about your rollout
Date: Mon, 23 Nov 2026 10:00:00 +0000
Message-ID: <gw-1@sms.example.com>
Content-Type: text/plain; charset=us-ascii

Error: Invalid user address

Error message below:
550 - Requested action not taken: no such user here

Message details:
  Subject: Quick question about your rollout
  RCPT TO: 5550100@sms.example.com
`);
    expect(c.category).toBe('bounce');
    expect(c.bounce?.address).toBe('5550100@sms.example.com');
  });

  test('when a server returns the mail after days of 4xx retries, then the failure is final; its warning hours earlier is a delay', async () => {
    const report = (
      subject: string,
      transcript: string,
    ) => `From: Mail Delivery Subsystem <MAILER-DAEMON@relay.example.com>
To: sam@ourco.io
Subject: ${subject}
Date: Mon, 23 Nov 2026 10:00:00 +0000
Message-ID: <${subject.length}@relay.example.com>
Content-Type: text/plain; charset=us-ascii

   ----- Transcript of session follows -----
${transcript}

   ----- Unsent message follows -----
From: sam@ourco.io
To: ops@slow.example.com
Subject: Quick question about your rollout

Hi
`;
    const returned = await read(
      report(
        'Returned mail: Cannot send message for 5 days',
        '421 slow.example.com (smtp)... Deferred: Connection timed out with slow.example.com',
      ),
    );
    expect(returned.bounce).toMatchObject({ address: 'ops@slow.example.com', permanent: true });
    const warning = await read(
      report(
        'Warning: could not send message for past 4 hours',
        '421 slow.example.com (smtp)... Deferred: Connection timed out. Will keep trying until message is 5 days old',
      ),
    );
    expect(warning.bounce).toMatchObject({ address: 'ops@slow.example.com', permanent: false });
  });

  test('when a person forwards a message as an attachment, or says our mail did not reach the right person, then it is no bounce', async () => {
    const forwarded = await read(`From: Dana Ortiz <dana.ortiz@corp.example.net>
To: sam@ourco.io
Subject: Fwd: the thread you asked about
Date: Mon, 23 Nov 2026 10:00:00 +0000
Message-ID: <fwd-1@corp.example.net>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b3"

--b3
Content-Type: text/plain; charset=us-ascii

Attaching the thread you asked about. Can we talk Tuesday at 10?

--b3
${returnedCopy('dana.ortiz@corp.example.net')}
--b3--
`);
    expect(forwarded.category).not.toBe('bounce');
    expect(forwarded.category).toBe('interested');
    const misdirected = await read(`From: Dana Ortiz <dana.ortiz@corp.example.net>
To: sam@ourco.io
Subject: Re: Quick question about your rollout
Date: Mon, 23 Nov 2026 10:00:00 +0000
Message-ID: <re-1@corp.example.net>
Content-Type: text/plain; charset=us-ascii

Your note did not reach the right person. Try Lee Chan (lee.chan@corp.example.net), who runs rollouts.
`);
    expect(misdirected.category).not.toBe('bounce');
    expect(misdirected.intent.kind).toBe('referral');
  });

  test('when a report was saved with bare CR line ends (old Mac mail), then it reads as it would with CRLF', async () => {
    const raw = `From: Mail Delivery System <MAILER-DAEMON@mx.example.net>
To: sam@ourco.io
Subject: Undelivered Mail Returned to Sender
Date: Mon, 23 Nov 2026 10:00:00 +0000
Message-ID: <cr-1@mx.example.net>
Content-Type: text/plain; charset=us-ascii

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<lee.chan@corp.example.net>: host mx.corp.example.net said: 550 5.1.1 No such user
`;
    const mail = await parseMail(Buffer.from(raw.replace(/\n/g, '\r')), 'test');
    expect(mail.from.address).toBe('mailer-daemon@mx.example.net');
    const c = classify({ ...mail, from: mail.from.address, receivedAt: new Date('2026-11-23T10:00:00Z') });
    expect(c.bounce).toMatchObject({ address: 'lee.chan@corp.example.net', permanent: true });
  });

  test("when a gateway wraps another server's report in its own notice, then the inner report names the failed address, not the inner report's recipient", async () => {
    const c = await read(`From: Mail Delivery Subsystem <MAILER-DAEMON@gw.corp.example.net>
To: Notifications <notify@filter.corp.example.net>
Subject: Returned mail: User unknown
Date: Mon, 23 Nov 2026 10:00:00 +0000
Message-ID: <wrap-1@gw.corp.example.net>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="outer"

--outer
Content-Type: text/plain; charset=us-ascii

----- The following addresses had permanent delivery errors -----

--outer
Content-Type: message/rfc822

From: Mail Delivery Subsystem <MAILER-DAEMON@mx.corp.example.net>
To: sam@ourco.io
Subject: Returned mail: User unknown
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="inner"

--inner
Content-Type: text/plain

----- The following addresses had permanent delivery errors -----
pat.quinn@corp.example.net

--inner
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.corp.example.net

Final-Recipient: rfc822; pat.quinn@corp.example.net
Action: failed
Status: 5.1.1

--inner--

--outer--
`);
    expect(c.bounce).toMatchObject({
      address: 'pat.quinn@corp.example.net',
      permanent: true,
      status: '5.1.1',
    });
  });

  test('when a relay reports the source-routed form "user%domain@relay", then the bounced address is user@domain', async () => {
    const c = await read(`From: Mail Delivery System <Mailer-Daemon@relay7.example.net>
To: sam@ourco.io
Subject: Mail delivery failed: returning message to sender
X-Failed-Recipients: lee.chan%corp.example.net@relay7.example.net
Date: Mon, 23 Nov 2026 10:00:00 +0000
Message-ID: <pct-1@relay7.example.net>
Content-Type: text/plain; charset=us-ascii

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  lee.chan%corp.example.net@relay7.example.net
    mailbox is full: retry timeout exceeded
`);
    expect(c.bounce?.address).toBe('lee.chan@corp.example.net');
  });

  test('when an old groupware server reports "Failure Reasons" above the returned mail, then it is a bounce, never the interest the returned mail expresses', async () => {
    const c = await read(`From: POSTMASTER-relay <POSTMASTER-relay@notes.corp>
To: list-admin@lists.example.org
Subject: Undeliverable message
Date: Mon, 23 Nov 2026 10:00:00 +0000
Message-ID: <notes-1@notes.corp>
Content-Type: text/plain; charset=us-ascii

------- Failure Reasons --------

Message has exceeded maximum hop count

------- Returned Message --------
From: Dana Ortiz <dana.ortiz@corp.example.net>
To: sam@ourco.io
Subject: Re: Quick question about your rollout

Sounds interesting, send me pricing for a team of 12.
`);
    expect(c.category).toBe('bounce');
    expect(c.category).not.toBe('interested');
    const bySubjectAlone = await read(`From: Gateway <gw@mail.corp.example.net>
To: sam@ourco.io
Subject: Undeliverable: Quick question about your rollout
Date: Mon, 23 Nov 2026 10:00:00 +0000
Message-ID: <subj-1@mail.corp.example.net>
Content-Type: text/plain; charset=us-ascii

Sounds interesting, send me pricing for a team of 12.
`);
    expect(bySubjectAlone.category).toBe('bounce');
  });
});
