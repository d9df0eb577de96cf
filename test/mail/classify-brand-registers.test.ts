import { flagsOf } from '../support/read-reply.js';

/**
 * Brand complaints in the registers people really use (blind37/, docs/reply-classifier.md, "Legal and brand as
 * ideas"): four sets of complaints, each written after the last one's lessons, caught 25 of 30,
 * 16 of 25, 14 of 25 and 14 of 25 as shipped. What they taught is held here as ideas: a
 * merge tag left unfilled, a name corrected, our reputation said to be at stake, the worst of
 * its kind, a complaint over a rep's head, a low public rating, our mail made a lesson of. Each
 * beside the everyday sense of the same words, which must stay unflagged.
 */

describe('a brand complaint, said in many registers', () => {
  test('when our mail greets them with an unfilled merge tag or the wrong name, then it is brand', () => {
    expect(
      flagsOf("You addressed me as 'Hi {FirstName}'. Really inspires confidence in your product."),
    ).toEqual(['not_interested', ['brand']]);
    expect(flagsOf("Your email opened with 'Hi [NAME]'. Pass.")).toEqual(['not_interested', ['brand']]);
    expect(flagsOf('Обращение «Уважаемый {Имя}» — это сильно. Нет, спасибо.')).toEqual([
      'not_interested',
      ['brand'],
    ]);
    expect(flagsOf('You called us Acme Corp. We are Acme Logistics. Big difference to us.')).toEqual([
      'not_interested',
      ['brand'],
    ]);
    expect(flagsOf('Writing to our CEO by her old married name is a special kind of careless.')).toEqual([
      'not_interested',
      ['brand'],
    ]);
    expect(flagsOf('Вы перепутали нашу компанию с конкурентом. Уже второй раз.')).toEqual([
      'not_interested',
      ['brand'],
    ]);
  });

  test('when a name comes up in the everyday sense, then nothing is flagged', () => {
    expect(flagsOf('You called us last week and I missed it. Can we talk Thursday?')).toEqual([
      'interested',
      [],
    ]);
    expect(
      flagsOf('Our old name was Brightline, we rebranded to Lumen last year. Anyway, yes, let’s talk.'),
    ).toEqual(['interested', []]);
    expect(flagsOf("I think you've mixed me up with someone else.")[1]).toEqual([]);
  });

  test('when our reputation, the worst of its kind or a low rating is named, then it is brand', () => {
    expect(flagsOf('Whoever is running your outbound is burning your brand. Just FYI.')).toEqual([
      'not_interested',
      ['brand'],
    ]);
    expect(
      flagsOf(
        "I've been in sales 20 years and this is the laziest prospecting I've seen. Posting it in my team's channel as a teaching moment.",
      ),
    ).toEqual(['not_interested', ['brand']]);
    expect(
      flagsOf('I reviewed your product on TrustRadius last year. This email confirms my two stars.'),
    ).toEqual(['not_interested', ['brand']]);
    expect(flagsOf('Выложил ваше письмо в наш профессиональный клуб как антипример.')).toEqual([
      'not_interested',
      ['brand'],
    ]);
  });

  test('when reputation, ratings and examples come up in the everyday sense, then nothing is flagged', () => {
    expect(
      flagsOf('We care a lot about brand reputation, which is why this caught my eye. Demo next week?'),
    ).toEqual(['interested', []]);
    expect(
      flagsOf("It'd hurt your brand less to target smaller teams, honestly. We're too big for this."),
    ).toEqual(['not_interested', []]);
    expect(flagsOf("Our G2 rating is 4.8 stars and we're happy with the current tool. No thanks.")).toEqual([
      'not_interested',
      [],
    ]);
    expect(flagsOf('Can you send a case study as an example of a rollout?')[1]).toEqual([]);
    expect(flagsOf('Please share your G2 reviews, I’d like to see what customers say.')[1]).toEqual([]);
  });

  test('when a complaint goes over a rep’s head, then it is brand; a colleague copied in is not', () => {
    expect(
      flagsOf(
        'Dear Sir/Madam, I find the tone of your correspondence wholly inappropriate and have raised it with your Head of Sales.',
      ),
    ).toEqual(['not_interested', ['brand']]);
    expect(
      flagsOf("Your founder should know his SDRs are scraping personal emails. I'll make sure he does."),
    ).toEqual(['not_interested', ['brand']]);
    expect(flagsOf("I told your CEO at SaaStr I'd take a look. Send the deck.")).toEqual(['interested', []]);
    expect(flagsOf('Your CEO raised a great round, congrats. We’re not in the market though.')).toEqual([
      'not_interested',
      [],
    ]);
  });

  test('when harsh words are said of us, then it is brand; said of a quarter or an old vendor, not', () => {
    expect(flagsOf("It's pretty gross to reference my late father's company in a sales pitch.")).toEqual([
      'not_interested',
      ['brand'],
    ]);
    expect(flagsOf('Bottom-feeder sales tactics. Lose my address.')).toEqual(['unsubscribe', ['brand']]);
    expect(flagsOf('Dreadful email. Please remove us.')).toEqual(['unsubscribe', ['brand']]);
    expect(flagsOf('Ваш менеджер хамил моему ассистенту по телефону. Больше никаких контактов.')).toEqual([
      'unsubscribe',
      ['brand'],
    ]);
    expect(flagsOf('Ваши звонки в 8 утра в субботу — это за пределами приличий.')).toEqual([
      'not_interested',
      ['brand'],
    ]);
    expect(flagsOf('We had a dreadful quarter, so no budget for anything new. Sorry.')).toEqual([
      'not_interested',
      [],
    ]);
    expect(flagsOf('Наш прошлый подрядчик хамил клиентам, поэтому ищем замену. Давайте созвонимся.')).toEqual(
      ['interested', []],
    );
    // Said of another vendor beside words aimed at us (blind38/): a buyer comparing.
    expect(
      flagsOf("Our current vendor's reps are pushy, so your soft approach is refreshing. Let's talk."),
    ).toEqual(['interested', []]);
    expect(flagsOf('Our current vendor is pushy and lousy at support, so yes, let’s talk.')).toEqual([
      'interested',
      [],
    ]);
    expect(flagsOf('Your reps are pushy. Our old vendor was the same. Stop emailing me.')).toEqual([
      'unsubscribe',
      ['brand'],
    ]);
  });
});

describe('the stops and no’s these sets taught', () => {
  test('when they ask us to stop calling or block our domain, then it is a stop', () => {
    expect(flagsOf('Stop calling me.')).toEqual(['unsubscribe', []]);
    expect(flagsOf('Перестаньте звонить мне.')).toEqual(['unsubscribe', []]);
    expect(flagsOf('Kindly refrain from contacting our staff.')).toEqual(['unsubscribe', []]);
    // Calling our mail a scam is a stop with the brand flag, however it is said.
    expect(flagsOf('Not interested and frankly your email reads like a scam.')).toEqual([
      'unsubscribe',
      ['brand'],
    ]);
    expect(flagsOf('Your offer is clearly a scam.')).toEqual(['unsubscribe', ['brand']]);
    expect(flagsOf('Is this a scam or a real product? How does pricing work?')).toEqual(['interested', []]);
    expect(
      flagsOf(
        'You’ve emailed 14 people at my company today. Our IT team has now blacklisted your domain company-wide.',
      ),
    ).toEqual(['unsubscribe', ['brand']]);
  });

  test('when "never again" or "not going back" ends a sentence, then it is a no; opening one, not', () => {
    expect(flagsOf('We tried you guys two years ago and it was a mess. Not going back.')).toEqual([
      'not_interested',
      [],
    ]);
    expect(flagsOf('Never again will I buy a tool without a trial, so can we do one?')[0]).toBe('interested');
  });

  // blind41/: buyers describing their own troubles in a complaint's words were flagged brand and,
  // asking nothing we could answer, turned into no's (flags.ts, harshWordsOfTheirOwn).
  test('when a buyer uses harsh words about their own troubles, then no brand flag; said of us or our mail, the flag stays', () => {
    expect(
      flagsOf('Duplicate outreach is making us look predatory to our own customers. Let’s talk Tuesday.'),
    ).toEqual(['interested', []]);
    expect(
      flagsOf(
        'Deceptive subject lines are exactly what our compliance team wants to ban. Can we get a trial?',
      ),
    ).toEqual(['interested', []]);
    expect(
      flagsOf('We got a one-star G2 review because two reps pitched the same buyer. Send pricing.'),
    ).toEqual(['interested', []]);
    expect(flagsOf('Spammy subject line, but the product looks good. Pricing?')).toEqual([
      'interested',
      ['brand'],
    ]);
    expect(flagsOf('This email is a bit creepy, but I’m curious. What does it cost?')).toEqual([
      'interested',
      ['brand'],
    ]);
    expect(flagsOf('Your opener was tacky. Still, we need this. Can we talk Thursday?')).toEqual([
      'interested',
      ['brand'],
    ]);
    expect(flagsOf('Dear first_name, please remove me.')).toEqual(['unsubscribe', ['brand']]);
  });
});
