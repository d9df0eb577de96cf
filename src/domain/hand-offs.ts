/**
 * Hand-offs said in ways the wrong-person rules (wrong-person-rules.ts) do not read: the writer's role
 * passed to a successor, a colleague named as the one who handles it, a team said to do what the
 * writer does not. Read on the normalised text; classify-human.ts treats a match as the wrong
 * person (with an address in the reply: a referral to it).
 */

/**
 * "My replacement is Tom Okafor", "Tom has replaced me", "Priya has taken over my accounts", "talk
 * to my successor": someone else now holds the writer's role. Not "talk to my replacement once she
 * starts" (a wait: not-now-rules.ts), nor "it replaced me" or "we replaced them".
 */
const SUCCESSOR = String.raw`\b(my|his|her|their) (replacement|successor)( here| at [a-z]+)?,? (is|will be)\b|\b(talk|speak|reach out|write|e-?mail|get in touch|contact|ping)( to| with)? (my|his|her) (replacement|successor)\b(?![^.!?]{0,40}\b(once|when|after|until|from)\b)|(^|[.!?;,]\s*)(?!(it|this|that|nobody|no one|someone|somebody|which|who|ai|automation|software|a [a-z]+|the [a-z]+)\b)[a-z]+( [a-z]+)? (has |have )?(replaced|succeeded) me\b|\b(i'?ve|i have|i was|i'?m being|i am being) (been )?(replaced|succeeded) by (?!(ai|a bot|automation|software|a tool|a machine)\b)|(^|[.!?;,]\s*)(?!(i|we|you|it|this|that)\b)[a-z]+( [a-z]+)? (has taken|took|is taking|will take|'ll take|will be taking) over (from me|my (role|position|job|accounts?|territory|responsibilities|portfolio|book|duties|seat))\b`;

/**
 * "Maria handles vendor evaluations", "Raj owns purchasing": a colleague named (at a sentence's
 * start) as the one who does the buying. The thing handled names the buying, so "Gong handles
 * that for us" is not read, nor "HubSpot handles purchasing workflows for us" (a tool in place).
 */
const COLLEAGUE_BUYS = String.raw`(^|[.!?;]\s+)(?!(it|this|that|which|who|nobody|no one|someone|somebody|everyone|everything|i|we|you|they|he|she|our|the|my|a|an)\b)[a-z]+( [a-z]+)? (handles|owns|runs|looks after|manages|takes care of|deals with|decides on|is in charge of|is responsible for|signs off on|approves) (all )?(our )?(vendor|supplier|purchasing|procurement|buying|tool(ing)?|software|budget)\b(?![^.!?]*\b(for (us|me|our)|already|automatically|workflows?|process(es)?)\b)`;

/**
 * "Dana handles this, cc'd", "Omar owns that. I've copied him.": a colleague named as the one who
 * handles it, and copied in or spoken of as a person.
 */
const COLLEAGUE_HANDLES = String.raw`(^|[.!?;]\s+)(?!(it|this|that|which|who|nobody|no one|someone|somebody|everyone|everything|i|we|you|they|he|she|our|the|my|a|an)\b)[a-z]+( [a-z]+)? (handles|owns|runs|looks after|manages|takes care of|deals with|decides on|is in charge of) (this|that|these|those|it)\b(?=[\s\S]*\b(cc'?d|cc'?ing|copied|looped|looping|adding|added|(talk|speak|write|reach out) to (her|him)|ask (her|him)|(she|he)('s| is| will|'ll))\b)`;

/**
 * "I don't handle vendor stuff, our procurement team does", "Not my call — our CFO decides", "I
 * don't handle tooling decisions, sorry. Our ops team does": the writer disowns it and names who does.
 */
const NOT_ME_BUT = String.raw`\b(i (do not|don'?t) (handle|deal with|do|manage|own|look after|buy|decide on|make (the |these |those |such )?(decisions|calls)( on)?)|not my (area|call|department|decision|remit))\b[^.!?]{0,40}?[,;:.!—–-]\s*(but )?(our|the|my) ([a-z]+ ){0,2}(team|department|dept|desk|office|folks|people|group|colleague|boss|manager|cfo|ceo|cto|coo|cro|head|lead|vp|director)s?(, [a-z'-]+( [a-z'-]+)?,)? (does|do|handles?|decides?|owns?|runs?)\b`;

/**
 * "I think you're looking for my manager", "you're after our sales ops team", "the person you want
 * is our Head of Sales": the one wanted is someone else, unnamed.
 */
const YOU_WANT_SOMEONE_ELSE = String.raw`\b(you'?re|you are) (probably |actually |really )?(looking for|after|trying to reach) (my|our) ([a-z]+ ){0,2}(manager|boss|head|lead|director|vp|team|colleague|department|cto|ceo|cfo|coo|cro|founder|owner|partner)s?\b|\bthe (person|one|people|contact|team) you (want|need|should (talk|speak) (to|with)|('re|are) (looking for|after|trying to reach)) (is|are|would be) (my|our)\b`;

/** Someone above the writer, by role: "our COO", "my sales director", "the boss". */
const DECIDER = String.raw`(my|our|the) ([a-z]+ ){0,2}(director|boss|manager|ceo|cfo|cto|coo|cro|owner|founder|vp|head|partner|president)s?`;

/**
 * "My director decides", "решает директор, перешлю ему", "решение о закупках принимает головной офис":
 * the decision is someone else's, named by role. The wrong person only when the reply says no yes of its own ("I'm interested but my boss
 * decides. Want me to set up a call with him?" is a yes, by the corpus's labels) and asks nothing.
 */
export const someoneElseDecides = new RegExp(
  String.raw`\b${DECIDER} (decides|makes (the|that|those) (call|decision)s?|has the (final )?say|signs off( on (it|this|these|purchases))?|approves (it|this|these|purchases))\b|\b${DECIDER}\b[^.!?]{0,30}[,;—–-] (he|she|they) (decides?|makes (the|that) (call|decision)|has the (final )?say)\b|(?<![а-яё])(наш(им|ему|его)?|мо(им|ему|его)|с) (директор|руководител|начальник|собственник|владел|генеральн|шеф|cto|ceo|cfo|coo|cro)[^.!?]{0,30}, (он|она) (и )?(решает|принимает решени[ея])(?![а-яё])|(?<![а-яё])(решает|решают|(решени[ея]|вопросы)( (о|по))?( [а-яё]+)? (принимает|принимают|решает|решают)|принимает решение|принимают решение) (наш |мой |у нас |сам )?(директор|руководител[а-яё]*|начальник|собственник|владелец|генеральный|шеф|руководство|головн[а-яё]* (офис|компани[а-яё]*)|центральн[а-яё]* офис|холдинг|материнск[а-яё]* компани[а-яё]*)(?![а-яё])`,
);

/**
 * "Purchasing decisions now sit with their team" (after a takeover), "buying decisions are made by
 * head office": the buying happens elsewhere. Not "purchasing decisions are made in Q1" (a time).
 */
const DECIDED_ELSEWHERE = String.raw`\b(purchasing|buying|procurement|vendor|software|tool(ing)?|budget|spending)( [a-z]+)? decisions (now |all |are now )?(sit|lie|rest|are made|are taken|are handled|get made|happen|go) (now )?(with|by|at|through) (?!(me|us|myself|the (end|start|beginning)|(my|our) (team|desk|level))\b)[a-z]`;

/**
 * "Interesting, but our COO decides on this kind of thing. I'll forward it to him.": the decision
 * is someone else's and the writer passes it on, so the interest said first is not theirs to act on
 * (as the corpus's "Предложение интересное, переслал коммерческому директору").
 */
const DECIDER_FORWARDED_TO = String.raw`\b${DECIDER} (decides|makes (the|that|those) (call|decision)s?|has the (final )?say)\b[^.!?]{0,60}[.!;,—–-]\s*(so )?(i'?ll|i will|let me|i'?m going to|i am going to) (forward|pass|send) (it|this|that|your (e-?mail|note|message))( on| along| over)? to (him|her|them)\b`;

/** "Reply to my colleague on this thread please, not me.": someone else to answer, the writer out of it. */
const ANSWER_THEM_NOT_ME = String.raw`\b(reply|respond|write|talk|speak|send (it|this|that))( directly)? to (my|our) ([a-z]+ ){0,2}(colleague|team|boss|manager|assistant|lead|head|director|partner|cto|ceo|cfo|coo|cro)s?\b[^.!?]{0,40}?,?\s*not (to )?me[.!]*$`;

/** Whether the reply hands the conversation on in one of these ways. */
export const handedOnOtherwise = new RegExp(
  [
    SUCCESSOR,
    COLLEAGUE_BUYS,
    COLLEAGUE_HANDLES,
    NOT_ME_BUT,
    YOU_WANT_SOMEONE_ELSE,
    DECIDED_ELSEWHERE,
    DECIDER_FORWARDED_TO,
    ANSWER_THEM_NOT_ME,
  ].join('|'),
);
