/**
 * "Spam" said of someone else's mail, or as deliverability's vocabulary, by a buyer: "We had a
 * spam problem with our last vendor — how do you handle deliverability?", "We were burned by a
 * vendor who spammed our customers; how do you prevent that?", "We were burned by a similar tool
 * that spammed our Slack", "what's your spam complaint rate?". Such a clause complains of nothing
 * we sent, so its "spam" is read as "bulk mail", a word no rule of stop or complaint turns on. A clause that speaks of us or our mail, or asks anyone
 * to stop ("stop spamming our team"), is left as written. The same in Russian ("опыт со спамом от
 * прошлого подрядчика").
 */
const SPAM = /\bspam(s|med|ming|my|mers?)?\b|(?<![а-яё])спам[а-яё]*/g;
/** Someone else who sends it, or spam as a measure of delivery. */
const SOMEONE_ELSE =
  /\b(vendors?|providers?|agenc(y|ies)|competitors?|(a (similar|competing|different|previous)|another|one) (tool|product|app|platform|bot|integration|solution)|(our|my|the) (last|old|previous|former|current|existing) [a-z]+|spam(my)? (problems?|issues?|complaints?|rates?|scores?|traps?|filters?|checks?|testing|placement))\b|(?<![а-яё])(подрядчик|поставщик|вендор|агентств|конкурент|прошл[а-яё]+ (подрядчик|поставщик|сервис|агентств|рассыльщик))[а-яё]*/;
const AT_US =
  /\b(you|your|yours|you'?re|you'?ve|y'?all|this (e-?mail|message|outreach)|these (e-?mails|messages)|like (this|these|that|yours))\b|(?<![а-яё])(вы|вас|вам|ваш[а-яё]*|это письмо|эти письма)(?![а-яё])/;
const STOP =
  /\b(stop|quit|cease|don'?t|do not|no more|enough|remove|unsubscribe)\b|(?<![а-яё])(не пишите|прекратите|хватит|удалите|отпишите|уберите)(?![а-яё])/;
/**
 * A clause ends at a full stop, a dash, or a comma before "so", "but", "and" ("…spammed our
 * customers, so tell me how you handle that": the vendor's clause is not about us).
 */
const CLAUSE =
  /(^|[.!?;]\s*|\s[-–—]\s|,\s(?=(?:so|but|and|then|а|но|так что|поэтому)\s))([^.!?;]*?)(?=[.!?;]|\s[-–—]\s|,\s(?:so|but|and|then|а|но|так что|поэтому)\s|$)/g;

export function spamOfOthers(text: string): string {
  if (!/\bspam|спам/.test(text)) return text;
  return text.replace(CLAUSE, (_, start: string, clause: string) => {
    const theirs = SOMEONE_ELSE.test(clause) && !AT_US.test(clause) && !STOP.test(clause);
    return start + (theirs ? clause.replace(SPAM, 'bulk mail') : clause);
  });
}
