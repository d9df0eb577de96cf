import { decidingPart } from '../../src/domain/contrast.js';
import { read } from '../support/read-reply.js';

/**
 * Two probes of 2026-12-03 (docs/reply-classifier.md, "Probes"): replies that turn on a "but" (8 of 15 as shipped:
 * the part before the turn decided, or the first rule to match did) and chat-style replies with
 * no question mark or full words (16 of 20). Each beside the sense it must keep.
 */

describe('a reply that turns on a "but"', () => {
  test('when the part after the turn leans the other way, then it decides', () => {
    expect(read('Not a priority right now, but happy to take a quick look.').category).toBe('interested');
    expect(
      read("We're pretty happy with our setup, but I'm always open to seeing what's out there.").category,
    ).toBe('interested');
    expect(
      read("No budget, but if you can prove ROI I'll find some. What do similar teams save?").intent,
    ).toEqual({
      kind: 'question',
      topics: ['pricing'],
    });
    expect(read("Interesting idea, however it's not something we'd prioritize.").category).toBe(
      'not_interested',
    );
    expect(read('Sounds great in theory, but we tried two tools like this and both failed.').category).toBe(
      'not_interested',
    );
    expect(read('Не сейчас, но пришлите презентацию, покажу руководству.').category).toBe('interested');
    expect(read('Хорошая штука, однако бюджет на этот год исчерпан.').intent).toEqual({
      kind: 'not_now',
      followUp: '2027-01-01',
    });
    expect(read('Нам это не очень нужно, но на демо посмотрю.').intent).toEqual({
      kind: 'question',
      topics: ['demo'],
    });
    expect(read('Идея нравится, но мы слишком маленькие.').category).toBe('not_interested');
  });

  test('when both parts lean the same way, or the turn says nothing the rules read, then the whole reply decides', () => {
    // The demo asked before the turn is kept.
    expect(read("I'd love a demo, but can we do Thursday?").intent).toEqual({
      kind: 'question',
      topics: ['demo'],
    });
    expect(read('Not for us, but thanks for reaching out.').category).toBe('not_interested');
    expect(read("It's a no for now, but keep me posted on the HubSpot integration.").intent.kind).toBe(
      'not_now',
    );
    const text = 'looks slick, but we just signed a two-year deal with gong.';
    expect(decidingPart(text)).toBe('we just signed a two-year deal with gong.');
    expect(decidingPart('send pricing, but not before monday.')).toBe('send pricing, but not before monday.');
  });
});

describe('chat-style replies', () => {
  test('when a question has no question mark or is texted short, then it still asks', () => {
    expect(read('есть интеграция с 1с').intent).toEqual({ kind: 'question', topics: ['integration'] });
    expect(read('скинь кп').intent).toEqual({ kind: 'question', topics: ['pricing'] });
    expect(read('u guys integrate w salesforce').intent).toEqual({
      kind: 'question',
      topics: ['integration'],
    });
    expect(read('k send it').category).toBe('interested');
    expect(read('not int').category).toBe('not_interested');
    expect(read('не пиши мне больше').category).toBe('unsubscribe');
    // Codes and abbreviations stay as written: "W-9" is not "with-9".
    expect(read('Vendor onboarding requires a W-9 and a COI. Can you provide both?').intent).toEqual({
      kind: 'question',
      topics: ['contract'],
    });
    expect(read("We're not int'l, US only.").category).not.toBe('not_interested');
  });
});
