import { rule } from './phrase-rule.js';

/**
 * A messenger asked for as the way to go on ("Send me a WhatsApp message on +234…", "Напишите мне
 * в телеграм"): a yes, said as a channel. Part of the "yes" rules (classify-rules.ts, interested).
 */
export const messengerAsked = [
  // A messenger for the conversation: "Send me a WhatsApp message on +234…", "WhatsApp me".
  rule(
    'text:yes:en',
    /(?<!\b(don'?t|do not|never|no need to|please don'?t) )\b((whatsapp|telegram|viber) me|send me an? (whatsapp|telegram|viber|signal)( message)?|(reach|contact|ping|message|text) me (on|via|over) (whatsapp|telegram|viber|signal))\b/,
  ),
  rule(
    'text:yes:ru',
    /(?<![а-яё])(?<!не )(напишите|пишите|свяжитесь|стучитесь|позвоните) (мне |нам |со мной |с нами )?((в|на) (личку|лс|личные сообщения) )?(в|по|на) (телеграм[а-яё]*|telegram|тг|whatsapp|вотсап[а-яё]*|ватсап[а-яё]*|вайбер[а-яё]*|viber)(?![а-яё])/,
  ),
];
