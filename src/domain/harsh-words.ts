/**
 * Harsh words: those that always judge whoever they are said of, those that judge only when
 * said of us, our conduct, and what they are said of. Read by the brand ideas in threats.ts.
 */

/** Where a reply's sentences end (and a dash between clauses). */
export const sentencesOf = (text: string) => text.split(/(?<=[.!?;])\s+|\s[—–-]\s/);

/**
 * Harsh words that always judge whoever they are said of: a lexicon of disparagement written for
 * its own sake (sales mail's critics, both languages), not only from the probes.
 */
export const HARSH =
  /\b((cheap|dirty|nasty|sleazy|low)[, ]+(\w+ )?tricks?|(that'?s|this is|it'?s|that is|this was|that was) (basically |essentially |practically |effectively |just |clearly |a )*(bribe|bribery)\b|fabricat(ed|ing|ion)|(won'?t|will not|wo ?n'?t) be fooled (again|twice)|fool me (once|twice)|(i|we) (just |really |honestly )?(feel|felt|am|'m|got|get) (so |really |very )?(irritated|pestered|hounded|badgered)\b|(a|an|the|this|that|your) (auto-?renewal |renewal |subscription |pricing )?trap\b|(a )?(boundary|line) (was )?(crossed|overstepped)|(not|never|isn'?t|is not) acceptable (for|from|in) (a |any )?(sales|cold|vendor|marketing)|crossed (a|the|my|our) (line|boundary)|passive[- ]aggression|(i|we) expect an apology|(makes?|made) (me|us) (never|not) want to (find out|buy (from )?(you|it|anything)|work with (you|your)|talk to (you|your)|hear from (you|your)|deal with (you|your)|do business with (you|your)|try (it|you|your))\b|(the )?(final|last) straw|bait[- ](and|&|n)[- ]switch|inconsiderate|unnerving|intimidat(ion|ing)|(i'?m|i am|we'?re|we are) (frankly |genuinely |honestly |quite |utterly )?appalled|(this|that|it) is (deeply|very|really|seriously|genuinely) (concerning|troubling|disturbing|worrying)|carpet[- ]bomb(ing|ed|s)?|(i|we) (feel|felt) (so |a bit |rather |totally |completely )?(played|used|cheated|duped|conned|tricked|manipulated|misled|lied to|taken for a ride)\b|(it|that|this) (still |really )?(stung|stings)\b|with (more|better) (tact|class|manners|grace|decorum|finesse|subtlety)\b|get (your|their) (act|house) (together|in order)|(no|zero) (sense of )?boundaries|(reads|read|looks|sounds) like a (parody|caricature|spoof)|a parody of|(whoever|the (person|rep|sdr|bdr|marketer|copywriter|intern|team) (who|that))[^.!?]{1,80} should be (let go|fired|sacked|ashamed)|lie to (get|book|land|win|secure)|(real |very )?classy (move|stuff|touch)|manipulative|presumptuous|passive[- ]aggressive|insults?|treat(s|ing)? (us|me|people|everyone|buyers|prospects) (like|as) (idiots|fools|morons|children|kids|numbers)|take (us|me|people) for (fools|idiots)|(i'?d|i would|we'?d|we would) (fire|sack|let go|discipline|reprimand) (a|any|the|my|our) (rep|sdr|bdr|salesperson|seller|marketer|person|employee|anyone)( of (mine|ours))? (who|that|for)|cross(ed|es|ing)? (a|the|every) line|a line you (should|shouldn'?t|should not)|(a step|one step|a bit|way) too far|over the line|deceit(ful)?|underhand(ed)?|duplicitous|disingenuous|(dirty|cheap|sleazy|old|oldest) tricks?( in the book)?|pressure tactics|high[- ]pressure (tactics|sales|selling)|beneath (you|a company|an organi[sz]ation|your (company|brand|size))|badger(ing|ed)|hound(ing|ed)|(deeply |very |really |pretty |quite |genuinely |frankly )?unsettling|(the|your|this|that|these) guilt[- ]trips?|shameless|tasteless|cheesy|half-baked|careless|thoughtless|atrocious|abysmal|horrendous|cring(e|ey|y)(worthy)?|vile|patroni[sz]ing|stalker(ish|y)|invasive|intrusive|spammers?|snake oil|grifters?|dodgy|untrustworthy|a new low|scraping the barrel|laughing ?stock|amateur hour|insult to (my|our) intelligence|bullshit|drivel|rubbish|clowns?|insult(ing|ed)?|disgusted|lazy|spammy|(so |really |very )?annoyed (by|with|at)|some nerve|(used to|once) respect|audacity|the nerve|(clearly |obviously )?bought (a|my|our|this) (list|data|details|address)|put (me|us) off (you|your)\b|sleazy|scummy|scumbag|sketchy|slimy|creepy|bottom[- ]of[- ]the[- ]barrel|incompetent|idiotic|moronic|unprofessional|the least (professional|respectful|thoughtful|competent)|disrespectful|obnoxious|lying|liars?|lies to|(makes?|making) (people|everyone|buyers|me) (hate|despise|distrust)|doesn'?t begin to describe|pathetic|laughable|tone[- ]deaf|clueless|cringe\w*|embarrass\w*|poorly (done|written|researched|targeted)|badly (done|written|researched|targeted)|not a (good|great) (advert|ad|advertisement|look|sign)|disgusting|offensive|deceptive|dishonest|misleading|sneaky|shady|manipulative|harass\w*|stalk(ing|er)|arrogant|condescending|unacceptable|low[- ]effort|amateur(ish)?|sloppy|desperate|deplorable|despicable|infuriating|bottom[- ]feed(er|ers|ing)|a plague|vultures?|parasit(e|es|ic)|leech(es)?|classless|trashy|cheap shot|low blow|beyond the pale|unhinged|deranged|have (some|a little) (decency|respect|shame|class|tact)|read the room|(a|an) (blatant |plain |flat[- ]out |outright |bald[- ]faced |total |complete )?lie\b|lied (to|about)|fake (urgency|scarcity|personali[sz]ation|familiarity|re|reply|thread|referrals?|meeting|deadline)\b|false (urgency|pretenses|pretences)|(no|zero) (decency|shame|class|tact)|like (a )?(debt collectors?|bailiffs?|used[- ]car salesm[ae]n|telemarketers?|scammers?|a scam|vultures|sharks|a cult|a pyramid scheme|a boiler ?room|a call cent(er|re) from hell))\b|(?<![а-яё])(выгляд[а-яё]* (жалко|убого|нелепо|глупо|позорно)|позорите|преследовани[а-яё]*|преследу(ете|ют|ет)|непорядочн[а-яё]*|полн[а-яё]* ошибок|уважайте (чужое|мое|наше|свое) время|названива[а-яё]*|так (не делается|не делают|не поступают|дела не делаются|не пишут( клиентам| людям| партнерам| партнёрам)?)|(стоит|надо|нужно|пора|следует) уволить|держ(ать|ите|ат|ит)[а-яё]* (людей|нас|меня|всех|клиентов) за (дураков|идиотов|лохов|дурачков)|неуважени[а-яё]*|(покупает|покупаете|покупают|купили|купил[аи]?|купленн[а-яё]*) (базу|базы|базой|баз[ау] данных|контакт[а-яё]*|списк[а-яё]*)|(некрасив|грязн|дешев|нечестн|подл|низк)[а-яё]* (при[её]м|трюк|уловк)[а-яё]*|отстой[а-яё]*|дичь|тр[еэ]ш|кринж[а-яё]*|тошнит|противно|омерзительн[а-яё]*|безобрази[а-яё]*|беспредел[а-яё]*|халтур[а-яё]*|топорн[а-яё]*|днище|впарива[а-яё]*|втюхива[а-яё]*|назойлив[а-яё]*|бестактн[а-яё]*|идиотск[а-яё]*|позорищ[а-яё]*|стыд[а-яё]*|позор|недобросовестн[а-яё]*|убог[а-яё]*|мерзк[а-яё]*|ненавид[а-яё]*|навязыва[а-яё]*|раньше (были|был|была) (нормальн|хорош|приличн)[а-яё]*|колхоз[а-яё]*|ниже плинтуса|бездарн[а-яё]*|безграмотн[а-яё]*|спамер[а-яё]*|жулик[а-яё]*|отвратительн[а-яё]*|хамск[а-яё]*|бред|хам(ить|ил[аи]?|ят|ит|ство[а-яё]*|оват[а-яё]*|ы|ка)?|нахамил[аи]?|нагрубил[аи]?|грубиян[а-яё]*|бесцеремонн[а-яё]*|непрофессионал[а-яё]*|обман[а-яё]*|издевательств[а-яё]*|это низко|несерь[её]зно(?=[.!…]*\s*$)|подло|подлость|несерьезн[а-яё]* (компани|подход|отношени|контор|фирм)[а-яё]*|(шутят|смеются|смеялись|ржут|посмеялись) (про|над) (ваш|вас|вами)[а-яё]*|нагл(ый|ая|ое|ые|о|ость|ости|ец|ецы|еть)|как (коллектор[а-яё]*|на базаре|на рынке|сектанты|мошенники)|коллекторск[а-яё]*|хуже (коллектор|спамер|мошенник)[а-яё]*|мерзост[а-яё]*|ковров[а-яё]* бомбардировк[а-яё]*|отталкива[а-яё]*|груб(о|ый|ая|ые|ит|или|ил)|неряшлив[а-яё]*|за гранью|за (пределами|рамками) (приличи[йя]|разумного)|переход[а-яё]* (все |всякие )?границы)(?![а-яё])/;

/**
 * Words that judge harshly when said of us ("pretty gross to pitch us that week", "wholly
 * inappropriate tone") and describe anything else when not ("a dreadful quarter", "out of line
 * with our budget"): brand only beside words aimed at us (AT_US).
 */
export const HARSH_OF_US =
  /\b(overfamiliar|over-familiar|surveillance|click-?bait\w*|spray[- ]and[- ]pray|(reflects?|reflected|reflecting) (badly|poorly|terribly|so badly) on|hurtful|nasty|unpleasant|appalling|shoddy|lousy|crappy|god-?awful|dreadful|pests?|pushy|distasteful|in poor taste|crass|icky|out of line|(a|the|real|total|huge|major|big) turn[- ]off\b|(what|such) a joke|(is|was|are|were) a (complete |total |bad |sick )?joke|(riddled with|full of|so many|littered with) (typos|errors|mistakes|spelling mistakes|grammar mistakes)|(borderline|a bit|quite|very|really|so|pretty|extremely|incredibly|downright|plain|just) rude|guilt[- ]trip\w*|guilt(s|ed|ing)? (me|us|people|someone) into|ghost(ed|ing) (us|me)|(didn'?t|did not|don'?t|do not) appreciate (your|being|you|the (tone|guilt|pressure|calls?|voicemails?|follow-?ups?|e-?mails?|spam|assumption|insinuation|sarcasm|attitude|way))\b|uncalled for|not in a good way|(so|pretty|really|just|kinda|kind of|frankly|honestly|incredibly|super|utterly|quite|it'?s|that'?s) gross\b(?! (margin|revenue|profit|sales|income|amount|domestic|weight|pay|salary))|(wholly|completely|totally|highly|deeply|entirely|utterly|grossly|extremely) inappropriate)\b|(?<![а-яё])(неприличн[а-яё]*|неприлично|неприятн[а-яё]*|некрасив[а-яё]*|гадко|гадост[а-яё]*|ужасн[а-яё]*|кошмарн[а-яё]*|отвратн[а-яё]*)(?![а-яё])/;

/** Ordinary bad words, harsh only when said of our mail or of us. */
export const BAD_OF_US =
  /^(a |an |what an? |such an? )?(dreadful|terrible|awful|horrible|appalling|lousy|shoddy|crappy|tacky|atrocious|abysmal|cringe(worthy)?|embarrassing) (cold )?(e-?mail|pitch|outreach|message|approach|template|copy|subject line|follow-?up|sequence)s?\b|\b((your|this|these|such|the) (e-?mails?|outreach|approach|pitch(es)?|messages?|sequences?|reps|sales ?people|tactics?|company)|you|you guys|mass[- ]e-?mailing( strangers)?|cold[- ]e-?mailing( strangers)?|spamming( people)?)( (is|are|was|were))?( (a|an|so|really|just|truly|frankly|pretty))? (terrible|awful|horrible|dreadful|rude|bad|poor|ridiculous|annoying|irritating|tacky|gross|inappropriate|junk|garbage|trash)\b|\b(terrible|awful|horrible|bad|poor) (look|form|taste)\b|\b(really |very |pretty )?(terrible|awful|horrible|bad|poor) (call|move) (to|on your part)|(was|is|that'?s) a (really |very |pretty )?(terrible|awful|horrible|bad|poor) (call|move)\b|\b(a|such a|what a) (terrible|awful|horrible|poor|bad|lousy|rude|shabby|disrespectful) way to (treat|talk to|speak to|deal with|handle|approach|sell to|do business)\b|\b(this|that) (kind|sort|type) of (outreach|e-?mail|spam|pitch|selling|prospecting|thing|stuff|nonsense|behaviou?r|tactic|approach) is (exactly |precisely )?why\b|\b(this|that|(e-?mails|messages|pitches|outreach) like (this|yours)|you) (is|are) (exactly |precisely )?why (nobody|no one|people|everyone|buyers|i|we) (answers?|replies|reply|reads?|hates?|ignores?|trusts?|opens?|stopped|tell|told|warn|train|teach|block|filter|never|don'?t|no longer)\b|\bif (this|that) is how you (treat|sell|talk|write|approach|do business|work)\b|\bis (this|that) how you (treat|talk to|speak to|write to|do business)\b|\b(can'?t|cannot|could ?n'?t) believe (a real|an actual|any|a|your|a grown) (company|business|human|person|adult|professional)\b|\b(find|get|look for) (another|a different|a new) (line of work|job|career)\b/;

/**
 * Our people's conduct or our whole operation judged ("your BDR threatened to go over my head",
 * "your team scraped our employee list", "your CRM must be a mess", "you're the reason we now
 * block cold email", "that's not how you win business", "after the way your team handled our
 * trial"), written from the brand sets of blind38/ to blind40/ (a decorative unsubscribe link, a
 * name or photo used without asking, a home number found, internal notes sent by reply-all,
 * "перепутали нас с…").
 */
export const OUR_CONDUCT = new RegExp(
  [
    /\byour (crm|data|list|lists|targeting|process|team|company|sales team|reps?|sdrs?|bdrs?|database) (must be|is|are|seems?|is clearly|looks?( like)?) (a |an |so |such a |completely |totally |clearly )?(mess|joke|disaster|shambles|broken|chaos|clueless|circus|dumpster fire|train ?wreck)\b/
      .source,
    /\byour (support |sales |customer success |success |account |onboarding )?(reps?|sdrs?|bdrs?|salespe(rson|ople)|sales ?(guy|rep|person|team)|team|colleagues?|managers?|account executives?|aes?|people|company) (threatened|lied|insulted|mocked|yelled|shouted|hung up|berated|scraped|harvested|bought|pretended|tricked|misled|ignored|ghosted)\b/
      .source,
    /\byour (reps?|sdrs?|bdrs?|salespe(rson|ople)|sales ?(guy|rep|person|team)|aes?|account executives?) called (our|my) [a-z]+ ['"‘“]/
      .source,
    /\b(you'?re|you are|this is|emails like this are) (the|exactly the) reason (we|our|i|people|everyone|nobody)\b/
      .source,
    /\b(is|'s|are) not a (sales |growth )?strategy\b|\bisn'?t a (sales |growth )?strategy\b/.source,
    /\b(declined|blocked|deleted|marked (it )?as spam) and reported\b/.source,
    /\b(i|we) (expected|expect|had expected|hoped for) (better|more) (from|of) (you|your)\b/.source,
    /\b(upset|offended|hurt|shocked|appalled|angry|furious|distressed) (by|at|about|with) (how|the way) (your|you)\b/
      .source,
    /\byour (opener|e-?mail|rep|message|pitch|team|sdr|bdr|video|copy) (mocked|insulted|belittled|ridiculed|trashed|made fun of|sneered at) (our|my|me|us)\b/
      .source,
    /\binternal (notes|comments|messages|e-?mails?|chatter) (about|on) (me|us|my|our)\b/.source,
    /\b(you|your \w+( \w+)?) (found|got|dug up|tracked down|hunted down|got hold of|used) my (home|personal|private|family) (number|phone|address|e-?mail|mobile|instagram|facebook)\b/
      .source,
    /\b(put|used?|using|featured?|featuring|showed|shows?) my (name|photo|face|picture|likeness|voice|image)\b[^.!?]{0,60}\bwithout (asking|permission|consent|my (permission|consent))/
      .source,
    /(?<![а-яё])(уже )?(трет[а-яё]+|четверт[а-яё]+|пят[а-яё]+|очередн[а-яё]+) ваш[а-яё]* (сотрудник|менеджер|продаж[а-яё]*|продавец|представител[а-яё]*) (пишет|звонит|присылает)/
      .source,
    /(?<![а-яё])перепутали (меня|нас|нашу компанию) с/.source,
    // Mass mail seen through: "your last three emails were identical".
    /\b(your|the) (last|previous|past) (two|three|four|five|six|\d+|few|several) (e-?mails|messages|notes|follow-?ups) (were|are|have been|read) (all )?(identical|the same|word for word|copy[- ]?pasted?|carbon copies)\b/
      .source,
    // A rep ringing a personal phone out of hours, or told it was not okay: "calling my cell at
    // 7am is not okay", "You called me at 6am." ("call my cell at 3pm" books a call).
    /\b(you|your [a-z]+( [a-z]+)?) (called|rang|phoned|texted) me( on my [a-z ]{1,20}?)? at ([1-6](:\d\d)? ?a\.?m\b|(10|11)(:\d\d)? ?p\.?m\b|midnight)|\b(called|rang|texted|phoned) (me on )?my (cell|mobile|personal (phone|number|cell|mobile)|home (phone|number)|private number)\b[^.!?]{0,20}\b(at ([1-7](:\d\d)? ?a\.?m\b|(9|10|11)(:\d\d)? ?p\.?m\b|midnight|night)|on a (saturday|sunday)|on the weekend|at the weekend)|\b(calling|ringing|texting|phoning) (me on )?my (cell|mobile|personal (phone|number|cell|mobile)|home (phone|number)|private number)\b[^.!?]{0,30}\b(is|was)( not|n'?t) (ok|okay|acceptable|appropriate|cool|fine)\b/
      .source,
    /\bpretend(ing|ed|s)? (that )?(we|i)('ve| have)? (met|spoke|spoken|talked|had (a |our )?(call|chat|meeting)|were introduced|been introduced)\b/
      .source,
    /\b(data protection|gdpr|privacy|e-?mail|netiquette) (basics|101)\b|\b(your )?(to|cc) (field|line) (had|with|showed|showing|full of|exposed|listed)\b/
      .source,
    // Judged, not reported: "your unsubscribe link is broken" is a compliance fact (legal, blind29/).
    /\byour unsubscribe (link|button|page|option)( is| must be| seems| looks)? (purely |just |clearly |only )?(decorative|fake|a joke|for show|cosmetic|pointless|a lie|theatre|theater)\b/
      .source,
    /\b(that'?s|this is|that is) not how you (win|earn|get|build|do|make) (business|customers|clients|trust|deals|friends|sales)\b/
      .source,
    /\bif (this|that) is (your|the) (attention to detail|level of (care|professionalism|effort|research|quality)|idea of (personali[sz]ation|research|a (good|great) (pitch|email)))\b/
      .source,
    /\bnot (impressed|amused|happy|pleased|thrilled) (that|with|by) (you|your)\b/.source,
    /\b(pretend(s|ed|ing)?|pos(e|es|ed|ing)|impersonat\w+|masquerad\w+) (to be |as )(from |a |an )?(my|our|the) (bank|it|security|ceo|boss|colleague|team|vendor|partner|provider|friend|customer|client|investor)\b/
      .source,
    // A thread faked or a conversation invented: "put 'Re:' in the subject to make me think we'd
    // spoken", "your email said 'as discussed' — we never discussed anything".
    /\b(you|your [a-z]+)('ve| have)? (put|added|used|stuck|slapped) ['"“‘]?(re|fwd?)['"”’]?:? (in|to|into|on) (the|your|a|my) subject\b|\b(make|making|made) (me|us|people) (think|believe)[^.!?]{0,20}\b(we|i)('d| had| have| were)? (spoken|talked|met|discussed|corresponded|been in touch)\b/
      .source,
    /\b(as (we )?discussed|per our (conversation|call|chat))['"”’]?[^.!?]{0,30}\b(we|i) (never|haven'?t|have not|didn'?t|did not) (discuss\w*|spoke|spoken|speak|talk\w*|met|meet)\b|\byour (e-?mail|message|note|subject( line)?) (said|says|claimed|claims) ['"“‘](as (we )?discussed|per our (conversation|call|chat)|following up on our (call|conversation|chat|meeting))/
      .source,
    // A claim in our mail caught out: "we checked: you're not actually a Salesforce partner".
    /\b(you'?re|you are) not (actually|really|even) (a|an|our) ([a-z]+ ){0,2}(partner|reseller|customer|supplier|vendor)\b|\b(stop|quit) (claiming|pretending)\b|\bdon'?t (go )?(claiming|pretending)\b/
      .source,
    // "Your rep's follow-ups have been relentless — five emails in eight days", "Ваши менеджеры пишут
    // уже пятый раз за неделю".
    /\b(your( [a-z]+'s)?|these|the) (follow-?ups|e-?mails|messages|calls|reminders|bumps|sequences?|outreach) (have been|has been|are|were|is|was|feel|felt|seem) (so |really |pretty |just |frankly |a bit |quite )?(relentless|non-?stop|constant|excessive|endless|overwhelming|too much|a lot|too many|aggressive)\b|(?<![а-яё])ваш[а-яё]* (сотрудник|менеджер|продаж|продав|представител)[а-яё]* (пишут|пишет|звонят|звонит)( мне| нам)? (уже )?(трет|четверт|пят|шест|седьм|десят|очередн)[а-яё]* раз/
      .source,
    // "Your SDR keeps calling me", "your people won't stop ringing our front desk".
    /\byour (reps?|sdrs?|bdrs?|salespe(rson|ople)|sales ?(guy|rep|person|team)|team|people|colleagues?|company|aes?|account executives?) (keeps?|kept|won'?t stop|will not stop|never stops?) (calling|ringing|phoning|texting|e-?mailing|messaging|pinging|spamming|contacting|bugging|hounding|chasing)\b/
      .source,
    // Our mail's manners: a meeting put on a calendar unasked, "love the product, hate the 5 follow-ups".
    /\b(book(ed|ing|s)?|put(ting|s)?|add(ed|ing|s)?|sen[dt](ing|s)?|drop(ped|ping)?|plac(ed|ing)|block(ed|ing)?) (a |an |the )?(meeting|invite|invitation|call|calendar (invite|hold)|hold|slot|event) (on|in|to|into) (my|our) calendars? without (asking|permission|checking|my (consent|permission|agreement|ok|okay))\b|\bhate (the|your|these|all (the|these|your)|those) (\d+ |five |six |seven |many |endless |constant |relentless |daily )?(follow-?ups|e-?mails|reminders|bumps|messages|calls|voicemails|pings)\b(?! (that )?(our|my|we|i)\b)/
      .source,
    /\b(after|given|because of|considering) (the way|how) (your|you)( [a-z]+)? (handled|treated|dealt with|ran|managed|behaved|spoke|talked)\b(?![^.!?]*\b(well|great|brilliant|amazing|love|loved|happy|impressed|smooth(ly)?|quick(ly)?|fast|perfect(ly)?|renew\w*|sign\w*)\b)/
      .source,
  ].join('|'),
);

/** A verdict said alone: "Gross.", "Yikes.", "Pathetic." */
export const VERDICT =
  /^(classy|gross|yikes|ew+|pathetic|disgusting|shameful|unbelievable|embarrassing|cringe|lame|cheap|tacky|sleazy|creepy|not (ok|okay|cool|acceptable|appropriate)|позор|стыдно|фу|небрежно|неряшливо|халтура)[.!]*$/;

/**
 * The writer's own side's mishaps: "we've had a couple of embarrassing double-sends this quarter",
 * "our reps made some awkward calls": the pain the offer is for, said of themselves, not of us.
 */
const OWN_MISHAPS =
  /\b(we|i|our (own )?(reps|sdrs|bdrs|aes|salespeople|sales ?(team|people|reps)|team|people|sellers))('ve| have| has| had)? (had|have|has|made|sent|caused|seen) (a |some |a few |several |a couple( of)? |many |too many |plenty of |more than one |one too many )?(\w+ )?(embarrassing|awkward|cringe\w*)\b(?![^.!?]*\b(by|at|with|about|of|from) (you|your)\b)/;

/**
 * The writer's own size and role: "I'm the founder, it's just me and one SDR", "we're a 3-person
 * shop". Said to explain a no, never a complaint of us (the model read "…just me and one SDR.
 * Probably overkill?" as one at 0.88).
 */
const OWN_SIZE =
  /\b(it'?s )?(just|only) me( and (one|two|three|a|an|my) [a-z]+)?\b|\b(we'?re|we are|our (sales )?team is|there are) (only |just )?(a )?(\d+|one|two|three|four|five|six|seven|eight|nine|ten)[- ](person|people|man|woman|rep|seller)s?\b|\bi'?m the (founder|co-?founder|ceo|owner|only (rep|salesperson|seller))\b/;

/**
 * Our mail graded kindly ("Not bad for a cold email", "better than most cold emails", "as cold
 * emails go, decent"): faint praise, which the brand model reads as a complaint (0.84).
 */
const FAINT_PRAISE_OF_OUR_MAIL =
  /\b(not bad|pretty good|decent|not the worst|better than most|one of the better ones?|nicely done|well done)( ones?| attempts?)? (for|as|of|among) (a |an |the )?(cold |sales )?(e-?mails?|outreach|pitch(es)?|notes?|messages?)\b|\bas (cold |sales )?(e-?mails?|pitches) go\b/;

/**
 * Harsh words said of someone else ("our current vendor's reps are pushy, so your approach is
 * refreshing", "our previous vendor was shoddy on support"): a buyer comparing, not a complaint.
 * Or the writer's own mishaps.
 */
export const ANOTHER_VENDOR = new RegExp(
  `${/(?<![а-яё])((у|от|с) )?(конкурент[а-яё]*|(наш[а-яё]* )?(текущ|прошл|стар|предыдущ|нынешн)[а-яё]* (поставщик|систем|crm|инструмент|подрядчик|вендор)[а-яё]*)(?![а-яё])|\bour (own )?(reps|sdrs|bdrs|aes|salespeople|sales ?(team|people|reps)|team|people) (are|were|get|got|feel|felt|look|looked) (\w+ )?(embarrassed|frustrated|annoyed|confused|fed up|tired)\b(?![^.!?]*\b(by|at|with|about|of) (you|your)\b)|\b(from|by) our (own )?(reps|sdrs|bdrs|sales ?(team|people|reps)|salespeople|team|people|colleagues|marketing)\b|\b(between|among|across|within) (our|my) (own )?([a-z]+ )?(reps|sdrs|bdrs|aes|teams|pods|sellers|territories|regions|offices)\b|\b(our|my|the|their) (current|old|previous|last|existing|former|other|incumbent) (vendors?|providers?|suppliers?|tools?|systems?|crm|agenc(y|ies)|partners?|platforms?|solutions?|process(es)?|workflows?|setup|spreadsheets?|stack)\b|\byour (competitors?|competition|rivals?)\b|\b(another|other) vendors?\b|(?<![а-яё])(текущ|прошл|предыдущ|нынешн|старый|старого)[а-яё]* (подрядчик|поставщик|вендор|систем|сервис|crm|срм)[а-яё]*/.source}|${OWN_MISHAPS.source}`,
);

/** What the harsh words are said of: us, our mail, the way we wrote. */
export const AT_US =
  /\b(you|your|this(?! (quarter|year|month|week|morning|afternoon|evening|season|sprint|cycle|term|spring|summer|fall|autumn|winter)\b)|these(?! (days|past)\b)|such|mass[- ]e-?mail\w*|cold[- ]e-?mail\w*|spamming|outreach|approach|pitch)\b|(?<![а-яё])(вы|ваш[а-яё]*|эт[оиа]|этот|рассылк[а-яё]*)(?![а-яё])/;

/**
 * A phrase of complaint (classify-rules.ts's brand list) said of us: where the reply speaks of
 * another vendor, a sentence that is not about that vendor must carry it.
 */
export const complaintPhraseOfUs = (text: string, phrase: RegExp) =>
  phrase.test(text) &&
  (!ANOTHER_VENDOR.test(text) || sentencesOf(text).some((s) => phrase.test(s) && !ANOTHER_VENDOR.test(s)));

/**
 * Harsh words in a reply that is not buying: whoever says "lazy" or "shady" while saying no is
 * judging the mail they got (a buyer says it of their current tool, and is buying; so does a
 * sentence about another vendor). Our mail landing in the spam folder is read the same way. The
 * classifier asks this only of such replies.
 */
export const harshWordsSaid = (text: string) =>
  sentencesOf(text).some((s) => (HARSH.test(s) || LANDS_IN_SPAM.test(s)) && !ANOTHER_VENDOR.test(s));

/**
 * Our mail landing in the spam folder (normalise.ts calls it "filtered mail"): a verdict on it in
 * a reply that is not buying ("keeps landing in my spam folder, which says a lot"; "going straight
 * to spam and honestly that's where they belong", where the verb went into "filtered mail" and the
 * verdict says it; "which feels about right"), news in one that is ("going straight to my spam
 * folder, just so you know. Can you send the deck?"), and no verdict in "Sorry, your email went to
 * spam".
 */
const LANDS_IN_SPAM =
  /\b(land|lands|landing|landed|end up|ends up|ending up|go|goes|going) (straight )?(in|into|to) (my|the) (filtered mail|junk)\b|\bfiltered mail\b[^.!?]{0,40}\b((that'?s|which is) (exactly )?where (they|it|these|those|you) belongs?|where (they|it) belongs?|for a reason|(which|that|and that|and it) (feels|seems|sounds|is|looks) (about |just |exactly |only )?(right|appropriate|fitting|fair|accurate|deserved)|(which|that|and that|and it) (says|tells (you|me)) (a lot|it all|everything|something|all you need to know))\b/;

/** Where our mail landed, as normalise.ts writes it: "went to my spam folder" → "filtered mail". */
const SPAM_FOLDER_NEWS = /\bfiltered mail\b/;

/** An invitation to follow or connect: "Feel free to follow us on LinkedIn", "message me on LinkedIn". */
const SOCIAL_INVITE =
  /\b(follow|connect with|find|message|dm|add) (us|me) (on|via|over) (linkedin|twitter|x|instagram|facebook|bluesky|threads|social)\b|\blet'?s connect (on|via) (linkedin|twitter|x|social)\b/;

/**
 * A policy the writer's side keeps: "we have a strict no-solicitation policy", "company rule", "I
 * don't do cold calls or cold emails".
 */
const HOUSE_RULE =
  /\b(we|our company|our firm|our organi[sz]ation|the company|company) (have|has|follow|follows|operate|operates|keep|keeps|enforce|enforces) (a |an )?(strict |firm |clear |company-wide |company )?([a-z-]+ ){0,3}(policy|rule)\b|\b(i|we) (do ?n'?t|do not|never) (do|take|answer|return|respond to|reply to|accept|engage with)( any)? (cold|unsolicited|vendor|sales) (calls|e-?mails|outreach|pitches|meetings)( or (cold |unsolicited )?(calls|e-?mails|outreach|pitches|meetings))?\b/;

/**
 * A sentence about the writer's own side, or kind to us, that the brand model must not read
 * (flags.ts): a house rule, their own mishaps, an invitation to connect; their size, faint praise of
 * our mail and news that our mail went to spam only with no harsh word beside them.
 */
export const ofTheirOwnSide = (s: string) =>
  HOUSE_RULE.test(s) ||
  OWN_MISHAPS.test(s) ||
  SOCIAL_INVITE.test(s) ||
  ((OWN_SIZE.test(s) || FAINT_PRAISE_OF_OUR_MAIL.test(s) || SPAM_FOLDER_NEWS.test(s)) && !harshWordsSaid(s));

/**
 * "you" and "your" that point at nothing we did: "Saw your email", "the exact problem you describe".
 * A buyer's harsh words beside them are still about their own troubles (flags.ts).
 */
export const YOU_NEUTRALLY =
  /\b(saw|seen|got|read|received|opened|thanks for|thank you for) your (e-?mail|note|message|mail|reply|outreach)\b|\b(the |that |this )?(exact |same |very )?(problem|issue|pain|challenge|scenario|situation|headache|mess)s? (that )?you (describe|described|mention|mentioned|outline|outlined|raise|raised|point out|pointed out|talk about|talked about|wrote about|write about|flag|flagged)\b/g;
