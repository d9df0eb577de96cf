/**
 * A reply about something other than buying: a job seeker ("are you hiring? I'd love to join
 * your team"), a reporter asking for an interview, an investor asking whether you are raising, a
 * vendor pitching back. Its "I'd love to" is no prospect's yes; the owner reads it as "other".
 */
export const offTopic =
  /\b(are you (guys )?hiring|(open|any) (roles|positions|vacancies)|join your (sales |sdr )?team|my (resume|cv)\b|job (opening|opportunit)|(interview|quote|comment) (for|with) (your (ceo|founder|team)|an? (article|story|piece))|(reporter|journalist|editor) (at|for|with)\b|(i|we) (also )?(sell|offer|provide) [^.!?]{0,40}\b(you|your team) (might|may|could) (need|like|use))|\bare you (guys )?(raising|fundraising|taking (investment|funding|investors))|\b(i'?m|i am|we'?re|we are) (an? )?(investor|vc|angel( investor)?|venture (capital|fund|investor))s?\b|\b(seed|series [a-d]) (round|funding)\b|\binvest(ing)? in (you|your (company|startup|business))\b|(?<![а-яё])(ваканси|резюме|ищу работу|возьмете (меня|на работу)|привлекаете инвестици|(я|мы) инвестор|инвестировать в вас)/;
