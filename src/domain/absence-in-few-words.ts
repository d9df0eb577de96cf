import { rule } from './phrase-rule.js';

/** Where an absence's sentence opens: after another, or after a greeting ("Hi - I'm off…", read as sent). */
const OPENS = String.raw`^|[.!?]\s+|^(hi|hello|hey|hiya|morning)( [a-z]+)?\s*[-–—,:!]+\s*`;

/** The kinds of leave a person names: "parental leave", "bereavement leave". */
const LEAVE = String.raw`(parental|maternity|paternity|medical|sick|annual|family|bereavement|compassionate|study) leave`;

/**
 * An absence typed by hand in few words, with none of an auto-responder's: a weekday range ("Out
 * Wed-Fri this week for a family thing."), a few days off with the way back ("Taking a few days off
 * - back on Dec 1st."), a leave and its end as a sentence of its own ("Parental leave until
 * February 15."), a trip or a break with no mail until a day ("On vacation, no email until the
 * 8th.", "Travelling with limited access until Thursday 26/11.", "Currently offline, returning
 * December 3rd."). Each opens its sentence: "I took a few days off last month" tells of the past.
 * A leave that asks to be written to later ("…until March. Reach out then.") is still the writer's
 * "not now" (auto-reply.ts).
 */
export const absenceInFewWords = rule(
  'text:ooo:en',
  new RegExp(
    String.raw`(?<=${OPENS})(i'?m |i am |i'?ll be |i will be |we'?re |we are |we'?ll be )?((out|off|away|ooo|offline)( of (the )?office)?( (at|on) [^.!?]{1,40}?)? (mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s?(-|–|—|to|through|thru|till|until)\s?(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|(currently )?(taking|on|off for|out for) (a few|a couple( of)?|some|two|three|four|five|\d+) (days|weeks) off\b[^.!?]{0,40}?\b(back|returning)\b|(currently )?((out )?on )?${LEAVE} (until|till|through|thru) [^.!?,;]{2,25}?(?=\s*([.!]\s|[.!]?$))|(i'?m |i am |currently )?(on (vacation|holiday|leave|the road|a trip)|travell?ing|away|abroad|offline)[,;]?( (with|and))? (no|limited|spotty|intermittent|little|patchy|sporadic) (e-?mail|access|connectivity|internet|wi-?fi|signal|reception)( access)? (until|till|through|thru|before)\b|(i'?m |i am |currently )?offline[,;]? (until|till|through|thru|returning|back)\b)`,
  ),
);

/**
 * Away, then back on a day, in a sentence or two: "At a customer site all week - expect slow
 * replies, back Monday 30th.", "Bereavement leave this week. Back on Dec 1.", "Out this afternoon
 * for a doctor's appointment, will reply tomorrow morning.", "On a plane most of today. Will
 * respond tonight or tomorrow.", "On holiday - back 30/11.", "Away for our wedding and honeymoon
 * until 14 December!", and "Back from leave on 7 December". The absence
 * opens its sentence and the way back names a day, so "We're out of budget, back to you in Q2"
 * and "Out of curiosity, are you back in the office tomorrow?" are not absences.
 */
const AWAY = String.raw`(i'?m |i am |we'?re |we are |currently )?((on|off on) (holiday|vacation|leave|a ([\w-]+ ){0,2}trip|the road|sabbatical|jury duty|pto|a (plane|flight)( [a-z]+)?( (most|all) of)?( today| the day)?)|(out|away|off)( of (the )?office)?( (today|tomorrow|this (week|afternoon|morning)|all week|for [^.!?,]{1,40}))|(away|off) (for|on) [^.!?,]{1,40}|at (a|our|the) (customer|client)( site| offices?)?( all week| this week)?|${LEAVE}( this week| today| until)?|travell?ing( for work)?( this week| all week)?)`;
const BACK_ON_A_DAY = String.raw`(back|returning|return(ing)? on|back (in the office|online|at my desk)|(will|'ll) (reply|respond|get back to you|be back)( properly)?|until|till)( on| from)?\s+(the )?(\d|(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d|tomorrow|next week|tonight or tomorrow)`;
export const awayThenBack = rule(
  'text:ooo:en',
  new RegExp(
    String.raw`(?<=${OPENS})(${AWAY}[^!?]{0,60}?[\s,;:.—–-]${BACK_ON_A_DAY}|(i'?ll be |i will be |i'?m )?back from (my )?(leave|vacation|holiday|holidays|pto|(parental|maternity|paternity) leave|sabbatical|a trip|travel(s|ling)?) (on|next|in|by) )`,
  ),
);
