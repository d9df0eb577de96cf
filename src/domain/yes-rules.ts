import { yesCJK } from './cjk-rules.js';
import { messengerAsked } from './messenger-rules.js';
import { rule } from './phrase-rule.js';
import { colleagueAskedFor } from './question-rules.js';
import { yesUk } from './ukrainian-rules.js';

/**
 * "Yes", as people say it to a vendor (English and Russian): interest, a meeting, a next step, the
 * paperwork sent back. Re-exported by classify-rules.ts.
 */

// "Looking forward to it.", "Looking forward to the call": the writer expects the meeting (an
// absence note's "looking forward to speaking when I'm back" is its courtesy).
const EXPECTS_THE_MEETING =
  /(^|[.!]\s+)((i'?m|we'?re|i am|we are) )?(really |very |so )?(looking forward to|excited (for|about)) (it|the (call|meeting|demo|chat|conversation|session|walk-?through|intro)|(our|the) (call|meeting|demo|chat)|(chatting|speaking|talking|meeting|connecting|seeing (it|the demo|the product)))\b(?! (later|another time|some ?day|in the future|at some point))(?![^.!?]{0,40}\b((when|once|after) (i'?m|i am|i|we'?re|we are|we) (back|return|get back)|(upon|on|after) (my|our) return))/;

// The paperwork under way: "Legal redlined the MSA, sending it back now".
const PAPERWORK_UNDER_WAY =
  /\b(legal|counsel|our lawyers?|procurement|we|i)( team)? (has |have )?(redlined|marked up) (the|your|our) ([a-z]+ )?(msa|dpa|contract|agreement|order form|terms|nda|sow)\b(?![^.!?;]{0,60}\b(not|won'?t|can'?t|cannot|unacceptable|deal-?breaker|too)\b)/;

// A time aimed for: "Let's aim for the week of the 18th", "Can we shoot for Tuesday?".
const TIME_AIMED_FOR =
  /\b(let'?s|can we|could we|shall we) (aim|shoot|pencil (it |something )?in|plan|target) for (the week of|next (week|mon|tue|wed|thu|fri)|early|mid|late|this (week|mon|tue|wed|thu|fri)|(mon|tues|wednes|thurs|fri)day|the \d|\d|a (call|meeting|demo|chat|time))/;

// Who should come to the call: "Both Priya and Leo should be on the call", "our CTO will join the demo".
const JOINS_THE_CALL =
  /\b(should|will|would|needs? to|want to|wants to|ought to|must) (also )?(be on|join|attend|sit in on|be in|be at) (the|our|a|this|that) (call|meeting|demo|session|walk-?through|intro)\b(?![^.!?]{0,40}\b(if|unless|whether)\b)/;

/** A "yes" or an opening: interest, a meeting, a next step. */
export const interested = [
  ...messengerAsked,
  // Alone, as a reply or an emoji reaction (mail/reaction.ts): a thumb, a heart, a handshake, a 💯.
  rule('text:yes:emoji', /^(👍|👌|✅|🙌|👏|🤝|🔥|❤|♥|💯|🎉)+[.!]*$/u),
  yesCJK,
  yesUk,
  // The writer's assistant asked to book it: "Please email my assistant at ea@northwind.io to set a
  // time.", "Talk to my EA, Rosa, about finding time" (the assistant's address is no hand-off,
  // classify-human.ts).
  rule(
    'text:yes:en',
    /\b(e-?mail|contact|write to|reach( out to)?|ping|cc|loop in|work with|coordinate with|talk to|speak (to|with)) my (ea|pa|assistant|executive assistant|scheduler|chief of staff)\b([^.!?]|\.(?=\S)){0,60}?\b((to|who will|who'?ll|and (she|he|they)'?ll|and (she|he|they) will) (set|find|book|schedule|arrange|coordinate|sort out|get)|about (finding|setting|booking|scheduling|arranging|getting)) (up )?((a|the|some) )?(time|slot|call|meeting|chat|demo)\b/,
  ),
  // Material asked for on a condition: "If you have a case study from a 50-person team, send it along."
  rule(
    'text:yes:en',
    /\bif you (have|'ve got|got) (a|an|any|some) ([\w-]+ ){0,3}(case stud(y|ies)|references?|one-?pagers?|decks?|overviews?|brochures?|videos?|recordings?|examples?|benchmarks?|customer stories|success stories)\b[^.!?]{0,60}?[,;]?\s*(please )?(send|share|forward|pass) (it|them|that|those|one)( (along|over|my way|across|to me|through))?\b/,
  ),
  // A calendar's answer with its invitation part lost (a forward, a text-only copy): "Accepted: Intro
  // call - ClaimDesk <> Northwind", "Dana Ortiz has accepted this invitation." (calendar-reply.ts
  // reads the answer itself when the mail carries it), and a booking page's news: "Dana Lee
  // (Northwind) just booked a meeting with you: Intro call, Thu Dec 3 at 2pm." Their own invitation
  // to the rep too: "Invitation: Product demo @ Wed Dec 2, 2026 10am - 10:30am (PST)".
  rule(
    'text:yes:en',
    /^(tentatively )?accepted: |^(updated )?invitation( with note)?: [^\n]{1,120}? @ (mon|tue|wed|thu|fri|sat|sun)[a-z]* |\b(has|have) (tentatively )?accepted (this|your|the) (invitation|invite|meeting( invitation)?)\b|\b(just )?(booked|scheduled) (a|an) ([\w-]+ ){0,2}(meeting|call|demo|slot|session) with you\b/,
  ),
  // An invitation to bid: "I'll send the RFP doc if you want in", "happy to add you to the bidder list",
  // "We're putting out an RFP in January. Want to be included?".
  rule(
    'text:yes:en',
    /\b(if|in case) you('d)? (want|like) (in|to (bid|participate|respond|take part|be considered))\b|\b(add|invite|include) you (to|in|on) (the|our) (rfp|rfq|tender|bid|bidders?|vendor|supplier|shortlist)\b|\b(rfp|rfq|rfi|tender)\b[^.!?]{0,60}[.!]?\s*(do you )?(want|like|care|wish) to be (included|considered|added|invited)\b/,
  ),
  // The paperwork back, signed: "Signed order form attached", "подписанный договор во вложении",
  // "looking forward to kicking off".
  rule(
    'text:yes:en',
    /\bsigned (order form|contract|agreement|quote|proposal|sow|msa|po|purchase order|copy)( is| are)? (attached|enclosed|here|below|back)\b|\b(attached|enclosed|here) (is|are) (the |our |a )?(signed|countersigned|executed) (order form|contract|agreement|quote|proposal|sow|msa|po|copy)\b|\blooking forward to (kicking (this |it )?off|getting started|working (together|with you)|the (kick-?off|onboarding|partnership|rollout))\b|(?<![а-яё])подписанн[а-яё]* (договор|заказ|счет|сч[её]т|оферт[а-яё]*|спецификаци[а-яё]*) (во вложении|прилагаю|прикладываю|отправляю)/,
  ),
  // "Звоните в понедельник после 14", "Call me tomorrow": a call asked for at a time.
  rule(
    'text:yes:ru',
    /(^|[.!]\s+)(звоните|позвоните|наберите)( мне| нам)?,? (в (понедельник|вторник|среду|четверг|пятницу)|завтра|сегодня|послезавтра|после \d|с \d|на (этой|следующей) неделе|в (любое|рабочее) время)/,
  ),
  // The writer expects the meeting, sends the paperwork back marked up, aims for a time or names
  // who joins the call (the four patterns above the list), read as one pattern so that a reply is read once for them.
  rule(
    'text:yes:en',
    new RegExp(
      [EXPECTS_THE_MEETING.source, PAPERWORK_UNDER_WAY.source, TIME_AIMED_FOR.source, JOINS_THE_CALL.source]
        .map((p) => `(?:${p})`)
        .join('|'),
    ),
  ),
  // Asked for times, even beside words the model reads as away: "about to board, lmk times next wk",
  // "Can we get 30 min on the calendar?";
  // "When can you talk?", "When's a good time?" ask when, not about the product; "…Send a link."
  // asks for the material.
  rule(
    'text:yes:en',
    /\bwhen (can|could|shall) (we|you) (talk|chat|speak|connect)\b|\b(can|could|shall) we (get|grab|find|book|put|set up|schedule) (\d+|fifteen|twenty|thirty|half an hour|an hour)( ?min(ute)?s?)? (on the (calendar|books)|this week|next week|(on )?(mon|tues|wednes|thurs|fri)day)\b|(^|[.!?]\s+)(just |please )?send (a|the) link( instead)?( please)?[.!]*$|\bwhen('s| is| would be) (a )?good time\b(?! to (stop|unsubscribe|remove|cancel))|(?<!\b(do ?n'?t|do not|no need to|never) )\b(let me know|tell me|send me|send over|send|share) (some |a few |a couple of |two or three |what |which |your |good |possible )?(times|slots|dates)\b(?! (a|per|each|every) (day|week|month|year)\b)(?! (you('re| are)|when|that (you|we)('re| are)) (closed|away|off|out|unavailable))/,
  ),
  // "Very relevant to what the team is working on right now", "that's actually quite timely": the
  // pitch said to fit now, with no "but" after it.
  rule(
    'text:yes:en',
    /(^|[.!]\s+)(yeah,? |ok,? )?(this is |that'?s |it'?s |sounds |seems |looks )?(very|really|super|highly|extremely|incredibly|actually|quite|pretty|so)( quite)? (relevant|timely)\b(?![^.!?]*\b(but|though|however|not (now|right now|for us|a priority))\b)/,
  ),
  // "We've decided to go with you", "we chose your platform": the buyer's choice made, in our favour.
  rule(
    'text:yes:en',
    /\b(we('ve| have)? )?(decided to go|are going|'re going|will go|chose to go|have chosen to go|'ve chosen to go) with (you|your (team|company|product|tool|platform|proposal|offer|solution))\b|\b(we )?(chose|picked|selected|have (chosen|picked|selected)|'ve (chosen|picked|selected)) (you|your (team|company|product|tool|platform|proposal|offer|solution))\b(?! (last|before|once|twice|already)\b)/,
  ),
  // The deal moving on the buyer's side: "PO is in process", "Legal approved the MSA", "Sending the
  // signed copy today", "Budget got approved!", "you won the deal", "You made the shortlist".
  rule(
    'text:yes:en',
    /\b(po|purchase order)( number)? (is )?(in process|in progress|on (its|the) way|being (raised|processed|issued|approved)|(has been |was |got )?(raised|issued|approved|sent|submitted|cut))\b|\b(legal|procurement|finance|the board|security|it|our (legal|procurement|finance|security) team)( team)? (has |have )?(approved|signed off on|cleared|okayed|ok'?d|green-?lit) (the |your )?(msa|contract|order form|agreement|dpa|sow|quote|proposal|purchase|vendor|you)\b(?! with (your|a|an|the|another|other) )|\bsending (you )?(the |a |our )?signed (copy|contract|order form|msa|agreement|dpa|sow)\b|\bsigned (copy|contract|order form|msa|agreement|dpa|sow) (is )?(attached|enclosed)\b|\b(budget|funding|the spend|the purchase)( request)? (got|has been|was|is) (approved|signed off|green-?lit)\b(?! for (a |an |the )?(different|other|another))|\byou (won|got) the (deal|contract|business)\b|\byou('ve| have)? made (the|our) (short ?list|final (round|two|three|cut))\b/,
  ),
  // A bare go-ahead: "Go on.", "Go ahead.", "Fire away.", "👍 send it", "Звоните.", "Присылайте."
  rule(
    'text:yes:bare',
    /^((👍|👌|✅|🙌|🙏|💯)(🏻|🏼|🏽|🏾|🏿)?\s*)?((ok|okay|sure|yes|yep|yeah),? )?(go on|go ahead|go for it|fire away|proceed|carry on|send (it|them|that|this)( over)?|звоните|позвоните|присылайте|высылайте|шлите|покажите)[.!]*$/,
  ),
  rule(
    'text:yes:en',
    /\b((?<!not |no |n't |un|was |were |was actually |were actually |had been )(?<!\b(colleagues?|boss|manager|cto|ceo|cfo|coo|cro|vp|director|founder|co-?founder|lead|head|owner|partner|team|department|he|she|they|someone|somebody)( [a-z]+){0,2} (might|may|could|would|will) be )interest(ed|ing)|(we'?ll|we will|i'?ll|i will|ready to|happy to) sign\b(?! (up for|off on) (nothing|no))|(('ll|will|going to|is|are|'s|'re) (be )?(review(ing)?|sign(ing)?|countersign(ing)?|process(ing)?|look(ing)? over) (the|your) (order form|contract|msa|paperwork|quote|proposal|agreement|sow)\b)|(\d+|fifteen|ten|twenty|thirty|half an hour|an hour)( minutes| mins)? (on )?(mon|tues|wednes|thurs|fri)day\b[.!]*$|(?<!(can'?t|cannot|won'?t|not) )(convince|persuade) (me|us)\b|win (me|us) over|(^|[.!?]\s+)give (me|us) (a|one|some) (good |real |compelling )?reasons? to (care|switch|listen|bother|look)\b|(^|[.!]\s+)(let'?s |can we |could we |shall we )?(talk|chat|speak|catch up) (after|in|next|around|later|on)\b[^.!?]*\?|(i )?don'?t see why not|intrigued|(?<!just )curious(?![\s,:—–-]*(how|why|where|who) (did|do|does|have|are) you\b)|sounds (good|great|interesting|promising|useful)|(looks|seems) (promising|interesting|great|good|useful|helpful|relevant|handy|valuable)|(could|might|may) (actually |really |genuinely )?(be )?(a fit|useful|work|help|be useful|solve|fix)|when (are|would) you (be )?(free|available)|(my|our) (team|people|reps|sales team|boss|cro|ceo|manager)( has| have|'s|'ve)? been asking (for|about) (something like (this|it|that)|this|exactly this|a tool like)|can'?t wait to (try|see|start|get started|use|test|dig in|get going)|when can we (start|begin|get started|kick (it )?off)|(calendly|cal\.com|booking|scheduling|calendar|meeting) link\b|could actually help|(?<!\b(whether|if) (it'?s|it is|this is|that'?s|it'?d be|it would be) )worth a (conversation|chat|call|look|try)|get (something |time |a (call|meeting|slot|time) )?(on|onto|in) (my|our) calendars?\b|let'?s (talk|chat|speak|meet|sync( up)?(?! (with|to|into|from|on) )|connect(?! (on|via|over) (linkedin|twitter|x|social|instagram|facebook|bluesky|threads))|do it|set|find|schedule|book|go|discuss)|let'?s do (mon|tue|wed|thu|fri|tomorrow|today|this|next|early|mid|late|the (\d|first|second|third|week)|\d|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)|happy to (chat|talk|meet|connect|discuss)|(^|[.!?]\s+)(so |ok,? |okay,? |go on,? )?show (me|us) what (you'?ve|you have) got\b|send (me |us |over )?(something|anything|a (one-pager|summary|short summary|link|deck|overview))( short| brief)? (that )?(i|we) can (forward|share|pass (on|along)|circulate|show)\b|let'?s (start|kick off|begin|set up|do|run) (a |the )?(pilot|trial|poc|proof of concept)\b|(happy|glad|keen) to (read|hear|learn|see) more|(i'?d|we'?d) welcome (a|the) (conversation|call|chat|meeting|demo|walkthrough)|count me in|sign me up|put me down for|open to|(send|share|forward|email|e-mail|shoot|drop) (me |us |over )?(the |a |your |some |more )?(deck|details|info|information|proposal|pricing|prices|quote|materials|overview|specs)|send details|(?<!(do ?n'?t|do not|no need to|not|(^|[.!?] )(trying|attempting) to) )book (a|some|something|\d+|time|a slot)\b|(?<!sent (me |us )?(a |an )?)calendar invite|^no to (the |a |an |your )?[\w -]{1,30}[,;] (but )?yes to (the |a |an |your )?[\w -]{1,30}|(?<=(^|[.!?]\s+)(✅\s*)?)booked( it| you in| a (slot|time|call))?( for| on)? (mon|tue|wed|thu|fri|tomorrow|today|next|this) ?[a-z]*( at)? ?(\d{1,2}(:\d\d)? ?(am|pm)?)?[.!]*$|grab a slot|(can|could) we (pick this up|talk|chat|meet|connect|speak)( on)? (mon|tue|wed|thu|fri|tomorrow|next)|(booking |calendar |scheduling )?link to (book|schedule)|(send|share) (me |us )?(a |your )?(booking|calendar|scheduling) link|(please |can you |could you )?(suggest|propose|send( me| us)?( over)?|share) (a |an |some |a few |a couple of |two or three )?(times?|slots?|dates?|time slots?)( that (work|suit)| for (a|the) (call|meeting|demo))?[.!]*$|(?<!\b(not|never|n't|hardly) )(happy|glad|keen|willing|open) to (have|set up|schedule|book|arrange|take) (a |an )?(quick |short |brief |intro |introductory )?(meeting|call|chat|demo|conversation)\b|(free|available|i (have|'ve got|got) (some )?(time|availability|an opening|a window)) (on |at |for |after |this |next )?(mon|tue|wed|thu|fri|tomorrow|next|this|after)|let'?s (do|set up|schedule|book|have|hop on|jump on|get on) a (quick |short |brief )?(call|chat|meeting|demo|zoom|teams call|video call|natter|catch-?up|coffee)\b|works for me|(mon|tues?|wed|wednes|thu|thurs?|fri)(day)? (works|is fine|is good|suits)|((the )?week after next|(early |later )?next week|later this week) (works|is fine|is good|suits)\b|when can we (meet|talk)|call me|text me|try me (on )?((mon|tues|wednes|thurs|fri)day|tomorrow|today|this (afternoon|morning|evening)|later today)\b|(best|my|direct|cell|mobile) (number|line|phone) is:? \+?\(?\d|(reach|call|ring|text) me( (instead|here))?( (at|on))?:? \+?\(?\d|i'?m in(?! [a-z])\b|(good|great|perfect) timing|timely|(?<!\b(not|not too|not very|not really|not overly|not that|n't|never|hardly)\s)keen|(i'?d|i would|we'?d|we would|(?<![a-z] )would|\b(and|but|so) would) (love|like) (to(?! (stay|keep) (connected|in touch)| connect on linkedin)|a|some)|tell me more|learn more|(what|how) (would|does) a pilot|a pilot would|(can|could) we (do|meet|talk|schedule)|struggling with (exactly )?this|been looking for|just discussing|(?<!(\bnot|n'?t|\bnever|\bno longer|\bstopped)( (currently|actively|presently|really|even|yet))? )evaluating|please book|set (something|it|a call|a meeting) up|set up a (call|meeting|demo)|why not|send (me )?(some )?times|find (\d+|some|half an hour|an hour)\b ?(minutes|mins|time|slot|hour)?|find a (minute|min|time|slot|moment|window|few minutes|spot|date|day)\b|send it over|(take|have) a (quick |closer |brief |proper )?look(?! (when|once|if) (i|we) (can|get (a |the )?(chance|sec|second|moment|minute)|have (the |a )?(time|sec|second|moment|minute|chance)|find (the |some )?time)| (when|once|after) (things|it|work|life|the dust|the team|we) (calm|calms|settle|settles|quiet|quiets|slow|slows|get|gets) (down|back|quieter)?)|(ping|shoot|drop|flick) (me|us) (the |a |some |over )?(details|info|deck|pricing|overview|one-pager)|one-pager|on (our|my) radar|(been )?asking for (exactly )?this|exactly what we need|(happy|glad|willing) to (be (your|an|the) (internal )?champion|champion (this|it|you))|send (me |us )?what you('ve| have) got|(we|i) could use (this|something like this|a tool like this)|(we|i) (might|may|probably|actually|really|definitely) (need|could use) (this|something like this|a tool like this|it)[.!]*$|(we'?re|we are|i'?m|i am) (evaluating|reviewing|exploring|researching|looking at) (options|tools|vendors|solutions|a few)|(send|share) (me |us )?(more|further|additional) (info|information|details)|more info(rmation)? (please|would)|put (something|some time|time|it) (on|in) (my|our) calendar|sure thing(?!,? (i'?ll|i will|let me) (forward|pass|hand|send (it|this) (on|along)|loop in)\b)|sounds like a plan|count (me|us) in|(i'?m|i am) the right person|love (this|it|the idea|your (product|tool|concept|platform|app)|the (product|tool|concept|platform|app)(?! (we|i|they|you)\b))|set up a (call|meeting|time|chat)|(got|have) (\d+|a few|some) ?(min|mins|minutes)\b|what times work|(i'?d|i would|we'?d|we would) be (happy|glad|open) to|this (is|looks|sounds) ((genuinely|really|actually|truly|super|very) )?(great|good|cool|neat|relevant|helpful|useful|valuable)|(we'?re(?<!\bwe were)|we are) (interested|looking for)|yes please|makes sense|next steps?(?! (is|are|will be) [^.!?]{0,20}(court|small claims|lawsuit|legal|lawyer|attorney|solicitor|regulator|ico|ftc|police))|(?<!not to |n'?t |not )move forward|(we )?have (the )?budget|how do we (start|proceed|begin)|^(yes|yep|yeah|yup|sure(?!( thing)?,? (i'?ll|i will|let me) (forward|pass|hand|loop in)\b)|absolutely(?=\s*([.!,;:—–-]|$)| (interested|keen|yes|happy|glad|love|send|let'?s|we'?d|i'?d|would|count|do it|go ahead|sounds|worth|open|up for|right|agree|a fit|fits?|on board))|definitely(?! not)|ok(?!,? (thanks|thank you|thx)[.!]*$|,? (noted|got it|understood|received)\b|,? (i'?ll|i will|will|let me) (take a look|have a look|look (at|into) it|think( about it)?|read (it|this)|check)\b[^.!?]*\b(when|once|if|later|sometime)\b)|okay(?!,? (thanks|thank you|thx)[.!]*$|,? (noted|got it|understood|received)\b|,? (i'?ll|i will|will|let me) (take a look|have a look|look (at|into) it|think( about it)?|read (it|this)|check)\b[^.!?]*\b(when|once|if|later|sometime)\b)|fine|great(?!,? (i'?ll|i will|will|let me|we'?ll|we will) (share|pass|run|check|think|discuss|take|bring|forward|review)\b[^.!?]*\b(circle back|get back|come back|revert|follow up|let you know)\b))\b)/m,
  ),
  // The synonym pass: other words for the same yes, written before the sixteenth blind part.
  rule(
    'text:yes:en',
    /\b((my|our) (ea|pa|assistant|executive assistant|scheduler|office manager|chief of staff)\b[^.!?]{0,40}\b(calendar|schedul\w*|find (a|some) time|book (it|a time|something)|set (it|something|a time) up)|(please )?(propose|suggest) (some|a few|a couple of|two|three|several|possible) (times|slots|dates)\b|(please |pls |kindly |can you |could you )?connect (me|us) with (your|a|an|the|someone|somebody)( [a-z]+)?( [a-z]+)? (engineer|rep|representative|team|person|specialist|expert|consultant|manager|colleague|founder)\b|(i'?d|we'?d|i would|we would|i'?m|we'?re|i am|we are) (be |definitely be |certainly be )?(up for|down for|game for) (a|an|the|it|that|this|some)\b|(i'?d|we'?d|i would|we would) (happily |gladly |definitely |certainly )?(try|test|trial|pilot) (it|this|you|your [a-z]+)( out)?\b|(adding|added|cc'?ing|cc'?d|copying|copied|looping in|looped in|including|included) (my |our )?(ea|pa|assistant|executive assistant|chief of staff|scheduler|office manager|coordinator)\b|(my|our) (ea|pa|assistant|executive assistant|chief of staff|scheduler|office manager) (will|'ll|can|is going to|to) (find|book|schedule|set up|arrange|coordinate|organi[sz]e|send|sort)\b|(i'?m|i am|this is) [a-z]+,? [a-z]+'s (executive )?(assistant|ea|pa)\b[^.!?]{0,80}\b(set up|schedule|book|arrange|find)\b|(i'?m|i am) (all ears|listening)|(i'?ll|i will|we'?ll|we will|happy to|willing to|(i'?m|i am) (happy|willing|open) to) (listen|hear you out|hear (you|the pitch) out)|(we'?ve|we have|i'?ve|i have) (actually |already |just )?been (looking (into|at|for)|thinking about|talking about|discussing) (this|that|it|something like this|exactly this)|you have my attention|aligns (well |nicely )?with what we|(need|want|like) (more|some) (details|info|information)|(maybe|perhaps) we (could|can|should) (talk|chat|meet|connect|speak)|ready to (proceed|move forward|get started|sign|start)|let'?s (proceed|move forward|get started|go ahead)|(let me know|tell me) when we can (talk|chat|meet|speak)|plan (on|to) (work(ing)? with|us(e|ing)|try(ing)?) (it|this|you)|look further into (it|this)|sounds (like a plan|fair|reasonable|compelling|cool|neat|intriguing|worth (a|exploring))|(i'?m|we'?re) (game|up for it|open to (it|this|that|a (chat|call|conversation)))|(would|could) be (worth (a|exploring|discussing)|helpful|valuable|of interest)|of (some )?interest to (us|me)|worth exploring|let'?s explore|(i'?d|we'?d) like to (know|learn|hear|see) more|go ahead and (send|book|set)|pencil (me|us|something|it) in|send (me |us |over )?(an |the |a calendar )?invite|what('s| is| are) the next steps?|set (it|something|a call|a time) up)\b/,
  ),
  // A request for material in any of its words: "Send me a PDF", "email me what you have", "put it
  // in an email", "drop me a line with more details" (a next step: the rep sends it).
  rule(
    'text:yes:en',
    /(?<!\b(don'?t|do not|never|no need to|not|stop|pls don'?t|why would you|why did you) )\b((send|e-?mail|mail|forward|shoot|drop|flick|pass along|share)( it| them| this| that)?( over| across| along)? (me|us)( over)? (a |an |the |some |your |any |more )?((short|quick|brief|written|one-page|1-page|two-page) )?(pdf|deck|brochure|one-?pager|overview|summary|info|information|details|materials?|slides|case stud(y|ies)|white ?paper|datasheet|data sheet|spec( sheet)?s?|video|recording|link|docs|documentation|presentation|what you('ve| have)( got)?|something (in writing|written))|(please|pls|kindly|can you|could you|would you) (send|share|forward|e-?mail)( it| them)?( over| across| along)? (the|a|an|your|some|any) ((short|quick|brief|written|one-page|1-page|two-page) )?(pdf|deck|brochure|one-?pager|overview|case stud(y|ies)|white ?paper|datasheet|data sheet|slides|presentation|video|recording|documentation)|put (it|that|this|something|everything|the details) in (an )?(e-?mail|writing)|(drop|shoot|send) (me|us) (a line|an e-?mail|a note|a message) with (more |the |some )?(details|info|information|pricing|specifics|more))\b/,
  ),
  // "Our attorney asked for your terms of service", "my CFO wants to see a quote": a colleague's
  // request for material, passed on by the writer who keeps the thread.
  rule('text:yes:en', colleagueAskedFor),
  // Minutes granted after a remark: "Your subject line made me laugh. Sure, 20 minutes, go." (a
  // reply that opens with "Sure" is read above; this is the same grant after a sentence).
  rule(
    'text:yes:en',
    /(^|[.!?]\s+)(sure|ok|okay|fine|alright|all right),? (you'?ve got |you have |i'?ll give you )?(\d{1,2}|five|ten|fifteen|twenty|thirty)( minutes| mins| min|-minute)\b(?! (ago|late|away)\b)/,
  ),
  // A day (and time) proposed as a question of its own: "Tuesday at 2?", "Free for a call Thursday?",
  // "y not, thurs 3pm?".
  rule(
    'text:yes:time',
    /(^|[.!?]\s+|^(sure|ok|okay|yes|yep|yeah|y not|why not|fine|sounds good),?\s+)((how|what) about |would |does |is |are you free |(i'?m )?free (for a (quick )?(call|chat) )?|(can|could) (we|you) do |maybe )?(this |next )?(mon|tue|tues|wed|thu|thur|thurs|fri)(day)?( or (mon|tue|tues|wed|thu|thur|thurs|fri)(day)?)?( (morning|afternoon|evening))?( at)?( \d{1,2}([:.]\d{2})?( ?(am|pm))?)?( (my|your) time| (et|pt|ct|mt|cet|gmt|bst|utc))?( (work|works|suit|suits|ok|okay|good)( for you)?)?\?/,
  ),
  // The same in Russian: "В четверг в 15:00?", "Завтра в 11 удобно?" (only numbers and a day,
  // which the model cannot read).
  rule(
    'text:yes:time',
    /(^|[.!?]\s+)((может|давайте|как насч[её]т|а|тогда),? )?((в|во) )?(понедельник|вторник|среду|четверг|пятницу|завтра|послезавтра)( (утром|дн[её]м|вечером))?( в \d{1,2}([:.]\d{2})?)?( (удобно|подойд[её]т|ок|нормально|сможете|получится|устроит))?\?/,
  ),
  // A yes in German, French, Spanish, Italian, Portuguese, Dutch, Polish and Czech, as plainly as it is said.
  rule(
    'text:yes:intl',
    /(?<!\p{L})((?<!(nicht|kein|pas|no|non|não|niet|niets|nie) )(proszę o (więcej informacji|cennik|ofertę|prezentację|demo)|(czy )?(możemy|możecie|moglibyśmy) (porozmawiać|się spotkać|umówić się)|chętnie (porozmawiam|się spotkam|zobaczę)|(jestem|jesteśmy) zainteresowan\p{L}*|(mám|máme) zájem|pošlete (mi|nám) (více|nabídku|ceník|informace)|ja,? gerne|gerne(?! (nicht|später))|klingt (gut|interessant|spannend)|sehr interessant|oui,? (avec plaisir|volontiers|pourquoi pas)|volontiers|ça m'intéresse|cela m'intéresse|intéressant|sí,? claro|me interesa|nos interesa|suena (bien|interesante)|mi interessa|ci interessa|sembra interessante|tenho interesse|temos interesse|parece interessante|klinkt (goed|interessant)|graag|lijkt me interessant|(je suis|je serais|nous sommes|nous serions) disponibles?|((envoyez|envoie|faites parvenir)[- ](moi|nous)|envíenme|envíeme|mándenme|mándeme|envíanos|enviadme|mandadme|mandatemi|inviatemi|mandami|inviami|mandateci|inviateci|(enviem|envie|mandem|mande)[- ](me|nos)|(podem|pode|poderiam|poderia) (me |nos )?(enviar|mandar)|(schicken|senden) sie (mir|uns)|(stuur|stuurt) (me|mij|ons))(?! (plus|rien|jamais|keine|kein|nichts|niets|nada|niente|nulla|mais|más|più|geen)(?!\p{L}))|(det )?låter (intressant|bra|spännande)|skicka (gärna )?(mer|mera) (information|info)|(det )?lyder (interessant|spændende|godt)|(det )?høres (interessant|spennende|bra) ut|kuulostaa (kiinnostavalta|hyvältä)|wann (können|könnten) wir (starten|anfangen|loslegen|beginnen)|quand (pouvons-nous|peut-on|pourrions-nous) (commencer|démarrer)|cuándo (podemos|podríamos) (empezar|comenzar|arrancar)|quando (possiamo|potremmo) (iniziare|partire|cominciare)|quando (podemos|poderíamos) (começar|iniciar)|wanneer kunnen we (beginnen|starten)|(mi|ci) (può|puoi|potete|potrebbe|potreste) (chiamare|richiamare|telefonare)|chiamatemi|(me|nos) (puede|puedes|pueden|podría|podrían) llamar|llámeme|llámame|(pode|podem|poderia|poderiam) (me |nos )?(ligar|telefonar)|(pouvez|pourriez)-vous (m'|me |nous )(appeler|rappeler)|appelez-(moi|nous)|(können|könnten) sie (mich|uns) ([a-zäöüß]+ ){0,3}anrufen|rufen sie (mich|uns) ([a-zäöüß]+ ){0,3}an(?!\p{L})|(possiamo|potremmo) (fare|organizzare|fissare|sentirci)|(podemos|podríamos|poderíamos) (hablar|agendar|marcar|conversar|tener una (llamada|reunión))|(hablemos|conversemos|charlemos|sentiamoci|parliamone|vamos conversar|parlons-en|lass uns (sprechen|telefonieren|reden))(?!\p{L})|(können|könnten) wir (nächste|diese|am|uns)|(pouvons-nous|pourrions-nous|on peut) (nous appeler|faire un appel|organiser|prévoir|caler)|(estoy|estamos|estaría|estaríamos) disponibles?|(sono|siamo|sarei|saremmo) disponibil[ei]|(estou|estamos|estaria|estaríamos) disponíve(l|is)|(ich habe|wir haben|ich hätte|wir hätten) (am [a-zäöü]+|nächste woche|diese woche|morgen|heute)( [a-zäöü]+)? zeit|chętnie(?! (nie|bym nie))|(kunnen|zullen) we ((?!niet|geen)[^.?!]){0,30}(bellen|afspreken|spreken|praten|videobellen|een (call|afspraak|gesprek|demo))|(?<!niet )(past|schikt) (mij |me |ons )?(goed|prima)|(pourriez|pouvez|pourrais|peux)[- ](vous|tu) (m'|nous |me )(envoyer|faire parvenir|transmettre)|(me|nos) (pueden|podrían|podrian|puede|podría|podria|puedes|podrías) (enviar|mandar)|(pueden|podrían|podrian|puede|podría|podria|puedes) (enviarme|enviarnos|mandarme|mandarnos)|(potete|potreste|puoi|potresti|potrebbe|può) (inviarmi|inviarci|mandarmi|mandarci)|(mi|ci) (potete|potreste|puoi|potresti|potrebbe) (inviare|mandare)|(podem|poderiam|pode|poderia) (enviar-me|enviar-nos|mandar-me|mandar-nos|me enviar|nos enviar|me mandar|nos mandar)|(kunt|kan|zou|kunnen) (u|je|jij|jullie) (mij|me|ons) ((?!geen|niets|niet)[^.?!]){0,40}(sturen|toesturen|mailen)|(können|könnten) sie (mir|uns) ((?!keine|kein|nichts|nicht)[^.?!]){0,40}(schicken|senden|zusenden|zukommen lassen)|(możecie|może pan|może pani|mógłby pan|mogłaby pani|mogliby państwo|możesz|czy można) (mi |nam )?(przesłać|wysłać|podesłać)|prosz[ęe] o (przesłanie|wysłanie)|(maggiori|più|ulteriori) informazioni|más información|mais informações|plus d'informations|mehr informationen|meer informatie))(?!\p{L})/u,
  ),
  rule(
    'text:yes:ru',
    /((согласен|согласн[аы]) (на|с) (встреч|звон|созвон|демо|показ|презентаци|пилот|тест)|предложите (время|слоты|пару|варианты)|(^|[.!]\s+)(это |звучит как |похоже на )?(именно |как раз |ровно )?(то|то самое),? что (нам|мне) (и )?(нужно|надо|нужно было|не хватало)(?![а-яё])|что дальше\?|какие (дальнейшие|следующие) шаги|(?<!((?<![а-яё])не|если будет|если это будет|если станет) )(?<!(?<![а-яё])(коллег[аеи]|ему|ей|(нашему|моему|нашей|моей) [а-яёa-z-]+)( [а-яё]+){0,2} )интересн|(?<!(?<![а-яё])не |за)интересу|на радаре|сколько (будет )?стоит|(?<!(?<![а-яё])не )актуальн|давайте(?! я (вас|вам|тебя|тебе) (с|со|к|дам|передам|переадресую|перенаправлю)(?![а-яё]))|готовы (обсудить|встретиться|рассмотреть)|расскажите|пришлите|подготовьте (нам |мне )?([а-яё]+ )?(презентаци|кп|коммерческ|предложени|расч[её]т|смет)|(?<![а-яё])(вышлите|вышли|отправьте|направьте|скиньте|скинь)( пожалуйста,?)?( (мне|нам))?( пожалуйста,?)? (презентаци|кп(?![а-яё])|коммерческ|прайс|материал|информаци|описани|предложени|подробност|демо|видео|кейс)|покажите|удобно (в|созвониться|встретиться|завтра)|перезвоните(?! (мне |нам )?(после \d{1,2}-?(го|е)(?![а-яё])|через (месяц|пару|неделю|\d)|в (январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре|следующем)))|(можете|можешь|могли бы|можно) (позвонить|набрать|перезвонить|прислать|скинуть|выслать|отправить)|присылайте|(?<![а-яё])(скинь|скиньте|кинь|киньте)(?![а-яё])|(напишите|расскажите|пришлите)(,? пожалуйста,?)? (мне |нам )?(,? ?пожалуйста,? )?(подробнее|подробности|детали|больше)|позвоните (мне|нам)|наберите (мне|меня|нас)|было бы интересно|звучит (интересно|любопытно|неплохо)|хотелось бы (узнать|посмотреть|обсудить)|назначим (звонок|встречу|созвон)|когда (вам )?удобно|можно (посмотреть|созвониться|встретиться|обсудить)|(посмотреть|глянуть|обсудить) можно(?! (будет )?(позже|потом|после|в следующ|через|весной|летом|осенью|зимой))|созвонимся|(?<!(?<![а-яё])не )(нравится|понравилось|понравилась)|(?<![а-яё])не (против|откажусь|откажемся|помешает)|почему бы (и )?нет|(?<![а-яё])(подходит|устраивает)(?![а-яё])|(?<!(тогда|тогда и|потом|позже|после этого|по возвращении) )обсудим(?! (на планерке|на совещании|внутри|с командой|с коллегами|с руководством|у себя))|связаться|обсудить подробнее|хочу (обсудить|посмотреть|узнать|попробовать)|^(да|хорошо|конечно|ок)(?![а-яё])(?!,? (принято|спасибо|понял|поняла|получил|получила)))/m,
  ),
];
