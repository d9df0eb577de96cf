import { rule } from './phrase-rule.js';

/**
 * An absence typed by hand in few words, with none of an auto-responder's: a weekday range ("Out
 * Wed-Fri this week for a family thing."), a few days off with the way back ("Taking a few days off
 * - back on Dec 1st."), a leave and its end as a sentence of its own ("Parental leave until
 * February 15."), a trip or a break with no mail until a day ("On vacation, no email until the 8th.",
 * "Travelling with limited access until Thursday 26/11.", "Currently offline, returning December 3rd."). Each opens its sentence: "I took a few days off last month" tells of the past.
 * A leave that asks to be written to later ("…until March. Reach out then.") is still the writer's
 * "not now" (auto-reply.ts).
 */
export const absenceInFewWords = rule(
  'text:ooo:en',
  /(?<=^|[.!?]\s+)(i'?m |i am |i'?ll be |i will be |we'?re |we are |we'?ll be )?((out|off|away|ooo|offline)( of (the )?office)?( (at|on) [^.!?]{1,40}?)? (mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s?(-|–|—|to|through|thru|till|until)\s?(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|(currently )?(taking|on|off for|out for) (a few|a couple( of)?|some|two|three|four|five|\d+) (days|weeks) off\b[^.!?]{0,40}?\b(back|returning)\b|(currently )?((out )?on )?(parental|maternity|paternity|medical|sick|annual|family|bereavement|compassionate|study) leave (until|till|through|thru) [^.!?,;]{2,25}?(?=\s*([.!]\s|[.!]?$))|(i'?m |i am |currently )?(on (vacation|holiday|leave|the road|a trip)|travell?ing|away|abroad|offline)[,;]?( (with|and))? (no|limited|spotty|intermittent|little|patchy|sporadic) (e-?mail|access|connectivity|internet|wi-?fi|signal|reception)( access)? (until|till|through|thru|before)\b|(i'?m |i am |currently )?offline[,;]? (until|till|through|thru|returning|back)\b)/,
);
