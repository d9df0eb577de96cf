import { read, said } from '../support/read-reply.js';

/**
 * Thirty replies written blind (2026-12-04; docs/reply-classifier.md, "Six languages again, and old
 * no's reopened"): twenty in German, French, Spanish, Italian, Portuguese and Dutch, ten longer
 * English ones. 18 of 30 categories and 22 of 30 intents and flags at first sight. The misses, each
 * beside the sense it must keep.
 */
describe('everyday replies in six other languages', () => {
  test('when a reply says no, stop, or asks for prices or more information in its own words, then it is read', () => {
    expect(said('Hallo, danke für Ihre Nachricht. Wir haben aktuell keinen Bedarf.')[0]).toBe(
      'not_interested',
    );
    expect(said('Nee, dank u.')[0]).toBe('not_interested');
    expect(said('Merci de me retirer de votre liste de diffusion.')[0]).toBe('unsubscribe');
    expect(said('Por favor, elimínenme de su lista.')[0]).toBe('unsubscribe');
    expect(said('Klingt spannend. Können Sie mir eine Preisübersicht schicken?')).toEqual([
      'interested',
      ['pricing'],
    ]);
    expect(said('¿Cuánto cuesta para un equipo de 10 personas?')).toEqual(['interested', ['pricing']]);
    expect(said('Goedemiddag, graag ontvang ik meer informatie over de prijzen.')).toEqual([
      'interested',
      ['pricing'],
    ]);
    expect(said('Mi può mandare maggiori informazioni?')[0]).toBe('interested');
  });

  test('when a German reply says it is not the right person and names a colleague, then it is a referral, never a complaint', () => {
    const c = read(
      'Ich bin nicht zuständig, bitte wenden Sie sich an meinen Kollegen Herrn Weber: weber@maschinenbau.de',
    );
    expect([c.category, c.intent.kind, c.flags.brand]).toEqual(['other', 'referral', undefined]);
  });
});

describe('an old no reopened, a forward put to the colleague, a well-wish', () => {
  test('when a reply that chose not to proceed asks whether we have added what it lacked, then it is a question; last spring is no follow-up', () => {
    const c = read(
      "Sam,\n\nWe evaluated ClaimDesk last spring and chose not to proceed because of the Slack-only limitation. If you've added Teams support, I'd be happy to revisit.\n\nBest,\nRoger",
    );
    expect([c.category, c.intent]).toEqual(['interested', { kind: 'question', topics: ['integration'] }]);
    expect(said('Our sales teams support each other.')[1]).toBe('none');
  });

  test('when a reply forwards to a colleague and asks them, then the question is theirs: a hand-off, no yes', () => {
    expect(
      said("Hey Sam,\n\nForwarding to Jake (cc'd) who runs our SDR team — Jake, worth a look?\n\n-Maria"),
    ).toEqual(['other', 'wrong_person']);
  });

  test('when a reply would prefer not to receive marketing emails, then it is a stop', () => {
    expect(
      said(
        "Hi,\n\nNot sure how you got my details but I'd prefer not to receive marketing emails. Please update your records.\n\nThanks",
      )[0],
    ).toBe('unsubscribe');
  });

  test('when "good luck though" ends a reply, then it is a no; "good luck with the launch" beside a yes stays a yes', () => {
    expect(
      said(
        "Hi there, love the idea but we're a 3-person team and I do all the outreach myself, so there's no one to collide with. Good luck though!",
      )[0],
    ).toBe('not_interested');
    expect(said("Sounds great, let's talk Tuesday. Good luck with the launch!")[0]).toBe('interested');
    expect(said('Not for us. Good luck with the launch!')[0]).toBe('not_interested');
    expect(said('Best of luck.')[0]).toBe('not_interested');
  });
});
