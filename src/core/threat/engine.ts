import type { Token } from '../tokens.js';
import type { Respeller } from '../spelling.js';
import { readTypo, respell } from '../spelling.js';
import { isSentenceEnd } from '../tokens.js';
import {
  ACTS,
  BODY_PARTS,
  ATTRIBUTION,
  CALLERS,
  CONDEMN,
  CONTEST,
  DETERMINERS,
  SLURS,
  FICTION,
  GAME_SPORT,
  NATIONALITIES,
  HARM_NOUNS,
  inflect,
  INSTITUTIONS,
  JOKE_MARKERS,
  NEGATORS,
  OCCUPIED_PLACES,
  PERSON_PRONOUNS,
  PHRASAL,
  PREPARATION,
  ROLE_NOUNS,
  THING_NOUNS,
  TIME_RE,
  TIME_WORDS,
  VEHICLE_WEAPONS,
  WEAPONS,
} from './lexicon.js';

/**
 * The linguistic threat engine. It reads the tokens of one post and returns "hits": places where
 * a violent act (or a veiled, weapon or doxxing pattern) meets a speaker's stance and a target,
 * each with the context that lowers it. Every number it adds to a hit's log-odds comes with a
 * reason and the words that justify it, so the result explains itself.
 */

export type Stance =
  | 'intent'
  | 'desire'
  | 'hypothetical'
  | 'fate'
  | 'prediction'
  | 'call'
  | 'imperative'
  | 'wish'
  | 'veiled'
  | 'armed'
  | 'doxxing'
  | 'none';

export type TargetType = 'person' | 'role' | 'group' | 'place' | 'object' | 'self' | 'unknown';

export interface Evidence {
  /** Token range [from, to). */
  from: number;
  to: number;
  label: string;
}

export interface Hit {
  act: string;
  /** How violent the act is in its literal sense, 0..1. */
  weight: number;
  stance: Stance;
  target?: { from: number; to: number; type: TargetType; text: string };
  conditional: boolean;
  agency: boolean;
  logit: number;
  reasons: string[];
  evidence: Evidence[];
  /** Context that lowered the hit (negation, quotation, game …). */
  lowered: string[];
  specifics: string[];
  sentence: number;
  /**
   * A harm done by someone, foretold for a set time: in the passive ("the mayor will be shot
   * tomorrow") or as an injury received ("is getting his skull caved in when he walks out").
   */
  foretold?: boolean;
}

export interface EngineContext {
  /** Kinds of personal data in the post (phone, address …). */
  piiKinds: readonly string[];
  /** True when normalisation undid deliberate obfuscation. */
  obfuscated: boolean;
  /** Raw text contains laughing emoji. */
  jokeEmoji: boolean;
  /** Reads misspelled and run-together violent words ("klil", "killall") when given. */
  spelling?: Respeller;
}

const AUX = new Set(
  (
    'am is are was were be been being will would shall should must can could may might going to gonna about ' +
    'really just finally personally literally actually also still definitely totally gladly happily soon ' +
    'want need needs deserve deserves deserved ought got have has had do does did get gets getting ' +
    'love like ready planning plan fixing tempted wish hope pray all both probably gotta go come ' +
    'gon wanna gladly and then i start begin keep coming willing glad happy eager itching started'
  ).split(' '),
);
const NON_AUX_IN_CHAIN = new Set(['and', 'then', 'i']);
/** Auxiliaries that open a question before their subject ("should we …", "isn't it …"). */
const INVERTED_AUX = new Set('is are should would could can do does will must'.split(' '));
const HEADS = new Set(['head', 'heads']);
const SETS = new Set(['set', 'setting', 'sets']);
const DRAGS = new Set(['drag', 'dragged', 'dragging', 'drags']);
const OUT_SET = new Set(['out']);
const STREETS = new Set(['street', 'streets', 'road', 'square']);
const SEIZED_FROM = new Set([
  'cars',
  'car',
  'homes',
  'home',
  'house',
  'houses',
  'offices',
  'office',
  'trucks',
]);
const GERUND_LEADS = new Set(['start', 'starts', 'begin', 'begins', 'keep', 'go', 'going', 'started']);
const WHIPS = new Set(['whip', 'whipped', 'whipping', 'whips']);
const FILMING = new Set(['film', 'filming', 'record', 'recording', 'stream', 'livestream', 'tape', 'video']);
const CONCRETE_INJURY = /teeth|legs|arms|knees?|jaw|skull|stab|acid|knock out|pistol/;
const OPENS = new Set(['open', 'opening', 'opened', 'opens']);
const REWARDS = new Set(['gets', 'wins', 'earns', 'receives', 'collects']);
const MAKES = new Set(['make', 'made', 'makes']);
const SHAME_HARMS = new Set(
  'fire fires hurt injured burned burnt caught brakes crash crashed fell fall slipped disappeared vanished'.split(
    ' ',
  ),
);
const SEVERE = new Set(['brain', 'massive', 'fatal', 'sudden', 'big', 'nice']);
const GOOD_ONES = new Set(['good', 'real', 'decent', 'competent', 'skilled', 'patriotic', 'brave', 'lone']);
/** What a vehicle does to someone it is wished on ("hope a bus finds that reporter"). */
const VEHICLE_STRIKES = new Set(['finds', 'hits', 'runs', 'flattens', 'takes', 'mows', 'plows']);
/** Fatal illnesses wished on someone ("praying for a brain aneurysm for every one of those senators"). */
const AILMENTS = new Set(['aneurysm', 'aneurism', 'stroke', 'tumor', 'tumour', 'embolism']);
const CONDITION_OPENERS = new Set(['if', 'when', 'whenever', 'unless', 'once']);
const RECRUITS = new Set(
  'someone somebody anyone anybody volunteers volunteer people men guys patriots shooters hitman'.split(' '),
);
const HIRERS = new Set([
  'need',
  'needs',
  'want',
  'wants',
  'for',
  'hire',
  'hiring',
  'pay',
  'paying',
  'recruiting',
]);
const NOOSES = new Set(['rope', 'ropes', 'noose', 'nooses']);
const AIMS = new Set(['aim', 'aiming']);
/** Where a blow or a shot is aimed to harm ("aim for their faces"). */
const AIMED_PARTS = new Set([
  'head',
  'heads',
  'face',
  'faces',
  'throat',
  'throats',
  'neck',
  'necks',
  'eyes',
  'chest',
  'chests',
]);
/** Going somewhere ("… and go to the courthouse", "… and head down to city hall"). */
const GO_TO = new Set(['go', 'head', 'march', 'come', 'drive', 'walk', 'show', 'get']);
const GET_FORMS = new Set(['get', 'gets', 'getting', 'got', 'gotten']);
const BUILDINGS = new Set([
  'hotel',
  'office',
  'building',
  'capitol',
  'courthouse',
  'hospital',
  'bank',
  'front',
  'main',
]);
const JUMPED = new Set(['him', 'her', 'them', 'you', 'u', 'ya', 'yall']);
/** Auxiliaries of a passive ("gets", "is getting", "will be"). */
const PASSIVE_COMING = new Set(['gets', 'get', 'getting', 'will', 'gonna', 'going']);
const PASSIVE_AUX = new Set([
  'gets',
  'get',
  'getting',
  'got',
  'is',
  'be',
  'being',
  'will',
  'gonna',
  'going',
  'to',
]);
const ANYONE = new Set(['anyone', 'anybody', 'any1']);
const IF_SET = new Set(['if']);
/** Words that open a clause of its own ("… because I will …", "… but we …"). */
// ("you won't be smiling when I cave your face in": a time clause has its own subject and polarity)
const CLAUSE_OPENERS = new Set(['because', 'cause', 'cuz', 'coz', 'bc', 'but', 'when', 'once']);
const TIME_OPENERS = new Set(['when', 'once']);
/** Events a place hosts that nobody is menaced at ("the school fundraiser", "the church picnic"). */
const BENIGN_EVENTS = new Set(
  'fundraiser game games practice sale picnic play party fair dance carnival tournament auction drive camp bazaar class classes lesson lessons'.split(
    ' ',
  ),
);
const BATS = new Set(['bat', 'bats', 'machete', 'machetes', 'crowbars', 'hammers', 'bricks']);
const PLEASE = new Set(['please', 'pls', 'plz', 'plse']);
const OTHER_SUBJECTS = new Set(['you', 'he', 'she', 'they', 'u', 'ya', 'yall']);
const PLAN_NOUNS = new Set(['plan', 'goal', 'intention', 'mission', 'aim', 'intent', 'plans', 'goals']);
const MODAL_AUX = new Set(['should', 'would', 'could', 'can', 'will', 'must']);
const RHETORIC_LEADS = new Set(['why', 'so', 'but', 'and', 'well', 'honestly', 'seriously', ',']);
// ("I'm coming to kill you": motion towards the act is intent, as "going to" is)
const FUTURE = new Set([
  'will',
  'shall',
  'going',
  'about',
  'ready',
  'planning',
  'plan',
  'fixing',
  'gon',
  'coming',
]);
// ("I'd gladly …", "I'd be more than willing to …", "I'm itching to …": eagerness is desire)
const DESIRE = new Set([
  'want',
  'love',
  'like',
  'tempted',
  'wanna',
  'gladly',
  'happily',
  'willing',
  'glad',
  'happy',
  'eager',
  'itching',
]);
const POLITE = new Set(['happy', 'glad', 'willing']);
const HYPOTHETICAL = new Set(['would', 'could', 'might', 'may']);
const DEONTIC = new Set([
  'should',
  'must',
  'need',
  'needs',
  'deserve',
  'deserves',
  'ought',
  'gotta',
  'has',
  'have',
  'got',
]);
const PAST_AUX = new Set(['was', 'were', 'been', 'had', 'did']);
const FIRST = new Set(['i', 'we']);
const SECOND = new Set(['you', 'yall']);
const REFLEXIVE_3 = new Set(['himself', 'herself', 'themselves', 'itself', 'yourself', 'yourselves']);
const SELF = new Set(['me', 'myself', 'us', 'ourselves']);
const PREPOSITIONS = new Set(
  'in on at by with from to for of into onto over under near outside inside behind after before during until till since like as when while if because who which that where whose'.split(
    ' ',
  ),
);
const REPORT_VERBS = new Set(
  (
    'said says saying posted wrote writes tweeted told telling tells reported claimed alleged allegedly ' +
    'threatened threatening threatens charged arrested indicted convicted sentenced received dmed messaged ' +
    'shouted yelled chanted testified calling called calls warned warning accused threaten threatens accusing say ' +
    'think thinks believe believes write post tweet posting tweeting writing claiming suggesting demanding'
  ).split(' '),
);
const RELATIVES = new Set(['who', 'that', 'which', 'whose']);
const HOPE = new Set(['hope', 'wish', 'pray', 'praying', 'hoping', 'wishing']);
const BE = new Set(['be', 'get', 'gets', 'getting', 'got', 'been', 'is', 'are', 'was', 'were', 'being']);
/** Days someone "won't see": a death foretold before them. */
const UNSEEN_DAYS = new Set(
  (
    'christmas thanksgiving easter tomorrow sunrise halloween spring summer weekend morning election ' +
    'lunch dinner breakfast noon midnight sunset nightfall graduation friday saturday sunday monday'
  ).split(' '),
);
/** Spans of a life that someone "won't see another" of. */
const LIFE_SPANS = new Set(['day', 'birthday', 'year', 'dawn']);
/** The speaker arriving, said and left at that ("I'm coming.", "see you soon"). */
const ARRIVALS = [
  ...['.', '!'].flatMap((e) => [
    ['i', 'am', 'coming', e],
    ['we', 'are', 'coming', e],
    ['see', 'you', 'soon', e],
  ]),
];
/**
 * Someone's lot foretold without naming the harm ("Senator, your time is up", "he deserves what's
 * coming"): menacing only with something that backs it (a weapon, posted details, a time).
 */
/** Someone handed over to the reader's will ("do with it what you will"). */
const DISPOSALS = ['it', 'that'].map((x) => ['do', 'with', x, 'what', 'you', 'will']);
const LOTS_FORETOLD = [
  ...['your', 'his', 'her', 'their'].map((p) => [p, 'time', 'is', 'up']),
  ...['deserves', 'deserve', 'gets', 'get'].map((v) => [v, 'what', 'is', 'coming']),
  ...DISPOSALS,
];
/** "She's going to wish she'd never been born": a suffering promised without naming it. */
const NEVER_BORN = ['you', 'he', 'she', 'they'].flatMap((p) => [
  ['wish', p, 'were', 'never', 'born'],
  ['wish', p, 'was', 'never', 'born'],
  ['wish', p, 'had', 'never', 'been', 'born'],
  ['wish', p, 'would', 'never', 'been', 'born'],
  ['wish', `${p}'d`, 'never', 'been', 'born'],
]);
/** Retaliation made someone's lot ("make him feel what we felt"): menacing only on posted details. */
const RETALIATIONS = ['him', 'her', 'them'].flatMap((p) =>
  [['feel', 'what'], ['feel', 'it'], ['suffer'], ['sorry'], ['afraid'], ['scared']].map((x) => [
    'make',
    p,
    ...x,
  ]),
);
const SPEAKER_WORDS = new Set(['i', 'we', 'me', 'us', 'my', 'our']);
/** Parts of the body someone is told to say goodbye to (not teeth or eyes, which health advice names). */
const LOST_PARTS = 'kneecaps knees legs fingers'.split(' ').map((x) => `say goodbye to your ${x}`);
/**
 * Parts of the body someone is told they will be left without ("you won't have fingers to type with",
 * "he won't have any kneecaps left"); not teeth, which sweets cost, legs "to stand on", nor hands "to hold".
 */
const PARTS_GONE_WORDS = new Set('fingers kneecaps knees'.split(' '));
const PARTS_GONE = [...PARTS_GONE_WORDS].flatMap((x) => [
  `not have ${x} to`,
  `not have any ${x} left`,
  `not have ${x} left`,
  `not have any ${x} to`,
]);
/**
 * A body found by others, foretold ("your kids will find you hanging from the porch", "they're going
 * to find you dead"): not "find you hanging out", nor the past "found him dead" of the news.
 */
// (keyed by "find", the rarer word: the future before it is looked for where the phrase is met)
const FOUND_BODIES = ['find you', 'finding you'].flatMap((v) =>
  ['hanging from', 'hanging in', 'dead', 'face down', 'in pieces', 'in a ditch', 'in a dumpster'].map(
    (x) => `${v} ${x}`,
  ),
);
const FOUND_BODY_SET = new Set(FOUND_BODIES);
/** The last sight of a life: "the last face you see", "the last person you'll ever see". */
const LAST_SIGHTS = ['face', 'thing', 'person'].flatMap((x) =>
  ['', 'ever ', 'will ', 'will ever '].map((m) => `last ${x} you ${m}see`),
);
/** Who is left without a parent or spouse, and whom they lose ("your kids won't have a father"). */
const KIN_LEFT = ['kids', 'children', 'son', 'daughter', 'sons', 'daughters', 'wife', 'husband', 'family'];
const PARENTS_LOST = ['father', 'mother', 'dad', 'mom', 'husband', 'wife', 'parent'];
/** (someone else's kin only: "my kids won't have a mother at home this week" is the speaker's trip) */
// (keyed by the kin word; whose kin is looked for where the phrase is met)
const KIN_LOSERS = KIN_LEFT.flatMap((k) => PARENTS_LOST.map((p) => `${k} will not have a ${p}`));
const KIN_LOSER_SET = new Set(KIN_LOSERS);
/** A parent absent, not dead ("won't have a father around", "at home", "figure", "who cares"). */
const ABSENCES = new Set(['around', 'at', 'there', 'figure', 'who', 'that', 'to', 'in', 'present', 'home']);
const OMINOUS: ReadonlyArray<readonly string[]> = [
  ['not', 'make', 'it'],
  ['not', 'finish'],
  ['not', 'going', 'home'],
  ['not', 'make', 'it', 'home'],
  ['not', 'wake', 'up'],
  ['not', 'live', 'to'],
  ['we', 'know', 'where'],
  ['will', 'be', 'your', 'last'],
  ['visit', 'him'],
  ['visit', 'her'],
  ['visit', 'them'],
  ['watch', 'his', 'back'],
  // ("Watch your back, pig. We know which cruiser is yours.")
  ['we', 'know', 'which'],
  // ("Sleep tight, councilwoman. I know which window is yours.")
  ['i', 'know', 'which'],
  ['sleep', 'tight'],
  ['i', 'know', 'which'],
  // ("I know what school you go to")
  ['we', 'know', 'what'],
  ['i', 'know', 'what'],
  // ("I know where you live. I'm coming."): on its own only with something that backs it
  ...ARRIVALS,
  // ("count your days, councilwoman")
  ['count', 'your', 'days'],
  // ("I'm going to make you disappear and nobody will ever find the pieces")
  ...['you', 'him', 'her', 'them'].map((p) => ['make', p, 'disappear']),
  // ("the commissioner won't leave that room standing")
  ...['alive', 'standing', 'breathing'].flatMap((a) => [
    ['not', 'leave', a],
    ...['here', 'there'].map((x) => ['not', 'leave', x, a]),
    ...['that', 'this', 'the'].flatMap((d) =>
      ['room', 'building', 'place', 'meeting', 'house'].map((x) => ['not', 'leave', d, x, a]),
    ),
  ]),
  // ("Make him famous." on posted details)
  ...['him', 'her', 'them'].map((p) => ['make', p, 'famous']),
  ['watch', 'her', 'back'],
  ['watch', 'their', 'back'],
  ['would', 'be', 'a', 'shame', 'if'],
  ['be', 'a', 'shame', 'if'],
  // ("Would be a real shame if …")
  ['would', 'be', 'a', 'real', 'shame', 'if'],
  ['be', 'a', 'real', 'shame', 'if'],
  ['check', 'under', 'his', 'car'],
  ['checking', 'under', 'his', 'car'],
  ['checking', 'under', 'her', 'car'],
  ['checking', 'under', 'your', 'car'],
  ['checking', 'under', 'their', 'car'],
  ['check', 'under', 'her', 'car'],
  ['check', 'under', 'your', 'car'],
  ['check', 'under', 'their', 'car'],
  ['enjoy', 'your', 'last'],
  // ("hope you enjoyed your last weekend with your kids")
  ['enjoyed', 'your', 'last'],
  ['enjoyed', 'his', 'last'],
  ['enjoyed', 'her', 'last'],
  ['enjoys', 'his', 'last'],
  ['enjoys', 'her', 'last'],
  ['enjoy', 'his', 'last'],
  ['enjoy', 'her', 'last'],
  ['enjoy', 'their', 'last'],
  ['end', 'up', 'like', 'the', 'last'],
  // "you'll end up like that reporter they found in the river": a fate that needs a death named
  ['end', 'up', 'like'],
  // "the organizers won't know what hit them"
  ['not', 'know', 'what', 'hit'],
  ['make', 'an', 'example', 'of'],
  ['make', 'an', 'example', 'out', 'of'],
  ['see', 'what', 'happens'],
  ['is', 'the', 'day'],
  ['you', 'will', 'see'],
  ['go', 'get', 'him'],
  ['go', 'get', 'her'],
  ['go', 'get', 'them'],
  ['do', 'what', 'you', 'want', 'with'],
  ['do', 'what', 'you', 'will'],
  ['do', 'what', 'you', 'must'],
  ['been', 'watching'],
  ['been', 'following'],
  ['sleep', 'with', 'one', 'eye', 'open'],
  ['last', 'warning'],
  ['never', 'make', 'it'],
  ['never', 'make', 'it', 'home'],
  // ("tell your husband to start picking out a casket")
  ...['casket', 'coffin'].flatMap((c) => [
    ['picking', 'out', 'a', c],
    ['pick', 'out', 'a', c],
  ]),
  // ("your next story will be your obituary")
  ['be', 'your', 'obituary'],
  ['be', 'his', 'obituary'],
  ['be', 'her', 'obituary'],
  // ("the councilman lives on Elm. Finish what the storm started.": on posted details)
  ['finish', 'what'],
  // ("This is the prosecutor's home: 18 Birch Ct. … Have fun.": on posted details)
  ['have', 'fun'],
  // ("Keep mouthing off and I'll turn your lights out permanently")
  ...['your', 'his', 'her', 'their'].flatMap((p) => [
    ['turn', p, 'lights', 'out'],
    ['put', p, 'lights', 'out'],
  ]),
  // ("Pray for a tragic accident at the governor's mansion")
  ...['pray', 'praying', 'hope', 'hoping'].flatMap((h) => [
    [h, 'for', 'a', 'tragic', 'accident'],
    [h, 'for', 'an', 'accident'],
    [h, 'for', 'a', 'fatal', 'accident'],
  ]),
  // ("her parents' address … Let's pay them a little visit": on posted details)
  ...['him', 'her', 'them'].flatMap((p) => [
    ['pay', p, 'a', 'visit'],
    ['pay', p, 'a', 'little', 'visit'],
  ]),
  // ("that coach is going to need a new set of kneecaps": an injury foretold)
  ...['kneecaps', 'knees', 'teeth', 'legs', 'ribs'].flatMap((b) => [
    ['need', 'a', 'new', 'set', 'of', b],
    ['need', 'new', b],
  ]),
  // ("… when u wake up to ur house on fire")
  ...['your', 'ur', 'his', 'her', 'their'].flatMap((p) => [
    [p, 'house', 'on', 'fire'],
    [p, 'home', 'on', 'fire'],
    [p, 'house', 'burning'],
  ]),
  // ("sharpening this machete all week thinking about your smug face": with a weapon readied)
  ['thinking', 'about', 'you'],
  ['thinking', 'about', 'your'],
  ['thinking', 'of', 'you'],
  // ("they'll be pulling you out of the river": a body found in the water)
  ...['pulling', 'pull', 'fishing', 'fish', 'dragging', 'drag'].flatMap((v) =>
    ['you', 'him', 'her', 'them'].flatMap((p) =>
      ['river', 'lake', 'bay', 'harbor', 'canal'].map((w) => [v, p, 'out', 'of', 'the', w]),
    ),
  ),
  // ("… daughter goes to Lincoln Elementary. Pickup is at 3. Just saying.": on posted details)
  ['just', 'saying'],
  // ("the jurors better hope nobody finds their addresses")
  ...['hope', 'pray'].flatMap((h) => [
    ['better', h, 'nobody', 'finds'],
    ['better', h, 'no', 'one', 'finds'],
  ]),
  // ("The organizer won't be walking to his car.")
  ...['his', 'her', 'their', 'your'].flatMap((p) => [
    ['not', 'be', 'walking', 'to', p, 'car'],
    ['not', 'walk', 'to', p, 'car'],
  ]),
  // ("here's the principal's cell …, make sure she never sleeps again": on posted details)
  ['never', 'sleeps', 'again'],
  ['never', 'sleep', 'again'],
  // ("… none of them make it back to their cars")
  ...['them', 'you', 'those', 'these', 'yall'].flatMap((x) => [
    ['none', 'of', x, 'make', 'it'],
    ['none', 'of', x, 'makes', 'it'],
    ['none', 'of', x, 'will', 'make', 'it'],
  ]),
  ['never', 'see', 'another'],
  ['never', 'sees', 'another'],
  // ("Tomorrow he doesn't come home.")
  ['not', 'come', 'home'],
  ['not', 'coming', 'home'],
  ['never', 'comes', 'home'],
  ['never', 'coming', 'home'],
  ['never', 'wake', 'up'],
  ['coming', 'to', 'your', 'house'],
  ['coming', 'to', 'your', 'home'],
  ['see', 'you', 'at', 'your', 'house'],
  ['gets', 'what', "'s", 'coming'],
  ['get', 'what', "'s", 'coming'],
  ['getting', 'what', "'s", 'coming'],
  ['what', "'s", 'coming', 'to'],
  ['not', 'live', 'long'],
  ['not', 'survive'],
  ['if', 'something', 'happened', 'to'],
  ['if', 'something', 'happens', 'to'],
  ['if', 'anything', 'happened', 'to'],
  ['if', 'something', 'were', 'to', 'happen'],
  ['you', 'are', 'next'],
  ['what', 'happened', 'to', 'the', 'last'],
  ['sleep', 'well'],
  ['i', 'know', 'what', 'time'],
  ['we', 'know', 'what', 'time'],
  ['i', 'know', 'when'],
  ['we', 'know', 'when'],
  ['goodbye', 'to', 'your', 'family'],
  ['goodbye', 'to', 'his', 'family'],
  ['goodbye', 'to', 'her', 'family'],
  ['goodbye', 'to', 'their', 'family'],
  // ("I know the reporter drives a grey Civic and parks on Linden. Tonight she pays.": a reckoning set
  // for a time, menacing on what is known of the target)
  ...['tonight', 'tomorrow', 'today', 'soon'].flatMap((x) =>
    ['he', 'she', 'they', 'you'].map((p) => [x, p, p === 'you' || p === 'they' ? 'pay' : 'pays']),
  ),
  // ("Tell Judge Ames he should say his prayers tonight": a death near, on a time or a weapon)
  ...['your', 'his', 'her', 'their'].map((p) => ['say', p, 'prayers']),
  // ("Nobody will find your body when I'm finished": a body hidden for ever, the negation its menace)
  ...['your', 'his', 'her', 'their'].flatMap((p) => [
    ['nobody', 'will', 'find', p, 'body'],
    ['nobody', 'will', 'ever', 'find', p, 'body'],
    ['no', 'one', 'will', 'find', p, 'body'],
    ['no', 'one', 'will', 'ever', 'find', p, 'body'],
  ]),
  // ("Hope you've got life insurance, Deputy, your family is going to need it")
  ...['have', 'got'].flatMap((h) => [
    ['hope', 'you', h, 'life', 'insurance'],
    ['hope', 'you', 'have', h, 'life', 'insurance'],
    ['hope', 'your', 'life', 'insurance', 'is', 'paid'],
  ]),
  // ("Your kids won't have a father by Friday, Officer": a parent taken from them)
  ...KIN_LOSERS.map((x) => x.split(' ')),
  // ("… I'll make sure you never see your grandkids again")
  ...['your', 'his', 'her', 'their'].flatMap((p) =>
    ['kids', 'children', 'grandkids', 'grandchildren', 'family', 'wife', 'husband'].map((k) => [
      'never',
      'see',
      p,
      k,
      'again',
    ]),
  ),

  ['hire', 'a', 'bodyguard'],
  ['get', 'a', 'bodyguard'],
  ['need', 'a', 'bodyguard'],
  ['have', 'accidents'],
  ['have', 'an', 'accident'],
  ['never', 'walk', 'again'],
  ['never', 'walks', 'again'],
  // ("he won't walk right again", "you'll never walk straight again")
  ...['not', 'never'].flatMap((n) => [
    [n, 'walk', 'right', 'again'],
    [n, 'walk', 'straight', 'again'],
    [n, 'walk', 'the', 'same', 'again'],
  ]),
  ['see', 'to', 'it', 'personally'],
  ['shame', 'if'],
  // ("It would be a tragedy if he never made it home")
  ['tragedy', 'if'],
  ['not', 'see', 'the', 'next'],
  // "the mayor won't see Christmas", "you'll never see the weekend"
  ...['not', 'never'].flatMap((n) => [
    ...[...UNSEEN_DAYS].map((x) => [n, 'see', x]),
    ...[...UNSEEN_DAYS].map((x) => [n, 'see', 'the', x]),
  ]),
  ['not', 'see', 'another'],
  ['nobody', 'leaves'],
  ['no', 'one', 'leaves'],
  ['nobody', 'walks', 'out'],
  ['nobody', 'walks', 'away'],
  ['no', 'one', 'walks', 'away'],
  // "I'll be waiting for him at his car"
  ['waiting', 'for', 'him'],
  ['waiting', 'for', 'her'],
  ['waiting', 'for', 'them'],
  ['watch', 'your', 'back'],
  ['days', 'are', 'numbered'],
  ['last', 'day'],
  ['last', 'breath'],
  ['see', 'you', 'tonight'],
  ['see', 'you', 'soon'],
  // ("1822 Maple Ave, white Honda. see you at 11pm": only on posted details, as a hostile call)
  ['see', 'you', 'at'],
  ['see', 'you', 'tomorrow'],
  ['see', 'you', 'there'],
  // ("my knife is sharp … see you after the game, ref": with a weapon readied)
  // (only where the game's lowering holds unless the speaker is armed against an official)
  ['see', 'you', 'after', 'the', 'game'],
  ['coming', 'for', 'you'],
  ['coming', 'for', 'him'],
  ['coming', 'for', 'her'],
  ['coming', 'for', 'them'],
  ['i', 'know', 'where', 'you', 'live'],
  ['i', 'know', 'where', 'he', 'lives'],
  ['i', 'know', 'where', 'she', 'lives'],
  ['i', 'know', 'where', 'they', 'live'],
  ['i', 'know', 'where'],
  ['you', 'have', 'been', 'warned'],
  ['wish', 'you', 'were', 'never', 'born'],
  ['wish', 'you', 'were', 'dead'],
  ['wish', 'you', 'had', 'died'],
  ['wish', 'you', 'had', 'never', 'been', 'born'],
  ['when', 'i', 'get', 'my', 'hands', 'on'],
  ['once', 'i', 'get', 'my', 'hands', 'on'],
  ['if', 'i', 'get', 'my', 'hands', 'on'],
  ['if', 'i', 'ever', 'get', 'my', 'hands', 'on'],
  ['till', 'i', 'get', 'my', 'hands', 'on'],
  ['until', 'i', 'get', 'my', 'hands', 'on'],
  ['rue', 'the', 'day'],
  ['sleeping', 'with', 'the', 'fishes'],
  ['sleep', 'with', 'the', 'fishes'],
  ['not', 'be', 'breathing'],
  ['not', 'walk', 'out'],
  // (out of a place named: not the weak "walk out", a strike's)
  ['not', 'walk', 'out', 'of', 'there'],
  ['not', 'walk', 'out', 'of', 'here'],
  ['not', 'make', 'it', 'out', 'of', 'there'],
  ['alone', 'in', 'a', 'room', 'with'],
  ['waiting', 'for', 'you'],
  ['come', 'alone'],
  ['with', 'your', 'name', 'on', 'it'],
  ['with', 'his', 'name', 'on', 'it'],
  ['with', 'her', 'name', 'on', 'it'],
  ['pay', 'in', 'blood'],
  ['make', 'them', 'pay'],
  ['make', 'him', 'pay'],
  ['make', 'her', 'pay'],
  ['make', 'her', 'regret'],
  ['make', 'him', 'regret'],
  ['make', 'them', 'regret'],
  // ("I will find out who you are and make you regret it physically": regret made bodily)
  ...['you', 'him', 'her', 'them'].map((p) => ['make', p, 'regret', 'it', 'physically']),
  ['pay', 'a', 'visit'],
  ['pay', 'him', 'a', 'visit'],
  ['pay', 'her', 'a', 'visit'],
  ['pay', 'them', 'a', 'visit'],
  ['you', 'know', 'what', 'to', 'do'],
  // "you all know what needs to happen", "do what needs to be done"
  ['know', 'what', 'needs', 'to', 'happen'],
  ['know', 'what', 'has', 'to', 'happen'],
  ['do', 'what', 'needs', 'to', 'be', 'done'],
  ['do', 'what', 'has', 'to', 'be', 'done'],
  ['do', 'what', 'must', 'be', 'done'],
  ...['her', 'him', 'them'].flatMap((p) => [
    ['teach', p, 'a', 'lesson'],
    // ("Go teach him some manners, boys": on posted details)
    ['teach', p, 'some', 'manners'],
    ['teach', p, 'manners'],
    ['teach', p, 'some', 'respect'],
  ]),
  // on posted details: "Someone should say hi.", "Spread it around."
  ['say', 'hi'],
  ['say', 'hello'],
  ['spread', 'it', 'around'],
  ['spread', 'the', 'word'],
  // "a little surprise planned for your town hall. Hope you like fireworks."
  ['surprise', 'planned', 'for'],
  ['little', 'surprise', 'for'],
  // ("hope you like lead": bullets; not fireworks, which birthdays have too)
  ['hope', 'you', 'like', 'lead'],
  // "a list of names. the county commission is at the top"
  ['list', 'of', 'names'],
  ['hit', 'list'],
  ['kill', 'list'],
  ['top', 'of', 'my', 'list'],
  ...['she', 'he', 'they', 'you'].flatMap((p) => [
    ['make', 'sure', p, 'regrets'],
    ['make', 'sure', p, 'regret'],
  ]),
  // "Bring the gas cans, lock the doors from outside": people trapped in a fire
  ['lock', 'the', 'doors', 'from', 'outside'],
  ['lock', 'the', 'exits'],
  ['block', 'the', 'exits'],
  ['chain', 'the', 'doors'],
  ['lock', 'the', 'doors', 'from', 'the', 'outside'],
  ['find', 'out', 'where'],
  // "… learn what happens to snitches, and I'm the one who'll teach her"
  ['learn', 'what', 'happens', 'to'],
  // "I'll be the last face you see", "the last person you ever see"
  ...LAST_SIGHTS.map((x) => x.split(' ')),
  // ("Say goodbye to your kneecaps")
  ...LOST_PARTS.map((x) => x.split(' ')),
  ...PARTS_GONE.map((x) => x.split(' ')),
  ...FOUND_BODIES.map((x) => x.split(' ')),
  // ("the last thing you'll hear is my gun cocking")
  ['last', 'thing', 'you', 'will', 'hear'],
  ['last', 'thing', 'you', 'will', 'feel'],
  // ("I'm waiting outside your house right now and I brought my bat")
  ...['house', 'home', 'door', 'office', 'work'].map((x) => ['waiting', 'outside', 'your', x]),
  // ("Next time you cut me off I'm following you home")
  ['following', 'you', 'home'],
  ['follow', 'you', 'home'],
  // ("Here's the agent's home address … Do what patriots do.": on posted details)
  ['do', 'what', 'patriots', 'do'],
  // "Y'all know what to do with snitches."
  ['yall', 'know', 'what', 'to', 'do'],
  ['know', 'what', 'to', 'do', 'with'],
  // "I'll be in the back row, and I won't be empty-handed": armed, said the other way round
  ['not', 'be', 'empty', 'handed'],
  ['not', 'come', 'empty', 'handed'],
  // "Make him feel welcome, boys." (on posted details)
  ...['him', 'her', 'them'].map((p) => ['make', p, 'feel', 'welcome']),
  // ("Let's make him feel what we felt." on posted details)
  ...RETALIATIONS,
  ...LOTS_FORETOLD,
  ...NEVER_BORN,
  // "Vote no or your office becomes a crime scene"
  ['becomes', 'a', 'crime', 'scene'],
  ['become', 'a', 'crime', 'scene'],
  // "make sure she never makes it home"
  ['never', 'makes', 'it', 'home'],
  ['not', 'makes', 'it', 'home'],
  // "the jurors better have their affairs in order"
  ...['your', 'his', 'her', 'their'].map((p) => ['have', p, 'affairs', 'in', 'order']),
  // "a bullet with the governor's name engraved on it"
  ...['engraved', 'written', 'carved', 'scratched'].map((x) => ['name', x, 'on', 'it']),
  // "I know which car is yours, detective. Check your brakes every morning": a car tampered with
  ...['your', 'his', 'her', 'their'].map((p) => ['check', p, 'brakes']),
  ['know', 'which', 'car'],
  ['know', 'what', 'car'],
  // "The day you testify is the last day you breathe"
  ...['breathe', 'live'].flatMap((v) => [
    ['last', 'day', 'you', v],
    ['last', 'day', 'he', v + 's'],
    ['last', 'day', 'she', v + 's'],
  ]),
  // "I'll be in your backyard before they even pick up the phone"; "you think the cops will protect you?"
  ...['backyard', 'house', 'bedroom', 'yard', 'driveway', 'home'].map((x) => ['will', 'be', 'in', 'your', x]),
  // (the sneer: "you think …", not the advice "the police will protect you")
  ...['cops', 'police', 'feds', 'guards', 'security'].flatMap((x) =>
    ['will', 'can'].flatMap((m) => [
      ['think', x, m, 'protect', 'you'],
      ['think', 'the', x, m, 'protect', 'you'],
      ['think', 'your', x, m, 'protect', 'you'],
    ]),
  ),
  ...['nobody', 'no one'].map((x) => [...x.split(' '), 'can', 'protect', 'you']),
  ['can', 'not', 'protect', 'you'],
  // "cross me again and they'll be identifying you by your dental records"
  // "we will find you", "we know your face now"
  ...['i', 'we'].flatMap((p) => [
    [p, 'will', 'find', 'you'],
    [p, 'will', 'find', 'him'],
    [p, 'will', 'find', 'her'],
    [p, 'will', 'find', 'them'],
  ]),
  ['know', 'your', 'face'],
  ['let', 'god', 'sort', 'them', 'out'],
  ['know', 'what', 'your', 'duty', 'is'],
  ['handle', 'it'],
  ['take', 'care', 'of', 'it'],
  ...['her', 'him', 'them'].flatMap((p) => [
    ['make', p, 'understand'],
    ['make', p, 'learn'],
  ]),
  // "the day of the rope"
  ['day', 'of', 'the', 'rope'],
  // "what I've been saving for you, all 30 rounds"
  ['been', 'saving', 'for', 'you'],
  // "she should start her car remotely from now on": a car bomb foretold
  ...['your', 'his', 'her', 'their'].map((p) => ['start', p, 'car', 'remotely']),
  // "Saturday it ends"
  ['it', 'ends'],
  // "when I catch you alone", "once we get him alone": someone found with no one to help
  ...['catch', 'catches', 'get', 'gets'].flatMap((v) =>
    ['you', 'him', 'her', 'them'].map((p) => [v, p, 'alone']),
  ),
  // "im coming through your window": breaking in where someone sleeps
  ...[
    ['am', 'coming'],
    ['are', 'coming'],
    ['will', 'come'],
    ['will', 'be', 'coming'],
  ].flatMap((v) =>
    ['your', 'his', 'her', 'their'].flatMap((p) =>
      ['window', 'door', 'bedroom'].map((x) => [...v, 'through', p, x]),
    ),
  ),
];
/** How many distinct menacing phrases a post holds. */
/** Ominous phrases in the post (not weak ones, with `strongOnly`), leaving out those in [skipFrom, skipTo). */
function countOminous(t: readonly Token[], strongOnly = false, skipFrom = -1, skipTo = -1): number {
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    if (i >= skipFrom && i < skipTo) continue;
    // (the longest phrase at a place only: "not walk out of there" is one menace, not two)
    const seq = OMINOUS_BY_FIRST.get(t[i]!.w)?.find((x) => seqAt(t, i, x));
    if (seq && !(strongOnly && WEAK_PHRASES.has(seq.join(' ')))) n++;
  }
  return n;
}

const OMINOUS_BY_FIRST = new Map<string, (readonly string[])[]>();
for (const seq of OMINOUS) OMINOUS_BY_FIRST.set(seq[0]!, [...(OMINOUS_BY_FIRST.get(seq[0]!) ?? []), seq]);
// longest first
for (const list of OMINOUS_BY_FIRST.values()) list.sort((a, b) => b.length - a.length);
/** What someone is pushed in front of. */
const FRONTS = ['train', 'bus', 'truck', 'subway'];
const DEATH_PHRASES: ReadonlyArray<readonly string[]> = [
  ['in', 'a', 'wheelchair'],
  // "ready to meet god", "send him to meet jesus"
  ['meet', 'god'],
  ['meet', 'jesus'],
  ['meet', 'allah'],
  // euphemisms for being dead: "take a dirt nap", "meet his maker", "pushing up daisies"
  ['dirt', 'nap'],
  ...['his', 'her', 'their', 'your'].map((p) => ['meet', p, 'maker']),
  ['pushing', 'up', 'daisies'],
  ['push', 'up', 'daisies'],
  ['six', 'feet', 'deep'],
  ['on', 'a', 'stretcher'],
  // "go home in bags", "going home in a bag"
  ['home', 'in', 'bags'],
  ['home', 'in', 'a', 'bag'],
  ['in', 'an', 'ambulance'],
  ['in', 'the', 'ambulance'],
  // ("fill him full of lead", "a face full of lead": bullets)
  ['full', 'of', 'lead'],
  ['full', 'of', 'holes'],
  // ("pushes the senator in front of a train": only as where someone is put)
  ...FRONTS.flatMap((x) => [
    ['in', 'front', 'of', 'a', x],
    ['in', 'front', 'of', 'the', x],
  ]),
  // ("is getting a faceful of buckshot")
  ...['buckshot', 'lead', 'bullets', 'birdshot', 'pellets'].flatMap((x) => [
    ['faceful', 'of', x],
    ['face', 'full', 'of', x],
  ]),
  // ("you'll be eating through a straw": a jaw broken)
  ...['eating', 'eat', 'drinking', 'drink', 'meals'].map((v) => [v, 'through', 'a', 'straw']),
  ['hospital', 'bed'],
  // ("you'll be breathing through a tube", "on life support", "you're gonna need a closed casket")
  ...['breathing', 'breathe', 'eating', 'eat', 'fed'].map((v) => [v, 'through', 'a', 'tube']),
  ['on', 'a', 'ventilator'],
  ['on', 'life', 'support'],
  ['in', 'traction'],
  ['in', 'a', 'body', 'cast'],
  ['closed', 'casket'],
  // "every legislator who voted yes is a legitimate target": marked for violence
  ['legitimate', 'target'],
  ['legitimate', 'targets'],
  // (only as what someone is made: "your family finds you in pieces"; not "my heart is in pieces")
  ['in', 'pieces'],
  // ("the only cure for a corrupt judge is a short drop and a sudden stop": the gallows)
  ['short', 'drop', 'and', 'a', 'sudden', 'stop'],
  // ("you'll leave in a hearse")
  ['in', 'a', 'hearse'],
  ['in', 'the', 'hearse'],
  // ("can't wait to see these migrants floating face down in the river")
  ['floating', 'face', 'down'],
  // ("… and nobody will ever find the pieces")
  ['find', 'the', 'pieces'],
  ['find', 'the', 'body'],
  ['find', 'your', 'body'],
  ['in', 'a', 'coma'],
  ['in', 'the', 'icu'],
  ['in', 'intensive', 'care'],
  ['in', 'a', 'ditch'],
  ['in', 'the', 'river'],
  ['body', 'bag'],
  ['body', 'bags'],
  // ("your head on a pike", "your head is going on a spike"; a head "on a platter" is as often a firing)
  ['head', 'on', 'a', 'platter'],
  ...['pike', 'spike', 'stick'].flatMap((x) =>
    [[], ['goes'], ['will', 'be'], ['is', 'going'], ['is', 'going', 'to', 'be'], ['will', 'end', 'up']].map(
      (be) => ['head', ...be, 'on', 'a', x],
    ),
  ),
  ['bodybag'],
  // ("You're a walking corpse, Dr. Patel"; "you look like a walking corpse" is read as a likeness below)
  ['walking', 'corpse'],
  ['dead', 'man'],
  ['dead', 'men'],
  ['dead', 'woman'],
  ['dead', 'women'],
  ['dead', 'meat'],
  ['six', 'feet', 'under'],
  ['in', 'the', 'ground'],
  ['bleed', 'out'],
  // ("I want to see that agent's brains on the pavement")
  ...['pavement', 'sidewalk', 'wall', 'floor', 'street', 'road', 'ceiling'].map((x) => [
    'brains',
    'on',
    'the',
    x,
  ]),
  ['in', 'the', 'hospital'],
  ['in', 'a', 'coffin'],
  ['in', 'a', 'casket'],
  ['in', 'the', 'morgue'],
  ['pay', 'in', 'blood'],
  // "pay with his life", "pay with their blood"
  ...['his', 'her', 'your', 'their'].flatMap((p) => [
    ['pay', 'with', p, p === 'their' ? 'lives' : 'life'],
    ['pay', 'with', p, 'blood'],
  ]),
  ['stops', 'breathing'],
  ['stop', 'breathing'],
  ['floating', 'in', 'the', 'river'],
];
const GUNS = new Set([
  'gun',
  'guns',
  'glock',
  'pistol',
  'rifle',
  'shotgun',
  'ar',
  'ar15',
  'ak',
  'ak47',
  '9mm',
  '9',
  'strap',
  'chopper',
  'revolver',
  'handgun',
]);
const STRIKING_VEHICLES = new Set(['bus', 'car', 'truck', 'train', 'semi', 'tram', 'van', 'drunk']);
const CAP_POPPERS = new Set(['pop', 'popped', 'popping', 'bust', 'busted', 'busting', 'put', 'putting']);
/** Verbs that make something into something else, and the remains a body is made into. */
const MAKERS_INTO = new Set(
  'turn turning turned grind grinding ground reduce reducing reduced make making made blast blasting'.split(
    ' ',
  ),
);
const REMAINS = new Set(
  'mulch ash ashes dust paste mincemeat hamburger fertilizer fertiliser chum soap lampshades lampshade mist pulp corpse corpses stain smear cheese food'.split(
    ' ',
  ),
);
const REMAINS_MODIFIERS = new Set([
  'pink',
  'red',
  'fine',
  'bloody',
  'greasy',
  'swiss',
  'worm',
  'fish',
  'dog',
]);
/** Verbs that move or put someone somewhere, by form → lemma. */
const PLACERS = new Map<string, string>();
for (const [lemma, irregular] of [
  ['throw', ['threw', 'thrown']],
  ['toss', []],
  ['shove', []],
  ['push', []],
  ['put', ['putting']],
  ['send', ['sent']],
  ['feed', ['fed']],
  ['drag', []],
  ['march', []],
  ['stuff', []],
  ['chuck', []],
  ['dump', []],
  ['lock', []],
  ['strap', []],
  ['drop', []],
] as const)
  for (const f of inflect(lemma, irregular)) PLACERS.set(f, lemma);
/** Places and devices that kill whoever is put in them (one or two words). */
const DEADLY_PLACES = new Set([
  'furnace',
  'furnaces',
  'oven',
  'ovens',
  'incinerator',
  'woodchipper',
  'woodchippers',
  'wood chipper',
  'wood chippers',
  'gas chamber',
  'gas chambers',
  'gallows',
  'guillotine',
  'electric chair',
  'firing squad',
  'meat grinder',
  'acid bath',
  'vat of acid',
  'shark tank',
  // ("put you in the dirt": the grave)
  'dirt',
  // ("I'll feed you to the gators")
  'gators',
  'alligators',
  'crocodiles',
  'sharks',
  'pigs',
  'hogs',
  'wolves',
]);
/** Where the dead are put. */
const GRAVES = new Set([
  'grave',
  'graves',
  'coffin',
  'coffins',
  'morgue',
  'body bag',
  'body bags',
  'bodybag',
  'bodybags',
  'noose',
  'mass grave',
]);
/** After a placing verb: its object, then "in/into/to [the/a …]" and a deadly place. */
function deadlyDestination(r: Reader, i: number): { name: string; prep: number; end: number } | undefined {
  for (let k = i + 1; k <= i + 7; k++) {
    const p = r.w(k);
    if (p === '' || isSentenceEnd(p) || p === ',') return undefined;
    if (p !== 'in' && p !== 'into' && p !== 'to' && p !== 'onto' && p !== 'through' && p !== 'off') continue;
    if (k === i + 1) return undefined; // the object comes first
    // ("push you off the roof", "throw him off a bridge": a fall from a height)
    if (p === 'off') {
      const d = DETERMINERS.has(r.w(k + 1)) ? k + 2 : k + 1;
      return HEIGHTS.has(r.w(d)) ? { name: r.w(d), prep: k, end: d + 1 } : undefined;
    }
    // ("putting him through the wall": thrown through what breaks a body)
    if (p === 'through') {
      const d = DETERMINERS.has(r.w(k + 1)) ? k + 2 : k + 1;
      return THROUGH_PLACES.has(r.w(d)) ? { name: r.w(d), prep: k, end: d + 1 } : undefined;
    }
    let d = k + 1;
    while (
      d < k + 4 &&
      (DETERMINERS.has(r.w(d)) || ['nearest', 'big', 'giant', 'industrial', 'hot'].includes(r.w(d)))
    )
      d++;
    const two = `${r.w(d)} ${r.w(d + 1)}`;
    if (DEADLY_PLACES.has(two)) return { name: two, prep: k, end: d + 2 };
    if (DEADLY_PLACES.has(r.w(d))) return { name: r.w(d), prep: k, end: d + 1 };
    return undefined;
  }
  return undefined;
}
/** Heights someone is pushed or thrown off. */
const HEIGHTS = new Set([
  'roof',
  'rooftop',
  'bridge',
  'cliff',
  'balcony',
  'building',
  'ledge',
  'overpass',
  'tower',
]);
/** What a body is thrown through ("put him through the wall", "through the windshield"). */
const THROUGH_PLACES = new Set(['wall', 'window', 'windshield', 'windscreen', 'table', 'floor', 'drywall']);
/** Death phrases that are harm only as what someone is made: "finds you in pieces". */
const CAUSED_ONLY = new Set([
  'in pieces',
  'full of lead',
  'full of holes',
  ...FRONTS.map((x) => `in front of a ${x}`),
  ...FRONTS.map((x) => `in front of the ${x}`),
]);
/** Lead that is no bullet ("lead-free", "lead paint"). */
const LEAD_THINGS = new Set(['free', 'paint', 'based', 'pipes', 'pipe', 'poisoning', 'pencil', 'pencils']);
const DEATH_PHRASES_BY_FIRST = new Map<string, (readonly string[])[]>();
for (const seq of DEATH_PHRASES)
  DEATH_PHRASES_BY_FIRST.set(seq[0]!, [...(DEATH_PHRASES_BY_FIRST.get(seq[0]!) ?? []), seq]);
const POSSESSIONS = new Set([
  // ("rat poison in the supervisor's coffee": what someone eats or drinks stands for them)
  'coffee',
  'drink',
  'food',
  'tea',
  'meal',
  'lunch',
  'dinner',
  // ("end your whole bloodline")
  'bloodline',
  'windshield',
  'window',
  'windows',
  'tires',
  'brakes',
  'truck',
  'porch',
  'garage',
  'driveway',
  'mailbox',
  'throat',
  'head',
  'face',
  'neck',
  'house',
  'home',
  'family',
  'kids',
  'children',
  'wife',
  'husband',
  'car',
  'door',
  'body',
  'skull',
  'brains',
  'ass',
  'life',
  'office',
  'place',
  'apartment',
  'son',
  'daughter',
  'mom',
  'mother',
  'dad',
  'father',
  'heart',
  'chest',
  'legs',
  'knees',
  'guts',
  'teeth',
  'eyes',
]);
const DEATH_OUTCOMES = new Set([
  'walking corpse',
  'body bag',
  'body bags',
  'bodybag',
  'dead man',
  'dead men',
  'dead woman',
  'dead women',
  'dead meat',
  'six feet under',
  'in the ground',
  'in the dirt',
  'closed casket',
]);
const KIND_WORDS = new Set([
  'kindness',
  'success',
  'love',
  'smile',
  'smiles',
  'laughter',
  'compliments',
  'style',
  'grace',
  'class',
  'facts',
  'logic',
]);
/** Words that imply harm without naming it ("accidents happen", "be a shame", "alone"). */
const IMPLIED_HARM = new Set([
  'accident',
  'accidents',
  'happen',
  'happens',
  'happened',
  'shame',
  'ditch',
  'alone',
  'careful',
  'consequences',
  'regret',
  'sorry',
  'funeral',
  'missing',
  'disappear',
  'disappears',
  'unsafe',
  'eyes',
  'terrible',
  'awful',
]);
/** Calls to act on a person whose details were posted ("make her pay", "go get him", "you know what to do"). */
const HOSTILE_CALLS = new Set([
  // ("@JennaPosts 1822 Maple Ave, white Honda. see you tonight": a meeting set at a posted address)
  'see you tonight',
  'see you soon',
  'see you tomorrow',
  'see you there',
  'see you at',
  // ("Let's make him feel what we felt.")
  ...RETALIATIONS.map((x) => x.join(' ')),
  // ("This is the home address of the juror … Do with it what you will.")
  ...DISPOSALS.map((x) => x.join(' ')),
  'do what patriots do',
  'make him famous',
  'make her famous',
  'make them famous',
  'finish what',
  'have fun',
  'just saying',
  'never sleeps again',
  'never sleep again',
  'make them pay',
  'make him pay',
  'make her pay',
  'make her regret',
  'make her understand',
  'make him understand',
  'make them understand',
  'make her learn',
  'make him learn',
  'make them learn',
  'make him regret',
  'make them regret',
  'pay a visit',
  'pay him a visit',
  'pay her a visit',
  'pay them a visit',
  'pay in blood',
  'you know what to do',
  'go get him',
  'go get her',
  'go get them',
  'do what you want with',
  'do what you will',
  'do what you must',
  'know what needs to happen',
  'know what has to happen',
  'do what needs to be done',
  'do what has to be done',
  'teach her a lesson',
  'teach him a lesson',
  'teach them a lesson',
  'say hi',
  'say hello',
  'handle it',
  'take care of it',
  'make him feel welcome',
  'make her feel welcome',
  'make them feel welcome',
  'know what to do with',
  'make sure she regrets',
  'make sure he regrets',
  'make sure they regret',
  'make sure you regret',
  'spread it around',
  'spread the word',
]);
/** Menace too common alone ("see you tonight"): it needs a weapon, a death cue or a second menace. */
const WEAK_PHRASES = new Set([
  'sleep tight',
  ...RETALIATIONS.map((x) => x.join(' ')),
  ...LOTS_FORETOLD.map((x) => x.join(' ')),
  ...ARRIVALS.map((x) => x.join(' ')),
  'name engraved on it',
  'name written on it',
  'name carved on it',
  'name scratched on it',
  'waiting for him',
  'waiting for her',
  'waiting for them',
  'surprise planned for',
  'little surprise for',
  'list of names',
  'hit list',
  'kill list',
  'top of my list',
  'it ends',
  'end up like',
  'not know what hit',
  'alone in a room with',
  'waiting for you',
  'waiting outside your house',
  'waiting outside your home',
  'waiting outside your door',
  'waiting outside your office',
  'waiting outside your work',
  'last thing you will hear',
  'last thing you will feel',
  'make you disappear',
  'make him disappear',
  'make her disappear',
  'make them disappear',
  'picking out a casket',
  'picking out a coffin',
  'pick out a casket',
  'pick out a coffin',
  'finish what',
  'have fun',
  'thinking about you',
  'thinking about your',
  'thinking of you',
  'just saying',
  'never sleeps again',
  'never sleep again',
  'come alone',
  'not walk out',
  'see you tonight',
  'see you soon',
  'see you tomorrow',
  'see you there',
  'coming for you',
  'coming for him',
  'coming for her',
  'coming for them',
  'shame if',
  'you are next',
  'what happened to the last',
  'sleep well',
  'have accidents',
  'have an accident',
  'see to it personally',
  'last day',
  'last breath',
  'last warning',
  'is the day',
  'you will see',
  'make an example of',
  'make an example out of',
  'see what happens',
  'been watching',
  'been following',
  'coming to your house',
  'coming to your home',
  'see you at your house',
]);
/** Menace that needs nothing else but someone it is aimed at ("enjoy your last weekend, officer"). */
const STRONG_OMINOUS = new Set([
  ...['pray', 'praying', 'hope', 'hoping'].flatMap((h) => [
    `${h} for a tragic accident`,
    `${h} for an accident`,
    `${h} for a fatal accident`,
  ]),
  'be your obituary',
  'be his obituary',
  'be her obituary',
  // ("you'll wake up to your house on fire")
  'your house on fire',
  'your home on fire',
  'not be empty handed',
  'not come empty handed',
  ...LAST_SIGHTS,
  ...LOST_PARTS,
  ...PARTS_GONE,
  ...FOUND_BODIES,
  ...KIN_LOSERS,
  'hope you have life insurance',
  ...['your', 'his', 'her', 'their'].flatMap((p) => [
    `nobody will find ${p} body`,
    `nobody will ever find ${p} body`,
    `no one will find ${p} body`,
    `no one will ever find ${p} body`,
  ]),
  'hope you got life insurance',
  'hope you have got life insurance',
  'last day you breathe',
  'last day you live',
  'lock the doors from outside',
  'lock the doors from the outside',
  'let god sort them out',
  'day of the rope',
  'start your car remotely',
  'start his car remotely',
  'start her car remotely',
  'start their car remotely',
  'wish you were dead',
  'wish you had died',
  'never walk again',
  'sleeping with the fishes',
  'sleep with the fishes',
  'not be breathing',
  'wish you were never born',
  'wish you had never been born',
  'when i get my hands on',
  'once i get my hands on',
  'if i get my hands on',
  'if i ever get my hands on',
  'till i get my hands on',
  'until i get my hands on',
  'if something happened to',
  'if something happens to',
  'if anything happened to',
  'if something were to happen',
  'goodbye to your family',
  'goodbye to his family',
  'goodbye to her family',
  'goodbye to their family',
  'hire a bodyguard',
  'get a bodyguard',
  'need a bodyguard',
  'would be a shame if',
  'be a shame if',
  'would be a real shame if',
  'be a real shame if',
  'end up like the last',
  'sleep with one eye open',
  'check under his car',
  'checking under his car',
  'checking under her car',
  'checking under your car',
  'checking under their car',
  'check under her car',
  'check under your car',
  'check under their car',
]);
const GUN_POLICY = new Set([
  'control',
  'ban',
  'bans',
  'violence',
  'laws',
  'law',
  'rights',
  'owners',
  'owner',
  'show',
  'shows',
  'safety',
  'reform',
  'lobby',
  'culture',
  'deaths',
  'free',
  'range',
  'store',
  'shop',
  'sales',
  'legislation',
  'regulation',
  'policy',
]);
/** Violent verb forms with doubled letters squeezed ("kil" → "kill"), for stretched spellings. */
const SQUEEZED = new Map<string, string>();
// (slang senses that need a person object are not guessed from stretched spellings: "Finnish" ≠ "finish")
const NO_SQUEEZE = new Set(['finish', 'smoke', 'pop', 'waste', 'glass', 'whack', 'ice']);
/** "… in yo shit", "in his head": where a shot lands, after "pop" and its object. */
function popIn(r: Reader, i: number): boolean {
  return (
    r.w(i) === 'in' && OWNER_PRONOUN.has(r.w(i + 1)) && (BODY_PARTS.has(r.w(i + 2)) || r.w(i + 2) === 'shit')
  );
}
for (const [form, sense] of ACTS) {
  if (NO_SQUEEZE.has(sense.lemma)) continue;
  const sq = form.replace(/(.)\1+/g, '$1');
  if (!SQUEEZED.has(sq)) SQUEEZED.set(sq, form);
}
const OWNER_PRONOUN: ReadonlyMap<string, string> = new Map([
  ['your', 'you'],
  // ("imma beat yo ass": the dialect's spelling)
  ['yo', 'you'],
  ['his', 'him'],
  ['her', 'her'],
  ['their', 'them'],
]);
const ARTICLES = new Set(['the', 'a', 'an', 'this', 'that', 'my', 'your', 'his', 'her', 'their', 'our']);
const SHORT_WORDS = new Set(
  'a i be at to so no in on it is as an or if of up go do me we us he my by am ok oh'.split(' '),
);

/** A violent verb split by a space ("sh oot", "st ab"), read from token i and the next. */
function splitWord(t: readonly Token[], i: number): string | undefined {
  const a = t[i]?.w;
  const b = t[i + 1]?.w;
  if (
    !a ||
    !b ||
    a.length > 3 ||
    SHORT_WORDS.has(a) ||
    !SPLIT_TAILS.has(b) ||
    t[i + 1]!.start !== t[i]!.end + 1
  )
    return undefined;
  const joined = a + b;
  const sense = ACTS.get(joined);
  return sense && sense.weight >= 0.8 && !ACTS.has(b) ? joined : undefined;
}

/** Words a hashtag can be read as: violent acts, people, and the little words between them. */
const HASHTAG_WORDS: ReadonlySet<string> = new Set([
  ...[...ACTS].filter(([, v]) => v.weight > 0).map(([k]) => k),
  ...ROLE_NOUNS,
  ...['all', 'the', 'every', 'them', 'those', 'these', 'em', 'a', 'an', 'more', 'some'],
]);
const HASHTAG_MEMO = new Map<string, string[] | null>();
/** The first four letters of every grave violent verb form ("kill", "shoo", "hang"). */
const STRONG_ACT_HEADS: ReadonlySet<string> = new Set(
  [...ACTS].filter(([k, v]) => v.weight >= 0.8 && k.length >= 3).map(([k]) => k.slice(0, 4)),
);
/**
 * "#killallcops" → kill all cops: the fewest words of `HASHTAG_WORDS` that make up the hashtag, if
 * it opens with a grave violent act (a slogan's order) and names someone to do it to; else undefined.
 */
function hashtagWords(tag: string): string[] | undefined {
  // (most hashtags open with no violent verb: one lookup, then a few, turn them away)
  if (!STRONG_ACT_HEADS.has(tag.slice(1, 5)) && !STRONG_ACT_HEADS.has(tag.slice(1, 4))) return undefined;
  let opens = false;
  for (let k = 4; k <= Math.min(tag.length, 12) && !opens; k++)
    opens = (ACTS.get(tag.slice(1, k))?.weight ?? 0) >= 0.8;
  if (!opens) return undefined;
  const memo = HASHTAG_MEMO.get(tag);
  if (memo !== undefined) return memo ?? undefined;
  const s = tag.slice(1);
  // best[k]: the fewest words spelling s[0..k)
  const best: (string[] | undefined)[] = [[]];
  for (let k = 1; k <= s.length && s.length <= 40; k++)
    for (let b = Math.max(0, k - 16); b < k; b++) {
      const head = best[b];
      const word = s.slice(b, k);
      if (head && HASHTAG_WORDS.has(word) && (!best[k] || best[k]!.length > head.length + 1))
        best[k] = [...head, word];
    }
  const words = best[s.length];
  const ok =
    words !== undefined &&
    words.length >= 2 &&
    words.some((x) => (ACTS.get(x)?.weight ?? 0) >= 0.8) &&
    // ("#HangThemAll": a pronoun names people as well)
    words.some((x) => ROLE_NOUNS.has(x) || (PERSON_PRONOUNS.has(x) && x !== 'it'));
  if (HASHTAG_MEMO.size > 1000) HASHTAG_MEMO.clear();
  HASHTAG_MEMO.set(tag, ok ? words : null);
  return ok ? words : undefined;
}
/** Tokens with each violent hashtag read as its words (each spanning the hashtag). */
function splitHashtags(t: readonly Token[]): readonly Token[] {
  if (!t.some((x) => x.w.charCodeAt(0) === 35 && hashtagWords(x.w) !== undefined)) return t;
  // ("… and somebody should start tonight", "do it": the post takes the hashtag up)
  const takenUp = t.some(
    (x, k) =>
      ((x.w === 'start' || x.w === 'begin') &&
        ['should', 'must', 'to', 'gotta'].includes(t[k - 1]?.w ?? '')) ||
      (x.w === 'do' && t[k + 1]?.w === 'it'),
  );
  return t.flatMap((x, k) => {
    const words = x.w.charCodeAt(0) === 35 ? hashtagWords(x.w) : undefined;
    // ("#KillAllCops is trending": a hashtag talked about is quoted, not said)
    const mentioned =
      !takenUp && ['is', 'was', 'trending', 'has', 'being', 'trends'].includes(t[k + 1]?.w ?? '');
    return words ? words.map((w) => ({ ...x, w, quoted: x.quoted || mentioned })) : [x];
  });
}

/** A role noun written in two pieces at `j` ("gov.ernor", "jud ge"), joined; else undefined. */
function brokenRole(r: Reader, j: number): string | undefined {
  const a = r.t[j];
  const b = r.t[j + 1];
  if (!a || !b || b.start !== a.end + 1 || a.w.length > 5 || DETERMINERS.has(a.w) || SHORT_WORDS.has(a.w))
    return undefined;
  const joined = a.w + b.w;
  return ROLE_NOUNS.has(joined) && !ROLE_NOUNS.has(b.w) && !ROLE_NOUNS.has(a.w) ? joined : undefined;
}

/** "anyone who …", "whoever …": the subject is everyone the sentence describes. */
function callerRelative(r: Reader, subj: number, sStart: number): boolean {
  for (let k = subj; k >= sStart && k >= subj - 8; k--) {
    if (r.w(k) === 'whoever' && !REPORT_VERBS.has(r.w(k + 1))) return true;
    // ("people who say X should be shot" is a report about those people, not a call)
    if ((r.w(k) === 'who' || r.w(k) === 'that') && CALLERS.has(r.w(k - 1)) && !REPORT_VERBS.has(r.w(k + 1)))
      return true;
  }
  return false;
}

const CAUSERS = new Set([
  'make',
  'makes',
  'making',
  'made',
  'watch',
  'watching',
  'see',
  'seeing',
  'let',
  'leave',
  'want',
  'like',
  'have',
]);

/** "in that march", "at the border": a short prepositional phrase, nothing else, from `a` to `b`. */
function placePhraseBetween(r: Reader, a: number, b: number): boolean {
  if (b - a < 2 || b - a > 4 || !['in', 'at', 'on', 'from', 'outside'].includes(r.w(a))) return false;
  for (let k = a + 1; k < b; k++) {
    const w = r.w(k);
    if (DETERMINERS.has(w)) continue;
    if (w === ',' || AUX.has(w) || PREPOSITIONS.has(w) || ACTS.has(w) || isSentenceEnd(w)) return false;
  }
  return true;
}

const FEELS = new Set(['feels', 'feel', 'is', 'looks', 'tastes']);
const SHOWS = new Set(['show', 'teach', 'showing', 'teaching']);
function causedHarm(
  r: Reader,
  act: Act,
  w: string,
  sStart: number,
): { verb: number; target: NonNullable<Hit['target']> } | undefined {
  const form =
    w.endsWith('ing') ||
    act.intransitive ||
    w === (ACTS.get(w)?.lemma ?? '') ||
    isPastForm(w, ACTS.get(w)?.lemma ?? '');
  // "I'll show you what a real beating feels like": the harm shown to someone is done to them
  if (act.from - sStart >= 3 && FEELS.has(r.w(act.to)) && r.w(act.to + 1) === 'like') {
    let k = act.from - 1;
    while (k > act.from - 4 && (DETERMINERS.has(r.w(k)) || r.w(k) === 'real' || r.w(k) === 'good')) k--;
    const shown = r.w(k) === 'what' && SHOWS.has(r.w(k - 2)) ? findObject(r, k - 1, 1) : undefined;
    if (shown && shown.type === 'person') return { verb: k - 2, target: shown };
  }
  if (!form || act.from - sStart < 2) return undefined;
  // ("I want every one of those election officials swinging …": a long object between)
  for (let k = act.from - 2; k >= sStart && k >= act.from - 9; k--) {
    const v = r.w(k);
    if (isSentenceEnd(v) || v === ',') return undefined;
    if (!CAUSERS.has(v)) continue;
    // ("make that prosecutor eat a bullet": the person, then a verb of receiving the harm)
    let end = act.from;
    if (DETERMINERS.has(r.w(end - 1)) && RECEIVERS.has(r.w(end - 2))) end -= 2;
    const np0 = findObject(r, k + 1, end - k - 1);
    // ("make that auditor bleed", "make the stagehand suffer": a doer the lexicons lack, after a
    // determiner, is someone, as only the living bleed; not "make the poster disappear")
    const np =
      np0 &&
      np0.type === 'unknown' &&
      act.intransitive &&
      act.lemma !== 'disappear' &&
      AGENT_NOUN.test(np0.text) &&
      DETERMINERS.has(r.w(np0.from - 1))
        ? { ...np0, type: /[^s]s$/.test(np0.text) ? ('group' as const) : ('person' as const) }
        : np0;
    // ("I'll have my boys stomp your face in": the person made to act is the doer when the act has
    // its own object; the harm is aimed at that object)
    const doer =
      np && np.to === act.from && (np.type === 'person' || np.type === 'role' || np.type === 'group');
    const own = doer && !act.intransitive && r.w(k + 1) !== 'up' ? findObject(r, act.objFrom, 5) : undefined;
    if (own && ['have', 'let', 'make', 'makes', 'making', 'made', 'get', 'send'].includes(v))
      return { verb: k, target: own };
    if (
      np &&
      (np.type === 'person' || np.type === 'role' || np.type === 'group') &&
      // the person is right before the harm ("make those people bleed"), not elsewhere in the clause
      // ("see every activist in that march run over": a place phrase may follow the person)
      // ("I want that journalist's head on a pike": the owner's "'s" before the harm)
      (np.to === end || (r.w(np.to) === "'s" && np.to + 1 === end) || placePhraseBetween(r, np.to, end)) &&
      !['you'].includes(r.w(k - 1))
    )
      return { verb: k, target: np };
    return undefined;
  }
  return undefined;
}

const CENSORED = new Map<string, string>();
/** The single violent verb form that a word with '*' for letters can stand for, else the word. */
function uncensor(w: string): string {
  const re = new RegExp(`^${w.replace(/\*/g, '[a-z]')}$`);
  // (a harm noun too: "b*llet")
  const hits = [...ACTS.keys(), ...HARM_NOUNS.keys()].filter(
    (k) => k.length === w.length && re.test(k) && (ACTS.get(k)?.weight ?? HARM_NOUNS.get(k) ?? 0) >= 0.8,
  );
  const out = hits.length === 1 && /[a-z]{2}/.test(w.replace(/\*/g, '')) ? hits[0]! : w;
  if (CENSORED.size > 1000) CENSORED.clear();
  CENSORED.set(w, out);
  return out;
}

/** "kiill" → "kil": every run of one letter made one (as /(.)\1+/g → '$1', without a regular expression). */
function squeeze(w: string): string {
  let out = SQUEEZE_MEMO.get(w);
  if (out !== undefined) return out;
  out = '';
  for (let i = 0; i < w.length; i++) if (i === 0 || w.charCodeAt(i) !== w.charCodeAt(i - 1)) out += w[i];
  // ("all", "will", "good" come again and again)
  if (SQUEEZE_MEMO.size > 20_000) SQUEEZE_MEMO.clear();
  SQUEEZE_MEMO.set(w, out);
  return out;
}
const SQUEEZE_MEMO = new Map<string, string>();

/** The ends of strong violent forms split by a space ("sh oot", "st ab"): the second word must be one. */
const SPLIT_TAILS: ReadonlySet<string> = new Set(
  [...ACTS]
    .filter(([, s]) => s.weight >= 0.8)
    .flatMap(([f]) => [1, 2, 3].filter((k) => k < f.length).map((k) => f.slice(k))),
);

/** First two and last letters of the squeezed violent forms (squeezing keeps them, bar a doubled first letter). */
const endsKey = (w: string): number =>
  (w.charCodeAt(0) << 16) | (w.charCodeAt(1) << 8) | w.charCodeAt(w.length - 1);
const SQUEEZED_ENDS: ReadonlySet<number> = new Set([...SQUEEZED.keys()].map(endsKey));
/** A doubled letter in a word whose ends could be a violent form's ("kiill"; not "all", "good", "see"). */
function mayBeStretched(w: string): boolean {
  return w.length >= 4 && SQUEEZED_ENDS.has(endsKey(w)) && hasDouble(w);
}

function hasDouble(w: string): boolean {
  for (let i = 1; i < w.length; i++) if (w.charCodeAt(i) === w.charCodeAt(i - 1)) return true;
  return false;
}

/** "dead" as an intensifier before these: dead tired, dead serious, dead wrong, dead on, dead last. */
const DEAD_INTENSIFIED = new Set(
  'tired serious wrong right last center centre set even silent broke asleep on ahead beat drunk quiet easy simple honest'.split(
    ' ',
  ),
);
const DEATH_COMPOUNDS = new Set([
  'penalty',
  'sentence',
  'row',
  'toll',
  'threat',
  'threats',
  'certificate',
  'metal',
  'star',
  'wish',
  'rate',
  'rates',
  'march',
  'count',
  'tax',
  'panel',
  'panels',
  'spiral',
]);
const PLANTERS = new Set([
  // ("drop a molotov through that clinic window")
  'drop',
  'dropping',
  'toss',
  'tossing',
  'lob',
  // ("throw acid in her face")
  'throw',
  'throwing',
  'threw',
  'splash',
  'splashing',
  'pour',
  'pouring',
  'put',
  'putting',
  'puts',
  'stick',
  'sticking',
  'shove',
  'shoving',
  'pump',
  'pumping',
  'send',
  'sending',
  'plant',
  'planting',
  'drive',
  'driving',
  'sink',
  'sinking',
  'lodge',
  'stuck',
  'shoved',
  'pumped',
  'planted',
  'sunk',
  'take',
  'taking',
]);
/** Breakers that harm a body part only with their particle ("kick your teeth in", "tear his arm off"). */
const PARTICLE_BREAKERS = new Map<string, readonly string[]>([
  ...['kick', 'kicking'].map((w): [string, string[]] => [w, ['in', 'out']]),
  ...['tear', 'tearing'].map((w): [string, string[]] => [w, ['off', 'out', 'apart', 'open']]),
]);
/** For good: "make her disappear permanently", "silenced forever". */
const FOR_GOOD = new Set(['permanently', 'forever']);
const PERMANENTLY = new Set(['permanently']);
/** Counts before a means: "with two pipe bombs". */
const COUNTS = new Set('two three four five six several some few'.split(' '));
/** Words after which "too" is the "to" of an infinitive ("going too stab"). */
const TOO_LEADS = new Set(['going', 'want', 'wanna', 'have', 'need', 'got', 'plan', 'planning', 'about']);
/** Words that call the one addressed ("ur dead bro", "you're dead, pal"). */
const ADDRESS_WORDS = new Set('bro bruh man dude pal buddy boy kid homie fam mate son'.split(' '));
/** Verbs that break a whole body "in half" (not "split you in two", which is as often sexual bluster). */
const HALVERS = new Set(['break', 'breaking', 'snap', 'snapping']);
/** "catch these hands": the speaker's fists, received. */
const CATCHES = new Set(['catch', 'catches', 'catching', 'caught']);
/** Verbs that cover someone with shots ("spraying the crowd with bullets"), and the shots. */
const SPRAYS = new Set('spray sprays spraying sprayed pepper peppering riddle riddling riddled'.split(' '));
const SHOTS = new Set(['bullets', 'lead', 'rounds', 'gunfire', 'buckshot']);
/** One-word sets for `Reader.any`. */
const WITH_SET = new Set(['with']);
const INSIDE_WORDS = new Set(['in', 'inside', 'still', 'locked', 'trapped']);
const IT_SET = new Set(['it']);
const AT_SET = new Set(['at']);
const HE_SHE = new Set(['she', 'he']);
const YOU_FORMS = new Set(['your', 'you', 'ur', 'u']);
/** Nothing more of the clause at `k`: the sentence ends, or a comma, or the post. */
function closes(r: Reader, k: number): boolean {
  return k >= r.t.length || isSentenceEnd(r.w(k)) || r.w(k) === ',';
}

/** Holds that drag someone as a mob does ("by the neck"; not "by the hand"). */
const DRAG_HOLDS = new Set([
  'neck',
  'necks',
  'throat',
  'throats',
  'hair',
  'feet',
  'ankles',
  'heels',
  'scruff',
]);
/** Parts of the body used as weapons ("my boot through your skull", "a fist into his face"). */
const BODY_WEAPONS = new Set(['boot', 'boots', 'fist', 'fists', 'foot', 'knee', 'elbow']);
/**
 * Someone else's body part at `k`, maybe after "every one of": "your skull", "every one of your teeth"
 * (not the weapon's owner's own: "put your foot in your mouth").
 */
function ownedPartAt(r: Reader, k: number, weaponOwner: string): boolean {
  const o = r.w(k) === 'every' && r.w(k + 1) === 'one' && r.w(k + 2) === 'of' ? k + 3 : k;
  return OWNER_PRONOUN.has(r.w(o)) && r.w(o) !== weaponOwner && BODY_PARTS.has(r.w(o + 1));
}
const COMINGS = new Set(['coming']);
/** The causer of an order read at a sentence's end ("make them bleed."; not "let em burn"). */
const MAKE_FORMS = new Set(['make', 'makes']);
/** "every agent at that office dies": a condition said of every one of a kind. */
const EVERY_ONE = new Set(['every', 'each']);
/** What fondness smothers someone with. */
const FONDNESS_MEANS = new Set([
  'kisses',
  'kiss',
  'love',
  'hugs',
  'affection',
  'attention',
  'compliments',
  'gifts',
]);
/**
 * The index of a body part said from `j` with its owner ("the head", "his knees", "that commissioner's
 * head", "Judge Ray's skull"), or -1.
 */
function ownedPart(r: Reader, j: number): number {
  if (['the', 'his', 'her', 'your', 'their', 'ur', 'yo'].includes(r.w(j)) && BODY_PARTS.has(r.w(j + 1)))
    return j + 1;
  // (a possessive within three words: "that commissioner's", "the new mayor's")
  for (let k = j; k < j + 3; k++)
    if (r.w(k + 1) === "'s" && BODY_PARTS.has(r.w(k + 2)) && !isSentenceEnd(r.w(k))) return k + 2;
  return -1;
}
/** Ways to take in one's own teeth, knocked out ("swallowing your teeth", "feed you your teeth"). */
const FEEDERS = new Set(['feed', 'feeding', 'fed']);
const TEETH_TAKERS = new Set([
  ...FEEDERS,
  'swallow',
  'swallowing',
  'spit',
  'spitting',
  'eat',
  'eating',
  'choke',
  'choking',
]);
/**
 * Where the verb is that takes in someone's teeth at `i` ("swallowing your teeth", "spit out your own
 * teeth", "feed you your teeth"), or -1.
 */
function teethTakenAt(t: readonly Token[], i: number): number {
  const own = t[i - 1]?.w === 'own' ? i - 2 : i - 1;
  if (!OWNER_PRONOUN.has(t[own]?.w ?? '')) return -1;
  let v = own - 1;
  if (PERSON_PRONOUNS.has(t[v]?.w ?? '') && FEEDERS.has(t[v - 1]?.w ?? '')) v--;
  else if (t[v]?.w === 'out' || t[v]?.w === 'up') v--;
  return TEETH_TAKERS.has(t[v]?.w ?? '') ? v : -1;
}
/**
 * Someone said to be inside what is harmed, from `from` ("with her in it", "with the drivers inside",
 * "with all of you still in there"): the index of the person, or -1.
 */
function peopleInside(r: Reader, from: number): number {
  let inside = -1;
  for (let k = from; k < Math.min(r.t.length - 2, from + 7) && !isSentenceEnd(r.w(k)); k++) {
    if (r.w(k) !== 'with') continue;
    // ("with your whole congregation locked inside": past an owner and "whole")
    let p = k + 1;
    // ("with her in it": "her" the one inside, not an owner)
    while (
      p < k + 4 &&
      (['the', 'all', 'whole', 'entire'].includes(r.w(p)) ||
        (OWNERS.has(r.w(p)) && !INSIDE_WORDS.has(r.w(p + 1))))
    )
      p++;
    const at = ['locked', 'trapped'].includes(r.w(p + 1)) ? p + 2 : p + 1;
    if (
      (PERSON_PRONOUNS.has(r.w(p)) || ROLE_NOUNS.has(r.w(p)) || r.w(p) === 'everyone') &&
      ['in', 'inside', 'still'].includes(r.w(at))
    )
      inside = p;
  }
  return inside;
}
/** What a building does when it burns or blows up, with whoever is inside. */
const GOING_UP_INSIDE = 'go up with people inside';
const BURNINGS = new Set(['burn', GOING_UP_INSIDE, 'explode', 'blow up', 'burn down']);
/** Ways in and out, where someone lies in wait for whoever passes. */
const ENTRANCES = new Set(['doors', 'entrance', 'entrances', 'exit', 'exits', 'gate', 'gates']);
/**
 * A way in named at a time ("Friday at the 3:30 dismissal I'll be waiting at the east doors"): whoever
 * passes there is the target; without a time ("waiting at the door" for a burglar) there is none.
 */
function entranceAt(r: Reader, from: number, to: number): Hit['target'] {
  const e = r.any(from, to, ENTRANCES);
  if (e < 0 || r.any(Math.max(from, e - 3), e, AT_SET) < 0) return undefined;
  const timed = r.t.some((x) => TIME_WORDS.has(x.w) || TIME_RE.test(x.w) || /^\d{1,2}:\d\d$/.test(x.w));
  return timed ? { from: e, to: e + 1, type: 'place', text: r.w(e) } : undefined;
}
/** How a time of reckoning is said to come ("when this is over", "when it starts", "when it kicks off"). */
const RECKONINGS = new Set(['over', 'starts', 'begins', 'kicks', 'done', 'goes']);
/** Who is named as the first, next or last of what the speaker does ("you'll be the next one I shoot"). */
const ORDINALS = new Set(['first', 'next', 'last', 'only']);
const ONES = new Set(['one', 'ones', 'person', 'people', 'guy', 'man', 'woman', 'target', 'victim', 'name']);
/**
 * The subject that a relative clause ending at `verb` is said of: "You'll be the first one I kill",
 * "the judge is the next one we hang" (its index), or -1. The clause's subject is the speaker.
 */
function antecedentOf(r: Reader, verb: number, sStart: number): number {
  let k = verb - 1;
  // (past the speaker's auxiliaries: "the first one I'm gonna shoot")
  while (k > verb - 5 && AUX.has(r.w(k)) && !FIRST.has(r.w(k))) k--;
  if (!FIRST.has(r.w(k))) return -1;
  k--;
  if (RELATIVES.has(r.w(k)) || r.w(k) === 'whom') k--;
  if (ONES.has(r.w(k))) k--;
  if (!ORDINALS.has(r.w(k)) || r.w(k - 1) !== 'the') return -1;
  k -= 2;
  if (!BE.has(r.w(k)) && r.w(k) !== 'are' && r.w(k) !== 'is') return -1;
  while (k > sStart && (AUX.has(r.w(k - 1)) || r.w(k - 1) === 'be' || r.w(k - 1) === 'not')) k--;
  return k - 1 >= sStart ? k - 1 : -1;
}
/** How many words a quantifier over people takes at `j` ("every one of", "each of", "all of"), or 0. */
function quantifierOf(r: Reader, j: number): number {
  if ((r.w(j) === 'every' || r.w(j) === 'each') && r.w(j + 1) === 'one' && r.w(j + 2) === 'of') return 3;
  if ((r.w(j) === 'each' || r.w(j) === 'all') && r.w(j + 1) === 'of') return 2;
  return 0;
}
/** Ways to disable someone's brakes. */
const BRAKE_CUTTERS = new Set([
  'cut',
  'cutting',
  'snip',
  'snipping',
  'sabotage',
  'sabotaging',
  'disable',
  'disabling',
]);
const POSSESSIVE_S = new Set(["'s"]);
/** Where someone lives ("the governor's mansion"). */
const DWELLINGS = new Set(['house', 'home', 'mansion', 'residence', 'apartment', 'place', 'condo', 'farm']);
const BEHIND_SET = new Set(['behind']);
const UP_SET = new Set(['up']);
/** Driving something into a body ("shove this pen through his eye"), and where it pierces. */
const JAMMERS = new Set([
  'shove',
  'shoving',
  'jam',
  'jamming',
  'ram',
  'ramming',
  'stick',
  'sticking',
  'plunge',
  'drive',
  'driving',
]);
const THROUGH_INTO = new Set(['through', 'into']);
const MEDICAL_ITEMS = new Set(
  'drop drops lens lenses contact contacts needle needles swab thermometer tube dropper ointment'.split(' '),
);
const PIERCED = new Set([
  'eye',
  'eyes',
  'eyeball',
  'throat',
  'skull',
  'neck',
  'chest',
  'heart',
  'gut',
  'temple',
  'ear',
]);
/** Ways to take in one's own blood ("choking on your own blood"). */
const CHOKERS = new Set(['choking', 'choke', 'gagging', 'drowning', 'drown']);
const SHOT_AIMS = new Set(['into', 'at']);
/** Firing, and what is fired ("fire a round into …", "firing shots at …"). */
const FIRES = new Set(['fire', 'firing', 'fired', 'fires']);
const FIRED_SHOTS = new Set([
  'round',
  'rounds',
  'shot',
  'shots',
  'bullet',
  'bullets',
  'mag',
  'clip',
  'volley',
]);
const CUT_FORMS = new Set(['cut', 'cutting', 'carve', 'carving', 'chop', 'chopping', 'slice', 'slicing']);
/** Ways of disposing of a body ("dump your body in the lake"). */
const DUMPERS = new Set(['dump', 'dumping', 'dumped', 'toss', 'tossing', 'bury', 'burying', 'dispose']);
/** "light you up": slang for shooting someone. */
const LIGHTS = new Set(['light', 'lighting', 'lit']);
/** Modals after a pronoun that open a clause of its own ("… you will", "… they would"). */
const CLAUSE_MODALS = new Set(['will', 'would', 'can', 'could', 'should', 'shall', 'must', 'might', 'may']);
const REPAIRS = new Set(
  'replace replacing replaced repair repairing repaired fix fixing fixed swap swapping mechanic mechanics shop garage invoice'.split(
    ' ',
  ),
);
/** "when I'm done/finished/through …": the end of what the speaker will do. */
const DONE_WORDS = new Set(['done', 'finished', 'through']);
const WHEN_DONE = new Set(['when', 'after', 'once', 'by', 'time']);
const WISHES = new Set(['wish', 'wishing']);
const CLAP_AFTER = new Set([
  'back',
  'for',
  'along',
  'at',
  'when',
  'hands',
  'it',
  'if',
  'in',
  'to',
  'and',
  'emoji',
  'on',
]);
const MAKE_ANY = new Set(['make', 'makes', 'making', 'made']);
/** A deadline given ("you have 24 hours to …") and what follows when it passes ("before", "or"). */
const DEADLINE_UNITS = new Set(['hours', 'hour', 'days', 'day', 'minutes', 'minute', 'weeks', 'week']);
const DEADLINE_TURNS = new Set(['before', 'or', 'otherwise', 'then']);
/** "give me (one) reason not to …" */
const GIVE_ME = new Set(['give', 'gimme']);
const REASONS = new Set(['reason', 'excuse']);
/** What someone "gets" that is a shot: "getting a bullet". */
const ROUNDS_RECEIVED = new Set(['bullet', 'bullets']);
/**
 * What became of someone, said as a thing ("pieces of you", "your dental records", "your teeth off the
 * floor"): the person at `who` is the one harmed.
 */
function outcomeOf(lemma: string, weight: number, from: number, to: number, who: number, text: string): Act {
  return {
    lemma,
    weight,
    intransitive: true,
    from,
    to,
    objFrom: to,
    noun: true,
    target: { from: who, to: who + 1, type: 'person', text },
  };
}
/**
 * A verb's act at `from`, up to `to`, with whom it is done to read from `objFrom` or already known
 * (`target`): "cut that judge up", "drag her behind my truck", "fire into the crowd".
 */
function verbAct(
  lemma: string,
  weight: number,
  from: number,
  to: number,
  objFrom: number,
  word: string,
  target?: Hit['target'],
  personal?: boolean,
): Act {
  return { lemma, weight, from, to, objFrom, noun: false, word, target, ...(personal ? { personal } : {}) };
}
/** Whether a target is people: a person, a role or office, or a group. */
function isPeople(x: { type: string } | undefined): boolean {
  return x !== undefined && (x.type === 'person' || x.type === 'role' || x.type === 'group');
}
/** Words of a harm beyond any play: "within an inch of his life", "in the parking lot". */
const OFF_THE_FIELD = new Set(['inch', 'parking', 'lot', 'driveway', 'home', 'house']);
/** Liquids that harm where they are poured or thrown. */
const LIQUID_HARMS = new Set(['gasoline', 'acid', 'accelerant', 'petrol', 'bleach']);
/** Verbs of going, in the present, that open a plan ("we march there and …"). */
const MOVES_NOW = new Set('go march walk drive head roll storm come'.split(' '));
/** Verbs of going, in the past, that open a told story ("I went there and …"). */
const NARRATED_PAST = new Set(
  'went drove walked ran came showed rolled pulled snuck sneaked headed'.split(' '),
);
/** Words saying how deep a blade or round goes ("so far", "all the way", "deep"). */
const DEPTHS = new Set(['so', 'far', 'deep', 'hard', 'all', 'the', 'way']);
const BREAKERS = new Set([
  // ("gouge your eyes out")
  'gouge',
  'gouging',
  // ("kick your teeth in": only with the particle, read below; "kick your ass" is as often a game's)
  'kick',
  'kicking',
  // ("tear your head off": only with the particle; "tear your eyes away from the screen" is not)
  'tear',
  'tearing',
  // ("wring that senator's neck")
  'wring',
  'wringing',
  // ("I'll rearrange your face")
  'rearrange',
  'break',
  'breaking',
  'snap',
  'snapping',
  'crack',
  'cracking',
  'smash',
  'smashing',
  'bash',
  'bashing',
  'cave',
  'caving',
  'rip',
  'ripping',
  'slit',
  'slitting',
  'cut',
  'cutting',
  'blow',
  'blowing',
  // ("I'll knock your teeth down your throat")
  'knock',
  'knocking',
  // ("split your head open")
  'split',
  'splitting',
]);
/** Words that can start a hit: acts, harm nouns, weapons and the heads of menacing phrases. */
const SENDERS = new Set(['mail', 'mailing', 'send', 'sending', 'deliver', 'delivering', 'ship', 'shipping']);
const DEADLY_PARCELS = new Set(['bomb', 'explosive', 'explosives', 'anthrax', 'ricin', 'ied']);
/** Everyday objects that are weapons when brought to someone's body ("a hammer to the skull"). */
const BLUNT = new Set(['hammer', 'brick', 'crowbar', 'wrench', 'axe', 'bottle', 'pipe']);
/** Words between an article and a weapon that say what state it is in ("a broken bottle"). */
const WEAPON_STATES = new Set([
  'broken',
  'rusty',
  'sharp',
  'loaded',
  'baseball',
  'lead',
  'steel',
  'metal',
  'iron',
]);
const TRIGGERS = new Set<string>([
  'straw',
  'brake',
  'brakes',
  ...BREAKERS,
  ...BLUNT,
  ...DEADLY_PARCELS,
  'last',
  'enjoys',
  ...IMPLIED_HARM,
  'visit',
  'shame',
  'enjoy',
  'check',
  'example',
  'happens',
  'watching',
  'following',
  'warning',
  'sleep',
  'use',
  'coming',
  ...ACTS.keys(),
  ...PHRASAL.keys(),
  ...HARM_NOUNS.keys(),
  ...WEAPONS,
  'leaves',
  'numbered',
  'warned',
  'regret',
  'visit',
  'finish',
  'wake',
  'where',
  'pay',
  'back',
  'home',
  'ground',
  'bag',
  'feet',
  'hospital',
  'morgue',
  'coffin',
  'breath',
  'day',
  'make',
  'walks',
  // (rare words only: a trigger sends the whole post through the rules)
  'bags',
  'pike',
  'spike',
  'platter',
  'misery',
  'clip',
  'mag',
  'name',
  'fishes',
  'sunrise',
  'sunset',
  'orphans',
  'orphan',
  'widow',
  'fatherless',
  'motherless',
  'alone',
  'bloodline',
  'floor',
  'river',
  'ditch',
  'wheelchair',
  'coma',
  'icu',
  'breathing',
  'lesson',
  'belong',
  'belongs',
  'born',
  'hands',
  'rue',
  'furnace',
  'furnaces',
  'incinerator',
  'chipper',
  'chippers',
  'chamber',
  'chambers',
  'electric',
  'grinder',
  'goodbye',
  'bodyguard',
  'gauge',
  'stretcher',
  'pieces',
  'legitimate',
  'loading',
  'loaded',
  'alive',
  'remotely',
  'blueprints',
  'floorplan',
  'nap',
  'maker',
  'dental',
  'ambulance',
  'brakes',
  'daisies',
  'crosshairs',
  'sights',
  'assassin',
  'gunman',
  'hitman',
  'shooter',
  'trigger',
  'flames',
  'amendment',
  '2a',
  // (animals someone is fed to, outcomes in a ward)
  ...['gators', 'alligators', 'crocodiles', 'sharks', 'pigs', 'hogs', 'wolves'],
  'ventilator',
  'traction',
  'holes',
  // (heights someone is pushed off)
  ...['roof', 'rooftop', 'bridge', 'cliff', 'balcony', 'ledge', 'overpass'],
]);
/**
 * Participles of injury with a body part, and how grave they are: "gets his throat cut", "got their
 * skulls caved in", "leaving with broken teeth" (most of them are no violent verb alone: "cut", "broken").
 */
const INJURED: ReadonlyMap<string, number> = new Map([
  ['cut', 0.9],
  ['slit', 1],
  ['slashed', 0.9],
  ['sliced', 0.9],
  ['kicked', 0.8],
  ['stomped', 0.9],
  ['smashed', 0.8],
  ['bashed', 0.9],
  ['caved', 0.9],
  ['broken', 0.8],
  ['broke', 0.8],
  ['snapped', 0.9],
  ['crushed', 0.8],
  ['cracked', 0.8],
  ['busted', 0.7],
  ['split', 0.7],
  ['blown', 1],
  ['shot', 1],
  ['ripped', 0.8],
  ['torn', 0.8],
  ['knocked', 0.6],
  ['beaten', 0.8],
  ['gouged', 0.9],
  // ("make sure your face gets rearranged")
  ['rearranged', 0.8],
]);
/** What is done to a home with its owner ("getting his house torched"), and the homes. */
const HOME_HARMS = new Set(['torched', 'burned', 'burnt', 'firebombed', 'bombed']);
const HOMES = new Set(['house', 'home', 'car', 'truck', 'office', 'shop', 'store']);
/** Verbs that receive what is done to one's body ("gets his throat cut", "had her jaw broken"). */
const BODY_RECEIVERS = new Set(['get', 'gets', 'getting', 'got', 'gotten', 'have', 'has', 'having', 'had']);
/** Verbs that end a visit ("is leaving with broken teeth", "goes home with a cracked skull"). */
const LEAVERS = new Set([
  'leave',
  'leaves',
  'leaving',
  'left',
  'walk',
  'walks',
  'walking',
  'limp',
  'limping',
]);
/** What someone travels in, that can crash with them in it. */
const OWNED_VEHICLES = new Set(['plane', 'jet', 'helicopter', 'car', 'boat', 'yacht', 'chopper']);
const CRASHES = new Set(['crash', 'crashes', 'explode', 'explodes', 'sink', 'sinks']);
/** "crashes", "explodes", "goes down" at `i`. */
const crashAt = (t: readonly Token[], i: number): boolean =>
  CRASHES.has(t[i]?.w ?? '') ||
  // ("goes off a cliff", "goes off the bridge")
  ((t[i]?.w === 'goes' || t[i]?.w === 'go') &&
    t[i + 1]?.w === 'off' &&
    ['cliff', 'bridge', 'road', 'overpass'].includes(t[i + 3]?.w ?? '')) ||
  ((t[i]?.w === 'goes' || t[i]?.w === 'go') && t[i + 1]?.w === 'down') ||
  // ("falls out of the sky")
  ((t[i]?.w === 'falls' || t[i]?.w === 'fall') && t[i + 1]?.w === 'out' && t[i + 4]?.w === 'sky');
/** After "not"/"never": a life or a body denied ("won't live to see", "never wake up"). */
const DENIED_LIFE = new Set(['live', 'survive', 'wake', 'walk']);
/** Orders to take up arms ("Bring a rope.", "Grab your rifles."). */
const ARM_ORDERS = new Set(['bring', 'grab', 'load', 'pack', 'get']);
/** Those who kill, wished for ("praying for a sniper"). */
const ATTACKERS = new Set(['sniper', 'shooter', 'gunman', 'assassin', 'bomber', 'hitman', 'lynch']);
const SIGHTS = new Set(['scope', 'scopes', 'crosshairs', 'crosshair', 'sights', 'rifle', 'laser']);
const GATHERERS = new Set(
  'pick picking picked find finding found scrape scraping collect collecting gather gathering'.split(' '),
);
/** Who makes someone suffer, or wants it ("make him suffer", "I want them to suffer"). */
const SUFFER_CAUSERS = new Set('make makes making made watch see let want wanna like love'.split(' '));
const SILENCERS = new Set(['shut', 'silence', 'silenced', 'silencing', 'quiet', 'shutting']);
const INDEFINITE_AGENTS = new Set(['someone', 'somebody', 'anyone', 'anybody']);
/** Binding someone to a post of harm ("tie that clerk to a chair", "tied to a stake"). */
const TIERS = new Set(['tie', 'tying', 'tied', 'strap', 'strapped', 'chain', 'chained']);
const BINDING_POSTS = new Set(['chair', 'stake', 'tree', 'pole', 'tracks', 'radiator', 'pipe']);
/** Verbs that stand people against a wall, to be shot. */
const WALL_PUTTERS = new Set(['put', 'putting', 'stand', 'standing', 'stood', 'place', 'placing']);
/** Words of a photo shoot (not "video" or "film": a threat may promise to film the deed). */
const PHOTO_WORDS = new Set(
  'magazine cover photoshoot portrait portraits headshot headshots camera cameras lens studio editorial photographer photos'.split(
    ' ',
  ),
);
/** Those told where someone is ("y'all know where …"), and the verbs of where one is found. */
const POINTED_TO = new Set(['yall', 'you', 'everyone', 'everybody', 'u']);
const FOUND_AT = new Set(['lives', 'live', 'parks', 'park', 'sleeps', 'works', 'stays', 'prays', 'worships']);
const NEVER_NOT = new Set(['never', 'not']);
/** Times of day said of any day ("in the night"): no set time for a forecast. */
export const GENERIC_TIME = /^time: (?:the )?(?:night|day|morning|evening|afternoon|nights|days|mornings)$/;
const STREET_SUFFIXES = new Set(
  'st street rd road ave avenue ln lane ct court dr drive blvd way pl place'.split(' '),
);
const SECOND_POSS = new Set(['you', 'your', 'yall', 'ur']);
const MATCH_DAYS = new Set(['sunday', 'saturday', 'gameday', 'matchday']);
const HOME_AWAY = new Set(['home']);
function weaponInSentence(r: Reader, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (WEAPONS.has(r.w(k)) && !VEHICLE_WEAPONS.has(r.w(k))) return true;
  return false;
}
const INTO_BODY = new Set(['through', 'into', 'in', 'between']);
const SOONER = new Set(['sooner', 'faster', 'quicker']);
const BETTER = new Set(['better']);
/** Openers of a clause that sets when a foretold harm comes ("… when he leaves the courthouse"). */
const WHEN_NEXT = new Set(['when', 'once', 'whenever']);
/** "I'll see to it that you never …": the speaker's own doing, before a "never" in its sentence. */
function seeToItBefore(r: Reader, i: number): boolean {
  for (let k = Math.max(r.start(i), i - 16); k + 3 < i; k++)
    if (
      r.w(k) === 'see' &&
      r.w(k + 1) === 'to' &&
      r.w(k + 2) === 'it' &&
      r.any(Math.max(0, k - 4), k, FIRST) >= 0
    )
      return true;
  return false;
}
/** Words of fondness that make "thinking about you" a tender thought. */
const FONDNESS = new Set(
  'love miss missing babe baby honey sweetie darling mom mum dad mama papa grandma grandpa nana rip heaven hugs xoxo bestie friend'.split(
    ' ',
  ),
);
const AND_SET = new Set(['and']);
const TO_SET = new Set(['to']);
/** Those whose being there makes a shoot a photo shoot ("… when the photographer arrives"). */
const PHOTO_SHOOTERS = new Set(['photographer', 'photographers', 'photoshoot', 'photographed']);
/** Harms done to someone by someone (not a death that comes of itself), foretold in the passive. */
const INFLICTED = new Set([
  'shoot',
  'stab',
  'kill',
  'hang',
  'bomb',
  'murder',
  'execute',
  'assassinate',
  'lynch',
  'behead',
  'burn',
  // ("your office is getting firebombed tonight", "your house is getting burned down tonight")
  'firebomb',
  'burn down',
  'torch',
  'blow up',
]);
/** Where a body part is worked on for its good. */
const MEDICAL = new Set(
  'dentist dentists doctor doctors surgeon surgery surgeries hospital clinic orthodontist operation procedure vet'.split(
    ' ',
  ),
);
const BANS = new Set([
  'ban',
  'bans',
  'banned',
  'banning',
  'censor',
  'censors',
  'censored',
  'censoring',
  'remove',
  'removes',
  'pull',
  'pulls',
]);
/** Bringing, and the gatherings arms are brought to ("bringing my shotgun to the next meeting"). */
const BRINGS = new Set(['bringing', 'bring', 'brought', 'taking', 'take', 'took']);
/** Who an order to a crowd may open with ("everyone bring …"). */
const CROWD_CALLED = new Set(['everyone', 'everybody', 'patriots', 'guys', 'yall', 'men', 'boys']);
/** Who goes armed to a gathering: the speaker's side or a crowd called on. */
const CROWD_GOERS = new Set([
  ...CROWD_CALLED,
  'we',
  'us',
  'americans',
  'patriot',
  'citizens',
  'christians',
  'whites',
  'people',
]);
const ARMED_MODALS = new Set(['should', 'need', 'needs', 'must', 'will', 'going', 'gonna', 'let']);
/** Where someone is told to be ("at", "outside", "in front of"). */
const AT_PLACE = new Set(['at', 'outside', 'front', 'to', 'into', 'around', 'surround', 'surrounding']);
/** Those whose arms at a place protect it: guards, officers, teachers. */
const GUARDS = new Set(
  'guard guards security officer officers police cops deputies teachers teacher marshals soldiers troops'.split(
    ' ',
  ),
);
const GATHERINGS = new Set(
  'meeting meetings rally hearing protest march school church mosque synagogue temple show office courthouse council polls vigil parade concert clinic hall capitol statehouse picket'.split(
    ' ',
  ),
);
/** Meeting someone ("… when I see her", "once we catch him"). */
const MEETINGS = new Set(['see', 'catch', 'find', 'get', 'meet', 'run']);
/** "the back of your head": the side of a body part a round goes into. */
const SIDES_OF = new Set(['back', 'side', 'top', 'front']);
/** Verbs of receiving what harms ("gets a knife in the gut", "is getting a pipe bomb"). */
const HARM_RECEIVERS = new Set([
  'get',
  'gets',
  'getting',
  'got',
  'catch',
  'catches',
  'catching',
  'eat',
  'eats',
]);
/** Receiving a weapon in the body ("gonna get a brick in the face", "take a bullet"). */
const RECEIVE = new Set([...HARM_RECEIVERS, 'take', 'takes', 'taking']);
/** "take care of him permanently": the verb of the euphemism, before "care of". */
const CARE_TAKERS = new Set(['take', 'takes', 'taking', 'took', 'taken']);
const CARED_FOR = new Set(
  'mom mum dad mother father parents grandma grandpa grandmother grandfather nan brother sister baby kids children son daughter wife husband family dog cat pets'.split(
    ' ',
  ),
);
const DROPS = new Set(['drop', 'drops', 'dropping', 'dropped']);
const LOSES = new Set(['lose', 'loses', 'losing']);
const TRIGGER_PULLS = new Set(['pull', 'pulls', 'pulling', 'pulled']);
const SOLUTIONS = new Set(['solution', 'solutions', 'remedy', 'remedies', 'option', 'answer']);
/** A drunk driver, wished on someone ("praying for a drunk driver to find …"). */
const ATTACKER_KINDS = new Map([['driver', 'drunk']]);
const ROUND_COUNTS = new Set([
  'one',
  'two',
  'three',
  'six',
  'a',
  'couple',
  'few',
  'some',
  '1',
  '2',
  '3',
  '6',
]);
const SWINGS = new Set(['swing', 'swings', 'swinging', 'dangle', 'dangles', 'dangling']);
const LEAVE_FORMS = new Set(['leave', 'leaving', 'left', 'leaves']);
/** Ways out of a place that someone may be denied making alive ("won't make it out alive"). */
const LEAVE_ALIVE = new Set(
  'leave leaving leaves make making makes get getting gets walk walking walks come coming comes go going goes escape escaping'.split(
    ' ',
  ),
);
const MAKE = new Set(['make', 'making', 'makes']);
const LEAVE_ALIVE_LEMMA = 'not leave alive';
const GOERS = new Set(['go', 'goes', 'going', 'went', 'gone', 'sent']);
for (const g of GOERS) LEAVERS.add(g);
/** Times to come, that make a present tense tell the future ("tomorrow he dies"). */
const NEXT = new Set(['next']);
const COMING_TIMES = new Set(['tomorrow', 'tonight', 'tmrw', 'tmr', 'tomorow', '2morrow', '2nite', 'tonite']);
/** The act a weapon emoji stands for when it takes a verb's place ("i will 🔫 u"). */
const EMOJI_VERBS = new Map([
  ['gun', 'shoot'],
  ['knife', 'stab'],
  ['sword', 'stab'],
  ['bomb', 'bomb'],
  ['rope', 'hang'],
]);
const ON = new Set(['on', 'onto']);
/** Whether a word of `set` is among tokens [from, to). */
function anyIn(t: readonly Token[], from: number, to: number, set: ReadonlySet<string>): boolean {
  for (let k = Math.max(0, from); k < Math.min(to, t.length); k++) if (set.has(t[k]!.w)) return true;
  return false;
}

/**
 * Common words that start a rule only beside another word (one lookup each in the cheap path):
 * "gets his throat cut", "your plane crashes", "swinging from a tree", "you won't live to see",
 * and calls hostile only on posted details ("someone should say hi", "spread it around").
 */
const PAIR_TRIGGERS: ReadonlyMap<string, (t: readonly Token[], i: number) => boolean> = (() => {
  const m = new Map<string, (t: readonly Token[], i: number) => boolean>();
  const next = (t: readonly Token[], i: number): string => t[i + 1]?.w ?? '';
  /** One more pairing for a word, kept beside those it already has (a later set would replace them). */
  const also = (w: string, f: (t: readonly Token[], i: number) => boolean): void => {
    const before = m.get(w);
    m.set(w, before ? (t, i) => before(t, i) || f(t, i) : f);
  };
  for (const w of INJURED.keys())
    m.set(w, (t, i) => BODY_PARTS.has(t[i - 1]?.w ?? '') || BODY_PARTS.has(next(t, i)));
  for (const w of OWNED_VEHICLES)
    m.set(w, (t, i) => crashAt(t, i + 1) || (next(t, i) === 'full' && t[i + 2]?.w === 'of'));
  for (const w of SWINGS) m.set(w, (t, i) => next(t, i) === 'from');
  for (const w of ['not', 'never']) m.set(w, (t, i) => DENIED_LIFE.has(next(t, i)));
  m.set('teeth', (t, i) => teethTakenAt(t, i) >= 0);
  // ("… with a barrel in your mouth")
  for (const w of ['barrel', 'boot'])
    m.set(w, (t, i) => WEAPON_HELD_AT.has(next(t, i)) && OWNERS.has(t[i + 2]?.w ?? ''));
  // ("… going up with you inside")
  m.set('inside', (t, i) => t[i - 2]?.w === 'with' && PERSON_PRONOUNS.has(t[i - 1]?.w ?? ''));
  // ("your kids won't have a father by Friday")
  also(
    'not',
    (t, i) => next(t, i) === 'have' && t[i + 2]?.w === 'a' && PARENTS_LOST.includes(t[i + 3]?.w ?? ''),
  );
  m.set('insurance', (t, i) => t[i - 1]?.w === 'life');
  // ("you won't have fingers to type with")
  also(
    'not',
    (t, i) =>
      next(t, i) === 'have' &&
      PARTS_GONE_WORDS.has(t[i + 2]?.w === 'any' ? (t[i + 3]?.w ?? '') : (t[i + 2]?.w ?? '')),
  );
  m.set('say', (t, i) => next(t, i) === 'hi' || next(t, i) === 'hello');
  const CARE = new Set(['care']);
  // ("gets hit by a bus")
  const struck = new Set(['hit', 'struck', 'flattened']);
  for (const w of STRIKING_VEHICLES)
    m.set(
      w,
      (t, i) =>
        (t[i - 1]?.w === 'by' && struck.has(t[i - 2]?.w ?? '')) ||
        (t[i - 2]?.w === 'by' && struck.has(t[i - 3]?.w ?? '')),
    );
  // ("hope a bus finds that reporter", "praying for a brain aneurysm for …")
  for (const v of STRIKING_VEHICLES)
    also(
      v,
      (t, i) =>
        (t[i - 1]?.w === 'a' && VEHICLE_STRIKES.has(next(t, i))) ||
        // ("pushes the senator in front of a train")
        (t[i - 2]?.w === 'of' && t[i - 3]?.w === 'front'),
    );
  for (const v of AILMENTS) also(v, (t, i) => next(t, i) === 'for' || next(t, i) === 'to');
  // ("set fire to your house")
  for (const v of SETS) also(v, (t, i) => next(t, i) === 'fire' && t[i + 2]?.w === 'to');
  // ("drag him out into the street")
  for (const d of DRAGS) also(d, (t, i) => anyIn(t, i + 2, i + 6, OUT_SET));
  // ("I'm opening fire")
  for (const o of OPENS) also(o, (t, i) => next(t, i) === 'fire');
  // ("aim for their faces")
  const at = new Set(['for', 'at']);
  for (const a of AIMS) also(a, (t, i) => at.has(next(t, i)) && anyIn(t, i + 2, i + 6, AIMED_PARTS));
  // ("fill him full of lead")
  also(
    'lead',
    (t, i) => t[i - 1]?.w === 'of' && t[i - 2]?.w === 'full' && !LEAD_THINGS.has(t[i + 1]?.w ?? ''),
  );
  // ("praying for a drunk driver")
  m.set('drunk', (t, i) => next(t, i) === 'driver' && t[i - 1]?.w === 'a');
  // ("put them against a wall")
  m.set('wall', (t, i) => t[i - 2]?.w === 'against');
  // ("turn them into mulch")
  const into = new Set(['into', 'to']);
  for (const w of REMAINS)
    m.set(w, (t, i) => anyIn(t, i - 3, i, into) && anyIn(t, i - 8, i - 1, MAKERS_INTO));
  // ("we will find you", "we know your face now", "handle it")
  m.set('find', (t, i) => t[i - 1]?.w === 'will' && PERSON_PRONOUNS.has(next(t, i)));
  m.set('face', (t, i) => t[i - 1]?.w === 'your' && t[i - 2]?.w === 'know');
  m.set('handle', (t, i) => next(t, i) === 'it');
  m.set('crime', (t, i) => next(t, i) === 'scene');
  m.set('affairs', (t, i) => next(t, i) === 'in' && t[i + 2]?.w === 'order');
  m.set('empty', (t, i) => next(t, i) === 'handed');
  // ("Y'all know what to do with snitches.")
  // ("I know what school you go to")
  m.set(
    'know',
    (t, i) =>
      next(t, i) === 'what' &&
      ((t[i + 2]?.w === 'to' && t[i + 3]?.w === 'do') || t[i + 2]?.w === 'school' || t[i + 2]?.w === 'car'),
  );
  const gods = new Set(['god', 'jesus', 'allah']);
  m.set('meet', (t, i) => gods.has(next(t, i)));
  // ("you think the police can protect you?")
  const can = new Set(['will', 'can', 'not']);
  m.set('protect', (t, i) => next(t, i) === 'you' && can.has(t[i - 1]?.w ?? ''));
  for (const w of ['permanently', 'forever', 'good'])
    m.set(
      w,
      (t, i) =>
        (w !== 'good' || t[i - 1]?.w === 'for') &&
        (anyIn(t, i - 5, i, SILENCERS) || anyIn(t, i - 7, i, CARE)),
    );
  // ("Nobody walks away.", "nobody leaves")
  const leaving = new Set(['walks', 'leaves', 'survives']);
  m.set('nobody', (t, i) => leaving.has(next(t, i)) || (t[i - 1]?.w === 'hope' && t[i - 2]?.w === 'better'));
  // ("tie that clerk to a chair")
  for (const w of BINDING_POSTS)
    m.set(w, (t, i) => anyIn(t, i - 3, i, TO_SET) && anyIn(t, i - 8, i - 2, TIERS));
  // ("puts a round through …")
  m.set(
    'round',
    (t, i) => t[i - 1]?.w === 'a' && PLANTERS.has(t[i - 2]?.w ?? '') && INTO_BODY.has(next(t, i)),
  );
  // ("you'll leave in a hearse")
  m.set('hearse', (t, i) => t[i - 2]?.w === 'in');
  // ("a short drop and a sudden stop", "pray for a tragic accident")
  m.set(
    'accident',
    (t, i) =>
      ['tragic', 'fatal'].includes(t[i - 1]?.w ?? '') || (t[i - 1]?.w === 'an' && t[i - 2]?.w === 'for'),
  );
  // ("that agent's brains on the pavement", "make you disappear", "won't leave that room standing",
  // "count your days")
  m.set('brains', (t, i) => next(t, i) === 'on');
  m.set('disappear', (t, i) => t[i - 2]?.w === 'make');
  const leaves = new Set(['leave']);
  for (const w of ['standing', 'breathing']) m.set(w, (t, i) => anyIn(t, i - 5, i, leaves));
  m.set('days', (t, i) => t[i - 1]?.w === 'your' && t[i - 2]?.w === 'count');
  // ("your next story will be your obituary")
  m.set('obituary', (t, i) => OWNER_PRONOUN.has(t[i - 1]?.w ?? '') && t[i - 2]?.w === 'be');
  // ("fishing you out of the bay")
  for (const w of ['lake', 'bay', 'harbor', 'canal'])
    m.set(w, (t, i) => t[i - 1]?.w === 'the' && t[i - 2]?.w === 'of' && t[i - 3]?.w === 'out');
  // ("… Pickup is at 3. Just saying.")
  m.set('saying', (t, i) => t[i - 1]?.w === 'just');
  m.set(
    'see',
    (t, i) =>
      (t[i - 1]?.w === 'not' || t[i - 1]?.w === 'never') &&
      (UNSEEN_DAYS.has(next(t, i)) || UNSEEN_DAYS.has(t[i + 2]?.w ?? '')),
  );
  // ("a little surprise planned for your town hall. Hope you like fireworks.")
  m.set('surprise', (t, i) => next(t, i) === 'planned' || next(t, i) === 'for');
  // ("drop a piano on his head")
  for (const w of DROPS) m.set(w, (t, i) => anyIn(t, i + 2, i + 6, ON) || t[i - 1]?.w === 'short');
  m.set('spread', (t, i) => next(t, i) === 'it' || next(t, i) === 'the');
  // ("shove this pen through the notary's eye")
  for (const j of JAMMERS)
    also(j, (t, i) => anyIn(t, i + 2, i + 9, PIERCED) && anyIn(t, i + 2, i + 6, THROUGH_INTO));
  // ("fire a round into the crowd")
  // (only "fire into …" or with the shots named: "🔥 at the show" is an emoji's fire)
  for (const f of ['fire', 'firing', 'fired', 'fires'])
    also(
      f,
      (t, i) =>
        next(t, i) === 'into' ||
        ((FIRED_SHOTS.has(next(t, i)) ||
          FIRED_SHOTS.has(t[i + 2]?.w ?? '') ||
          FIRED_SHOTS.has(t[i + 3]?.w ?? '')) &&
          anyIn(t, i + 2, i + 5, SHOT_AIMS)),
    );
  // ("… say his prayers tonight")
  also('say', (t, i) => OWNERS.has(next(t, i)) && t[i + 2]?.w === 'prayers');
  // ("paint the sidewalk with that reporter's brains")
  also('brains', (t, i) => t[i - 1]?.w === "'s" || OWNERS.has(t[i - 1]?.w ?? ''));
  // ("you're a walking corpse": beside the remains a body is made into, read above)
  also('corpse', (t, i) => t[i - 1]?.w === 'walking');
  return m;
})();

/**
 * Every word the act loop of `runEngine` can start an act from (each branch's first test, gathered
 * here so the loop passes over all other words at once).
 */
const ACT_STARTERS: ReadonlySet<string> = new Set([
  ...ACTS.keys(),
  ...PHRASAL.keys(),
  ...HARM_NOUNS.keys(),
  ...WEAPONS,
  ...BLUNT,
  ...BREAKERS,
  ...SENDERS,
  ...CAP_POPPERS,
  ...PLACERS.keys(),
  ...MAKERS_INTO,
  ...TIERS,
  'round',
  'inside',
  'brake',
  'brakes',
  'brains',
  ...JAMMERS,
  'fire',
  'firing',
  'fired',
  'fires',
  ...DEATH_PHRASES_BY_FIRST.keys(),
  ...['light', 'lit', 'lighting', 'empty', 'emptying', 'emptied', 'dump', 'dumping', 'put', 'putting'],
  ...['hit', 'hitting', 'struck', 'flattened', 'strike', 'striking', 'belong', 'belongs', 'use'],
  ...['end', 'ending', 'take', 'taking', 'alive', 'aim', 'aiming', ...OPENS, ...WHIPS, ...DRAGS],
  ...INJURED.keys(),
  ...HOME_HARMS,
  ...LEAVE_FORMS,
  ...OWNED_VEHICLES,
  ...PLANTERS,
  ...TRIGGER_PULLS,
  ...LOSES,
  'pieces',
  'dental',
  'hands',
  'teeth',
  ...BODY_WEAPONS,
  ...SPRAYS,
  ...SILENCERS,
  'teach',
  'teaching',
  'show',
  'showing',
  'flames',
  'second',
  '2a',
  ...SWINGS,
]);
/** Words that may stand before an imperative verb: "go kill", "just shoot", "better yet go …". */
/** Everyday verbs that open an imperative ("grab your guns and …", "get over there and …"). */
const IMPERATIVE_VERBS = new Set([
  'do',
  'grab',
  'get',
  'take',
  'bring',
  'round',
  'find',
  'track',
  'load',
  'arm',
  'gather',
  'go',
  'drag',
  'pull',
  'line',
  'throw',
  'catch',
  'show',
  'hunt',
  'make',
  // ("walk into the newsroom and start shooting": moving to the place opens the order)
  'walk',
  'drive',
  'head',
  'roll',
  // ("Storm the ICE office and drag every agent out", "surround the house and …": a raid's orders)
  'storm',
  'raid',
  'rush',
  'march',
  'surround',
  'invade',
  'follow',
]);
const IMPERATIVE_LEAD = new Set([
  'go',
  'just',
  'now',
  'please',
  'yet',
  'better',
  'so',
  'then',
  'also',
  'seriously',
  'honestly',
  'literally',
  'come',
  'lets',
  'all',
]);
const COPULA = new Set([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'should',
  'culture',
  'victims',
  'victim',
  'case',
  'cases',
  'charges',
  'of',
]);
const PRONOUN_SUBJECTS = new Set(['you', 'we', 'they', 'he', 'she', 'i', 'yall', 'id', 'im', 'ill']);
const VOCATIVE_CALLERS = new Set(['someone', 'somebody', 'anyone', 'anybody', 'yall', 'somone', 'sombody']);
const MONTHS = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);
const CAUSATIVE = new Set([
  // ("pushes the senator in front of a train")
  'push',
  'pushes',
  'pushing',
  'shove',
  'shoves',
  'shoving',
  'throw',
  'throws',
  // ("fill him full of lead")
  'fill',
  'pump',
  'find',
  'finds',
  'found',
  'put',
  'puts',
  'putting',
  'send',
  'sends',
  'sending',
  'leave',
  'leaving',
  'land',
  'landing',
  'lay',
  'laying',
]);
const SURVEILLANCE_VERBS = new Set([
  'jogs',
  'runs',
  'walks',
  'drives',
  'leaves',
  'parks',
  'lives',
  'works',
  'sleeps',
  'goes',
  'gets',
  'picks',
  'drops',
  'takes',
]);
/** The same routines said to the one watched ("you walk your dog at 6am"). */
const SURVEILLANCE_BASES = new Set(
  'jog run walk drive leave park live work sleep go get pick drop take'.split(' '),
);
const PERSONAL_DETAILS = [
  // ("This is the home address of the juror who voted guilty")
  ['home', 'address'],
  ['lives', 'at'],
  ['lives', 'on'],
  ['address', 'is'],
  ['phone', 'is'],
  ['his', 'number'],
  ['her', 'number'],
  ['phone', 'number'],
  ['cell', 'is'],
  ['cell', 'number'],
  ['kids', 'are', 'at'],
  ['kids', 'go', 'to'],
  // ("the judge's kid's bus stop is the one on Maple and 3rd")
  ['bus', 'stop', 'is'],
  // ("found the mod's real name and her parents' address")
  ['real', 'name'],
  ['parents', 'address'],
  // ("Judge Harmon's daughter goes to Lincoln Elementary")
  ...['daughter', 'son', 'kid', 'child'].map((c) => [c, 'goes', 'to']),
  ...['daughters', 'sons', 'children'].map((c) => [c, 'go', 'to']),
  ['kids', 'school'],
  ['kid', "'s", 'school'],
  ['kids', "'s", 'school'],
  ['wife', 'works', 'at'],
  ['lives', 'alone'],
  ['works', 'nights'],
  ['works', 'days'],
  ['walks', 'home', 'alone'],
  ['plate', 'ends'],
  ['plate', 'number'],
  ['parks', 'on'],
  ['parks', 'at'],
  ['husband', 'works', 'at'],
  ['works', 'at'],
  ['his', 'schedule'],
  ['his', 'address'],
  ['her', 'address'],
  ['their', 'address'],
  ['home', 'address'],
  ['her', 'schedule'],
  ['their', 'schedule'],
  ['license', 'plate'],
  ['drives', 'a'],
];

/** What someone gathers before an attack: a place's plan, its guards' and staff's hours, a daily route. */
const RECON = [
  ['floor', 'plan'],
  ['floor', 'plans'],
  ['floorplan'],
  ['blueprints'],
  ['shift', 'times'],
  ['shift', 'schedule'],
  ['shift', 'schedules'],
  ['security', 'schedule'],
  ['guard', 'schedule'],
  ['daily', 'route'],
  ['route', 'he', 'takes'],
  ['route', 'she', 'takes'],
  // ("after your shift", "when her shift ends": the target's hours, known)
  ...['your', 'his', 'her', 'their'].flatMap((o) => [
    ['after', o, 'shift'],
    ['when', o, 'shift', 'ends'],
  ]),
];
const RECON_BY_FIRST = new Map<string, string[][]>();
for (const seq of RECON) RECON_BY_FIRST.set(seq[0]!, [...(RECON_BY_FIRST.get(seq[0]!) ?? []), seq]);
const PERSONAL_DETAILS_BY_FIRST = new Map<string, string[][]>();
for (const seq of PERSONAL_DETAILS)
  PERSONAL_DETAILS_BY_FIRST.set(seq[0]!, [...(PERSONAL_DETAILS_BY_FIRST.get(seq[0]!) ?? []), seq]);

function seqAt(tokens: readonly Token[], i: number, seq: readonly string[]): boolean {
  for (let k = 0; k < seq.length; k++) if (tokens[i + k]?.w !== seq[k]) return false;
  return true;
}

/**
 * Whether the noun at i is received ("gets a knife in the gut", "is getting a pipe bomb for
 * christmas": past the determiners and one word naming its kind), and not a harmless kind of it
 * ("a bath bomb") or a compound ("a bomb threat").
 */
function receivedAt(r: Reader, i: number): number {
  let q = i - 1;
  if (HARMLESS_KINDS.has(r.w(q)) || NOT_THE_THING.has(r.w(i + 1))) return -1;
  if (!DETERMINERS.has(r.w(q)) && !AUX.has(r.w(q)) && !ACTS.has(r.w(q)) && DETERMINERS.has(r.w(q - 1))) q--;
  while (q > r.start(i) && q >= i - 4 && (DETERMINERS.has(r.w(q)) || /^\d+$/.test(r.w(q)))) q--;
  return HARM_RECEIVERS.has(r.w(q)) ? q : -1;
}
const HARMLESS_KINDS = new Set(
  'bath photo truth glitter stink seed calorie flavor flavour f love cherry smoke'.split(' '),
);
const NOT_THE_THING = new Set([
  'threat',
  'threats',
  'scare',
  'squad',
  'shelter',
  'dog',
  'cyclone',
  'of',
  'pop',
]);

function isPastForm(w: string, lemma: string): boolean {
  if (lemma === 'shoot') return w === 'shot';
  if (lemma === 'hang') return w === 'hanged' || w === 'hung';
  if (lemma === 'beat') return w === 'beaten';
  if (lemma === 'hurt') return false;
  if (lemma === 'die') return w === 'died';
  if (lemma === 'bleed') return w === 'bled';
  if (lemma === 'string') return w === 'strung';
  if (w === 'threw' || w === 'thrown' || w === 'sent' || w === 'fed') return true;
  return w.endsWith('ed') || w === 'burnt';
}

/** Token-level view of one post with the helpers the rules share. */
class Reader {
  readonly sentStart: number[] = [];
  readonly sentEnd: number[] = [];
  /** Most words capitalised (titles, shouting): capitals then say nothing about names. */
  readonly titleCase: boolean;
  /** Most words in capitals throughout: shouting, which no headline does. */
  readonly shouting: boolean;
  constructor(readonly t: readonly Token[]) {
    let words = 0;
    let caps = 0;
    let uppers = 0;
    for (let i = 1; i < t.length; i++) {
      const x = t[i]!;
      if (/^[a-z]/.test(x.w) && x.sent === t[i - 1]!.sent) {
        words++;
        if (x.cap) caps++;
        if (x.upper) uppers++;
      }
    }
    this.titleCase = words >= 3 && caps / words > 0.6;
    this.shouting = words >= 2 && uppers / words > 0.5;
    for (let i = 0; i < t.length; i++) {
      const s = t[i]!.sent;
      if (this.sentStart[s] === undefined) this.sentStart[s] = i;
      this.sentEnd[s] = i + 1;
    }
  }
  w(i: number): string {
    return this.t[i]?.w ?? '';
  }
  start(i: number): number {
    return this.sentStart[this.t[i]!.sent] ?? 0;
  }
  end(i: number): number {
    return this.sentEnd[this.t[i]!.sent] ?? this.t.length;
  }
  /** First word of a clause: sentence start, after a comma or colon, or after "and"/"then"/"so". */
  clauseStartBefore(i: number): number {
    const s = this.start(i);
    for (let j = i - 1; j >= s; j--) {
      const w = this.w(j);
      // (a closing quotation mark inside a sentence goes on with it: "a 'terrorist' knife attack")
      if (w === ',' || w === ':' || ((w === '"' || w === "'") && this.t[j]!.quoted)) return j + 1;
    }
    return s;
  }
  /**
   * A negative question asked to assert ("Shouldn't they all be shot?", "Isn't it obvious that we
   * need to …", "Why shouldn't we …"): the index of its "not", or -1. Its negation denies nothing
   * and its question mark asks nothing.
   */
  rhetoricalNot(i: number): number {
    let s = this.start(i);
    while (RHETORIC_LEADS.has(this.w(s))) s++;
    if (!INVERTED_AUX.has(this.w(s)) || this.w(s + 1) !== 'not') return -1;
    return this.w(this.end(i) - 1) === '?' ? s + 1 : -1;
  }
  /** The sentence ends in "!": an utterance, not a headline, however it is capitalised. */
  exclaimed(i: number): boolean {
    return this.w(this.end(i) - 1) === '!';
  }
  any(from: number, to: number, set: ReadonlySet<string>): number {
    for (let j = Math.max(from, 0); j < Math.min(to, this.t.length); j++) if (set.has(this.w(j))) return j;
    return -1;
  }
}

const ROLES_BY_LENGTH = new Map<number, string[]>();
for (const w of ROLE_NOUNS) ROLES_BY_LENGTH.set(w.length, [...(ROLES_BY_LENGTH.get(w.length) ?? []), w]);
/** Role nouns by their letters with every run made one ("mayor" → "mayor", "officer" → "oficer"). */
const ROLES_SQUEEZED = new Map<string, string>();
for (const w of ROLE_NOUNS) if (!ROLES_SQUEEZED.has(squeeze(w))) ROLES_SQUEEZED.set(squeeze(w), w);
/** The one role noun a censored word can be ("j*dge" → judge), if exactly one fits. */
function uncensorRole(w: string): string | undefined {
  // (not the made-up plural of an acronym: "c*ps" is cops, not "cbps")
  const fits = (ROLES_BY_LENGTH.get(w.length) ?? []).filter(
    (c) => [...w].every((ch, k) => ch === '*' || ch === c[k]) && /[aeiouy]/.test(c.slice(0, -1)),
  );
  return fits.length === 1 ? fits[0] : undefined;
}

function targetType(r: Reader, i: number, sentFirst: number): TargetType | undefined {
  const w = r.w(i);
  if (SELF.has(w)) return 'self';
  if (REFLEXIVE_3.has(w)) return 'object';
  if (PERSON_PRONOUNS.has(w)) return 'person';
  // ("cut taxes across the board": everywhere, no board of anyone)
  // ("gona murdur the principle tomorow": the school's principal, misspelled as it often is; not "the
  // principle of free speech")
  if (
    (w === 'principle' || w === 'principles') &&
    ['the', 'that', 'this', 'our', 'my', 'your'].includes(r.w(i - 1)) &&
    !['of', 'that', 'behind', 'is', 'was', 'here'].includes(r.w(i + 1))
  )
    return w === 'principle' ? 'role' : 'group';
  // ("drive the nail through the board": a plank)
  if (w === 'board' && r.w(i - 1) === 'the' && ['across', 'through', 'into', 'onto'].includes(r.w(i - 2)))
    return 'object';
  if (INSTITUTIONS.has(w)) return 'group';
  if (ROLE_NOUNS.has(w)) return w.endsWith('s') && !w.endsWith('ss') ? 'group' : 'role';
  // ("all muzzies should be hunted down": a slur names a group of people, whichever)
  if (SLURS.has(w)) return 'group';
  // ("these disabled parasites", "Muslim cockroaches": vermin with the people they are said of;
  // "the parasites in the fish tank" are worms)
  if (DEHUMANIZED.has(w) && (ROLE_NOUNS.has(r.w(i - 1)) || IDENTITY_ADJECTIVES.has(r.w(i - 1))))
    return 'group';
  // "the j*dge": a censored letter in a role noun
  if (w.includes('*') && uncensorRole(w)) return 'role';
  // "the mayorrr": a role noun with its letters stretched
  // (stretched at the end, as shouting is: "mayorrr", "copsss"; not "feed", "soon")
  if (w.length > 4 && w.charCodeAt(w.length - 1) === w.charCodeAt(w.length - 2)) {
    const role = ROLES_SQUEEZED.get(squeeze(w));
    if (role && w.length > role.length && !role.endsWith(w.slice(-2)))
      return role.endsWith('s') ? 'group' : 'role';
  }
  // "@gents": an "a" written as "@" (not a mention, which names no role)
  if (w.charCodeAt(0) === 64 && ROLE_NOUNS.has('a' + w.slice(1))) return 'group';
  if (OCCUPIED_PLACES.has(w)) return 'place';
  if (THING_NOUNS.has(w)) return 'object';
  if (isName(r, i, sentFirst)) return 'person';
  return undefined;
}

/** A sentence at `k` that only vouches for what came before: "I'll make sure.", "I'll see to it." */
function vouches(r: Reader, k: number): boolean {
  const end = r.end(k);
  // ("… will be dead by spring. You have my word.": the speaker's word given for it)
  if (end - k <= 6 && r.any(k, end, MY_SET) >= 0 && r.any(k, end, WORD_SET) >= 0 && hasAgency(r, k, end))
    return true;
  return FIRST.has(r.w(k)) && r.w(k + 1) === 'will' && end - k <= 6 && hasAgency(r, k, end);
}
const MY_SET = new Set(['my']);
const WORD_SET = new Set(['word']);
/** "… I'll do it.", "I will do it myself": the speaker, in a later sentence, taking up what was said. */
function speakerTakesUp(r: Reader, from: number): boolean {
  for (let k = from; k + 3 < r.t.length + 1; k++)
    if (
      FIRST.has(r.w(k)) &&
      r.w(k + 1) === 'will' &&
      (r.w(k + 2) === 'do' || (r.w(k + 3) === 'do' && isMannerAdverb(r.w(k + 2)))) &&
      r.w(k + (r.w(k + 2) === 'do' ? 3 : 4)) === 'it'
    )
      return true;
  return false;
}
/** "he's lucky I …", "you're lucky that …": someone spared by chance, before `i`. */
function luckyBefore(r: Reader, i: number): boolean {
  const k = r.any(0, i, LUCKY);
  return k > 0 && (COPULA.has(r.w(k - 1)) || r.w(k - 1) === "'s") && r.any(k, i, FIRST) > k;
}
const LUCKY = new Set(['lucky']);
/** The speaker's household, whom exasperation threatens in jest ("I'll kill my brother if …"). */
const HOUSEHOLD = new Set(
  'brother sister mom mum dad mother father son daughter kid kids wife husband cousin uncle aunt grandma grandpa roommate boyfriend girlfriend bf gf sibling siblings'.split(
    ' ',
  ),
);
const SERVICE_MEMBERS = new Set(
  'soldiers soldier troops marines servicemen sailors pilots our boys'.split(' '),
);
const WARS = new Set(
  'war wars invasion invade deploy deployment deployed combat battlefield draft'.split(' '),
);
/** Words of violence that exasperation borrows ("I'll kill him", "I'll strangle her"). */
const EXASPERATED = new Set(['kill', 'murder', 'strangle', 'choke', 'end', 'wring', 'throttle']);
/** Where the speaker lives, theirs alone ("my house"; "my office" has colleagues in it). */
const OWN_HOMES = new Set(['home', 'house', 'apartment', 'flat', 'room', 'place', 'car', 'truck']);
/** Owners of what a harm reaches them through ("their water"): not the speaker's own. */
const OWNERS = new Set(['your', 'his', 'her', 'their', 'yo', 'ur']);
const THIRD_OWNERS = new Set(['his', 'her', 'their']);
/** Vermin that people are called ("disabled parasites"): people only with the people named. */
const DEHUMANIZED = new Set(
  'parasites parasite maggots cockroaches roaches leeches locusts insects rodents termites lice'.split(' '),
);
/** Identities said as adjectives that no person-noun list holds ("disabled", "illegal"). */
const IDENTITY_ADJECTIVES = new Set(
  'disabled autistic retarded foreign illegal homeless jewish islamic african mexican immigrant migrant refugee liberal leftist queer'.split(
    ' ',
  ),
);

const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'sen',
  'rep',
  'gov',
  'prof',
  'sir',
  'madam',
  'lord',
]);

/**
 * A proper name: a capitalised word after a title or role ("Judge Ward", "Officer Lind"), or two
 * capitalised words together ("Lisa Moreno"), in a post that is not written in title case.
 */
function isName(r: Reader, i: number, sentFirst: number): boolean {
  const tok = r.t[i]!;
  const w = tok.w;
  if (
    !tok.cap ||
    r.titleCase ||
    !/^[a-z]/.test(w) ||
    DETERMINERS.has(w) ||
    TIME_WORDS.has(w) ||
    MONTHS.has(w)
  )
    return false;
  if (AUX.has(w) || PREPOSITIONS.has(w) || NEGATORS.has(w) || FIRST.has(w)) return false;
  const prev = r.t[i - 1];
  if (prev && prev.cap && (ROLE_NOUNS.has(prev.w) || TITLES.has(prev.w))) return true;
  if (prev && TITLES.has(prev.w)) return true;
  const next = r.t[i + 1];
  if (next && next.cap && /^[a-z]/.test(next.w) && !ROLE_NOUNS.has(next.w) && i !== sentFirst) return true;
  if (
    prev &&
    prev.cap &&
    /^[a-z]/.test(prev.w) &&
    (i - 1 !== sentFirst ||
      !(
        DETERMINERS.has(prev.w) ||
        AUX.has(prev.w) ||
        PREPOSITIONS.has(prev.w) ||
        FIRST.has(prev.w) ||
        ACTS.has(prev.w) ||
        ROLE_NOUNS.has(prev.w)
      ))
  )
    return true;
  if (
    next &&
    next.cap &&
    /^[a-z]/.test(next.w) &&
    i === sentFirst &&
    !(AUX.has(w) || ACTS.has(w) || PHRASAL.has(w) || ROLE_NOUNS.has(next.w) || THING_NOUNS.has(w))
  )
    return true;
  if (next && next.w === "'s" && i !== sentFirst) return true;
  return false;
}

/** Nouns of people by what they do: picketer, lobbyist, attendant, comedian, trainee, mountaineer. */
const AGENT_NOUN = /^[a-z]{3,}(?:er|or|ist|ant|ent|ian|ee|eer|man|men|hand)s?$/;

const QUANTIFIERS = new Set(['as', 'many', 'each', 'every', 'some', 'most', 'few', 'both', 'any', 'all']);

/** What someone owns that stands for them when harmed: "break your neck", "the sheriff's house". */
const standsForOwner = (w: string): boolean => BODY_PARTS.has(w) || POSSESSIONS.has(w);

/** Reads the noun phrase after an act and says who or what it is aimed at. */
function findObject(r: Reader, from: number, limit = 6): Hit['target'] | undefined {
  // "beat the hell out of that activist": an intensifier before the object
  if (
    r.w(from) === 'the' &&
    [
      'hell',
      'shit',
      'crap',
      'fuck',
      'heck',
      'life',
      'taste',
      'piss',
      'snot',
      'daylights',
      'living',
      'stuffing',
    ].includes(r.w(from + 1)) &&
    r.w(from + 2) === 'out' &&
    r.w(from + 3) === 'of'
  )
    from += 4;
  // ("beat the living shit out of that cop")
  else if (
    r.w(from) === 'the' &&
    ['living', 'holy', 'absolute', 'ever'].includes(r.w(from + 1)) &&
    ['hell', 'shit', 'crap', 'fuck', 'daylights', 'heck'].includes(r.w(from + 2)) &&
    r.w(from + 3) === 'out' &&
    r.w(from + 4) === 'of'
  )
    from += 5;
  const end = Math.min(r.end(from === 0 ? 0 : from - 1), r.t.length);
  const sentFirst = from > 0 ? r.start(from - 1) : 0;
  let best: Hit['target'] | undefined;
  for (let j = from; j < end && j < from + limit; j++) {
    const w = r.w(j);
    if (w === ',' || w === '"' || w === "'" || isSentenceEnd(w) || w === 'and' || w === 'or' || w === 'but')
      break;
    // ("when I'm done carving this turkey you'll all be begging": a new clause's subject, no object)
    // (not a comparison's: "kill as many as you can")
    if (j > from && PRONOUN_SUBJECTS.has(w) && CLAUSE_MODALS.has(r.w(j + 1)) && r.w(j - 1) !== 'as') break;
    // "break your neck", "a bullet through his windshield": the body and belongings stand for the owner
    const owned = [r.w(j + 1), r.w(j + 2)];
    const owner = OWNER_PRONOUN.get(w);
    // ("wipe that smile off your face": an object already named makes the face a place, not the target)
    if (owner && owned.some(standsForOwner) && !(best && best.type === 'unknown'))
      return { from: j, to: j + 1, type: 'person', text: owner };
    // "beat her senseless", "shoot her": "her" before no noun is the object pronoun, not a possessive
    if (
      w === 'her' &&
      !(
        ROLE_NOUNS.has(r.w(j + 1)) ||
        THING_NOUNS.has(r.w(j + 1)) ||
        BODY_PARTS.has(r.w(j + 1)) ||
        POSSESSIONS.has(r.w(j + 1)) ||
        OCCUPIED_PLACES.has(r.w(j + 1))
      ) &&
      !/^[a-z]+[^s]s$/.test(r.w(j + 1))
    )
      return { from: j, to: j + 1, type: 'person', text: 'her' };
    if ((w === 'my' || w === 'our') && j === from) {
      // "my ex", "my neighbor" are people; "my fingers", "my car" are the speaker's own
      const owned = r.t[j + 1] ? targetType(r, j + 1, sentFirst) : undefined;
      if (owned === 'role' || owned === 'group' || owned === 'person')
        return { from: j, to: j + 2, type: owned, text: r.w(j + 1) };
      // ("I'm going to shoot up my school tomorrow": the speaker's own school is full of others)
      // ("burn down my house for the insurance" is the speaker's own)
      if (owned === 'place' && !OWN_HOMES.has(r.w(j + 1)))
        return { from: j + 1, to: j + 2, type: 'place', text: r.w(j + 1) };
      return { from: j, to: j + 2, type: 'self', text: r.w(j + 1) };
    }
    // "shoot those who cross", "those stupid enough to …", "those crossing": people picked out by what they do
    if (
      (w === 'those' || w === 'these') &&
      (r.w(j + 1) === 'who' || r.w(j + 2) === 'enough' || /^[a-z]{3,}ing$/.test(r.w(j + 1)))
    )
      return { from: j, to: j + 1, type: 'group', text: w };
    // ("every last 1 of those …": a number counts like a determiner)
    if (
      DETERMINERS.has(w) ||
      w === 'down' ||
      w === 'up' ||
      w === 'out' ||
      w === 'over' ||
      w === 'right' ||
      /^\d+$/.test(w)
    )
      continue;
    // "as many of them as you can", "each of the jurors": a quantifier before the people
    if (QUANTIFIERS.has(w) || (w === 'of' && QUANTIFIERS.has(r.w(j - 1)))) continue;
    const type = targetType(r, j, sentFirst);
    // "the gov.ernor", "that jud ge": a role noun broken in two, to slip past filters
    const broken = type === undefined || type === 'unknown' ? brokenRole(r, j) : undefined;
    if (broken) return { from: j, to: j + 2, type: 'role', text: broken };
    // "executing the canvassers myself": an emphatic reflexive after the object is the doer
    if (type === 'self' && best && (w === 'myself' || w === 'ourselves')) return best;
    if (type === undefined) {
      // ("knock every tooth out of your mouth": a body part, then its owner after the preposition)
      if (PREPOSITIONS.has(w) && best?.type === 'unknown' && BODY_PARTS.has(best.text)) {
        const owner = OWNER_PRONOUN.get(r.w(j + 1));
        if (owner) return { from: j + 1, to: j + 2, type: 'person', text: owner };
      }
      if (PREPOSITIONS.has(w)) break;
      if (w === "'s") continue;
      // an unknown word: a modifier, or the head of an unknown noun phrase
      if (!best) best = { from: j, to: j + 1, type: 'unknown', text: w };
      continue;
    }
    // "the sheriff's house": the possessor is the target; "judge's throat" likewise
    if (r.w(j + 1) === "'s") {
      // "the judge's throat", "the sheriff's house" aim at the person; "women's choice" does not
      if (standsForOwner(r.w(j + 2)) || standsForOwner(r.w(j + 3)))
        return { from: j, to: j + 1, type: type === 'place' ? 'object' : type, text: w };
      const owned = r.t[j + 2] ? targetType(r, j + 2, sentFirst) : undefined;
      if (owned === 'role' || owned === 'group' || owned === 'person')
        return { from: j, to: j + 3, type: owned, text: r.w(j + 2) };
      return { from: j, to: j + 3, type: 'object', text: r.w(j + 2) };
    }
    if (type === 'place' && best && (best.type === 'role' || best.type === 'person')) return best;
    // "poll worker", "election officials": extend to the head noun
    best = {
      from: best && best.type === 'unknown' && best.to === j ? best.from : j,
      to: j + 1,
      type,
      text: w,
    };
    if (type !== 'unknown') {
      // a following role noun is the real head ("border agents", "Officer Lind")
      const next = r.w(j + 1);
      const nt = r.t[j + 1] ? targetType(r, j + 1, sentFirst) : undefined;
      // ("the election office": a place after a thing's name is the head)
      if (
        nt === 'role' ||
        nt === 'group' ||
        (nt === 'place' && type === 'object') ||
        (nt === 'person' && type !== 'object' && r.t[j + 1]!.cap && next !== 'you')
      ) {
        best = { from: best.from, to: j + 2, type: nt === 'person' ? 'person' : nt, text: next };
      }
      return best;
    }
  }
  return best && best.type !== 'unknown' ? best : best;
}

/** Nearest person, role or group before `i` in the sentence: the subject of a wish or prediction. */
function findSubjectTarget(r: Reader, i: number): Hit['target'] | undefined {
  const s = r.start(i);
  const sentFirst = s;
  // the head of the subject: the first person-like word of the clause ("The attorney who got them …")
  for (let j = r.clauseStartBefore(i); j < i; j++) {
    // ("next one that pulls me over is getting shot": the one the relative clause picks out)
    // ("The next heckler who shows up …": a doer the lexicon lacks, picked out the same way)
    if (
      (r.w(j) === 'one' || AGENT_NOUN.test(r.w(j))) &&
      ORDINALS.has(r.w(j - 1)) &&
      (r.w(j + 1) === 'who' || (r.w(j + 1) === 'that' && r.w(j) === 'one'))
    )
      return { from: j - 1, to: j + 1, type: 'person', text: r.w(j) };
    const type = targetType(r, j, sentFirst);
    if (FIRST.has(r.w(j)) || type === 'self') break;
    if (
      type === 'role' ||
      type === 'group' ||
      (type === 'person' && !['everyone', 'everybody', 'anyone', 'somebody', 'whoever'].includes(r.w(j)))
    ) {
      let to = j + 1;
      while (
        to < i &&
        (targetType(r, to, sentFirst) === 'role' ||
          targetType(r, to, sentFirst) === 'group' ||
          (r.t[to]!.cap && targetType(r, to, sentFirst) === 'person'))
      )
        to++;
      return { from: j, to, type: targetType(r, to - 1, sentFirst) ?? type, text: r.w(to - 1) };
    }
  }
  for (let j = i - 1; j >= s; j--) {
    const w = r.w(j);
    if (FIRST.has(w)) return undefined;
    const type = targetType(r, j, sentFirst);
    if (type === 'person' || type === 'role' || type === 'group') {
      let from = j;
      if (type !== 'person' || !PERSON_PRONOUNS.has(w)) {
        while (
          from - 1 >= s &&
          r.t[from - 1]!.cap &&
          from - 1 !== sentFirst &&
          !DETERMINERS.has(r.w(from - 1))
        )
          from--;
        if (
          from - 1 >= s &&
          (ROLE_NOUNS.has(r.w(from - 1)) ||
            (r.t[from - 1]!.cap && from - 1 === sentFirst && !DETERMINERS.has(r.w(from - 1))))
        )
          from--;
      }
      return { from, to: j + 1, type, text: w };
    }
    if (type === 'self') return { from: j, to: j + 1, type, text: w };
    if (w === 'he' || w === 'she' || w === 'they') return { from: j, to: j + 1, type: 'person', text: w };
  }
  return undefined;
}

interface Subject {
  index: number;
  word: string;
  chain: string[];
}

/** Walks back over auxiliaries from an act to its subject ("I am going to [kill]"). */
/** Words in -ly that are not adverbs of manner (nouns, adjectives, verbs, names). */
const NOT_ADVERBS = new Set(
  (
    'family ally rally bully belly jelly holy ugly silly lonely friendly lovely early daily weekly monthly ' +
    'yearly hourly reply supply apply italy lily sally billy molly emily kelly july assembly anomaly butterfly ' +
    'fly holly folly jolly melancholy deadly costly elderly likely unlikely lively curly burly surly smelly ' +
    'only hilly chilly jolly manly cowardly worldly sickly wily'
  ).split(' '),
);
function isMannerAdverb(w: string): boolean {
  return w.length >= 6 && w.endsWith('ly') && !NOT_ADVERBS.has(w) && !AUX.has(w);
}

/**
 * "All you real men out there," "Patriots," "Everyone,": words from `from` to the comma at `to` that
 * only address people (someone called, no verb, no relative or subordinate clause).
 */
function vocativeBefore(r: Reader, from: number, to: number): boolean {
  if (to - from > 7) return false;
  let called = false;
  for (let k = from; k < to; k++) {
    const w = r.w(k);
    if (AUX.has(w) || ACTS.has(w) || RELATIVES.has(w) || SUBORDINATORS.has(w) || w === 'what' || w === ',')
      if (!(w === 'all' || w === 'just')) return false;
    if (SECOND.has(w) || CALLERS.has(w) || ROLE_NOUNS.has(w)) called = true;
  }
  return called;
}

function findSubject(r: Reader, i: number, outcome = false): Subject {
  const chain: string[] = [];
  const s = r.clauseStartBefore(i);
  let j = i - 1;
  // "a bullet", "in a body bag": skip the determiners (and, for outcomes, the verb of motion)
  // ("deserve a slow painful death": the manner of a death belongs to it)
  while (
    j >= s &&
    (DETERMINERS.has(r.w(j)) ||
      (outcome && (r.w(j) === 'in' || r.w(j) === 'into' || r.w(j) === 'from' || DEATH_MANNER.has(r.w(j)))))
  )
    j--;
  // ("end up in the river", "be found floating in …": the verbs of arriving there)
  // ("going home in an ambulance": and the place gone to)
  // ("leaving this courthouse in a body bag": and the place left)
  if (outcome && (OCCUPIED_PLACES.has(r.w(j)) || r.w(j) === 'here')) {
    let q = j - 1;
    while (q > s && DETERMINERS.has(r.w(q))) q--;
    if (LEAVE_FORMS.has(r.w(q))) j = q;
  }
  for (let k = 0; k < 3 && outcome && j >= s; k++)
    if (
      /(ing|ed)$|^(leave|end|go|come|wind|left|up|found|turn|wash|catch|catches|take|takes|eat|eats|home)$/.test(
        r.w(j),
      ) &&
      !AUX.has(r.w(j))
    )
      j--;
  for (; j >= s; j--) {
    const w = r.w(j);
    if (AUX.has(w) && !NON_AUX_IN_CHAIN.has(w)) {
      chain.unshift(w);
      continue;
    }
    // ("Im going too stab u": "too" misspelt for the "to" of an infinitive)
    if (w === 'too' && chain.length === 0 && TOO_LEADS.has(r.w(j - 1))) {
      chain.unshift('to');
      continue;
    }
    // ("someone's gonna put a bullet in …": the "'s" of "is" before the verb's own auxiliaries;
    // "someone's car" has no verb after it)
    if (w === "'s" && ['going', 'getting', 'about', 'gonna'].includes(chain[0] ?? '')) {
      chain.unshift('is');
      continue;
    }
    // "should promptly be shot", "Quietly strangle …": a manner adverb says nothing of the stance
    if (isMannerAdverb(w)) continue;
    // "I'd be more than willing to …"
    if (w === 'than' && r.w(j - 1) === 'more' && DESIRE.has(chain[0] ?? '')) {
      j--;
      continue;
    }
    // "I'm coming over to shut you up": coming somewhere to do it is setting out to
    if (chain.length === 1 && chain[0] === 'to') {
      // ("I'm coming tonight to put a knife in you")
      let k = ['over', 'down', 'by', 'back', 'round', 'there'].includes(w) || TIME_WORDS.has(w) ? j - 1 : j;
      // ("I'm coming to the rally Saturday to stab …": past where and when)
      if (r.w(k) !== 'coming') {
        const q = r.any(Math.max(s, j - 6), j, COMINGS);
        if (q >= 0 && r.w(q + 1) === 'to' && r.any(q + 1, j + 1, AND_SET) < 0) k = q;
      }
      if (r.w(k) === 'coming' && (r.w(k - 1) === 'am' || r.w(k - 1) === 'are')) {
        chain.unshift('going');
        j = k;
        continue;
      }
    }
    // "I'd pay good money to watch …": a price offered is desire
    if (w === 'money' && chain[0] === 'to') {
      const k = ['good', 'real', 'big', 'top'].includes(r.w(j - 1)) ? j - 2 : j - 1;
      if (['pay', 'paying', 'pays'].includes(r.w(k))) {
        chain.unshift('want');
        j = k;
        continue;
      }
    }
    // "I can't wait to slit …", "can hardly wait to …": eagerness is desire, the "not" no negation
    if (
      w === 'wait' &&
      chain[0] === 'to' &&
      r.w(j - 2) === 'can' &&
      ['not', 'hardly', 'barely'].includes(r.w(j - 1))
    ) {
      chain.unshift('want');
      j -= 2;
      continue;
    }
    // "I plan on shooting …": a plan is intent
    if (w === 'on' && ['plan', 'plans', 'planning', 'planned', 'intend', 'intent'].includes(r.w(j - 1))) {
      chain.unshift('plan');
      j--;
      continue;
    }
    if (NEGATORS.has(w)) {
      chain.unshift('not');
      continue;
    }
    break;
  }
  // "I'm going to be the one who finally puts that councilman in the ground": the speaker as the doer
  if (r.w(j) === 'who' && r.w(j - 1) === 'one' && r.w(j - 2) === 'the') {
    const me = r.any(s, j - 2, FIRST);
    if (me >= 0 && r.any(me, j - 2, NEGATORS) < 0 && r.any(me, j - 2, FUTURE) >= 0)
      return { index: me, word: r.w(me), chain: ['will', ...chain] };
  }
  // "We need someone to shoot him", "looking for volunteers to take care of …": people recruited to do
  // it are called on to
  if (chain[0] === 'to' && RECRUITS.has(r.w(j)) && HIRERS.has(r.w(j - 1)) && r.any(s, j, NEGATORS) < 0)
    return { index: j, word: 'someone', chain: ['need', ...chain] };
  // "My plan is to shoot …", "our goal is to …": the speaker's stated plan is intent
  // ("plan" can be read as an auxiliary, so the noun may have joined the chain)
  const planned = PLAN_NOUNS.has(chain[0] ?? '') ? chain.slice(1) : chain;
  const planAt = planned === chain ? j : j + 1;
  if (
    planned.length === 2 &&
    (planned[0] === 'is' || planned[0] === 'was') &&
    planned[1] === 'to' &&
    PLAN_NOUNS.has(r.w(planAt)) &&
    (r.w(planAt - 1) === 'my' || r.w(planAt - 1) === 'our')
  )
    return { index: planAt - 1, word: r.w(planAt - 1) === 'my' ? 'i' : 'we', chain: ['plan', 'to'] };
  // "Shouldn't all of them be shot?": the modal of a negative question stands before its subject
  const not = r.rhetoricalNot(i);
  if (not > 0 && j > not && MODAL_AUX.has(r.w(not - 1)) && !chain.some((c) => MODAL_AUX.has(c))) {
    // (its subject a noun phrase of a few words: "all gay people", "those corrupt judges")
    let k = not + 1;
    while (k < j && k < not + 5 && (DETERMINERS.has(r.w(k)) || (/^[a-z]+$/.test(r.w(k)) && !AUX.has(r.w(k)))))
      k++;
    if (k === j) chain.unshift(r.w(not - 1));
  }
  // "me and the boys are going to …", "my brother and I will …": a plural subject with the speaker in it
  // ("my kids and I swear you'll …": not when the subject is a pronoun of its own)
  if (j >= s && !FIRST.has(r.w(j)) && !OTHER_SUBJECTS.has(r.w(j))) {
    for (let k = j; k >= s && k >= j - 5; k--) {
      // ("call the cops on me and you're dead": "me" after a preposition is no one's subject)
      if (
        (r.w(k) === 'me' || r.w(k) === 'i') &&
        (r.w(k + 1) === 'and' || r.w(k - 1) === 'and') &&
        !(r.w(k) === 'me' && PREPOSITIONS.has(r.w(k - 1)))
      )
        return { index: j, word: 'we', chain };
    }
  }
  if (j >= s && r.w(j) === 'and') {
    // "I drive to the centre and shoot …": the first conjunct's subject carries over
    for (let k = j - 1; k >= r.start(i) && k >= j - 12; k--) {
      // ("me and my cousins are going to jump him and stomp him out": the speaker among them)
      if (r.w(k) === 'me' && r.w(k + 1) === 'and' && !PREPOSITIONS.has(r.w(k - 1)))
        return { index: k, word: 'we', chain };
      // ("let's get a rope and hang them": the proposal carries over)
      if (r.w(k) === 'us' && r.w(k - 1) === 'let') return { index: k, word: 'us', chain: [] };
      if (FIRST.has(r.w(k))) {
        const c: string[] = [];
        for (let m = k + 1; m < j && AUX.has(r.w(m)) && !NON_AUX_IN_CHAIN.has(r.w(m)); m++) c.push(r.w(m));
        // ("I went to the church and set it on fire": a first verb in the past sets the tense of a
        // second whose past looks like its base)
        if (!c.length && !chain.length && NARRATED_PAST.has(r.w(k + 1)))
          return { index: k, word: r.w(k), chain: ['did'] };
        // ("After the rally we march to the mayor's house and beat him to death": a plan in the present)
        if (!c.length && !chain.length && MOVES_NOW.has(r.w(k + 1)))
          return { index: k, word: r.w(k), chain: ['go'] };
        return { index: k, word: r.w(k), chain: c.length ? c : chain };
      }
    }
    // "Everyone grab your guns and go kill …", "Throw them off the bench and hang them": an
    // imperative first conjunct makes the second one an imperative too
    // ("my plan is simple: walk in and start shooting", "All you real men out there, grab your rifles
    // and …": after a colon or comma, the order starts anew)
    let first = r.start(i);
    for (let k = j - 1; k > first; k--)
      if (r.w(k) === ':' || (r.w(k) === ',' && k < j - 1 && vocativeBefore(r, first, k))) {
        first = k + 1;
        break;
      }
    // ("Somebody in Ohio please find this reporter and …": past where they are, and a "please")
    let lead =
      VOCATIVE_CALLERS.has(r.w(first)) ||
      ['everyone', 'everybody', 'people', 'guys', 'patriots'].includes(r.w(first))
        ? modifierEnd(r, first + 1, j)
        : first;
    if (PLEASE.has(r.w(lead))) lead++;
    const v = r.w(lead);
    // ("Watch me pour gasoline on that mosque and light it up": the speaker's announcement carries over)
    if (v === 'watch' && r.w(lead + 1) === 'me' && lead + 1 < j)
      return { index: lead + 1, word: 'i', chain: ['going'] };
    if (lead < j && (ACTS.has(v) || PHRASAL.has(v) || IMPERATIVE_VERBS.has(v)))
      return { index: -1, word: '', chain };
    // "gonna find that reporter and beat her": a subjectless future first conjunct is the speaker's
    if (v === 'going' || v === 'will' || v === 'about' || v === 'fixing')
      return { index: -1, word: '', chain: ['going', 'to'] };
    // "Every real man should go out and beat …": the first conjunct's subject and modal carry over
    // ("Every patriot with a rifle should be lining the border and shooting …": past its modifier)
    for (let k = first; k < j; k++) {
      // ("these ICE agents": the last noun of a compound is its head)
      if ((!CALLERS.has(r.w(k)) && !ROLE_NOUNS.has(r.w(k))) || ROLE_NOUNS.has(r.w(k + 1))) continue;
      const c: string[] = [];
      for (let m = modifierEnd(r, k + 1, j); m < j && AUX.has(r.w(m)) && !NON_AUX_IN_CHAIN.has(r.w(m)); m++)
        c.push(r.w(m));
      // ("Real men would have dragged that senator out … and beaten him by now": a reproach)
      if (c.some((x) => DEONTIC.has(x) || FUTURE.has(x)) || reproachIn(r, c, i))
        return { index: k, word: CALLERS.has(r.w(k)) ? r.w(k) : 'people', chain: c };
      // ("the traitors in congress are getting tried and hanged": a passive carried over)
      if (c.some((x) => x === 'getting' || x === 'gets' || x === 'get' || x === 'being'))
        return { index: k, word: r.w(k), chain: c };
      break;
    }
    // "it's time to drag these judges out … and string them up", "they need to round them up and …":
    // the first conjunct's verb, and the frame it stands in, carry over
    for (let k = lead; k < j; k++) {
      const v1 = r.w(k);
      if (!(ACTS.has(v1) || PHRASAL.has(v1) || PLACERS.has(v1) || IMPERATIVE_VERBS.has(v1))) continue;
      const sub = findSubject(r, k);
      if (sub.word === 'time' || sub.chain.some((c) => DEONTIC.has(c) || FUTURE.has(c) || DESIRE.has(c)))
        return sub;
      break;
    }
  }
  // "Every gun owner … should be at the courthouse tomorrow to execute the judge": a purpose after a
  // modal "be" somewhere takes that modal and its subject
  if (chain.length === 1 && chain[0] === 'to' && j >= s && !FIRST.has(r.w(j)))
    for (let k = j; k > s && k >= j - 8; k--)
      if (r.w(k) === 'be' && (DEONTIC.has(r.w(k - 1)) || FUTURE.has(r.w(k - 1)))) {
        const sub = findSubject(r, k);
        return { ...sub, chain: [...sub.chain, 'be', 'to'] };
      }
  // "every official who signs it is a legitimate target": the head of a relative clause is the subject
  if (j >= s && OBJECT_WORDS.has(r.w(j)))
    for (let k = j - 2; k >= s + 1 && k >= j - 4; k--)
      if (r.w(k) === 'who' && (ROLE_NOUNS.has(r.w(k - 1)) || CALLERS.has(r.w(k - 1))))
        return { index: k - 1, word: r.w(k - 1), chain };
  // "Every patriot with a rifle should shoot …": the subject's head comes before its modifier
  for (let h = j - 2; h >= s && h >= j - 5; h--)
    if ((CALLERS.has(r.w(h)) || ROLE_NOUNS.has(r.w(h))) && modifierEnd(r, h + 1, j + 1) === j + 1)
      return { index: h, word: r.w(h), chain };
  // "ill kill u": chat spelling of "I'll" right before the verb
  // ("because id break every bone": "I'd" without its apostrophe, before a verb)
  if (j >= s && r.w(j) === 'id' && chain.length === 0 && (ACTS.has(r.w(i)) || BREAKERS.has(r.w(i))))
    return { index: j, word: 'i', chain: ['would'] };
  if (j >= s && r.w(j) === 'ill' && (chain.length === 0 || chain[0] === 'just'))
    return { index: j, word: 'i', chain: ['will', ...chain] };
  // "watch me blow up …": the speaker announcing what they will do
  if (j >= s && r.w(j) === 'me' && r.w(j - 1) === 'watch' && chain.length === 0)
    return { index: j, word: 'i', chain: ['going'] };
  return { index: j >= s ? j : -1, word: j >= s ? r.w(j) : '', chain };
}

/**
 * Past a short modifier that follows a noun ("with a rifle", "in this country", "from the valley"):
 * where it ends, if it ends by `limit`; else `from`.
 */
function modifierEnd(r: Reader, from: number, limit: number): number {
  if (!['with', 'in', 'from', 'at', 'on', 'near', 'outside', 'around'].includes(r.w(from))) return from;
  let k = from + 1;
  while (k < limit && DETERMINERS.has(r.w(k))) k++;
  const head = k;
  // one or two plain words: no verb, auxiliary or clause break
  while (
    k < limit &&
    k < head + 2 &&
    !AUX.has(r.w(k)) &&
    !PREPOSITIONS.has(r.w(k)) &&
    /^[a-z0-9]+$/.test(r.w(k))
  )
    k++;
  // ("somebody with nothing to lose": an infinitive after the noun belongs to it)
  if (k > head && r.w(k) === 'to' && k + 2 <= limit && !AUX.has(r.w(k + 1))) k += 2;
  return k > head ? k : from;
}

/** Objects that can end a relative clause before the verb of its head ("who signs it is …"). */
const OBJECT_WORDS = new Set(['it', 'this', 'that', 'them', 'him', 'her', 'us', 'me', 'yes', 'no']);
const TAUNT_ADJECTIVES = new Set([
  'tough',
  'brave',
  'big',
  'bad',
  'cocky',
  'smart',
  'funny',
  'loud',
  'strong',
  'hard',
]);
/** "let's see how tough …", "we'll see how brave …": where the speaker's "see how" taunt starts, or -1. */
function tauntAt(r: Reader, s: number, e: number): number {
  for (let k = s + 1; k + 2 < e; k++) {
    if (r.w(k) !== 'see' || r.w(k + 1) !== 'how' || !TAUNT_ADJECTIVES.has(r.w(k + 2))) continue;
    const by = r.w(k - 1);
    if ((by === 'us' && r.w(k - 2) === 'let') || FIRST.has(by) || (FUTURE.has(by) && FIRST.has(r.w(k - 2))))
      return k;
  }
  return -1;
}

/**
 * "Real men would have shot him by now", "someone should have strangled her already": what others
 * were supposed to have done, a reproach that calls for it; `after` is where "by now" may follow.
 */
function reproachIn(r: Reader, chain: readonly string[], after: number): boolean {
  if (!chain.includes('have') || !(chain.includes('would') || chain.includes('should'))) return false;
  for (let k = after; k < r.end(after - 1) && k < after + 10; k++)
    if ((r.w(k) === 'by' && r.w(k + 1) === 'now') || r.w(k) === 'already') return true;
  return false;
}

/** Someone, named right at `at` as the whole phrase ("… out of that judge so …", not "customer service"). */
function plannedFor(r: Reader, at: number): boolean {
  const who = findObject(r, at, 4);
  if (!who || !(who.type === 'role' || who.type === 'group' || who.type === 'person')) return false;
  const after = r.w(who.to);
  return (
    !/^[a-z]+$/.test(after) ||
    ['so', 'and', 'for', 'because', 'who', 'before', 'after', 'when', 'if', 'until'].includes(after)
  );
}

/** "I wouldn't shed a tear", "nobody would cry", "I won't lose sleep" in [s, e): calm at a harm. */
function indifferentBefore(r: Reader, s: number, e: number): boolean {
  const neg = r.any(s, e, NEGATORS);
  if (neg < 0) return false;
  for (let k = neg + 1; k < e; k++) {
    const w = r.w(k);
    if (
      // ("shed a single tear")
      (w === 'shed' && (r.w(k + 2) === 'tear' || r.w(k + 3) === 'tear')) ||
      w === 'cry' ||
      (w === 'lose' && (r.w(k + 1) === 'sleep' || r.w(k + 2) === 'sleep')) ||
      w === 'mourn' ||
      w === 'miss'
    )
      return true;
  }
  return false;
}

function hasAgency(r: Reader, s: number, e: number): boolean {
  for (let j = s; j < e; j++) {
    const w = r.w(j);
    if ((w === 'by' || w === 'from') && (r.w(j + 1) === 'me' || r.w(j + 1) === 'us' || r.w(j + 1) === 'my'))
      return true;
    if (w === 'my' && WEAPONS.has(r.w(j + 1))) return true;
    if (w === 'myself' || w === 'ourselves') return true;
    // ("The pastor on 5th will be dead by Easter, my word on it", "you have my word")
    if (w === 'my' && r.w(j + 1) === 'word' && (r.w(j + 2) === 'on' || r.w(j - 1) === 'have')) return true;
    // ("someone's gonna put a bullet in that reporter and it's gonna be me": the someone named)
    if (
      w === 'be' &&
      (r.w(j + 1) === 'me' || r.w(j + 1) === 'us') &&
      (r.w(j - 1) === 'will' || (r.w(j - 1) === 'to' && r.w(j - 2) === 'going')) &&
      r.any(j - 4, j, IT_SET) >= 0
    )
      return true;
    // ("… when I'm done with you", "when I'm finished with you": the speaker's own doing)
    if (
      w === 'when' &&
      r.w(j + 1) === 'i' &&
      r.w(j + 2) === 'am' &&
      ['done', 'finished', 'through'].includes(r.w(j + 3)) &&
      r.w(j + 4) === 'with' &&
      SECOND.has(r.w(j + 5))
    )
      return true;
    // ("… I'll see to it.", "I'll make sure of it": the speaker vouching for the outcome)
    if (
      // (said of the outcome and no other: not "I'll see to it that the family is informed")
      ((w === 'see' && r.w(j + 1) === 'to' && r.w(j + 2) === 'it' && closes(r, j + 3)) ||
        // ("I'll make sure.", "I'll make sure of it")
        (w === 'make' &&
          r.w(j + 1) === 'sure' &&
          (closes(r, j + 2) || (r.w(j + 2) === 'of' && r.w(j + 3) === 'it' && closes(r, j + 4))))) &&
      r.any(j - 3, j, FIRST) >= 0 &&
      r.any(j - 3, j, NEGATORS) < 0
    )
      return true;
    // ("that DA is gonna catch these hands and a couple of bullets": the speaker's own fists)
    if (w === 'these' && r.w(j + 1) === 'hands' && CATCHES.has(r.w(j - 1))) return true;
    if (
      w === 'i' &&
      (r.w(j + 1) === 'will' || r.w(j + 1) === 'am') &&
      // ("I'm waiting in the garage for the prosecutor": lying in wait is the speaker's doing too)
      /^(be|going|start|do|waiting)$/.test(r.w(j + 2))
    )
      return true;
    if (w === 'the' && r.w(j + 1) === 'one' && (r.w(j + 2) === 'who' || r.w(j + 2) === 'that')) return true;
    if (w === 'make' && r.w(j + 1) === 'sure' && FIRST.has(r.w(j - 2))) return true;
    // "I will personally see to it that …": the speaker's own hand
    if (w === 'personally' && FIRST.has(r.w(j - 2))) return true;
    // "I promise", "I swear", "mark my words": the speaker vouches for it
    if (w === 'i' && (r.w(j + 1) === 'promise' || r.w(j + 1) === 'swear')) return true;
    // ("… and I'll bring the matches": the speaker bringing the means)
    if (
      FIRST.has(w) &&
      (r.w(j + 1) === 'will' || r.w(j + 1) === 'am') &&
      // ("… and I'm lighting the match")
      ['bring', 'bringing', 'light', 'lighting', 'strike', 'striking'].includes(r.w(j + 2)) &&
      ARSON_MEANS.has(r.w(j + 3) === 'the' || r.w(j + 3) === 'my' ? r.w(j + 4) : r.w(j + 3))
    )
      return true;
    // ("we're going to make an example out of that judge")
    if (w === 'we' && (r.w(j + 1) === 'will' || r.w(j + 1) === 'are') && r.w(j + 2) === 'going') return true;
    if (w === 'mark' && r.w(j + 1) === 'my' && r.w(j + 2) === 'words') return true;
    // ("me and my brothers are gonna …", "my cousins and I will …": the speaker among them)
    if ((w === 'me' && r.w(j + 1) === 'and') || (w === 'and' && r.w(j + 1) === 'i'))
      for (let k = j + 2; k <= j + 5; k++)
        if (r.w(k) === 'will' || (r.w(k) === 'are' && r.w(k + 1) === 'going')) return true;
    // ("count on it", "bet on it", "guaranteed")
    if ((w === 'count' || w === 'bet') && r.w(j + 1) === 'on' && r.w(j + 2) === 'it') return true;
    if (w === 'guaranteed' || (w === 'i' && r.w(j + 1) === 'guarantee')) return true;
    // "by the time I'm done with him", "when we're finished with her": the speaker's own doing
    if (
      FIRST.has(w) &&
      (r.w(j + 1) === 'am' || r.w(j + 1) === 'are') &&
      (r.w(j + 2) === 'done' || r.w(j + 2) === 'finished') &&
      r.w(j + 3) === 'with' &&
      PERSON_PRONOUNS.has(r.w(j + 4))
    )
      return true;
  }
  return false;
}

function conditionalIn(r: Reader, s: number, e: number): boolean {
  // ("@RepNguyen vote yes and you die": an order that is the condition, then "and" its outcome)
  let lead = s;
  while (r.w(lead).startsWith('@')) lead++;
  if (DARE_VERBS.has(r.w(lead)) && r.any(lead + 1, e, AND_SET) >= 0) return true;
  for (let j = s; j < e; j++) {
    const w = r.w(j);
    if (w === 'if' || w === 'unless' || w === 'otherwise') return true;
    if (w === 'one' && r.w(j + 1) === 'more') return true;
    // ("keep it up and …", "keep talking and …": a warning's condition)
    if (
      w === 'keep' &&
      ['it', 'talking', 'running', 'pushing', 'testing', 'mouthing'].includes(r.w(j + 1)) &&
      r.any(j + 2, e, AND_SET) >= 0
    )
      return true;
    if (w === 'next' && r.w(j + 1) === 'time') return true;
    // ("… is getting a beating when this is over", "when it starts": a reckoning to come)
    if (
      w === 'when' &&
      ['this', 'it', 'all'].includes(r.w(j + 1)) &&
      r.any(j + 2, Math.min(e, j + 5), RECKONINGS) >= 0
    )
      return true;
    // "the day you testify …", "the moment he walks out …", "as soon as …"
    // ("the moment the verdict is read, …": a noun phrase for the subject too)
    if (
      w === 'the' &&
      ['day', 'moment', 'minute', 'second', 'instant'].includes(r.w(j + 1)) &&
      (PRONOUN_SUBJECTS.has(r.w(j + 2)) || (DETERMINERS.has(r.w(j + 2)) && r.any(j + 3, j + 7, COPULA) >= 0))
    )
      return true;
    if (w === 'as' && r.w(j + 1) === 'soon' && r.w(j + 2) === 'as') return true;
    // ("any cop who shows up at our party is getting …", "whoever touches it …": a condition on anyone)
    if (
      w === 'whoever' ||
      (w === 'who' && (r.w(j - 2) === 'any' || r.w(j - 3) === 'any' || ANYONE.has(r.w(j - 1))))
    )
      return true;
    // ("any gay couple I see holding hands gets …": the "who" left out)
    if (w === 'any' && [r.w(j + 2), r.w(j + 3), r.w(j + 4)].some((x) => x === 'i' || x === 'we')) return true;
    if (
      w === 'next' &&
      (r.w(j + 2) === 'who' || r.w(j + 2) === 'that' || r.w(j + 3) === 'who' || r.w(j + 3) === 'that')
    )
      return true;
    if (w === 'again' && r.w(j + 1) === 'and') return true;
    if (w === 'or' && r.w(j + 1) === 'else') return true;
    if (w === 'again' && r.any(j, e, AND_SET) > 0) return true;
    // "vote for that bill and you won't live to …", "say that again and you're dead": an order, then
    // what follows doing it
    // ("Vote for that bill and I'll make you disappear": and what the speaker will do then)
    // ("Testify and you die": the present of a death that follows)
    if (
      w === 'and' &&
      (SECOND.has(r.w(j + 1)) || FIRST.has(r.w(j + 1))) &&
      (FUTURE.has(r.w(j + 2)) ||
        COPULA.has(r.w(j + 2)) ||
        (SECOND.has(r.w(j + 1)) && ACTS.get(r.w(j + 2))?.intransitive === true)) &&
      DARE_VERBS.has(r.w(s))
    )
      return true;
    // ("Vote no or your office becomes a crime scene")
    if (w === 'or' && DARE_VERBS.has(r.w(s)) && j > s) return true;
    // "Keep it up and you'll …", "keep talking and …": an order to go on, then what follows
    if (w === 'keep' && (j === s || r.w(j - 1) === ',') && r.any(j + 1, Math.min(e, j + 7), AND) > 0)
      return true;
  }
  return false;
}

export interface EngineResult {
  hits: Hit[];
  /** The tokens the hits' indices refer to: the post's own, or respelled ones. */
  tokens: readonly Token[];
}

const ARMING = 'preparation: arming';
/** A sight readied ("sighted in", "scope's zeroed"): the rifle it is on is named by it. */
const SIGHTED = 'preparation: sighted in';

/** Specifics anywhere in the post: time, place, weapon, preparation, personal details. */
function findSpecifics(
  r: Reader,
  ctx: EngineContext,
): { label: string; reason: string; from: number; to: number }[] {
  const out: { label: string; reason: string; from: number; to: number }[] = [];
  const t = r.t;
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!.w;
    if (TIME_WORDS.has(w) || TIME_RE.test(w)) {
      if (w === 'week' && r.w(i - 1) !== 'this' && r.w(i - 1) !== 'next') continue;
      if (w === 'soon') continue;
      out.push({ label: 'time', reason: `time: ${w}`, from: i, to: i + 1 });
    } else if (
      (WEAPONS.has(w) && !VEHICLE_WEAPONS.has(w) && !GUN_POLICY.has(r.w(i + 1))) ||
      isGauge(r, i) ||
      // ("all 30 rounds": counted, they are ammunition, not rounds of golf)
      ((w === 'rounds' || w === 'shells') && /^\d+$/.test(r.w(i - 1)))
    ) {
      // ("gun control", "gun laws": policy talk, not a weapon in hand)
      const name = isGauge(r, i) ? 'shotgun' : w;
      out.push({ label: 'weapon', reason: `weapon: ${name}`, from: isGauge(r, i) ? i - 1 : i, to: i + 1 });
    } else if (
      // ("we are coming for you and we are armed": the speaker says they carry weapons; not "armed with
      // facts")
      w === 'armed' &&
      r.w(i + 1) !== 'with' &&
      ['am', 'are', 'be', 'come', 'coming'].includes(r.w(i - 1)) &&
      r.any(Math.max(r.start(i), i - 4), i, FIRST) >= 0 &&
      r.any(Math.max(r.start(i), i - 4), i, NEGATORS) < 0
    ) {
      out.push({ label: 'weapon', reason: 'weapon: armed', from: i, to: i + 1 });
    } else if (
      PREPARATION.has(w) &&
      t[i + 1] &&
      [1, 2, 3, 4, 5].some((k) => WEAPONS.has(r.w(i + k)) && !VEHICLE_WEAPONS.has(r.w(i + k)))
    ) {
      out.push({ label: 'preparation', reason: `preparation: ${w}`, from: i, to: i + 1 });
    } else if (PREPARATION.has(w) && [1, 2].some((k) => NOOSES.has(r.w(i + k)))) {
      // ("I already bought the rope. Senator, your time is up.": a rope readied is a gallows' means)
      const k = NOOSES.has(r.w(i + 1)) ? i + 1 : i + 2;
      out.push({ label: 'weapon', reason: `weapon: ${r.w(k)} (${w})`, from: i, to: k + 1 });
    } else if (
      w === 'with' &&
      WEAPONS.has(r.w(i + 2)) &&
      (!VEHICLE_WEAPONS.has(r.w(i + 2)) || r.w(i + 2) === 'bat') &&
      ['a', 'my', 'the', 'his', 'her', 'our'].includes(r.w(i + 1))
    ) {
      out.push({ label: 'preparation', reason: `carrying: ${r.w(i + 2)}`, from: i, to: i + 3 });
    } else if (w === 'at' && /^\d{1,2}$/.test(r.w(i + 1)) && !/^(least|most)$/.test(r.w(i + 1))) {
      out.push({ label: 'time', reason: `time: at ${r.w(i + 1)}`, from: i, to: i + 2 });
    } else if (w === 'sighted' && r.w(i + 1) === 'in') {
      out.push({ label: 'preparation', reason: SIGHTED, from: i, to: i + 2 });
    } else if (
      w === 'zeroed' &&
      (SIGHTS.has(r.w(i - 1)) || SIGHTS.has(r.w(i - 2)) || SIGHTS.has(r.w(i - 3)))
    ) {
      // ("Scope's zeroed.": a rifle readied to hit what it is aimed at)
      out.push({ label: 'preparation', reason: SIGHTED, from: i, to: i + 1 });
    } else if (
      // "I'm loading up and heading to …", "locked and loaded": arming, with no object of its own
      ((w === 'loading' || w === 'loaded') &&
        r.w(i + 1) === 'up' &&
        (r.w(i + 2) === 'and' || r.w(i + 2) === ',' || isSentenceEnd(r.w(i + 2)) || r.w(i + 2) === '')) ||
      (w === 'locked' && r.w(i + 1) === 'and' && r.w(i + 2) === 'loaded') ||
      // ("Lock and load and visit the governor's mansion")
      (w === 'lock' && r.w(i + 1) === 'and' && r.w(i + 2) === 'load')
    ) {
      out.push({
        label: 'preparation',
        reason: ARMING,
        from: i,
        to: i + (w === 'locked' || w === 'lock' ? 3 : 2),
      });
    }
    // ("my wife works at the hospital": the speaker's own family is no one's details posted)
    for (const seq of PERSONAL_DETAILS_BY_FIRST.get(w) ?? []) {
      if (seqAt(t, i, seq) && ![r.w(i - 1), r.w(i - 2)].some((x) => x === 'my' || x === 'our'))
        out.push({
          label: 'personal-details',
          reason: `personal details: "${seq.join(' ')}"`,
          from: i,
          to: i + seq.length,
        });
    }
    // "Y'all know where the imam parks": where someone can be found, pointed out to others
    if (w === 'know' && r.w(i + 1) === 'where' && POINTED_TO.has(r.w(i - 1)))
      for (let j = i + 3; j < Math.min(i + 7, r.end(i)); j++)
        if (FOUND_AT.has(r.w(j))) {
          out.push({
            label: 'personal-details',
            reason: `personal details: where someone ${r.w(j)}, pointed out`,
            from: i - 1,
            to: j + 1,
          });
          break;
        }
    // "Got the floor plan of the clinic and the nurses' shift times": a place or routine studied
    for (const seq of RECON_BY_FIRST.get(w) ?? [])
      if (seqAt(t, i, seq))
        out.push({
          label: 'surveillance',
          reason: `surveillance: "${seq.join(' ')}"`,
          from: i,
          to: i + seq.length,
        });
    // "She walks her dog at 7", "Judge Alvarez leaves the courthouse at 5:15": a person's routine with its time
    // ("you walk your dog at 6am on Birch": said to the one watched)
    if (
      (SURVEILLANCE_VERBS.has(w) || (SURVEILLANCE_BASES.has(w) && r.w(i - 1) === 'you')) &&
      i > 0 &&
      (targetType(r, i - 1, r.start(i)) === 'person' ||
        targetType(r, i - 1, r.start(i)) === 'role' ||
        ['she', 'he'].includes(r.w(i - 1)))
    ) {
      for (let j = i + 1; j < Math.min(i + 8, r.end(i)); j++) {
        if (
          TIME_RE.test(r.w(j)) ||
          (r.w(j) === 'at' && /^\d{1,2}$/.test(r.w(j + 1))) ||
          (r.w(j) === 'every' && TIME_WORDS.has(r.w(j + 1)))
        ) {
          out.push({
            label: 'surveillance',
            reason: "surveillance: the target's routine and its time",
            from: i - 1,
            to: j + 1,
          });
          break;
        }
      }
    }
    if (w === 'i' && r.w(i + 1) === 'know') {
      // "I know Judge Ward jogs the river trail at 6am": knowledge of a target's routine
      for (let j = i + 2; j < Math.min(i + 6, t.length); j++) {
        if (SURVEILLANCE_VERBS.has(r.w(j))) {
          out.push({
            label: 'surveillance',
            reason: "surveillance: knows the target's movements",
            from: i,
            to: j + 1,
          });
          break;
        }
      }
    }
  }
  for (const k of ctx.piiKinds) {
    if (k === 'address' || k === 'phone' || k === 'email')
      out.push({ label: 'personal-details', reason: `personal details: ${k}`, from: -1, to: -1 });
  }
  return out;
}

/** Harms aimed at what many people use or where they are (poisoned water, a bombed hall). */
const MASS_HARMS = new Set([
  'poison',
  'bomb',
  'gas',
  'set on fire',
  'burn',
  'burn down',
  'torch',
  'firebomb',
]);
const PLAY_WORDS = new Set(['playing', 'play', 'games', 'game', 'around']);
const SERIOUS_BEFORE_PLAY = new Set(['done', 'not', 'stop', 'quit', 'finished', 'no', 'aint', 'never']);
/** Nouns that name a source of a report; they attribute only with a report verb. */
const ATTRIBUTION_SOURCES = new Set(
  // ("drop the charges": a legal word reports only with a report verb near it)
  'charges court officials police investigators authorities prosecutors documents document headline headlines article news letter voicemail email screenshot'.split(
    ' ',
  ),
);

/** A gathering at e where arms menace: not a gun show, nor "the school fundraiser". */
function menacedGathering(r: Reader, e: number): boolean {
  return r.w(e - 1) !== 'gun' && r.any(e + 1, e + 3, BENIGN_EVENTS) < 0;
}

/** A word of games or sport that does name one here (the exceptions each need a look around it). */
function gameWord(r: Reader, i: number, w: string): boolean {
  // "I'm done playing", "stop playing games", "not playing": a seriousness marker, not a game
  const serious = (x: string): boolean => SERIOUS_BEFORE_PLAY.has(x);
  // "my boss" is an employer, not the end of a level
  // ("the union boss", "a crime boss": the head of something)
  const possessed =
    (w === 'boss' &&
      ['my', 'our', 'your', 'his', 'her', 'their', 'union', 'crime', 'mob', 'party', 'cartel'].includes(
        r.w(i - 1),
      )) ||
    // ("the senator's lobby", "the hotel lobby": a building's hall, not a game's)
    (w === 'lobby' && (r.w(i - 1) === "'s" || BUILDINGS.has(r.w(i - 1))));
  // "it's open season on …": hunting people freely, not a sports season
  const openSeason = w === 'season' && r.w(i - 1) === 'open';
  // "a baseball bat", "a golf club": a sport's gear named as a weapon, no game
  const gear = SPORT_GEAR.get(w)?.includes(r.w(i + 1)) ?? false;
  // ("the SWAT team", "a security team": no game)
  const crew =
    w === 'team' && ['swat', 'police', 'security', 'rescue', 'legal', 'medical'].includes(r.w(i - 1));
  // ("I'll gut you like a deer": the game a simile names is no game being played)
  const simile =
    r.w(i - 1) === 'like' || ((r.w(i - 1) === 'a' || r.w(i - 1) === 'an') && r.w(i - 2) === 'like');
  // ("the game warden who fined me": an officer of the wildlife laws, not a game)
  const warden = w === 'game' && GAME_OFFICERS.has(r.w(i + 1));
  return (
    !crew &&
    !warden &&
    !simile &&
    !possessed &&
    !openSeason &&
    !gear &&
    !(PLAY_WORDS.has(w) && (serious(r.w(i - 1)) || (serious(r.w(i - 2)) && PLAY_WORDS.has(r.w(i - 1)))))
  );
}

const IS_WAS = new Set(['is', 'was']);
const GAME_OFFICERS = new Set(['warden', 'wardens', 'officer', 'officers', 'commission', 'commissioner']);
/** A word of fiction, film or music that does name one here. */
function fictionWord(r: Reader, i: number, w: string): boolean {
  // ("a crime scene" is no film's scene)
  // ("if the board bans that book": a book fought over, not a story being told)
  // ("bans my son's books": past whose they are)
  const banned = r.any(Math.max(r.start(i), i - 4), i, BANS) >= 0;
  // ("set the mayor on fire and film it": filming done, no film watched)
  const filming =
    FILMING.has(w) && (OBJECT_WORDS.has(r.w(i + 1)) || r.w(i - 1) === 'and' || r.w(i - 1) === 'to');
  return !(w === 'scene' && r.w(i - 1) === 'crime') && !banned && !filming;
}

/** Context of the whole post: games, fiction, contest, jokes, quotation with attribution. */
function postContext(
  r: Reader,
  ctx: EngineContext,
): { game: number; fiction: number; contest: number; joke: boolean; petty: boolean; attribution: boolean } {
  let game = 0;
  let petty = false;
  let fiction = 0;
  let contest = 0;
  let joke = ctx.jokeEmoji;
  let attribution = false;
  for (let i = 0; i < r.t.length; i++) {
    const tok = r.t[i]!;
    const w = tok.w;
    if (GAME_SPORT.has(w) && gameWord(r, i, w)) game++;
    if (w === 'half' && (r.w(i - 1) === 'first' || r.w(i - 1) === 'second')) game++;
    // ("knock him out in the first round": a bout)
    if (
      w === 'round' &&
      ['first', 'second', 'third', 'fourth', 'fifth', 'final', 'next', 'opening'].includes(r.w(i - 1))
    )
      game++;
    if (FICTION.has(w) && fictionWord(r, i, w)) fiction++;
    if (CONTEST.has(w) && (w.endsWith('ly') || CONTEST_PREP.has(r.w(i - 1)) || CONTEST_PREP.has(r.w(i - 2))))
      contest++;
    // ("Lol you think the cops will protect you?": a sneer, not a joke)
    if (JOKE_MARKERS.has(w) && !(i === 0 && r.w(1) === 'you' && ['think', 'really'].includes(r.w(2))))
      joke = true;
    // "if you touch my fries I will end you": the stakes of a joke about an everyday annoyance
    // ("my leftover birthday cake": past a word or two that say which)
    if (
      PETTY.has(w) &&
      (OURS.has(r.w(i - 1)) ||
        (OURS.has(r.w(i - 2)) && /^[a-z0-9]+$/.test(r.w(i - 1))) ||
        (OURS.has(r.w(i - 3)) && /^[a-z0-9]+$/.test(r.w(i - 2)) && /^[a-z0-9]+$/.test(r.w(i - 1))))
    )
      petty = true;
    // ("… I will end them (not really)": the threat taken back at the end of the post)
    if (
      w === 'really' &&
      r.w(i - 1) === 'not' &&
      [',', '.', '!', ''].includes(r.w(i + 1)) &&
      i >= r.t.length - 3
    )
      joke = true;
    // ("just saying" is a shrug, not an attribution)
    // A source noun ("police", "officials", "court") attributes only with a report verb near it or
    // after "according to"; alone it is just as often the target ("the officials are at 5th and Main").
    // ("the journalist who wrote this": a relative clause names someone, it reports nothing)
    if (
      !tok.quoted &&
      ATTRIBUTION.has(w) &&
      !RELATIVES.has(r.w(i - 1)) &&
      !(w === 'saying' && r.w(i - 1) === 'just') &&
      // ("someone should say hi": a greeting, not a report)
      // ("start saying goodbye to your kids": a farewell, not a report)
      !(
        (w === 'say' || w === 'said' || w === 'says' || w === 'saying') &&
        (r.w(i + 1) === 'hi' ||
          r.w(i + 1) === 'hello' ||
          r.w(i + 1) === 'goodbye' ||
          r.w(i + 1) === 'bye' ||
          r.w(i + 2) === 'prayers')
      ) &&
      // ("Say that to my face and …", "Keep posting my address and …": an order opening a condition)
      !(i === r.start(i) && (w === 'say' || w === 'tell' || w === 'post')) &&
      !(r.w(i - 1) === 'keep' && i - 1 === r.start(i))
    ) {
      if (!ATTRIBUTION_SOURCES.has(w)) attribution = true;
      else if (
        (r.w(i - 1) === 'to' && r.w(i - 2) === 'according') ||
        [1, 2, 3].some((d) => ATTRIBUTION.has(r.w(i + d)) && !ATTRIBUTION_SOURCES.has(r.w(i + d)))
      )
        attribution = true;
    }
  }
  // "lmao no joke", "not kidding": the speaker takes the joke back
  for (let i = 0; i < r.t.length && joke; i++) {
    const w = r.w(i);
    if (
      (w === 'joke' && (r.w(i - 1) === 'no' || (r.w(i - 1) === 'a' && r.w(i - 2) === 'not'))) ||
      // ("not even joking")
      ((w === 'joking' || w === 'kidding') &&
        (r.w(i - 1) === 'not' || (r.w(i - 1) === 'even' && r.w(i - 2) === 'not'))) ||
      w === 'deadass' ||
      (w === 'serious' && ['dead', 'am', 'im', 'deadly', 'completely', 'totally'].includes(r.w(i - 1)))
    )
      joke = false;
  }
  // (a petty thing counts only as what a condition is about: "touch my fries and …", "if you eat my …")
  // (or what someone did to it: "I'm gonna kill my sister, she took my charger")
  petty &&=
    conditionalIn(r, 0, r.t.length) ||
    r.t.some((x, i) => x.w === 'touch' || x.w === 'eat' || x.w === 'ate' || grievanceAt(r, i));
  // ("g0nna b3at u t0 d3ath n00b, irl": said to be outside the game, so no game)
  if (r.t.some((x, i) => x.w === 'irl' || (x.w === 'real' && r.w(i - 1) === 'in' && r.w(i + 1) === 'life')))
    game = 0;
  return { game, fiction, contest, joke, petty, attribution };
}

/** Runs the engine over one post's tokens. */
export function runEngine(tokens0: readonly Token[], ctx0: EngineContext): EngineResult {
  // The cheap path: most posts hold no word that any rule starts from (nor a misspelled one).
  let triggered = ctx0.piiKinds.length > 0;
  let misspelt = false;
  const sp = ctx0.spelling;
  for (let i = 0; i < tokens0.length && !triggered; i++) {
    const w = tokens0[i]!.w;
    const trigger = TRIGGERS.has(w);
    if (!trigger && sp && !misspelt && readTypo(sp, w) !== undefined) misspelt = true;
    triggered =
      trigger ||
      w.includes('*') ||
      w === 'ill' ||
      (PAIR_TRIGGERS.get(w)?.(tokens0, i) ?? false) ||
      (w.charCodeAt(0) === 35 && hashtagWords(w) !== undefined) ||
      (mayBeStretched(w) && SQUEEZED.has(squeeze(w))) ||
      splitWord(tokens0, i) !== undefined;
  }
  if (!triggered && !misspelt) return { hits: [], tokens: tokens0 };
  // ("i will klil him": read the typo, then the rules run on what it stands for)
  const spelt = ctx0.spelling ? respell(tokens0, ctx0.spelling) : undefined;
  // ("#KillAllCops": a hashtag read as the words it runs together)
  const tokens = splitHashtags(spelt?.tokens ?? tokens0);
  const ctx = spelt?.respelled ? { ...ctx0, obfuscated: true } : ctx0;
  if (!triggered && !tokens.some((x) => TRIGGERS.has(x.w))) return { hits: [], tokens };
  const r = new Reader(tokens);
  const hits: Hit[] = [];
  const specifics = findSpecifics(r, ctx);
  const pc = postContext(r, ctx);
  const t = tokens;

  // ("Just bought a 12 gauge": a shotgun named by its bore)
  const weaponInPost = t.some((x, k) => (WEAPONS.has(x.w) && !VEHICLE_WEAPONS.has(x.w)) || isGauge(r, k));
  for (let i = 0; i < t.length; i++) {
    let w = t[i]!.w;
    // "m*rder", "k*ll": a censored letter; the violent verb it can only be
    if (w.includes('*')) w = CENSORED.get(w) ?? uncensor(w);
    // "kiiiill" is normalised to "kiill": look it up with doubled letters squeezed
    if (!ACTS.has(w) && mayBeStretched(w)) {
      const sq = SQUEEZED.get(squeeze(w));
      if (sq) w = sq;
    }
    // "i will 🔫 u", "gonna 🔪 the judge": a weapon emoji where the verb goes is the weapon's act
    const emojiVerb = t[i]!.emoji ? EMOJI_VERBS.get(w) : undefined;
    if (
      emojiVerb &&
      (AUX.has(r.w(i - 1)) || FIRST.has(r.w(i - 1))) &&
      (PERSON_PRONOUNS.has(r.w(i + 1)) || DETERMINERS.has(r.w(i + 1)) || ROLE_NOUNS.has(r.w(i + 1)))
    )
      w = emojiVerb;
    const split = splitWord(t, i);
    if (!split && !ACT_STARTERS.has(w) && !DEATH_PHRASES_BY_FIRST.has(t[i]!.w)) continue;
    let act: Act | undefined;
    if (split) {
      // "sh oot", "k ill": a violent verb broken by a space
      act = {
        lemma: ACTS.get(split)!.lemma,
        weight: ACTS.get(split)!.weight,
        from: i,
        to: i + 2,
        objFrom: i + 2,
        word: split,
        noun: false,
      };
      // ("gonna sh-o-o-t up the rally": with its particle right after)
      const phr = PHRASAL.get(act.lemma);
      if (phr && !phr.then && !phr.split && !phr.objectAfter && phr.particles.includes(r.w(i + 2)))
        act = { ...act, lemma: phr.lemma, weight: phr.weight, to: i + 3, objFrom: i + 3 };
    }
    let sense0 = ACTS.get(w);
    // "make that senator suffer", "I want them to suffer": suffering only as what someone is made to feel
    // (not "you have to suffer for it")
    if (sense0?.lemma === 'suffer' && r.any(Math.max(r.start(i), i - 5), i, SUFFER_CAUSERS) < 0)
      sense0 = undefined;
    // ("make the county clerk disappear": a person made to vanish; not "I'll disappear for a while")
    // (nor "make him disappear from the lineup": removed from something)
    if (
      sense0?.lemma === 'disappear' &&
      (r.any(Math.max(r.start(i), i - 6), i, MAKE_ANY) < 0 || r.w(i + 1) === 'from')
    )
      sense0 = undefined;
    // ("Shouldn't he be buried in Vietnam": a burial, said in the passive of "be"; "I'll bury you" and
    // "get buried" are read)
    if (w === 'buried' && ['be', 'is', 'was', 'were', 'been', 'being', 'are'].includes(r.w(i - 1)))
      sense0 = undefined;
    // ("clap back", "clap for her", "clap your hands", "clapped along": applause, no shot)
    if (
      sense0?.lemma === 'clap' &&
      (CLAP_AFTER.has(r.w(i + 1)) || OWNERS.has(r.w(i + 1)) || r.w(i - 1) === 'a')
    )
      sense0 = undefined;
    // ("ICE deports immigrants": the agency; "we'll ice that snitch": the verb, after an auxiliary)
    if (sense0?.lemma === 'ice' && !(AUX.has(r.w(i - 1)) || FIRST.has(r.w(i - 1)))) sense0 = undefined;
    // ("smother you with kisses": love)
    if (sense0?.lemma === 'smother' && r.any(i + 1, Math.min(r.end(i), i + 5), FONDNESS_MEANS) >= 0)
      sense0 = undefined;
    // "a knife", "my knife" are the weapon; "knife the next …" is the verb
    if (
      (sense0?.lemma === 'knife' || sense0?.lemma === 'glass') &&
      (DETERMINERS.has(r.w(i - 1)) || r.w(i - 1) === 'with')
    )
      sense0 = undefined;
    // "end you", "end him": only a person as object makes "end" violent ("end up", "end racism")
    const sense =
      ((sense0?.lemma === 'end' ||
        sense0?.lemma === 'finish' ||
        sense0?.lemma === 'smoke' ||
        sense0?.lemma === 'cap' ||
        sense0?.lemma === 'luigi' ||
        sense0?.lemma === 'waste' ||
        sense0?.lemma === 'glass' ||
        sense0?.lemma === 'whack' ||
        sense0?.lemma === 'ice' ||
        sense0?.lemma === 'swat') &&
        // ("that insurance CEO": a role noun after a modifier too)
        !(PERSON_PRONOUNS.has(r.w(i + 1)) || ROLE_NOUNS.has(r.w(i + 2)) || ROLE_NOUNS.has(r.w(i + 3)))) ||
      // "pop that deputy", "jump that reporter": only a role noun after a determiner ("pop yall", "pop the
      // balloon", "jump the gun" are not)
      // ("we're gonna jump him after school": a person jumped is one set upon; not "jump the gun")
      ((sense0?.lemma === 'pop' || sense0?.lemma === 'jump') &&
        !(DETERMINERS.has(r.w(i + 1)) && ROLE_NOUNS.has(r.w(i + 2))) &&
        // ("I'm finna pop you in yo shit": shot, in the dialect's words)
        !(sense0.lemma === 'pop' && PERSON_PRONOUNS.has(r.w(i + 1)) && popIn(r, i + 2)) &&
        !(sense0.lemma === 'jump' && JUMPED.has(r.w(i + 1))))
        ? undefined
        : sense0;
    // "light this landlord up with my glock": slang for shooting, only with a gun in the sentence
    if (
      !act &&
      (w === 'light' || w === 'lit' || w === 'lighting') &&
      [r.w(i + 2), r.w(i + 3), r.w(i + 4)].includes('up') &&
      r.any(r.start(i), r.end(i), GUNS) >= 0
    )
      act = { lemma: 'light up (shoot)', weight: 0.9, from: i, to: i + 1, objFrom: i + 1, noun: false };
    // "pour gasoline on that mosque and light it up": with the means of arson, fire
    else if (
      !act &&
      (w === 'light' || w === 'lit' || w === 'lighting') &&
      [r.w(i + 2), r.w(i + 3)].includes('up') &&
      r.any(r.start(i), r.end(i), ARSON_MEANS) >= 0
    )
      act = { lemma: 'set on fire', weight: 0.9, from: i, to: i + 1, objFrom: i + 1, noun: false };
    // "empty a clip into the crowd", "unload a mag": shooting until the gun is empty
    if (
      !act &&
      ['empty', 'emptying', 'emptied', 'dump', 'dumping'].includes(w) &&
      DETERMINERS.has(r.w(i + 1)) &&
      ['clip', 'mag', 'magazine', 'clips', 'mags'].includes(r.w(i + 2))
    )
      act = {
        lemma: 'empty a clip',
        weight: 1,
        from: i,
        to: i + 3,
        objFrom: ['into', 'on', 'at', 'in'].includes(r.w(i + 3)) ? i + 4 : i + 3,
        noun: false,
        word: w,
      };
    // "put the governor out of his misery": to kill, said as mercy
    if (!act && (w === 'put' || w === 'putting')) {
      let out = i + 2;
      while (out < Math.min(r.end(i), i + 6) && r.w(out) !== 'out') out++;
      if (r.w(out) === 'out' && r.w(out + 1) === 'of' && r.w(out + 3) === 'misery')
        act = {
          lemma: 'put out of misery',
          weight: 0.9,
          from: i,
          to: i + 1,
          objFrom: i + 1,
          noun: false,
          word: w,
        };
    }
    // "teach those protesters what a bullet feels like", "show them what a noose is for"
    if (!act && (TEACH.has(w) || w === 'show' || w === 'showing')) {
      const what = r.any(i + 2, Math.min(r.end(i), i + 7), new Set(['what']));
      const x = what >= 0 && ARTICLES.has(r.w(what + 1)) ? what + 2 : -1;
      const means = r.w(x);
      if (
        x > 0 &&
        (WEAPONS.has(means) || (HARM_NOUNS.get(means) ?? 0) >= 0.8 || means === 'rope') &&
        // (felt, tasted, what it is for: not "what a gun can do" in a safety class)
        ((['feels', 'tastes'].includes(r.w(x + 1)) && r.w(x + 2) === 'like') ||
          (r.w(x + 1) === 'is' && r.w(x + 2) === 'for') ||
          (r.w(x + 1) === 'does' && r.w(x + 2) === 'to'))
      )
        act = {
          lemma: `${w} … what a ${means} ${r.w(x + 1)} ${r.w(x + 2)}`,
          weight: 1,
          from: i,
          to: x + 2,
          objFrom: i + 1,
          noun: false,
          word: w,
        };
    }
    // "I'll shut it permanently", "silence him for good": quiet for ever, by the speaker's hand
    // ("take care of that judge permanently": the euphemism, made final)
    const caring =
      CARE_TAKERS.has(w) &&
      r.w(i + 1) === 'care' &&
      r.w(i + 2) === 'of' &&
      // (not the ones a family looks after: "take care of mom permanently")
      ![r.w(i + 3), r.w(i + 4)].some((x) => CARED_FOR.has(x));
    if (!act && (SILENCERS.has(w) || caring)) {
      const end = Math.min(r.end(i), i + (caring ? 8 : 6));
      // (caring "forever" or "for good" is what parents promise: only "permanently" ends someone)
      const forever = r.any(i + 1, end, caring ? PERMANENTLY : FOR_GOOD);
      const forGood = caring ? -1 : r.any(i + 1, end, new Set(['good']));
      // ("… take care of the election workers in Maricopa. Permanently.": the word as its own sentence)
      let next = r.end(i);
      if (isSentenceEnd(r.w(next))) next++;
      const whom = findObject(r, caring ? i + 3 : i + 1, 5)?.type;
      const afterward =
        r.w(next) === 'permanently' &&
        (isSentenceEnd(r.w(next + 1)) || r.w(next + 1) === '') &&
        (whom === 'person' || whom === 'role' || whom === 'group');
      if (forever >= 0 || afterward || (forGood > 0 && r.w(forGood - 1) === 'for')) {
        // ("keep running your mouth … and I'll shut it": the mouth's owner)
        const mouth = r.t.findIndex((x, k) => x.w === 'mouth' && OWNER_PRONOUN.has(r.w(k - 1)));
        const it = r.w(i + 1) === 'it' || r.w(i + 1) === 'that';
        act = {
          lemma: caring ? 'take care of for good' : `${w} for good`,
          weight: 0.9,
          from: i,
          to: caring ? i + 3 : i + 1,
          objFrom: caring ? i + 3 : i + 1,
          noun: false,
          word: w,
          target:
            it && mouth > 0
              ? { from: mouth - 1, to: mouth, type: 'person', text: OWNER_PRONOUN.get(r.w(mouth - 1))! }
              : undefined,
        };
      }
    }
    // "they'll be identifying you by your dental records": a body past knowing
    if (!act && w === 'dental' && r.w(i + 1) === 'records' && OWNER_PRONOUN.has(r.w(i - 1)))
      act = outcomeOf(
        'identified by dental records',
        1,
        // (from the verb of identifying, for the tense: "they'll be identifying you by …")
        /^identif/.test(r.w(i - 4)) ? i - 4 : /^identif/.test(r.w(i - 3)) ? i - 3 : i - 1,
        i + 2,
        i - 1,
        OWNER_PRONOUN.get(r.w(i - 1))!,
      );
    // ("they'll need dental records to identify you")
    if (
      !act &&
      w === 'dental' &&
      r.w(i + 1) === 'records' &&
      r.w(i + 2) === 'to' &&
      r.w(i + 3) === 'identify' &&
      PERSON_PRONOUNS.has(r.w(i + 4))
    )
      act = outcomeOf('identified by dental records', 1, i, i + 5, i + 4, r.w(i + 4));
    // "your family will be picking pieces of you off the sidewalk": a body in pieces
    if (
      !act &&
      w === 'pieces' &&
      r.w(i + 1) === 'of' &&
      PERSON_PRONOUNS.has(r.w(i + 2)) &&
      [r.w(i - 1), r.w(i - 2)].some((x) => GATHERERS.has(x))
    )
      act = outcomeOf(`pieces of ${r.w(i + 2)}`, 1, i, i + 3, i + 2, r.w(i + 2));
    // "I'll paint the walls with your blood": someone's blood as the means of what the speaker does
    // (not "with your blood type", "it's in your blood")
    // ("paint the sidewalk with that reporter's brains": a named owner, the brains likewise)
    const namedOwner =
      r.w(i - 1) === "'s" && r.w(i - 3) === 'with'
        ? i - 2
        : r.w(i - 1) === "'s" && r.w(i - 4) === 'with'
          ? i - 2
          : -1;
    const ownerType = namedOwner > 0 ? targetType(r, namedOwner, r.start(i)) : undefined;
    if (
      !act &&
      (w === 'blood' || w === 'brains') &&
      ((r.w(i - 2) === 'with' && OWNERS.has(r.w(i - 1))) ||
        ownerType === 'role' ||
        ownerType === 'person' ||
        ownerType === 'group') &&
      (closes(r, i + 1) || r.w(i + 1) === 'and')
    ) {
      // (from the verb that does it: "I'll paint the walls with …")
      const withAt = namedOwner > 0 && ownerType ? r.any(i - 4, i, WITH_SET) : i - 2;
      let v = withAt - 1;
      while (v > Math.max(r.start(i), withAt - 6) && !AUX.has(r.w(v - 1)) && !FIRST.has(r.w(v - 1))) v--;
      act = {
        lemma: `with ${namedOwner > 0 && ownerType ? 'their' : r.w(i - 1)} ${w}`,
        weight: 0.9,
        from: AUX.has(r.w(v - 1)) || FIRST.has(r.w(v - 1)) ? v : withAt,
        to: i + 1,
        objFrom: i + 1,
        noun: false,
        target:
          namedOwner > 0 && ownerType
            ? { from: namedOwner, to: namedOwner + 1, type: ownerType, text: r.w(namedOwner) }
            : { from: i - 1, to: i, type: 'person', text: OWNER_PRONOUN.get(r.w(i - 1))! },
      };
    }
    // "you'll be choking on your own blood": a wound foretold, its owner the one harmed
    if (
      !act &&
      w === 'blood' &&
      (r.w(i - 1) === 'own'
        ? OWNERS.has(r.w(i - 2)) && r.w(i - 3) === 'on'
        : OWNERS.has(r.w(i - 1)) && r.w(i - 2) === 'on')
    ) {
      const own = r.w(i - 1) === 'own' ? i - 2 : i - 1;
      const v = own - 2;
      if (CHOKERS.has(r.w(v)))
        act = outcomeOf(`${r.w(v)} on blood`, 0.9, v, i + 1, own, OWNER_PRONOUN.get(r.w(own))!);
    }
    // "You'll be picking your teeth up off the floor": teeth knocked out, gathered by their owner
    if (
      !act &&
      w === 'teeth' &&
      OWNER_PRONOUN.has(r.w(i - 1)) &&
      GATHERERS.has(r.w(i - 2)) &&
      (r.w(i + 1) === 'off' || (r.w(i + 1) === 'up' && r.w(i + 2) === 'off'))
    )
      act = outcomeOf('teeth off the floor', 0.8, i - 1, i + 1, i - 1, OWNER_PRONOUN.get(r.w(i - 1))!);
    // "you'll be swallowing your teeth", "I'll feed you your own teeth": teeth knocked out, into the mouth
    const teethTaker = !act && w === 'teeth' ? teethTakenAt(r.t, i) : -1;
    if (teethTaker >= 0) {
      const own = r.w(i - 1) === 'own' ? i - 2 : i - 1;
      act = outcomeOf(`${r.w(teethTaker)} teeth`, 0.8, teethTaker, i + 1, own, OWNER_PRONOUN.get(r.w(own))!);
      // (fed by someone, the verb is theirs: "I'll feed you your teeth")
      if (FEEDERS.has(r.w(teethTaker))) act = { ...act, noun: false, word: r.w(teethTaker) };
    }
    // "cut the brake lines on the mayor's car", "I'll cut your brakes": a crash made ready for its driver
    if (
      !act &&
      (w === 'brake' || w === 'brakes') &&
      BRAKE_CUTTERS.has(r.w(i - 2)) !== BRAKE_CUTTERS.has(r.w(i - 1))
    ) {
      const v = BRAKE_CUTTERS.has(r.w(i - 1)) ? i - 1 : i - 2;
      const end =
        w === 'brake' && ['line', 'lines', 'cable', 'cables', 'hose', 'hoses'].includes(r.w(i + 1))
          ? i + 2
          : i + 1;
      // (the driver: "your brakes", or the owner of the car after "on": "on the mayor's car")
      let who: Hit['target'];
      if (OWNER_PRONOUN.has(r.w(i - 1)))
        who = { from: i - 1, to: i, type: 'person', text: OWNER_PRONOUN.get(r.w(i - 1))! };
      else if (r.w(end) === 'on') {
        const poss = r.any(end + 1, Math.min(r.end(i), end + 5), POSSESSIVE_S);
        const o = poss > 0 ? poss - 1 : OWNER_PRONOUN.has(r.w(end + 1)) ? end + 1 : -1;
        const type = o < 0 ? undefined : OWNER_PRONOUN.has(r.w(o)) ? 'person' : targetType(r, o, r.start(i));
        if (o >= 0 && (type === 'person' || type === 'role' || type === 'group'))
          who = { from: o, to: o + 1, type, text: OWNER_PRONOUN.get(r.w(o)) ?? r.w(o) };
      }
      // (not a repair: "we cut the brake lines on your car to replace them")
      const repair = r.any(r.start(i), r.end(i), REPAIRS) >= 0;
      if (who && !repair && (v === i - 1 || r.w(i - 1) === 'the' || OWNER_PRONOUN.has(r.w(i - 1))))
        act = verbAct('cut the brakes', 0.9, v, end, end, r.w(v), who);
    }
    // "May the mayor and his whole family burn in their house tonight": people burning where they live
    if (
      !act &&
      (w === 'burn' || w === 'burns' || w === 'burning') &&
      r.w(i + 1) === 'in' &&
      [r.w(i + 2), r.w(i + 3)].some((x) => ['house', 'home', 'houses', 'homes', 'car', 'beds'].includes(x))
    )
      act = {
        lemma: 'burn in a house',
        weight: 0.9,
        intransitive: true,
        personal: true,
        from: i,
        to: i + 1,
        objFrom: i + 1,
        word: w,
      };
    // "drop a piano on that podcaster's head": something heavy dropped on someone's head
    if (!act && DROPS.has(w)) {
      const on = r.any(i + 2, Math.min(r.end(i), i + 6), new Set(['on', 'onto']));
      if (on >= 0) {
        let b = on + 1;
        while (b < on + 5 && !BODY_PARTS.has(r.w(b))) b++;
        if (BODY_PARTS.has(r.w(b)) && (OWNER_PRONOUN.has(r.w(b - 1)) || r.w(b - 1) === "'s"))
          act = {
            lemma: `drop … on the ${r.w(b)}`,
            weight: 0.9,
            from: i,
            to: i + 1,
            objFrom: on + 1,
            noun: false,
            word: w,
          };
      }
    }
    // "make sure she loses everything, including her life": a life lost
    if (!act && LOSES.has(w)) {
      for (let k = i + 1; k < Math.min(r.end(i), i + 7); k++) {
        const owner = OWNER_PRONOUN.get(r.w(k));
        if (owner && (r.w(k + 1) === 'life' || r.w(k + 1) === 'lives')) {
          act = {
            lemma: 'lose a life',
            weight: 1,
            intransitive: true,
            from: i,
            to: i + 1,
            objFrom: i + 1,
            word: w,
            target: { from: k, to: k + 1, type: 'person', text: owner },
          };
          break;
        }
        if (r.w(k) === ',' && r.w(k + 1) !== 'including') break;
      }
    }
    // "I'd pull the trigger on every one of those traitors": shooting them
    if (!act && TRIGGER_PULLS.has(w) && r.w(i + 1) === 'the' && r.w(i + 2) === 'trigger')
      act = {
        lemma: 'pull the trigger on',
        weight: 1,
        from: i,
        to: i + 3,
        objFrom: r.w(i + 3) === 'on' ? i + 4 : i + 3,
        noun: false,
        word: w,
      };
    // ("your office is going up with you inside it": a building burning, said by whoever is inside)
    if (
      !act &&
      w === 'inside' &&
      r.w(i - 2) === 'with' &&
      r.w(i - 3) === 'up' &&
      GOERS.has(r.w(i - 4)) &&
      PERSON_PRONOUNS.has(r.w(i - 1)) &&
      // (a building: not "the elevator is going up with you inside")
      [r.w(i - 5), r.w(i - 6), r.w(i - 7)].some((x) => OCCUPIED_PLACES.has(x) || HOMES.has(x))
    )
      act = {
        lemma: GOING_UP_INSIDE,
        weight: 0.8,
        intransitive: true,
        from: i - 4,
        to: i + 1,
        objFrom: i + 1,
        noun: true,
        word: r.w(i - 4),
        target: { from: i - 1, to: i, type: 'person', text: r.w(i - 1) },
      };
    // "go up in flames with them in it": burning, with whoever is inside
    if (!act && w === 'flames' && r.w(i - 1) === 'in' && r.w(i - 2) === 'up' && GOERS.has(r.w(i - 3)))
      act = {
        lemma: 'go up in flames',
        weight: 0.8,
        property: true,
        intransitive: true,
        from: i - 3,
        to: i + 1,
        objFrom: i + 1,
        noun: true,
        word: r.w(i - 3),
      };
    // "Time for a second amendment solution for the judges": shooting them, named by a right
    if (
      !act &&
      ((w === 'second' && r.w(i + 1) === 'amendment') || w === '2a') &&
      SOLUTIONS.has(r.w(i + (w === '2a' ? 1 : 2)))
    )
      act = {
        lemma: 'second amendment solution',
        weight: 1,
        from: i,
        to: i + (w === '2a' ? 2 : 3),
        objFrom: ['for', 'to', 'on'].includes(r.w(i + (w === '2a' ? 2 : 3)))
          ? i + (w === '2a' ? 3 : 4)
          : i + (w === '2a' ? 2 : 3),
        noun: true,
        word: w,
      };
    // "i'll put one in your head", "pump two into his chest": rounds, counted, planted in a body
    // ("I'm putting two in the back of your head": past "the back of")
    if (
      !act &&
      PLANTERS.has(w) &&
      ROUND_COUNTS.has(r.w(i + 1)) &&
      ['in', 'into', 'through', 'between'].includes(r.w(i + 2))
    ) {
      const o = r.w(i + 3) === 'the' && SIDES_OF.has(r.w(i + 4)) && r.w(i + 5) === 'of' ? i + 6 : i + 3;
      if ((OWNER_PRONOUN.has(r.w(o)) || (o === i + 3 && r.w(o) === 'the')) && BODY_PARTS.has(r.w(o + 1)))
        act = {
          lemma: `${w} ${r.w(i + 1)} in the ${r.w(o + 1)}`,
          weight: 1,
          from: i,
          to: o + 2,
          objFrom: o,
          noun: false,
          word: w,
        };
    }
    // "see the mayor swinging from a rope", "dangling from a lamppost": hanged
    if (
      !act &&
      SWINGS.has(w) &&
      r.w(i + 1) === 'from' &&
      [r.w(i + 2), r.w(i + 3), r.w(i + 4)].some((x) => HANG_PLACES.has(x))
    )
      act = { lemma: 'hang', weight: 1, intransitive: true, from: i, to: i + 1, objFrom: i + 1, word: w };
    // "hope your plane crashes", "praying the governor's plane goes down": the owner dies with it
    if (!act && OWNED_VEHICLES.has(w) && crashAt(t, i + 1)) {
      const poss = OWNER_PRONOUN.get(r.w(i - 1));
      const ownerAt = poss ? i - 1 : r.w(i - 1) === "'s" ? i - 2 : -1;
      const ownerType = ownerAt >= 0 && !poss ? targetType(r, ownerAt, r.start(i)) : undefined;
      if (poss || ownerType === 'role' || ownerType === 'person')
        act = {
          lemma: `${w} ${r.w(i + 1)}${r.w(i + 2) === 'down' ? ' down' : ''}`,
          weight: 0.9,
          intransitive: true,
          from: i,
          to: i + (r.w(i + 2) === 'down' ? 3 : 2),
          objFrom: i + 2,
          noun: true,
          target: {
            from: ownerAt,
            to: ownerAt + 1,
            type: poss ? 'person' : ownerType === 'role' ? 'role' : 'person',
            text: poss ?? r.w(ownerAt),
          },
        };
    }
    // "praying that plane full of senators falls out of the sky": everyone aboard dies with it
    if (!act && OWNED_VEHICLES.has(w) && r.w(i + 1) === 'full' && r.w(i + 2) === 'of') {
      const aboard = findObject(r, i + 3, 4);
      if (aboard && (aboard.type === 'group' || aboard.type === 'role') && crashAt(t, aboard.to))
        act = {
          lemma: `${w} full of people crashes`,
          weight: 0.9,
          intransitive: true,
          from: i,
          to: aboard.to + 1,
          objFrom: aboard.to + 1,
          noun: true,
          target: aboard,
        };
    }
    // "you won't leave here alive", "none of them are making it out alive": a death told by denying
    // that someone leaves alive (the denial is the act's, not a negation of it)
    if (!act && w === 'alive') {
      const c = r.clauseStartBefore(i);
      for (let k = i - 1; k >= Math.max(c, i - 6); k--) {
        const v = r.w(k);
        if (!LEAVE_ALIVE.has(v) || (MAKE.has(v) && r.w(k + 1) !== 'it')) continue;
        if (r.any(c, k, NEGATORS) >= 0)
          act = {
            lemma: LEAVE_ALIVE_LEMMA,
            weight: 1,
            intransitive: true,
            from: k,
            to: i + 1,
            objFrom: i + 1,
            noun: true,
          };
        break;
      }
    }
    // "leave nobody breathing", "leave no one alive": killing everyone there
    if (!act && LEAVE_FORMS.has(w)) {
      const none = ['nobody', 'noone', 'none'].includes(r.w(i + 1))
        ? 1
        : ['no', 'not'].includes(r.w(i + 1)) && r.w(i + 2) === 'one'
          ? 2
          : 0;
      if (none && ['alive', 'breathing'].includes(r.w(i + 1 + none)))
        act = {
          lemma: `leave no one ${r.w(i + 1 + none)}`,
          weight: 1,
          from: i,
          to: i + 2 + none,
          objFrom: i + 1,
          noun: false,
          target: { from: i + 1, to: i + 1 + none, type: 'group', text: 'everyone' },
        };
      // ("Leave no witnesses.", "leave no survivors")
      else if (r.w(i + 1) === 'no' && ['witnesses', 'survivors'].includes(r.w(i + 2)))
        act = {
          lemma: `leave no ${r.w(i + 2)}`,
          weight: 1,
          from: i,
          to: i + 3,
          objFrom: i + 1,
          noun: false,
          target: { from: i + 1, to: i + 3, type: 'group', text: 'everyone' },
        };
    }
    // "gets hit by a bus": struck by a vehicle
    if (
      !act &&
      (w === 'hit' || w === 'struck' || w === 'flattened') &&
      r.w(i + 1) === 'by' &&
      [r.w(i + 2), r.w(i + 3)].some((x) => STRIKING_VEHICLES.has(x))
    )
      act = {
        lemma: 'hit by a vehicle',
        weight: 0.9,
        intransitive: true,
        from: i,
        to: i + 1,
        objFrom: i + 1,
      };
    if (
      !act &&
      CAP_POPPERS.has(w) &&
      r.w(i + 1) === 'a' &&
      r.w(i + 2) === 'cap' &&
      ['in', 'into', 'to', 'through'].includes(r.w(i + 3))
    )
      // "pop a cap in his ass": slang for shooting someone
      act = {
        lemma: 'pop a cap in',
        weight: 1,
        personal: true,
        from: i,
        to: i + 4,
        objFrom: i + 4,
        noun: false,
      };
    if (
      !act &&
      (w === 'belong' || w === 'belongs') &&
      ['in', 'on', 'at', 'to', 'into'].includes(r.w(i + 1))
    ) {
      // "X belong in a gas chamber", "… belongs in the ground": a place of death as where someone belongs
      let d = i + 2;
      while (d < i + 5 && DETERMINERS.has(r.w(d))) d++;
      const two = `${r.w(d)} ${r.w(d + 1)}`;
      const place = DEADLY_PLACES.has(two) || GRAVES.has(two) ? two : r.w(d);
      if (DEADLY_PLACES.has(place) || GRAVES.has(place))
        act = {
          lemma: `belong in a ${place}`,
          weight: 1,
          intransitive: true,
          from: i,
          to: d + place.split(' ').length,
          objFrom: d + place.split(' ').length,
          noun: false,
          normative: true,
        };
    }
    if (!act && PLACERS.has(w)) {
      // "throw every cop into a wood chipper", "send him to the gallows": a place of death as destination
      const dest = deadlyDestination(r, i);
      // (someone, not "the turkey in the oven")
      const who = dest && findObject(r, i + 1, dest.prep - i - 1);
      if (dest && who && (who.type === 'person' || who.type === 'role' || who.type === 'group'))
        act = {
          lemma: `${PLACERS.get(w)} … ${dest.name}`,
          weight: 1,
          personal: true,
          from: i,
          to: dest.end,
          objFrom: i + 1,
          noun: false,
        };
    }
    if (!act && MAKERS_INTO.has(w)) {
      // "turn them into mulch", "grind that judge into paste", "reduce them to ashes": people made remains
      for (let k = i + 2; k <= i + 5 && k + 1 < t.length; k++) {
        const p = r.w(k);
        if (isSentenceEnd(p) || p === ',') break;
        if (p !== 'into' && p !== 'to') continue;
        let h = k + 1;
        if (r.w(h) === 'a' || r.w(h) === 'an' || r.w(h) === 'the') h++;
        if (REMAINS_MODIFIERS.has(r.w(h))) h++;
        const remains = r.w(h);
        if (!REMAINS.has(remains) || (remains === 'food' && !REMAINS_MODIFIERS.has(r.w(h - 1)))) break;
        const who = findObject(r, i + 1, k - i - 1);
        if (who && (who.type === 'person' || who.type === 'role' || who.type === 'group'))
          act = {
            lemma: `${w} into ${remains}`,
            weight: 1,
            personal: true,
            from: i,
            to: h + 1,
            objFrom: i + 1,
            noun: false,
          };
        break;
      }
    }
    // ("picking pieces of you off the sidewalk": pieces gathered, read below, not someone picked off)
    const phr = r.w(i + 1) === 'pieces' ? undefined : PHRASAL.get(sense?.lemma ?? w);
    if (phr) {
      // particle right after the verb, or after a short object ("run them over", "blow it up",
      // "blow that governor's brains out")
      // ("knock that Trump supporter's teeth out": a longer object, ended by a body part)
      // ("run every one of those picketers down": past a quantifier's "of")
      const q = quantifierOf(r, i + 1);
      for (let k = 1; k <= 5 + q || (k === 6 + q && BODY_PARTS.has(r.w(i + 5 + q))); k++) {
        const p = r.w(i + k);
        if (k <= q) continue;
        // ("wipe them off the face of the earth", "off the map"; not "wipe that smile off your face")
        const offTheMap =
          p !== 'off' ||
          phr.lemma !== 'wipe out' ||
          (r.w(i + k + 1) === 'the' && ['face', 'map'].includes(r.w(i + k + 2)));
        // ("run all over them": everywhere, a rout; not over someone)
        if (p === 'over' && r.w(i + k - 1) === 'all') break;
        // ("picking your teeth up off the floor": a body part gathered, read at the part)
        if (phr.lemma === 'pick off' && BODY_PARTS.has(p)) break;
        if (
          phr.particles.includes(p) &&
          (!phr.then || r.w(i + k + 1) === phr.then || p === 'ablaze' || p === 'alight') &&
          // (a split particle only around a person: "fuck you up", not "fuck ya life up")
          (!phr.split || (k === 2 && PERSON_PRONOUNS.has(r.w(i + 1)))) &&
          offTheMap
        ) {
          if (phr.lemma === 'gas') {
            // "gas the X", "gas them": the word after the verb is its object, not a particle
            act = { lemma: 'gas', weight: phr.weight, from: i, to: i + 1, objFrom: i + 1 };
            break;
          }
          // ("burn him alive", "the pastor burns alive": done to the living, not to a building)
          const alive = p === 'alive';
          act = {
            lemma: alive ? `${phr.lemma.split(' ')[0]} alive` : phr.lemma,
            weight: phr.weight,
            property: alive ? false : phr.property,
            personal: alive || phr.personal,
            intransitive: alive && k === 1 ? true : undefined,
            from: i,
            to: i + k + 1 + (phr.then && r.w(i + k + 1) === phr.then ? 1 : 0),
            // "drive my car into the crowd": the victim comes after the particle
            // ("open fire on the crowd": past the preposition)
            objFrom: phr.objectAfter
              ? i + k + 1 + (['on', 'at', 'upon'].includes(r.w(i + k + 1)) ? 1 : 0)
              : k === 1
                ? i + 2
                : i + 1,
          };
          break;
        }
        if (isSentenceEnd(p) || p === ',' || (PREPOSITIONS.has(p) && !DETERMINERS.has(p))) break;
      }
    }
    if (!act && sense && sense.weight > 0) {
      act = {
        lemma: sense.lemma,
        weight: sense.weight,
        property: sense.property,
        personal: sense.personal,
        intransitive: sense.intransitive,
        from: i,
        to: i + 1,
        objFrom: i + 1,
        word: w,
      };
      // ("I'm going to destroy you physically": a verb of defeat made bodily)
      if (sense.weight < 0.9 && r.w(i + 2) === 'physically' && PERSON_PRONOUNS.has(r.w(i + 1)))
        act = { ...act, weight: 0.9, personal: true, lemma: `${sense.lemma} physically` };
    }
    if (!act) {
      for (const seq of DEATH_PHRASES_BY_FIRST.get(t[i]!.w) ?? []) {
        if (seqAt(t, i, seq) && !(seq[2] === 'lead' && LEAD_THINGS.has(r.w(i + 3)))) {
          act = {
            lemma: seq.join(' '),
            weight: 1,
            intransitive: true,
            from: i,
            to: i + seq.length,
            objFrom: i + seq.length,
            noun: true,
          };
          // ("a walking corpse of a politician": a likeness of what someone is, no fate)
          if (seq[1] === 'corpse' && r.w(i + 2) === 'of') act = undefined;
          // ("… is leaving in pieces": a way out, as "leaving in a body bag" is)
          if (CAUSED_ONLY.has(seq.join(' ')) && !(seq[1] === 'pieces' && LEAVE_FORMS.has(r.w(i - 1))))
            act = undefined;
          // "put that journalist in the hospital", "send him six feet under": a causative act on the object
          // ("putting every last one of those pigs in the ground": a long object between)
          for (let k = i - 1; k >= Math.max(r.start(i), i - 9); k--) {
            // (a causative needs its object in between: "leaving in a body bag" has none)
            // ("leaving that building in body bags": a place left, by those who leave it)
            if (
              CAUSATIVE.has(r.w(k)) &&
              t.slice(k + 1, i).some((x) => !PREPOSITIONS.has(x.w) && !DETERMINERS.has(x.w)) &&
              !(
                LEAVE_FORMS.has(r.w(k)) &&
                t.slice(k + 1, i).some((x) => OCCUPIED_PLACES.has(x.w) || x.w === 'here')
              )
            ) {
              act = {
                lemma: `${r.w(k)} … ${seq.join(' ')}`,
                weight: 1,
                from: k,
                to: i + seq.length,
                objFrom: k + 1,
                noun: false,
              };
              break;
            }
          }
          break;
        }
      }
    }
    const plantable =
      (HARM_NOUNS.get(w) ?? 0) > 0 ||
      (WEAPONS.has(w) && !VEHICLE_WEAPONS.has(w)) ||
      // ("puts a round through that influencer's skull": a bullet by another name)
      (w === 'round' && r.w(i - 1) === 'a' && PLANTERS.has(r.w(i - 2)) && INTO_BODY.has(r.w(i + 1))) ||
      // ("put a few rounds in that traitor senator")
      (w === 'rounds' &&
        INTO_BODY.has(r.w(i + 1)) &&
        [r.w(i - 1), r.w(i - 2), r.w(i - 3)].some((x) => PLANTERS.has(x))) ||
      // ("the assessor gets a brick through the windshield")
      (BLUNT.has(w) && (r.w(i + 1) === 'through' || r.w(i + 1) === 'into')) ||
      // ("put my boot through your skull": a body's own weapon, only into someone's body)
      // ("put your foot in your mouth": one's own, an idiom)
      (BODY_WEAPONS.has(w) && INTO_BODY.has(r.w(i + 1)) && ownedPartAt(r, i + 2, r.w(i - 1)));
    // ("put rat poison in his coffee": the noun planted, over the verb's own reading)
    if (plantable && act && act.from === i && act.to === i + 1) {
      let k = i - 1;
      while (k > r.start(i) && k >= i - 3 && !PLANTERS.has(r.w(k)) && !AUX.has(r.w(k))) k--;
      if (PLANTERS.has(r.w(k)) && k < i - 1) act = undefined;
      // ("is getting a pipe bomb": the noun received, not the verb "bomb")
      if (DEADLY_PARCELS.has(w) && receivedAt(r, i) >= 0) act = undefined;
    }
    if (!act && plantable) {
      // "put a bullet in the mayor's head", "a knife in the gut": the noun with a verb that plants it
      let k = i - 1;
      while (
        k >= r.start(i) &&
        k >= i - 4 &&
        (DETERMINERS.has(r.w(k)) || /^\d+$/.test(r.w(k)) || r.w(k) === 'few')
      )
        k--;
      // ("rat poison", "battery acid": one word naming the kind)
      if (!PLANTERS.has(r.w(k)) && PLANTERS.has(r.w(k - 1)) && !AUX.has(r.w(k)) && !ACTS.has(r.w(k))) k--;
      const planter = PLANTERS.has(r.w(k)) ? k : -1;
      let obj = i + 1;
      // ("shove this knife so far into your gut": how deep, before where)
      while (obj < i + 4 && DEPTHS.has(r.w(obj))) obj++;
      if (!INTO_BODY.has(r.w(obj))) obj = i + 1;
      while (
        obj < t.length &&
        (['in', 'into', 'through', 'between', 'right', 'to', 'across', 'up', 'down'].includes(r.w(obj)) ||
          // ("pour gasoline on the imam", "throw acid over her")
          (LIQUID_HARMS.has(w) && (r.w(obj) === 'on' || r.w(obj) === 'over')))
      )
        obj++;
      const receiver = receivedAt(r, i);
      // ("taking my rifle to the picket line": brought to a place, read below, not planted in a body)
      const toPlace = r.w(i + 1) === 'to' && !t.slice(obj, obj + 4).some((x) => BODY_PARTS.has(x.w));
      if (planter >= 0 && obj > i + 1 && !toPlace)
        act = {
          lemma: `${r.w(planter)} a ${w} in`,
          weight: 1,
          from: planter,
          to: i + 1,
          objFrom: obj,
          noun: false,
        };
      else if ((HARM_NOUNS.get(w) ?? 0) > 0 && !(receiver >= 0 && DEADLY_PARCELS.has(w)))
        act = {
          lemma: w,
          weight: HARM_NOUNS.get(w)!,
          intransitive: true,
          from: i,
          to: i + 1,
          objFrom: i + 1,
          // ("is getting a bullet this weekend": a harm received, which its time foretells)
          ...(receiver >= 0 && ROUNDS_RECEIVED.has(w) ? { received: true } : {}),
        };
      else if (receiver >= 0) {
        // "the landlord gets a knife in the gut": a weapon received is harm to the receiver
        // ("is getting a pipe bomb": from the word naming its kind, so the verb's tense is read)
        const kind = !DETERMINERS.has(r.w(i - 1)) && DETERMINERS.has(r.w(i - 2));
        act = {
          lemma: `${r.w(receiver)} a ${kind ? `${r.w(i - 1)} ` : ''}${w}`,
          delivered: DEADLY_PARCELS.has(w),

          weight: 0.9,
          intransitive: true,
          from: kind ? i - 1 : i,
          to: i + 1,
          objFrom: i + 1,
          noun: true,
        };
      }
    }
    // (over the verb's own reading: "gets his throat slit", "his skull caved in"; "get your ass kicked"
    // is mostly a defeat)
    const injury =
      (act && act.from !== i) || (w === 'kicked' && ['ass', 'asses'].includes(r.w(i - 1)))
        ? undefined
        : INJURED.get(w);
    // ("is getting his house torched with him in it": a home and what is done to it, received likewise)
    const homeHarm =
      (!act || act.from === i) &&
      HOME_HARMS.has(w) &&
      HOMES.has(r.w(i - 1)) &&
      OWNER_PRONOUN.has(r.w(i - 2)) &&
      BODY_RECEIVERS.has(r.w(i - 3));
    if (homeHarm)
      act = {
        lemma: `${r.w(i - 1)} ${w}`,
        weight: 0.9,
        intransitive: true,
        from: i - 2,
        // ("gets his house burned down": with its particle)
        to: Math.max(act?.to ?? 0, i + 1),
        objFrom: i + 1,
        noun: true,
        word: w,
      };
    else if (injury !== undefined && BODY_PARTS.has(r.w(i - 1)) && OWNER_PRONOUN.has(r.w(i - 2))) {
      // "gets their throat cut", "got his head kicked in": the owner receives the harm
      if (BODY_RECEIVERS.has(r.w(i - 3)))
        act = {
          lemma: `${r.w(i - 1)} ${w}`,
          weight: injury,
          intransitive: true,
          from: i - 2,
          to: ['in', 'out', 'off', 'open'].includes(r.w(i + 1)) ? i + 2 : i + 1,
          objFrom: i + 1,
          noun: true,
          word: w,
          received: true,
        };
    } else if (injury !== undefined && BODY_PARTS.has(r.w(i + 1))) {
      // "the next one who shows up is leaving with broken teeth": the injury a visit ends with
      // ("is going home with a cracked skull")
      const at = ARTICLES.has(r.w(i - 1)) ? i - 2 : i - 1;
      const leave = r.w(at - 1) === 'home' && GOERS.has(r.w(at - 2)) ? at - 2 : at - 1;
      if (r.w(at) === 'with' && LEAVERS.has(r.w(leave)))
        act = {
          lemma: `${w} ${r.w(i + 1)}`,
          weight: injury,
          intransitive: true,
          from: leave,
          to: i + 2,
          objFrom: i + 2,
          noun: true,
          word: w,
        };
    } else if (injury !== undefined) {
      // "I'll make sure your face gets rearranged", "his skull is getting cracked": the body part the
      // subject of the passive, its owner the one harmed
      let p = i - 1;
      while (p > i - 6 && PASSIVE_AUX.has(r.w(p))) p--;
      // (a harm to come: "gets", "will be", "is going to"; not a state: "your arm is broken")
      const coming = r.any(p + 1, i, PASSIVE_COMING) >= 0;
      if (coming && BODY_PARTS.has(r.w(p)) && OWNER_PRONOUN.has(r.w(p - 1)) && r.w(p) !== 'ass')
        act = {
          lemma: `${r.w(p)} ${w}`,
          weight: injury,
          intransitive: true,
          // (from the participle, so that the auxiliaries before it are its chain)
          from: i,
          to: ['in', 'out', 'off', 'open'].includes(r.w(i + 1)) ? i + 2 : i + 1,
          objFrom: i + 1,
          noun: true,
          word: w,
          received: true,
          target: { from: p - 1, to: p, type: 'person', text: OWNER_PRONOUN.get(r.w(p - 1))! },
        };
    }
    // "Any patriot near the clinic tomorrow should bring a gun and use it": arms taken up for a place
    if (!act && w === 'use' && r.w(i + 1) === 'it' && weaponInPost) {
      const s0 = r.start(i);
      const armed = r.any(s0, i, ARM_ORDERS) >= 0 && r.any(s0, i, WEAPONS) >= 0;
      const place = armed ? r.any(s0, i, OCCUPIED_PLACES) : -1;
      if (place >= 0)
        act = {
          lemma: 'use a weapon at',
          weight: 0.9,
          from: i,
          to: i + 2,
          objFrom: i + 2,
          noun: false,
          target: { from: place, to: place + 1, type: 'place', text: r.w(place) },
        };
    }
    if (!act && w === 'use' && weaponInPost) {
      // "I'm bringing a knife … and I'm gonna use it on the judge"
      for (let k = i + 1; k <= i + 4 && k < t.length; k++) {
        if (r.w(k) === 'on' || r.w(k) === 'against') {
          act = { lemma: 'use a weapon on', weight: 0.9, from: i, to: i + 1, objFrom: k + 1, noun: false };
          break;
        }
        if (isSentenceEnd(r.w(k))) break;
      }
    }
    if (
      !act &&
      BREAKERS.has(w) &&
      // ("crack some heads", "break some faces": anyone's)
      (['your', 'his', 'her', 'their', 'its', 'every', 'each', 'both', 'all', 'some'].includes(r.w(i + 1)) ||
        // ("break that reporter's legs")
        (['the', 'that', 'this', 'those', 'these'].includes(r.w(i + 1)) &&
          (r.w(i + 1) === 'the' || r.w(i + 3) === "'s"))) &&
      // ("break both of your legs")
      (BODY_PARTS.has(r.w(i + 2)) ||
        (r.w(i + 2) === 'of' &&
          ['your', 'his', 'her', 'their'].includes(r.w(i + 3)) &&
          BODY_PARTS.has(r.w(i + 4))) ||
        BODY_PARTS.has(r.w(i + 3)) ||
        // "break the reporter's neck"
        (r.w(i + 3) === "'s" && BODY_PARTS.has(r.w(i + 4))))
    ) {
      // "break your neck", "smash his skull in": harm to the owner of the body part
      const owner = r.w(i + 1);
      const part = BODY_PARTS.has(r.w(i + 2)) ? i + 2 : BODY_PARTS.has(r.w(i + 3)) ? i + 3 : i + 4;
      const ofOwner = r.w(i + 2) === 'of' && part === i + 4;
      // "break every bone in her body": the owner is named after the body part
      // ("… every bone in that ref's body")
      const ownerAfter = ['every', 'each', 'both', 'all'].includes(owner) && r.w(part + 1) === 'in';
      const particles = PARTICLE_BREAKERS.get(w);
      if (!particles || particles.includes(r.w(part + 1)))
        act = {
          lemma: `${w} ${owner} ${r.w(part)}`,
          weight: 0.9,
          from: i,
          to: i + 1,
          objFrom: ownerAfter ? part + 2 : ofOwner ? i + 3 : part === i + 4 ? i + 2 : i + 1,
          noun: false,
        };
    }
    // "bash in the skull of the next protester": the particle first, then the part and its owner
    // (over the verb's own bare sense: "bash" alone has no object here)
    // ("snap the social worker's fingers one by one": a longer owner, up to its "'s")
    const ownedAt = !act && BREAKERS.has(w) && !PARTICLE_BREAKERS.has(w) ? ownedPart(r, i + 1) : -1;
    if (ownedAt > 0 && r.w(ownedAt - 1) === "'s") {
      const type = targetType(r, ownedAt - 2, r.start(i));
      if (isPeople(type ? { type } : undefined))
        act = verbAct(`${w} the ${r.w(ownedAt)}`, 0.9, i, ownedAt + 1, i + 1, w, {
          from: ownedAt - 2,
          to: ownedAt - 1,
          type: type!,
          text: r.w(ownedAt - 2),
        });
    }
    if ((!act || (act.from === i && act.to === i + 1)) && BREAKERS.has(w) && !PARTICLE_BREAKERS.has(w)) {
      const k = r.w(i + 1) === 'in' ? i + 2 : i + 1;
      if (r.w(k) === 'the' && BODY_PARTS.has(r.w(k + 1)) && r.w(k + 2) === 'of') {
        const owner = findObject(r, k + 3, 4);
        if (owner && (owner.type === 'person' || owner.type === 'role' || owner.type === 'group'))
          act = {
            lemma: `${w} the ${r.w(k + 1)} of`,
            weight: 0.9,
            from: i,
            to: k + 3,
            objFrom: k + 3,
            noun: false,
            target: owner,
          };
      }
    }
    // "I'll break you in half", "snap him in two": a body broken whole
    if (
      !act &&
      HALVERS.has(w) &&
      PERSON_PRONOUNS.has(r.w(i + 1)) &&
      r.w(i + 2) === 'in' &&
      (r.w(i + 3) === 'half' || r.w(i + 3) === 'two')
    )
      act = { lemma: `${w} in ${r.w(i + 3)}`, weight: 0.9, from: i, to: i + 1, objFrom: i + 1, noun: false };
    // "drag him out into the street", "drag the agents out of their cars": a mob's seizure of someone
    if (!act && DRAGS.has(w)) {
      const out = r.any(i + 2, Math.min(i + 6, r.end(i)), OUT_SET);
      const who = out > i + 1 ? findObject(r, i + 1, out - i - 1) : undefined;
      const into = (r.w(out + 1) === 'into' || r.w(out + 1) === 'in') && STREETS.has(r.w(out + 3));
      const outOf = r.w(out + 1) === 'of' && SEIZED_FROM.has(r.w(out + 3)) && OWNER_PRONOUN.has(r.w(out + 2));
      // ("drag every agent out by the neck")
      const byThe =
        r.w(out + 1) === 'by' &&
        ['the', 'his', 'her', 'their'].includes(r.w(out + 2)) &&
        DRAG_HOLDS.has(r.w(out + 3));
      if (
        who &&
        (who.type === 'person' || who.type === 'role' || who.type === 'group') &&
        (into || outOf || byThe)
      )
        act = {
          lemma: 'drag out',
          weight: 0.8,
          from: i,
          to: i + 1,
          objFrom: i + 1,
          noun: false,
          word: w,
          target: who,
        };
    }
    // "Going to fire a round into the crowd", "fire into the crowd": shots aimed at people
    if (!act && FIRES.has(w)) {
      let k = i + 1;
      if (ARTICLES.has(r.w(k)) || COUNTS.has(r.w(k)) || /^\d+$/.test(r.w(k))) k++;
      if (FIRED_SHOTS.has(r.w(k))) k++;
      const into = ['into', 'at', 'on'].includes(r.w(k)) && (k > i + 1 || r.w(k) === 'into') ? k : -1;
      const who = into > 0 ? findObject(r, into + 1, 4) : undefined;
      if (who && (isPeople(who) || CROWDS.has(who.text)))
        act = verbAct(
          'fire into',
          1,
          i,
          into + 1,
          into + 1,
          w,
          CROWDS.has(who.text) ? { ...who, type: 'group' } : who,
        );
    }
    // "Watch me shove this pen through the notary's eye": anything driven into someone's eye or throat
    if (!act && JAMMERS.has(w)) {
      const via = r.any(i + 2, Math.min(i + 6, r.end(i)), THROUGH_INTO);
      const part = via > 0 ? ownedPart(r, via + 1) : -1;
      // (not eye drops or lenses put in, nor thread through a needle's eye)
      const medical = r.any(i + 1, via, MEDICAL_ITEMS) >= 0;
      if (part > 0 && PIERCED.has(r.w(part)) && !medical) {
        const poss = r.w(part - 1) === "'s";
        // (an eye has a living owner: "the notary's eye", whatever the lexicon knows of notaries)
        const owner = r.w(part - 2);
        const type = poss
          ? (targetType(r, part - 2, r.start(i)) ??
            (THING_NOUNS.has(owner) || MEDICAL_ITEMS.has(owner) || owner === 'storm' ? undefined : 'person'))
          : 'person';
        if (type === 'person' || type === 'role' || type === 'group')
          act = verbAct(
            `${w} through the ${r.w(part)}`,
            1,
            i,
            part + 1,
            part + 1,
            w,
            poss
              ? { from: part - 2, to: part - 1, type, text: r.w(part - 2) }
              : {
                  from: part - 1,
                  to: part,
                  type: 'person',
                  text: OWNER_PRONOUN.get(r.w(part - 1)) ?? 'them',
                },
          );
      }
    }
    // "imma cut that judge up into little pieces": someone cut up (not "cut up the onions")
    if (!act && CUT_FORMS.has(w)) {
      const up = r.any(i + 2, Math.min(i + 6, r.end(i)), UP_SET);
      const who = up > i + 1 ? findObject(r, i + 1, up - i - 1) : undefined;
      if (who && who.to === up && isPeople(who)) act = verbAct('cut up', 0.9, i, up + 1, i + 1, w, who, true);
    }
    // "I'm dragging her behind my truck": a person dragged behind a vehicle
    if (!act && DRAGS.has(w)) {
      const behind = r.any(i + 2, Math.min(i + 6, r.end(i)), BEHIND_SET);
      const who = behind > i + 1 ? findObject(r, i + 1, behind - i - 1) : undefined;
      const by = DETERMINERS.has(r.w(behind + 1)) || OWNERS.has(r.w(behind + 1)) ? behind + 2 : behind + 1;
      if (who && isPeople(who) && (VEHICLE_WEAPONS.has(r.w(by)) || DRIVEN.has(r.w(by))))
        act = verbAct('drag behind a vehicle', 1, i, by + 1, i + 1, w, who);
    }
    // "ill dump your body in the lake": someone's body disposed of
    // (not "dump your body wash": the body itself, then where it goes)
    if (
      !act &&
      DUMPERS.has(w) &&
      OWNERS.has(r.w(i + 1)) &&
      r.w(i + 2) === 'body' &&
      (closes(r, i + 3) || ['in', 'into', 'on', 'at', 'where', 'and', 'off', 'under'].includes(r.w(i + 3))) &&
      !t[i]!.quoted
    )
      act = verbAct(`${w} a body`, 1, i, i + 3, i + 1, w, {
        from: i + 1,
        to: i + 2,
        type: 'person',
        text: OWNER_PRONOUN.get(r.w(i + 1))!,
      });
    // "I'm going to light you up": shot at, in slang, of a person only
    // (not a scorer's: "light him up from the three point line", "lit them up for 40")
    if (
      !act &&
      LIGHTS.has(w) &&
      PERSON_PRONOUNS.has(r.w(i + 1)) &&
      r.w(i + 2) === 'up' &&
      !['from', 'for', 'on', 'in'].includes(r.w(i + 3))
    )
      act = verbAct('light up', 0.8, i, i + 3, i + 1, w, undefined, true);
    // "the only solution for these migrants is a machine gun": a weapon named as the remedy
    if (!act && WEAPONS.has(w) && !VEHICLE_WEAPONS.has(w)) {
      const from = ARTICLES.has(r.w(i - 1)) ? i : i - 1;
      if (
        r.w(from - 2) === 'is' &&
        ARTICLES.has(r.w(from - 1)) &&
        r.any(Math.max(r.start(i), from - 10), from - 2, REMEDIES) >= 0
      )
        act = { lemma: w, weight: 0.9, intransitive: true, from, to: i + 1, objFrom: i + 1, noun: true };
    }
    // "spraying the crowd with bullets", "riddle him with lead": shot many times
    if (!act && SPRAYS.has(w)) {
      const k = r.any(i + 2, Math.min(i + 7, r.end(i)), WITH_SET);
      const m = DETERMINERS.has(r.w(k + 1)) ? k + 2 : k + 1;
      if (k > 0 && SHOTS.has(r.w(m)))
        act = {
          lemma: `${w} with ${r.w(m)}`,
          weight: 1,
          from: i,
          to: i + 1,
          objFrom: i + 1,
          noun: false,
          word: w,
        };
    }
    // "you're gonna catch these hands": the speaker's fists, received
    if (!act && w === 'hands' && r.w(i - 1) === 'these' && CATCHES.has(r.w(i - 2)))
      act = {
        lemma: 'catch these hands',
        weight: 0.7,
        intransitive: true,
        from: i - 2,
        to: i + 1,
        objFrom: i + 1,
        noun: true,
      };
    // "I will set fire to your house while you sleep": fire set to someone's home or to them
    if (!act && SETS.has(w) && r.w(i + 1) === 'fire' && r.w(i + 2) === 'to')
      act = { lemma: 'set on fire', weight: 0.9, from: i, to: i + 3, objFrom: i + 3, noun: false, word: w };
    // "any antifa freak at the rally gets pistol whipped": beaten with a gun
    if (WHIPS.has(w) && r.w(i - 1) === 'pistol')
      act = {
        lemma: 'pistol-whip',
        weight: 0.9,
        from: i - 1,
        to: i + 1,
        objFrom: i + 1,
        noun: false,
        word: w,
      };
    // "If ICE comes to my door, I'm opening fire": shooting at whoever the sentence names before it
    if (!act && OPENS.has(w) && r.w(i + 1) === 'fire' && !['on', 'at', 'upon', 'into'].includes(r.w(i + 2))) {
      let who: Hit['target'];
      for (let k = r.start(i); k < i && !who; k++) {
        const ty = targetType(r, k, r.start(i));
        if ((ty === 'role' || ty === 'group' || (ty === 'person' && !FIRST.has(r.w(k)))) && !SELF.has(r.w(k)))
          who = { from: k, to: k + 1, type: ty, text: r.w(k) };
      }
      if (who)
        act = { lemma: 'open fire', weight: 1, from: i, to: i + 2, objFrom: i + 2, noun: false, target: who };
    }
    // "aim for their faces", "aim at the agents' heads": blows or shots directed at someone's body
    if (!act && AIMS.has(w) && (r.w(i + 1) === 'for' || r.w(i + 1) === 'at')) {
      let k = DETERMINERS.has(r.w(i + 2)) && !OWNER_PRONOUN.has(r.w(i + 2)) ? i + 3 : i + 2;
      const owner = r.w(k);
      const ownerType = OWNER_PRONOUN.has(owner) ? 'person' : targetType(r, k, r.start(k));
      if (r.w(k + 1) === "'s") k++;
      if (
        (ownerType === 'person' || ownerType === 'role' || ownerType === 'group') &&
        AIMED_PARTS.has(r.w(k + 1))
      )
        act = {
          lemma: `aim for the ${r.w(k + 1)}`,
          weight: 0.9,
          from: i,
          to: i + 1,
          objFrom: i + 2,
          noun: false,
          target: {
            from: k,
            to: k + 1,
            type: ownerType,
            text: OWNER_PRONOUN.get(owner) ?? owner,
          },
        };
    }
    // "end the principal's life", "take his life": killing, aimed at the owner of the life
    if (!act && (w === 'end' || w === 'take' || w === 'ending' || w === 'taking')) {
      for (let k = i + 1; k <= i + 5 && k < t.length; k++) {
        // ("end your whole bloodline": the life of a family)
        if (
          (r.w(k) === 'life' || r.w(k) === 'bloodline') &&
          r.w(k - 1) !== 'own' &&
          r.w(k - 1) !== 'my' &&
          r.w(k - 1) !== 'our'
        ) {
          act = { lemma: 'end a life', weight: 1, from: i, to: i + 1, objFrom: i + 1, noun: false };
          break;
        }
        if (isSentenceEnd(r.w(k)) || r.w(k) === ',') break;
      }
    }
    // "a hammer to the skull", "a bat to the head": a weapon brought to a body part
    // ("a bat to that commissioner's head": the part owned by someone named)
    const part =
      !act && (WEAPONS.has(w) || BLUNT.has(w) || BATS.has(w)) && r.w(i + 1) === 'to'
        ? ownedPart(r, i + 2)
        : -1;
    if (part > 0) {
      // ("I'm taking a bat to his knees": the verb that brings it is the act)
      let v = i - 1;
      while (v > r.start(i) && DETERMINERS.has(r.w(v))) v--;
      const bringer = ['take', 'taking', 'took', 'bring', 'bringing', 'put', 'putting'].includes(r.w(v));
      // (a named owner is the one harmed: "the commissioner's head")
      const ownerType = r.w(part - 1) === "'s" ? targetType(r, part - 2, r.start(i)) : undefined;
      act = bringer
        ? {
            lemma: `${r.w(v)} a ${w} to the ${r.w(part)}`,
            weight: 1,
            from: v,
            to: part + 1,
            objFrom: i + 2,
            noun: false,
            word: r.w(v),
            target:
              ownerType === 'person' || ownerType === 'role' || ownerType === 'group'
                ? { from: part - 2, to: part - 1, type: ownerType, text: r.w(part - 2) }
                : undefined,
          }
        : {
            lemma: `${w} to the ${r.w(part)}`,
            weight: 1,
            from: i,
            to: part + 1,
            objFrom: part + 1,
            noun: true,
          };
    }
    // "hitting the councilwoman with my car": a vehicle as the weapon
    if (!act && (w === 'hit' || w === 'hitting' || w === 'strike' || w === 'striking'))
      for (let k = i + 1; k <= i + 6 && k < t.length && !isSentenceEnd(r.w(k)); k++)
        if (r.w(k) === 'with' && [k + 1, k + 2].some((x) => VEHICLE_WEAPONS.has(r.w(x)))) {
          act = { lemma: 'hit with a vehicle', weight: 1, from: i, to: i + 1, objFrom: i + 1, noun: false };
          break;
        }
    // "mailing the judge a pipe bomb": sending something deadly to someone
    if (!act && SENDERS.has(w)) {
      for (let k = i + 1; k <= i + 6 && k < t.length && !isSentenceEnd(r.w(k)); k++)
        if (DEADLY_PARCELS.has(r.w(k))) {
          act = { lemma: 'send a bomb', weight: 1, from: i, to: i + 1, objFrom: i + 1, noun: false };
          break;
        }
    }
    // "tie that clerk to a chair", "tied to a stake": a person bound where harm is done to them
    if (!act && TIERS.has(w)) {
      const to = r.any(i + 1, Math.min(i + 5, r.end(i)), new Set(['to']));
      const who =
        to > i + 1
          ? findObject(r, i + 1, to - i - 1)
          : BE.has(r.w(i - 1)) && to === i + 1
            ? { type: 'person' as const }
            : undefined;
      const at = ARTICLES.has(r.w(to + 1)) ? to + 2 : to + 1;
      if (
        who &&
        to > 0 &&
        BINDING_POSTS.has(r.w(at)) &&
        (who.type === 'person' || who.type === 'role' || who.type === 'group')
      )
        act = {
          lemma: `tie to a ${r.w(at)}`,
          weight: 0.8,
          personal: true,
          from: i,
          to: at + 1,
          objFrom: i + 1,
          noun: false,
        };
    }
    // "put them against a wall", "stand him up against the wall": the execution idiom
    if (!act && WALL_PUTTERS.has(w)) {
      // ("traitors should be put against a wall": the passive, its subject the one put there)
      const passive = BE.has(r.w(i - 1)) && r.w(i + 1) === 'against';
      const a = passive ? i + 1 : r.any(i + 2, Math.min(i + 6, r.end(i)), new Set(['against']));
      const who = passive ? { type: 'person' as const } : a > 0 && findObject(r, i + 1, a - i - 1);
      if (
        who &&
        (r.w(a + 1) === 'the' || r.w(a + 1) === 'a') &&
        r.w(a + 2) === 'wall' &&
        (who.type === 'person' || who.type === 'role' || who.type === 'group')
      )
        act = {
          lemma: 'put against the wall',
          weight: 1,
          personal: true,
          from: i,
          to: a + 3,
          objFrom: i + 1,
        };
    }
    // "line them up against the wall": the execution idiom
    if (act && act.lemma === 'line up') {
      const a = r.any(act.to, act.to + 3, new Set(['against']));
      if (a >= 0 && (r.w(a + 1) === 'the' || r.w(a + 1) === 'a') && r.w(a + 2) === 'wall')
        act = { ...act, lemma: 'line up against the wall', weight: 1 };
    }
    // "curb stomp": the two-word spelling of "curbstomp"
    if (act && act.from === i && act.lemma === 'stomp' && r.w(i - 1) === 'curb')
      act = { ...act, from: i - 1, weight: 1 };
    if (!act) continue;
    // "at the Bash tonight", "a beating": after an article a verb form is a noun (harm nouns aside)
    // ("make her bleed": after a causer, "her" is the one made to, and the verb is one)
    if (
      act.from === i &&
      !act.noun &&
      ARTICLES.has(r.w(i - 1)) &&
      !HARM_NOUNS.has(w) &&
      !(r.w(i - 1) === 'her' && CAUSERS.has(r.w(i - 2)) && act.intransitive)
    )
      continue;
    // "F-bomb", "self-harm": the second half of a hyphenated compound is no verb
    const before = t[i - 1];
    if (before && before.w === ',' && before.end === t[i]!.start && act.from === i) continue;
    const hit = assessAct(r, act, ctx, pc, specifics);
    if (hit) hits.push(hit);
    i = act.to - 1;
  }

  // Veiled, armed and doxxing patterns need no violent verb.
  hits.push(...patternHits(r, pc, specifics));
  return { hits, tokens };
}

type Act = {
  lemma: string;
  weight: number;
  /** Set when the act names its victims itself ("leave nobody breathing", "your plane crashes"). */
  target?: NonNullable<Hit['target']>;
  property?: boolean;
  personal?: boolean;
  intransitive?: boolean;
  from: number;
  to: number;
  objFrom: number;
  word?: string;
  /** Set when the word class is known from how the act was found (a verb that plants a noun …). */
  noun?: boolean;
  /** Declares where someone belongs ("… belong in a gas chamber"): a wish when said of others. */
  normative?: boolean;
  /** Something deadly said to be on its way to someone ("is getting a pipe bomb for christmas"). */
  delivered?: boolean;
  /** An injury someone receives to their body ("is getting his skull caved in"). */
  received?: boolean;
};
type PostCtx = ReturnType<typeof postContext>;
type Specific = ReturnType<typeof findSpecifics>[number];

/** Acts that as often mean defeating a rival: "beat", "crush", "destroy", "bury", "wipe". */
const DEFEAT_SENSE = new Set([
  'beat',
  'destroy',
  'crush',
  'bury',
  'smash',
  'wipe',
  'annihilate',
  'attack',
  'whip',
]);
/** Nouns whose "that" clause is a proposition talked about, not said ("the idea that …"). */
const PROPOSITION_NOUNS = new Set(
  'idea notion thought claim suggestion belief view argument position statement opinion sentiment concept premise assertion proposal rhetoric talk narrative'.split(
    ' ',
  ),
);
const ENDORSERS = new Set([
  'like',
  'love',
  'support',
  'agree',
  'endorse',
  'back',
  'share',
  'adore',
  'liking',
  'loving',
]);
const MOVERS = new Set([
  ...'walk go head drive come show storm burst march roll run get pull stroll'
    .split(' ')
    // ("driving", "coming": a silent e dropped before -ing)
    .flatMap((v) => [v, v + 's', v.replace(/e$/, '') + 'ing', v.replace(/e$/, '') + 'ed']),
  ...'went drove came ran got gone driven'.split(' '),
]);
const MEDICAL_OUTCOMES = new Set([
  'in the hospital',
  'in the icu',
  'in intensive care',
  'in a coma',
  'in a wheelchair',
]);
/** A game's officials: people, whatever the game. */
const GAME_OFFICIALS = new Set([
  'coach',
  'ref',
  'refs',
  'referee',
  'referees',
  'umpire',
  'umpires',
  'linesman',
  'linesmen',
  'official',
  'officials',
]);
/** Acts with a sporting sense ("kill it", "shoot", "smash the ball", "beat them"). */
const SPORTING_SENSE = new Set([
  'kill',
  'murder',
  'destroy',
  'crush',
  'beat',
  'bury',
  'shoot',
  'smash',
  'slaughter',
  'annihilate',
  'whip',
  'attack',
  'execute',
  'bomb',
  'blow up',
  'wipe out',
  'take out',
  'smoke',
  'end',
  'finish',
  'headshot',
  'snipe',
  'hunt',
  'pick off',
  'nuke',
  'torch',
  'burn',
]);
const ROADS = new Set([
  'road',
  'roads',
  'street',
  'streets',
  'highway',
  'freeway',
  'intersection',
  'traffic',
  'crosswalk',
]);
const ACCELERATE: readonly (readonly string[])[] = [
  ['floor', 'it'],
  ['gun', 'it'],
  ['hit', 'the', 'gas'],
  ['step', 'on', 'it'],
  ['step', 'on', 'the', 'gas'],
];
/** Coming to someone: "I'm coming (over) with …", "on my way with …", "headed there with …". */
/** Where someone lies in wait ("I'll be behind her car with a bat"). */
const LURKS = ['behind', 'beside', 'under'];
/** High places a shooter takes ("on the roof with my scope"). */
const PERCHES = new Set(['roof', 'rooftop', 'rooftops', 'roofs', 'overpass', 'tower']);
const APPROACH = new Set([
  ...PERCHES,
  ...LURKS,
  'coming',
  'way',
  'headed',
  'heading',
  'come',
  'showing',
  'show',
  'waiting',
  'wait',
  // ("I'll be outside the studio at 6 with a bat for that anchor", "I'll be standing there with a hammer",
  // "I'll be there tomorrow with my Glock")
  'outside',
  'standing',
  // ("Sitting in the back row with a full mag")
  'sitting',
  'there',
]);
/** "12 gauge", "20-gauge": a shotgun named by its bore. */
const isGauge = (r: Reader, i: number): boolean => r.w(i) === 'gauge' && /^\d+$/.test(r.w(i - 1));
const SPORT_GEAR = new Map([
  ['baseball', ['bat', 'bats']],
  ['cricket', ['bat', 'bats']],
  ['softball', ['bat', 'bats']],
  ['golf', ['club', 'clubs']],
  ['hockey', ['stick', 'sticks']],
]);
/** Rounds and guns by calibre in slang ("a 9", "a .45", "one with your name on it"). */
const ROUNDS = new Set(['9', '40', '45', '38', '22', '357', 'round', 'rounds', 'shell', 'one']);
const CONTEST_PREP = new Set(['in', 'at', 'on', 'during', 'by', 'before', 'after', 'for', 'come']);
const RECEIVERS = new Set(['eat', 'catch', 'take', 'get', 'swallow']);
const KIN = new Set([
  'kids',
  'children',
  'son',
  'daughter',
  'sons',
  'daughters',
  'wife',
  'husband',
  'family',
  'kid',
]);
const BEREAVED = new Set([
  'funeral',
  'orphans',
  'orphan',
  'orphaned',
  'widow',
  'widowed',
  'widower',
  'fatherless',
  'motherless',
]);
const DEATH_MANNER = new Set(
  'slow painful horrible gruesome violent brutal agonizing agonising long quick swift public early horrific excruciating miserable torturous bloody cruel'.split(
    ' ',
  ),
);
const HANG_PLACES = new Set([
  'tree',
  'trees',
  'rope',
  'lamppost',
  'lampposts',
  'lamp',
  'bridge',
  'gallows',
  'noose',
  'branch',
  'overpass',
  // (a height in public view: "the imam will hang from the minaret by Friday")
  'minaret',
  'steeple',
  'flagpole',
  'flagpoles',
  'streetlight',
  'streetlights',
  'crane',
  'yardarm',
]);
const GENERIC_OPENERS = new Set(['why', 'when', 'whenever', 'if', 'how']);
const AND = new Set(['and']);
const COMMA = new Set([',']);
/** What fires are set with ("I'll bring the matches"). */
const ARSON_MEANS = new Set([
  'match',
  'matches',
  'gasoline',
  'gas',
  'lighter',
  'lighters',
  'torch',
  'torches',
  'kerosene',
]);
/** Verbs whose base form is also their past ("run", "hit", "cut"). */
const BASE_AS_PAST = new Set(['run', 'hit', 'cut', 'beat', 'put', 'set', 'shut', 'slit']);
/** Clause openers after which the present tells of a time to come ("before I hit you"). */
const PRESENT_FOR_FUTURE = new Set(['before', 'or', 'else', 'till', 'til', 'until', 'unless']);
const FAMILY = new Set(['family', 'kids', 'children', 'wife', 'husband', 'daughter', 'son']);
/** Everyday things whose loss is a joke's stakes ("touch my fries and I'll end you"). */
const OURS = new Set(['my', 'our', 'last']);
const PETTY = new Set(
  (
    'fries pizza food snacks snack chips cookies cookie pudding coffee tea beer wine soda sandwich burger meal meals ' +
    'leftovers lunch dinner breakfast cake candy chocolate popcorn taco tacos noodles ramen donut donuts ' +
    'fry slice nuggets icecream dessert phone charger remote seat spot netflix password hoodie socks ' +
    'controller pillow blanket plants fridge wifi playlist save game games console makeup shirt clothes ' +
    'laptop headphones'
  ).split(' '),
);
/** "she took my charger", "he deleted my save file": a grievance over the speaker's things. */
function grievanceAt(r: Reader, i: number): boolean {
  const w = r.w(i);
  return (
    ['he', 'she', 'they'].includes(w) &&
    (GRIEVED.has(r.w(i + 1)) || /^[a-z]+ed$/.test(r.w(i + 1))) &&
    OURS.has(r.w(i + 2))
  );
}
const GRIEVED = new Set('took ate broke stole lost used wore drank spilled sat spoiled'.split(' '));
const SURE = new Set(['sure']);
/** Verbs that open an order whose doing has consequences ("vote for it and you'll …", "try it and …"). */
const DARE_VERBS = new Set(
  'vote sign testify publish print post say write try touch come show step cross mess open call report run'.split(
    ' ',
  ),
);
const TO_COME = new Set(['will', 'going', 'gonna', 'soon']);
const TEACH = new Set(['teach', 'teaching']);
const PAY = new Set(['pay', 'paying']);
const DEMONSTRATIVES = new Set(['it', 'that', 'this', 'which', 'what', 'thats', 'its']);
/** "the only answer is to …", "the solution is to …": a remedy proposed. */
const REMEDIES = new Set(['answer', 'solution', 'way', 'option', 'cure', 'fix', 'remedy', 'choice']);
/** What an act is called when it is approved of ("shooting them is self defense"). */
const APPROVALS = new Set(
  (
    'defense defence service justified justice heroic patriotic duty necessary needed answer solution ' +
    'cure mandatory deserved overdue fair moral noble righteous manliest honorable honourable required ' +
    'legal fine okay ok good great'
  ).split(' '),
);
/** "Shooting looters is self defense": a gerund subject and an approving predicate after it. */
function approvedGerund(r: Reader, act: { from: number; to: number }, sStart: number): number {
  if (act.from !== sStart && r.w(act.from - 1) !== ',') return -1;
  const end = r.end(act.from);
  for (let k = act.to; k < end && k < act.to + 8; k++) {
    const w = r.w(k);
    if (w === ',' || w === 'if' || w === 'but' || RELATIVES.has(w)) return -1;
    if (w !== 'is' && w !== 'are') continue;
    for (let m = k + 1; m < end && m < k + 6; m++) {
      const x = r.w(m);
      if (NEGATORS.has(x) || x === 'not' || x === ',' || x === 'but') return -1;
      if (APPROVALS.has(x)) return m;
    }
    return -1;
  }
  return -1;
}
const ASPIRATIONS = new Set(['dream', 'wish', 'hope', 'goal', 'fantasy', 'prayer', 'mission', 'plan']);
const NEEDERS = new Set(['need', 'needs', 'deserve', 'deserves', 'want', 'wants', 'wanted', 'needed']);
/**
 * "X needs hanging" (a gerund after "need" is passive), "X needs the snot beat out of him" (need,
 * a short noun phrase, a participle): the index of the "need", or -1.
 */
function neededHarm(
  r: Reader,
  act: Act,
  w: string,
  ingForm: boolean,
  participle: boolean,
  sStart: number,
): number {
  const before = r.w(act.from - 1);
  if (ingForm && NEEDERS.has(before) && !PERSON_PRONOUNS.has(r.w(act.to)) && !DETERMINERS.has(r.w(act.to)))
    return act.from - 1;
  // (irregular participles the same as the base: "beat out of him", "his throat slit")
  const asPart = participle || w === 'beat' || w === 'slit';
  if (!asPart) return -1;
  for (let k = act.from - 2; k >= sStart && k >= act.from - 5; k--) {
    const x = r.w(k);
    if (NEEDERS.has(x) && DETERMINERS.has(r.w(k + 1))) return k;
    if (x === ',' || AUX.has(x) || PREPOSITIONS.has(x) || isSentenceEnd(x)) return -1;
  }
  return -1;
}
const SUBORDINATORS = new Set([
  'when',
  'whenever',
  'if',
  'because',
  'unless',
  'until',
  'why',
  'how',
  'do',
  'did',
]);
const PROPOSERS = new Set(['say', 'vote', 'suggest', 'propose', 'recommend']);
const SUGGESTED_DOERS = new Set(['we', 'you', 'yall', 'someone', 'somebody', 'people', 'us', 'everyone']);
const TIME_LEADS = new Set(['about', 'high', 'past', 'the']);
/**
 * A question that proposes ("Why don't we …", "Isn't it time …", "Shouldn't someone …"): its "not"
 * denies nothing and its question mark asks nothing. Returns the index after the frame, or -1.
 */
function suggestionFrame(r: Reader, s: number): number {
  const w = (k: number): string => r.w(s + k);
  if (w(0) === 'why' && w(1) === 'not') return s + 2;
  if (w(0) === 'why' && w(1) === 'do' && w(2) === 'not' && SUGGESTED_DOERS.has(w(3))) return s + 3;
  if (w(0) === 'should' && w(1) === 'not' && SUGGESTED_DOERS.has(w(2))) return s + 2;
  if (w(0) === 'is' && (w(1) === 'not' || w(2) === 'not')) {
    let k = w(1) === 'it' || w(2) === 'it' ? 3 : 2;
    while (k < 5 && TIME_LEADS.has(w(k))) k++;
    if (w(k) === 'time') return s + k + 1;
  }
  return -1;
}

function assessAct(
  r: Reader,
  act0: Act,
  ctx: EngineContext,
  pc: PostCtx,
  specifics: readonly Specific[],
): Hit | undefined {
  const reasons: string[] = [];
  const lowered: string[] = [];
  const evidence: Evidence[] = [{ from: act0.from, to: act0.to, label: 'act' }];
  const sStart = r.start(act0.from);
  const sEnd = r.end(act0.from);
  const w = act0.word ?? r.w(act0.from);
  // "make those people bleed", "I want to see them hanging": the harm is done to the object of a
  // causative or perception verb, and the stance is that verb's subject's
  const caused = causedHarm(r, act0, w, sStart);
  const act: Act = caused ? { ...act0, intransitive: false, noun: false } : act0;
  // ("we start lynching Jews again": after "start" a gerund is the verb, not the noun)
  // ("I'm beating him": a verb's "-ing" form with its object, not "a beating")
  // (not "I'm beating him to it": first there)
  const verbWithObject =
    ACTS.has(w) && PERSON_PRONOUNS.has(r.w(act.to)) && AUX.has(r.w(act.from - 1)) && r.w(act.to + 1) !== 'to';
  const isNoun =
    act.noun ??
    ((HARM_NOUNS.has(w) && !GERUND_LEADS.has(r.w(act.from - 1)) && !verbWithObject) ||
      (!ACTS.has(w) && !PHRASAL.has(w)));
  const outcome = !ACTS.has(w) && !PHRASAL.has(w) && !HARM_NOUNS.has(w);
  const subj = caused ? findSubject(r, caused.verb) : findSubject(r, act.from, outcome || isNoun);
  // ("I want every one of them swinging …": a causer of desire is the speaker's desire)
  const chain = caused && DESIRE.has(r.w(caused.verb)) ? [...subj.chain, r.w(caused.verb)] : subj.chain;
  const sw = subj.word;
  const ingForm = w.endsWith('ing') || w.endsWith('in');
  // "shut up before I beat you", "or I cut you": after these a verb like beat is present, of a time to come
  const presentAfter =
    chain.length === 0 &&
    BASE_AS_PAST.has(w) &&
    (sw === 'i' || sw === 'we') &&
    PRESENT_FOR_FUTURE.has(r.w(subj.index - 1)) &&
    SECOND.has(r.w(act.to));
  const participle =
    !isNoun &&
    !presentAfter &&
    (isPastForm(w, ACTS.get(w)?.lemma ?? '') ||
      ['run', 'hit', 'shot', 'hurt', 'cut', 'beat', 'beaten', 'hung', 'blown', 'taken'].includes(w) ||
      // ("should be put down", "got his throat slit": a base form after "be" is a participle)
      (['put', 'slit', 'set', 'shut'].includes(w) && BE.has(chain[chain.length - 1] ?? '')));
  const lastAux = chain[chain.length - 1] ?? '';
  // ("Somebody run that bitch over": a base form after someone called on, not a past)
  const calledBase = VOCATIVE_CALLERS.has(sw) && chain.length === 0 && BASE_AS_PAST.has(w);
  // ("They should've been shot": what ought to have been done to them is a wish, not news)
  const oughtToHave = chain.includes('have') && chain.some((c) => c === 'should' || c === 'ought');
  const past =
    participle && !BE.has(lastAux) && !calledBase
      ? chain.length === 0 || chain.some((c) => PAST_AUX.has(c))
      : participle && chain.some((c) => PAST_AUX.has(c)) && !chain.some((c) => FUTURE.has(c)) && !oughtToHave;
  let stance: Stance = 'none';
  let logit = -3 + 2 * act.weight;
  // "will be hanging from a tree": the one hanging is the one hanged
  const hangingFrom =
    act.lemma === 'hang' &&
    // ("the imam will hang from the minaret": the future's base form, likewise)
    (ingForm || (chain.includes('will') && w === 'hang')) &&
    r.w(act.to) === 'from' &&
    [r.w(act.to + 2), r.w(act.to + 3)].some((x) => HANG_PLACES.has(x));
  // "you'll end up in the hospital if you keep eating like that": a consequence foretold, not a promise
  const consequence =
    MEDICAL_OUTCOMES.has(act.lemma) &&
    r.w(act.from - 1) === 'up' &&
    ['end', 'wind'].includes(r.w(act.from - 2));
  let target: Hit['target'] = act.target ?? caused?.target;
  const hasFuture =
    chain.some((c) => FUTURE.has(c)) ||
    // ("your head is going on a spike": the future inside the phrase, after its subject)
    (act.noun === true && / (will|going) /.test(act.lemma)) ||
    (chain.includes('am') && ingForm) ||
    (chain.includes('are') && ingForm && sw === 'we');
  // ("I'd be happy to …" is eagerness; "we are happy to …" is mostly service talk)
  const hasDesire = chain.some((c) => DESIRE.has(c) && (!POLITE.has(c) || chain.includes('would')));
  const hasDeontic = chain.some(
    (c, k) => DEONTIC.has(c) && (!['got', 'has', 'have'].includes(c) || chain[k + 1] === 'to'),
  );
  const hasHypo = chain.some((c) => HYPOTHETICAL.has(c));
  const passive =
    (BE.has(lastAux) && participle) || (chain.some((c) => BE.has(c)) && (isNoun || act.intransitive));
  let negated = chain.includes('not') && act.lemma !== LEAVE_ALIVE_LEMMA;
  // ("I will be killed tomorrow", "I'm gonna get shot": the speaker the one harmed, in the passive)
  const selfPassive = participle && (BE.has(lastAux) || GET_FORMS.has(lastAux));

  // Attribution ("threatening to kill", "calling for … to be hanged", "he posted"): reported, not said.
  // ("if u delete my post again": a report verb after "my" is the noun, not the reporting)
  let reporter0 = r.any(sStart, act.from, REPORT_VERBS);
  while (reporter0 >= 0 && DETERMINERS.has(r.w(reporter0 - 1)) && r.w(reporter0 - 1) !== 'that')
    reporter0 = r.any(reporter0 + 1, act.from, REPORT_VERBS);
  // ("you'll be writing your next article from a hospital bed": a future, not a report)
  // ("Don't you think the judge deserves a bullet?": the speaker's own opinion, asked to be agreed with)
  const rhetorical = r.rhetoricalNot(act.from);
  // ("you'll wish you never testified when I'm done …": a deed the addressee will regret, not a report)
  const regretted =
    reporter0 > sStart + 2 &&
    (r.w(reporter0 - 1) === 'never' || (r.w(reporter0 - 1) === 'had' && r.w(reporter0 - 2) === 'never')) &&
    r.any(sStart, reporter0, WISHES) >= 0;
  const reporter =
    (reporter0 > sStart + 1 && r.w(reporter0 - 1) === 'be' && FUTURE.has(r.w(reporter0 - 2))) ||
    (rhetorical >= 0 && reporter0 === rhetorical + 2 && r.w(reporter0 - 1) === 'you') ||
    regretted
      ? -1
      : reporter0;
  // "I told him I will …" is the speaker's own threat; "are you saying I will …" is not
  // "If you think Jews should be gassed" reports a belief; "I think he should be shot" is the speaker's own
  // ("the reporter who wrote that story" is a relative clause naming the target, not a report)
  const relativeReport = reporter >= 0 && RELATIVES.has(r.w(reporter - 1));
  const lowerAsReport = (): void => {
    lowered.push(`reported speech: "${r.w(reporter)}"`);
    evidence.push({ from: reporter, to: reporter + 1, label: 'reported' });
    logit -= 5;
  };
  // ("Say that again and I'll break your jaw": an imperative "say" opens a condition, not a report)
  const imperativeSay =
    (reporter === sStart && ['say', 'write', 'post', 'tweet', 'think'].includes(r.w(reporter))) ||
    (reporter === sStart + 1 && r.w(sStart) === 'keep') ||
    // ("If you post my picture again I will end you": what the one addressed might do, a condition)
    (reporter >= sStart + 2 &&
      SECOND.has(r.w(reporter - 1)) &&
      ['if', 'when', 'unless', 'once'].includes(r.w(reporter - 2)) &&
      ['say', 'write', 'post', 'tweet', 'call', 'text', 'report', 'tell'].includes(r.w(reporter)));
  // ("I would think …", "I do believe …": the speaker's own view, through its auxiliaries)
  let speakerAt = reporter - 1;
  while (speakerAt > sStart && AUX.has(r.w(speakerAt)) && !FIRST.has(r.w(speakerAt))) speakerAt--;
  // ("Upvote if you think the judge should be shot. I'll do it if we hit 10k.": the speaker takes it up)
  const takenUp = reporter >= 0 && speakerTakesUp(r, sEnd);
  if (reporter >= 0 && !FIRST.has(r.w(speakerAt)) && !relativeReport && !imperativeSay && !takenUp)
    lowerAsReport();
  // "Communists: Liberals get the bullet, too. Me: wow": a line of a dialogue given to someone else
  // (a dialogue: two speakers' labels or more; "@user" mentions before a label are skipped)
  let lead = sStart;
  while (r.w(lead).startsWith('@')) lead++;
  for (let k = lead + 1; k <= lead + 2 && k < act.from; k++) {
    if (r.w(k) !== ':') continue;
    // (counted only once a label opens this sentence, which is rare)
    let labels = 0;
    for (let q = 1; q < r.t.length; q++) if (r.w(q) === ':' && q - r.start(q) <= 3) labels++;
    if (labels < 2) break;
    const who = targetType(r, k - 1, sStart);
    if ((who === 'group' || who === 'role' || who === 'person') && !['me', 'i', 'my'].includes(r.w(k - 1))) {
      lowered.push(`a line given to someone else: "${r.w(k - 1)}:"`);
      evidence.push({ from: k - 1, to: k + 1, label: 'reported' });
      logit -= 5;
    }
    break;
  }
  // "The idea that Jews should be shot is insane": a clause that names a proposition mentions it;
  // "I love the idea that …" endorses it
  for (let k = sStart; k + 1 < act.from && reporter < 0; k++) {
    if (!PROPOSITION_NOUNS.has(r.w(k)) || r.w(k + 1) !== 'that') continue;
    if (r.any(Math.max(sStart, k - 3), k, ENDORSERS) >= 0) break;
    lowered.push(`a proposition mentioned: "${r.w(k)} that"`);
    evidence.push({ from: k, to: k + 2, label: 'reported' });
    logit -= 5;
    break;
  }

  if (FIRST.has(sw) && !isNoun) {
    if ((past && !hasFuture) || selfPassive) stance = 'none';
    else if (act.intransitive) stance = 'none';
    else if (hasFuture) stance = 'intent';
    else if (hasDesire) stance = 'desire';
    else if (hasHypo) stance = 'hypothetical';
    else if (hasDeontic && sw === 'we') stance = 'call';
    // "I gotta kill that landlord", "I have to shoot him": an obligation the speaker puts on themself
    else if (hasDeontic && sw === 'i' && !past) stance = 'intent';
    else if (
      chain.length === 0 ||
      chain.every(
        (c) => c === 'am' || c === 'are' || c === 'just' || c === 'really' || c === 'go' || c === 'come',
      )
    )
      // "I'm shooting them on sight", "I kill you": present as future; "me and my niece hanging" is not
      // ("we go in at dawn and leave no one alive", "how about I come over there and break …")
      stance =
        (ingForm && chain.some((c) => c === 'am' || c === 'are')) ||
        // ("we go to his house and beat him": a base that looks like a past, after going)
        (!ingForm &&
          chain.every((c) => c === 'go' || c === 'come') &&
          (!participle || (chain.length > 0 && BASE_AS_PAST.has(w))))
          ? 'intent'
          : 'none';
    // "If I were you I'd go down there and burn …": advice is a call on the one addressed
    if (stance === 'hypothetical') {
      const k = r.any(sStart, act.from, IF_SET);
      if (k >= 0 && r.w(k + 1) === 'i' && ['were', 'was'].includes(r.w(k + 2)) && r.w(k + 3) === 'you')
        stance = 'call';
      // "he's lucky I don't know where he lives because I'd break every bone in his body": what the
      // speaker would do, held back only by chance, is a threat
      // (not the past that did not happen: "I would have punched him")
      else if (luckyBefore(r, act.from) && !chain.includes('have')) {
        stance = 'intent';
        reasons.push('what the speaker would do, held back by luck');
      }
    }
    // "the day I start shooting surveyors": beginning the act is doing it
    if (stance === 'none' && ingForm && chain.some((c) => c === 'start' || c === 'begin') && !past)
      stance = 'intent';
    if (stance !== 'none')
      evidence.push({
        from: subj.index,
        to: act.from,
        label: stance === 'hypothetical' ? 'hypothetical' : 'intent',
      });
  } else if (
    (CALLERS.has(sw) ||
      callerRelative(r, subj.index, sStart) ||
      // ("Real Americans would hang every last one of these traitors": the true ones of a kind, called on)
      (ROLE_NOUNS.has(sw) &&
        ['real', 'true'].includes(r.w(subj.index - 1)) &&
        chain.includes('would') &&
        !passive) ||
      // ("Every gun owner in this county should … execute the judge": everyone of a kind, called on)
      (ROLE_NOUNS.has(sw) &&
        !passive &&
        r.any(Math.max(sStart, subj.index - 3), subj.index, new Set(['every', 'all', 'any'])) >= 0)) &&
    (hasDeontic ||
      chain.includes('go') ||
      hasFuture ||
      (chain.includes('would') && r.any(sStart, subj.index, HOPE) >= 0) ||
      (chain.includes('would') && ['real', 'true'].includes(r.w(subj.index - 1))) ||
      reproachIn(r, chain, act.to) ||
      (chain.length === 0 && !ingForm && !past && VOCATIVE_CALLERS.has(sw))) &&
    !isNoun
  ) {
    // ("Anyone who sees the senator should punch him", "I wish someone would kill the governor")
    stance = 'call';
    evidence.push({ from: subj.index, to: act.from, label: 'call' });
  } else if (
    SECOND.has(sw) &&
    hasDeontic &&
    // (not the generic "you gotta …", nor "when you have to …", "why do you need to …?")
    !chain.includes('gotta') &&
    !chain.includes('got') &&
    !SUBORDINATORS.has(r.w(subj.index - 1)) &&
    r.any(sStart, subj.index, GENERIC_OPENERS) < 0 &&
    r.w(r.end(act.from) - 1) !== '?' &&
    !isNoun &&
    !act.intransitive &&
    !passive &&
    !past &&
    !chain.includes('not')
  ) {
    // "You should shoot him", "you'll have to hang all of them": the addressee urged to do it
    stance = 'call';
    evidence.push({ from: subj.index, to: act.from, label: 'call' });
  } else if (
    // ("your head is going on a spike": the addressee's own, named by the phrase)
    // ("You traitors are all going to die": the ones addressed, named by what they are)
    (SECOND.has(sw) ||
      sw === 'your' ||
      (isNoun && SECOND_POSS.has(r.w(act.from - 1))) ||
      // ("you and your whole crew are dead men": the addressee first among them)
      ((r.w(subj.index - 1) === 'you' ||
        r.w(subj.index - 2) === 'you' ||
        [2, 3, 4, 5].some((k) => r.w(subj.index - k) === 'you' && r.w(subj.index - k + 1) === 'and')) &&
        ROLE_NOUNS.has(sw) &&
        r.w(subj.index - 1) !== 'thank')) &&
    (act.intransitive || passive || isNoun) &&
    !consequence &&
    (hasFuture ||
      chain.includes('will') ||
      DEATH_OUTCOMES.has(act.lemma) ||
      (act.intransitive && act.weight >= 0.8 && chain.length === 0 && conditionalIn(r, sStart, sEnd)) ||
      // ("The 4:15 train, third car. That's where you die.": the place or time of it, pointed at)
      (act.intransitive &&
        act.weight >= 0.8 &&
        chain.length === 0 &&
        ['where', 'when'].includes(r.w(subj.index - 1)) &&
        r.w(subj.index - 2) === 'is' &&
        DEMONSTRATIVES.has(r.w(subj.index - 3))) ||
      // a bare "you're dead." is a threat; "when you are dead" is not (no subject right before it)
      // ("ur dead bro.": past a word that calls the one addressed)
      (act.lemma === 'dead' &&
        chain.length === 1 &&
        chain[0] === 'are' &&
        closes(r, act.to + (ADDRESS_WORDS.has(r.w(act.to)) ? 1 : 0))))
  ) {
    stance = 'fate';
    const you = subj.index >= 0 ? subj.index : act.from - 1;
    target = { from: you, to: you + 1, type: 'person', text: 'you' };
    evidence.push({ from: you, to: act.from, label: 'fate' });
  } else if (subj.index < 0 && hasFuture && !isNoun) {
    // "gonna shoot the first cop …": the subject dropped, as posts do, is the speaker
    stance = 'intent';
    evidence.push({ from: act.from - chain.length, to: act.from, label: 'intent' });
  } else if (subj.index < 0 && hasDesire && chain[0] === 'would' && !isNoun && !past) {
    // "Would love to watch the whole city council burn alive": the speaker's own desire, "I" left out
    stance = 'desire';
    evidence.push({ from: act.from - chain.length, to: act.from, label: 'intent' });
  } else if (
    PROPOSERS.has(sw) &&
    FIRST.has(r.w(subj.index - 1)) &&
    chain.length === 0 &&
    !isNoun &&
    !act.intransitive &&
    (w === (ACTS.get(w)?.lemma ?? w) || PHRASAL.has(w))
  ) {
    // "I say nuke the whole region", "I vote hang them": the speaker proposing an act to others
    stance = 'imperative';
    evidence.push({ from: subj.index - 1, to: act.from, label: 'call' });
  } else if (
    REMEDIES.has(sw) &&
    chain.length >= 2 &&
    chain[chain.length - 1] === 'to' &&
    chain.slice(0, -1).every((c) => c === 'is' || c === 'just' || c === 'simply') &&
    !isNoun &&
    !act.intransitive
  ) {
    // "The only answer is to throw every cop into …": a remedy proposed is a call
    stance = 'imperative';
    evidence.push({ from: subj.index, to: act.from, label: 'call' });
  } else if (
    sw === 'time' &&
    chain[0] === 'to' &&
    chain.every((c) => c === 'to' || c === 'start' || c === 'begin') &&
    !isNoun
  ) {
    stance = 'imperative';
  } else if (subj.index < 0 || (IMPERATIVE_LEAD.has(sw) && !PRONOUN_SUBJECTS.has(r.w(subj.index - 1)))) {
    // ("you better beat Canada" is advice to the addressee, not a call to violence)
    // no subject: an imperative, if the verb is in its base form ("Shoot the protesters.", "go kill him")
    // ("start shooting": the order is to begin the act)
    const begin = chain.length > 0 && ['start', 'begin'].includes(chain[chain.length - 1]!) && ingForm;
    // ("kil all …": a listed short spelling of the verb is its base form too)
    const lemma = ACTS.get(w)?.lemma ?? w;
    // ("Breaking the organizer's jaw is not activism": a gerund that is the subject of "is" names the
    // act, it orders nothing)
    const gerundSubject = ingForm && !begin && chain.length === 0 && r.any(act.to, sEnd, IS_WAS) >= 0;
    const base =
      !gerundSubject && (w === lemma || (lemma.startsWith(w) && w.length >= 3) || PHRASAL.has(w) || begin);
    const nx = r.w(act.to);
    if (
      !isNoun &&
      base &&
      !act.intransitive &&
      chain.every((c) => IMPERATIVE_LEAD.has(c) || (begin && (c === 'start' || c === 'begin'))) &&
      (!r.titleCase || r.shouting || r.exclaimed(act.from)) &&
      !COPULA.has(nx) &&
      nx !== "'s" &&
      // ("Run him over.": an object inside the act's words is enough; "make them bleed.": or between
      // the causer and the act)
      // (not "let em burn", as often said of companies and causes as of people)
      (act.objFrom < act.to ||
        !isSentenceEnd(nx) ||
        begin ||
        (caused !== undefined && MAKE_FORMS.has(r.w(caused.verb))))
    )
      stance = 'imperative';
    // ("Shooting up the school tomorrow, don't come": "I'm" left out before a plan with its time)
    else if (
      subj.index < 0 &&
      ingForm &&
      !gerundSubject &&
      chain.length === 0 &&
      !isNoun &&
      act.from === sStart &&
      // (a verb that means only harm: not "taking the kids out today", "burning the midnight oil")
      act.weight >= 0.9 &&
      specifics.some((x) => x.label === 'time' && x.from >= sStart && x.from < sEnd)
    ) {
      stance = 'intent';
      evidence.push({ from: act.from, to: act.to, label: 'intent' });
    }
    if (sw === 'us' && r.w(subj.index - 1) === 'let') stance = 'imperative';
  } else if (sw === 'us' && r.w(subj.index - 1) === 'let' && !isNoun) {
    stance = 'imperative';
  }
  // "X should hang", "they must burn": a transitive verb with nothing after it reads as done to the subject
  const bare =
    !isNoun &&
    !act.intransitive &&
    w === (ACTS.get(w)?.lemma ?? w) &&
    act.to === act.from + 1 &&
    !ingForm &&
    (isSentenceEnd(r.w(act.to)) || r.w(act.to) === ',' || r.w(act.to) === '' || r.w(act.to) === 'for');
  // a passive wish needs its "be" ("should be shot", "needs to get hanged"); "anything you need burned" is not one
  const passiveWish =
    passive && chain.some((c) => c === 'be' || c === 'get' || c === 'been' || c === 'getting');
  if (
    stance === 'none' &&
    !FIRST.has(sw) &&
    (hasDeontic || chain.includes('to')) &&
    (act.intransitive || passiveWish || isNoun || bare) &&
    !past
  ) {
    // "X deserves to die", "X should be shot", "every judge … deserves a rope"
    if (hasDeontic) {
      stance = 'wish';
      evidence.push({ from: Math.max(subj.index + 1, sStart), to: act.from, label: 'wish' });
    }
  }
  if (stance === 'none') {
    const hope = r.any(sStart, act.from, HOPE);
    // ("Praying for the day …": the speaker's own hope, with the pronoun left out)
    // ("I genuinely hope …": an adverb between)
    if (
      hope >= 0 &&
      // ("here's hoping …")
      (FIRST.has(r.w(hope - 1)) ||
        (r.w(hope - 1) === "'s" && r.w(hope - 2) === 'here') ||
        hope === sStart ||
        (FIRST.has(r.w(hope - 2)) &&
          (isMannerAdverb(r.w(hope - 1)) || ['really', 'truly', 'so', 'just'].includes(r.w(hope - 1))))) &&
      (act.intransitive || passive || isNoun)
    ) {
      stance = 'wish';
      evidence.push({ from: hope - 1, to: hope + 1, label: 'wish' });
    }
    // "can't wait for someone to put a bullet in …": eagerness for someone else's act is a wish
    for (let k = sStart; k + 3 < act.from; k++)
      if (
        r.w(k) === 'can' &&
        r.w(k + 1) === 'not' &&
        r.w(k + 2) === 'wait' &&
        ['for', 'till', 'until', 'til', 'till', 'untill'].includes(r.w(k + 3)) &&
        !FIRST.has(r.w(k + 4))
      ) {
        stance = 'wish';
        evidence.push({ from: k, to: k + 3, label: 'wish' });
        break;
      }
    // "May the senator die a painful death": the optative
    if (r.w(sStart) === 'may' && sStart < act.from && (act.intransitive || passive)) {
      stance = 'wish';
      evidence.push({ from: sStart, to: sStart + 1, label: 'wish' });
    }
    if (r.w(act.from) === 'death' && (r.w(act.from + 1) === 'to' || r.w(act.from + 1) === '2')) {
      // "Death to the judges": a call, aimed at what follows
      stance = 'call';
      target = findObject(r, act.from + 2, 5);
    }
  }
  // "tomorrow night he eats a bullet": the present tense, with a time to come, tells the future
  // ("next week he eats a bullet")
  const nextAt = r.any(sStart, sEnd, NEXT);
  const scheduled =
    chain.length === 0 &&
    !past &&
    (r.any(sStart, sEnd, COMING_TIMES) >= 0 || (nextAt >= 0 && TIME_WORDS.has(r.w(nextAt + 1))));
  if (
    stance === 'none' &&
    !past &&
    // ("it is murder", "that was torture": a word for what an act is, not a harm to come)
    !((isNoun || bare) && DEMONSTRATIVES.has(sw)) &&
    // ("I'll be in the hospital tomorrow for tests": the speaker's own lot)
    !(FIRST.has(sw) && (((isNoun || act.intransitive) && !participle) || selfPassive)) &&
    (hasFuture ||
      scheduled ||
      // ("If this bill passes, the senator dies. I'll see to it.": the present of what follows a
      // condition, with the speaker's hand in it; not "if the surgery fails, the patient dies")
      // (or said of every one of a kind: "If my son gets deported, every agent at that office dies")
      (chain.length === 0 &&
        act.intransitive &&
        !FIRST.has(sw) &&
        conditionalIn(r, sStart, sEnd) &&
        (hasAgency(r, 0, r.t.length) || r.any(sStart, act.from, EVERY_ONE) >= 0)) ||
      chain.includes('getting') ||
      chain.includes('gets') ||
      chain.includes('is') ||
      chain.includes('are') ||
      // ("unless the mayor resigns his kids get hurt": someone's kin, on a condition; not "people get hurt")
      (chain.length === 1 &&
        chain[0] === 'get' &&
        KIN.has(sw) &&
        THIRD_OWNERS.has(r.w(subj.index - 1)) &&
        conditionalIn(r, sStart, sEnd))) &&
    (act.intransitive || passive || isNoun || bare || hangingFrom)
  ) {
    // "Deputy Harlan is going to bleed out", "That councilwoman is getting a bullet"
    // ("… is getting a pipe bomb for christmas": a bomb does not arrive by chance)
    stance = act.delivered ? 'veiled' : 'prediction';
  }
  // "she's dead when I see her": a death the speaker sets for the moment they meet
  if (stance === 'prediction' && (act.lemma === 'dead' || DEATH_OUTCOMES.has(act.lemma))) {
    const when = r.any(act.to, sEnd, WHEN_NEXT);
    if (when >= 0 && FIRST.has(r.w(when + 1)) && MEETINGS.has(r.w(when + 2))) {
      stance = 'intent';
      evidence.push({ from: when, to: when + 3, label: 'intent' });
    }
  }

  // "traitors get the rope": what a kind of people get, declared in the present, is a wish
  if (
    stance === 'none' &&
    isNoun &&
    chain.length === 1 &&
    (chain[0] === 'get' || chain[0] === 'gets') &&
    subj.index >= 0 &&
    targetType(r, subj.index, sStart) === 'group' &&
    act.weight >= 0.8
  ) {
    stance = 'wish';
    evidence.push({ from: subj.index, to: act.from, label: 'wish' });
  }
  // "Those people belong in a gas chamber": where someone belongs, said of others
  if (act.normative && stance === 'none' && !FIRST.has(sw) && !SELF.has(sw)) {
    stance = 'wish';
    evidence.push({ from: act.from, to: act.from + 1, label: 'wish' });
  }
  // "Killing communists is self defense", "shooting looters is a public service": approving the act
  if (stance === 'none' && ingForm && !isNoun && !act.intransitive && subj.index < 0 && !past) {
    const approval = approvedGerund(r, act, sStart);
    if (approval >= 0) {
      stance = 'wish';
      evidence.push({ from: approval, to: approval + 1, label: 'wish' });
    }
  }
  // "That prosecutor needs hanging", "the landlord needs the life choked out of him": what someone
  // needs done to them
  if (stance === 'none' && !isNoun && !act.intransitive) {
    const need = neededHarm(r, act, w, ingForm, participle, sStart);
    if (need >= 0) {
      stance = 'wish';
      evidence.push({ from: need, to: need + 1, label: 'wish' });
    }
  }
  // "I will make sure she loses her life": what the speaker makes sure of is the speaker's doing
  if (stance === 'none' && !past) {
    const sure = r.any(sStart, act.from, SURE);
    if (
      sure > sStart &&
      (r.w(sure - 1) === 'make' || r.w(sure - 1) === 'making') &&
      r.any(Math.max(sStart, sure - 4), sure, FIRST) >= 0 &&
      r.any(Math.max(sStart, sure - 4), sure, NEGATORS) < 0
    ) {
      stance = 'intent';
      evidence.push({ from: sure - 1, to: sure + 1, label: 'intent' });
    }
  }
  // "I'd pull the trigger on every one of them myself": a would with the speaker's own hand is willingness
  if (stance === 'hypothetical' && r.any(act.to, sEnd, new Set(['myself', 'ourselves'])) >= 0)
    stance = 'desire';
  // "The only solution is a bullet for every last one of these cartel scum": a remedy named by its means
  if (
    (stance === 'none' || stance === 'prediction') &&
    isNoun &&
    r.w(act.from - 2) === 'is' &&
    ARTICLES.has(r.w(act.from - 1))
  ) {
    const remedy = r.w(act.from - 3);
    if (REMEDIES.has(remedy) && r.w(act.to) === 'for' && r.any(sStart, act.from, NEGATORS) < 0) {
      stance = 'call';
      target ??= findObject(r, act.to + 1, 7);
      evidence.push({ from: act.from - 3, to: act.from, label: 'call' });
    } else if (r.any(sStart, act.from, NEGATORS) < 0) {
      // ("the only fix for these politicians is a rope": the people named before the means)
      for (let k = act.from - 3; k >= Math.max(sStart + 1, act.from - 10); k--)
        if (r.w(k) === 'for' && REMEDIES.has(r.w(k - 1)) && ['only', 'best', 'real'].includes(r.w(k - 2))) {
          const who = findObject(r, k + 1, act.from - 2 - (k + 1));
          if (who && (who.type === 'person' || who.type === 'role' || who.type === 'group')) {
            stance = 'call';
            target = who;
            evidence.push({ from: k - 2, to: k + 1, label: 'call' });
          }
          break;
        }
    }
  }
  // "want me to come over there and break your jaw?": the speaker offering to do it, asked as a dare
  let dare = false;
  if (stance === 'none' && !past && !isNoun) {
    for (let k = Math.max(sStart, act.from - 9); k + 2 < act.from; k++)
      if (r.w(k) === 'want' && r.w(k + 1) === 'me' && r.w(k + 2) === 'to' && !FIRST.has(r.w(k - 1))) {
        stance = 'intent';
        evidence.push({ from: k, to: k + 3, label: 'intent' });
        dare = true;
        break;
      }
    // ("you'll wish you never testified when I'm done carving you up": the speaker's act, its end foretold)
    const doneAt = act.from - 1;
    if (
      !dare &&
      ingForm &&
      DONE_WORDS.has(r.w(doneAt)) &&
      (r.w(doneAt - 1) === 'am' || r.w(doneAt - 1) === 'are') &&
      FIRST.has(r.w(doneAt - 2)) &&
      WHEN_DONE.has(r.w(doneAt - 3))
    ) {
      stance = 'intent';
      evidence.push({ from: doneAt - 3, to: act.from, label: 'intent' });
      dare = true;
    }
    // ("give me one reason not to shoot you": the speaker's harm, held back only for want of a reason)
    const give = r.any(Math.max(sStart, act.from - 9), act.from, GIVE_ME);
    const reason = give >= 0 ? r.any(give + 2, act.from, REASONS) : -1;
    if (
      !dare &&
      give >= 0 &&
      r.w(give + 1) === 'me' &&
      reason > 0 &&
      reason <= give + 4 &&
      r.w(act.from - 1) === 'to' &&
      (act.from - 1 === reason + 1 || (r.w(reason + 1) === 'not' && act.from - 1 === reason + 2))
    ) {
      stance = 'intent';
      evidence.push({ from: give, to: act.from, label: 'intent' });
      dare = true;
      negated = false;
    }
  }
  // "Let's see how tough the judge is with a bat to the kneecaps": a taunt, the harm the speaker's test
  if (stance === 'none' && !past) {
    const taunt = tauntAt(r, sStart, act.from);
    if (taunt >= 0) {
      stance = 'intent';
      target ??= findObject(r, taunt + 3, 4);
      evidence.push({ from: taunt, to: taunt + 3, label: 'intent' });
    }
  }
  // "My dream is to see every activist … run over", "our goal is to …": the speaker's own desire
  if (
    (stance === 'none' || stance === 'hypothetical') &&
    ASPIRATIONS.has(sw) &&
    (r.w(subj.index - 1) === 'my' || r.w(subj.index - 1) === 'our') &&
    chain[0] === 'is' &&
    chain.includes('to') &&
    !isNoun
  ) {
    stance = 'desire';
    evidence.push({ from: subj.index - 1, to: act.from, label: 'intent' });
  }
  // "Die slow, you worthless reporter": an order to die, to someone addressed
  if (
    stance === 'none' &&
    act.lemma === 'die' &&
    w === 'die' &&
    subj.index < 0 &&
    chain.every((c) => c === 'just' || c === 'go') &&
    r.any(sStart, sEnd, SECOND) >= 0
  ) {
    stance = 'wish';
    target = {
      from: r.any(sStart, sEnd, SECOND),
      to: r.any(sStart, sEnd, SECOND) + 1,
      type: 'person',
      text: 'you',
    };
    evidence.push({ from: act.from, to: act.to, label: 'wish' });
  }
  // "Why don't we just drag him out and beat him", "Isn't it time somebody started shooting …": a
  // proposal put as a question is a call
  const proposal = suggestionFrame(r, sStart);
  if (proposal >= 0 && proposal <= act.from && !isNoun && !past) {
    negated = false;
    if (stance === 'none' || stance === 'hypothetical') {
      stance = 'call';
      evidence.push({ from: sStart, to: proposal, label: 'call' });
    }
  }
  // Target
  if (!target) {
    if (
      act.intransitive ||
      passive ||
      isNoun ||
      stance === 'prediction' ||
      (stance === 'wish' && (bare || !findObject(r, act.objFrom, 6)))
    ) {
      // the subject right before the verb, when it is a person ("people who say immigrants should be
      // shot"); else the head of the clause's subject ("the attorney who got them released is …")
      const st = subj.index >= 0 ? targetType(r, subj.index, sStart) : undefined;
      // ("If they certify this, democracy is dead": a thing that dies, not someone of another clause;
      // "Every judge who signed an order deserves a rope": the person heading its own clause is)
      const fst =
        st === 'role' || st === 'group' || (st === 'person' && !FIRST.has(sw))
          ? undefined
          : findSubjectTarget(r, act.from);
      target =
        st === 'role' || st === 'group' || (st === 'person' && !FIRST.has(sw))
          ? { from: subj.index, to: subj.index + 1, type: st, text: r.w(subj.index) }
          : st === 'object' &&
              (act.intransitive || isNoun) &&
              !PERSON_PRONOUNS.has(sw) &&
              !DEMONSTRATIVES.has(sw) &&
              (!fst || fst.from < r.clauseStartBefore(subj.index))
            ? { from: subj.index, to: subj.index + 1, type: 'object', text: sw }
            : // ("the clinic is getting bombed tomorrow": a place, the subject of the passive)
              st === 'place' && passive && !fst
              ? { from: subj.index, to: subj.index + 1, type: 'place', text: sw }
              : fst;
    }
    if (!target && !act.intransitive) target = findObject(r, act.objFrom, 6);
    // "shoot first ask later, every one of these looters": the people named after a comma, in apposition
    if ((!target || target.type === 'unknown') && !act.intransitive && !act.property) {
      // (a determiner opens it and it ends the sentence: not a list, "rape, obstruction of justice", nor a
      // vocative, "…, boys")
      const comma = r.any(act.to, sEnd, new Set([',']));
      const np = comma >= 0 && DETERMINERS.has(r.w(comma + 1)) ? findObject(r, comma + 1, 7) : undefined;
      if (
        np &&
        (np.type === 'group' || np.type === 'role') &&
        (np.to === sEnd || isSentenceEnd(r.w(np.to)) || r.w(np.to) === '') &&
        !r.t.slice(comma + 1, np.from).some((x) => AUX.has(x.w) || ACTS.has(x.w) || FIRST.has(x.w))
      )
        target = np;
    }
    // ("empty a clip": the clip is the means, not the one aimed at)
    if (!target && act.to > act.from + 1 && act.lemma !== 'empty a clip')
      target = findObject(r, act.from + 1, 3);
    // ("until the auditor is dead": only the living die, so an agent noun the lexicons lack is someone)
    if (
      !target &&
      (act.lemma === 'dead' || act.lemma === 'die') &&
      subj.index >= 0 &&
      AGENT_NOUN.test(sw) &&
      DETERMINERS.has(r.w(subj.index - 1))
    )
      target = { from: subj.index, to: subj.index + 1, type: 'person', text: sw };
  }
  // "burn it with the guards inside", "firebomb the house with him in it": people in the place
  if (
    target &&
    (target.type === 'object' || target.type === 'place' || target.type === 'unknown') &&
    act.property
  ) {
    const withAt = r.any(target.to, sEnd, WITH_SET);
    if (withAt >= 0) {
      const inside = findObject(r, withAt + 1, 4);
      if (inside && (inside.type === 'person' || inside.type === 'role' || inside.type === 'group'))
        target = inside;
    }
  }
  // Personal details posted, then "burn it down": the "it" is the target's home
  if (
    target &&
    target.type === 'object' &&
    (target.text === 'it' || target.text === 'that') &&
    specifics.some((x) => x.label === 'personal-details')
  ) {
    const owner = findSubjectTarget(r, r.start(act.from) > 0 ? r.start(act.from) - 1 : act.from);
    target = owner ?? { ...target, type: 'place' };
  }
  // "go down to that mosque and torch it during friday prayers": the "it" is the occupied place just named
  if (target && target.type === 'object' && target.text === 'it' && act.property) {
    for (let j = act.from - 1; j >= 0 && j >= act.from - 12; j--)
      if (OCCUPIED_PLACES.has(r.w(j)) && !['home', 'house'].includes(r.w(j))) {
        target = { from: j, to: j + 1, type: 'place', text: r.w(j) };
        break;
      }
  }
  // "If ICE comes to your street, shoot first.": an order with no object, at whoever the condition names
  if (
    (!target || target.type === 'unknown') &&
    stance === 'imperative' &&
    !act.intransitive &&
    !act.property &&
    r.w(sStart) === 'if'
  ) {
    for (let j = sStart + 1; j < act.from && j < sStart + 5; j++) {
      const ty = targetType(r, j, sStart);
      if (ty === 'role' || ty === 'group') {
        target = { from: j, to: j + 1, type: ty, text: r.w(j) };
        break;
      }
    }
  }
  // "the traitors won't hang themselves": that they will not do it to themselves calls on others to
  // (the negation is theirs, not the call's)
  let calledOn = false;
  if (
    target?.type === 'object' &&
    REFLEXIVE_3.has(target.text) &&
    target.text !== 'itself' &&
    chain.includes('not') &&
    chain.some((c) => FUTURE.has(c)) &&
    act.weight >= 0.8 &&
    subj.index >= 0
  ) {
    const who = targetType(r, subj.index, sStart);
    if (who === 'role' || who === 'group') {
      target = { from: subj.index, to: subj.index + 1, type: who, text: r.w(subj.index) };
      stance = 'call';
      calledOn = true;
      negated = false;
      reasons.push(`"${r.w(subj.index)} won't ${w} ${r.w(act.to)}": a call for others to do it`);
    }
  }
  // "walk into the newsroom and start shooting": an act with no object, at an occupied place just named
  let atPlace = false;
  if (!target && stance !== 'none' && !act.property && act.to >= r.end(act.from) - 1) {
    for (let j = act.from - 1; j >= sStart && !target; j--) {
      // (entered: "walk into the newsroom", "show up at the rally"; not "a studio shoot")
      // ("walk into that city council meeting": a name of a few words before the place)
      let p = j - 1;
      while (p > j - 4 && p > sStart && !['into', 'in', 'to', 'at', 'inside'].includes(r.w(p))) p--;
      const mover = r.w(p - 1) === 'up' ? r.w(p - 2) : r.w(p - 1);
      if (
        OCCUPIED_PLACES.has(r.w(j)) &&
        ['into', 'in', 'to', 'at', 'inside'].includes(r.w(p)) &&
        MOVERS.has(mover)
      ) {
        target = { from: j, to: j + 1, type: 'place', text: r.w(j) };
        atPlace = true;
      }
    }
  }
  // "Unless the council resigns by Friday, we'll start shooting": the condition names the target
  if (!target && (stance === 'intent' || stance === 'call') && conditionalIn(r, sStart, sEnd)) {
    for (let j = sStart; j < act.from; j++) {
      const ty = targetType(r, j, sStart);
      if (ty === 'role' || ty === 'group' || (ty === 'person' && !PERSON_PRONOUNS.has(r.w(j)))) {
        target = { from: j, to: j + 1, type: ty, text: r.w(j) };
        break;
      }
    }
  }
  // A report in a relative clause: "people who say immigrants should be shot" reports the threat
  // (its target comes after the verb); "the reporter who wrote that story is getting a bullet"
  // only names the target (it comes before)
  // ("find the nurse who reported me and slit her throat": the speaker's own act, after the relative clause)
  // ("find the journalist who wrote this and make her pay": an order to the reader, likewise)
  // ("if anyone sees the guy who wrote this article, break his fingers": an order after the clause)
  const ownActAfterRelative =
    ((FIRST.has(sw) || IMPERATIVE_VERBS.has(r.w(sStart))) && r.any(reporter + 1, act.from, AND) >= 0) ||
    ((stance === 'imperative' || stance === 'call') && r.any(reporter + 1, act.from, COMMA) >= 0);
  if (relativeReport && !ownActAfterRelative && (!target || target.from > reporter)) lowerAsReport();
  // ("… is a dead man. I'll make sure.": the speaker's word in the next sentence, said of this one)
  const agency = hasAgency(r, sStart, sEnd) || (sEnd < r.t.length && vouches(r, sEnd));
  // "Your wife is going to find you in a ditch": someone else will find the addressee dead
  if (
    stance === 'none' &&
    /^(find|finds|found) /.test(act.lemma) &&
    target?.text === 'you' &&
    // ("I'll make sure your family finds you in pieces": the speaker's own doing)
    // ("Testify tomorrow and your family finds you face down in the river": the present of what follows
    // a condition or an order)
    (hasFuture ||
      chain.includes('will') ||
      agency ||
      (chain.length === 0 && (conditionalIn(r, sStart, sEnd) || r.any(sStart, act.from, AND) >= 0)))
  )
    stance = 'fate';
  // ("Do you know what happens to snitches like you? They get their throats cut. You're next.": a harm
  // told of others, then the addressee named as the next to suffer it)
  if (
    (stance === 'none' || stance === 'wish' || stance === 'prediction') &&
    !past &&
    act.weight >= 0.8 &&
    target &&
    target.type !== 'object' &&
    target.type !== 'self' &&
    sEnd < r.t.length &&
    r.w(sEnd) === 'you' &&
    r.w(sEnd + 1) === 'are' &&
    r.w(sEnd + 2) === 'next' &&
    closes(r, sEnd + 3)
  ) {
    stance = 'fate';
    target = { from: sEnd, to: sEnd + 1, type: 'person', text: 'you' };
    evidence.push({ from: sEnd, to: sEnd + 3, label: 'fate' });
  }
  if (stance === 'prediction') {
    if (/^pay (with|in) /.test(act.lemma) && hasFuture && target && target.type !== 'object') {
      // "They are going to pay with their lives": a price exacted, not a fate foreseen
      stance = 'fate';
      reasons.push('retribution promised');
    } else if (agency) {
      stance = 'intent';
      reasons.push('first-person agency ("by me", "my …")');
    } else if (
      // ("your office is going up with you inside": the addressee inside what burns)
      (SECOND.has(sw) ||
        act.target?.text === 'you' ||
        (target?.text === 'you' && reasons.includes('people inside'))) &&
      // ("you're getting stabbed the minute you walk out": the progressive, of a time to come)
      (hasFuture ||
        (sw === 'you' && chain.includes('getting') && conditionalIn(r, sStart, sEnd)) ||
        // ("your clinic is going up with you inside it": a building burning now is one about to)
        act.lemma === GOING_UP_INSIDE) &&
      !consequence
    )
      stance = 'fate';
    else if (
      target &&
      (target.type === 'role' || target.type === 'person') &&
      r.t.some((x) => x.emoji && WEAPONS.has(x.w))
    ) {
      // "the sheriff is getting 🔫 tonight"
      stance = 'fate';
      reasons.push('weapon emoji aimed at the target');
    } else if (
      ctx.obfuscated &&
      hasFuture &&
      act.weight >= 0.8 &&
      target &&
      (target.type === 'role' || target.type === 'person') &&
      !SECOND.has(target.text)
    ) {
      // "the sheriff will b-l-e-e-d tonight": a harm foretold in a spelling made to slip past filters
      stance = 'fate';
      reasons.push('harm foretold in a disguised spelling');
    } else if (
      // ("Tonight the mayor's office goes up in flames with her in it": a burning set for a time, with
      // someone inside)
      (reasons.includes('people inside') || peopleInside(r, act.to) >= 0) &&
      (hasFuture || scheduled || specifics.some((x) => x.label === 'time')) &&
      target &&
      (target.type === 'role' || target.type === 'person' || target.type === 'group')
    ) {
      stance = 'fate';
      reasons.push('harm set for a time');
    } else if (
      // ("That doctor at the clinic is getting a bullet between the eyes this week", "Protesters blocking
      // the road tomorrow are getting run over": a harm received, set for a time)
      // ("… are going to get run over tomorrow": the same, in the future)
      (chain.includes('getting') || (chain.includes('get') && hasFuture)) &&
      act.weight >= 0.9 &&
      specifics.some((x) => x.label === 'time') &&
      target &&
      (target.type === 'role' ||
        target.type === 'group' ||
        (target.type === 'person' && !SECOND.has(target.text)))
    ) {
      stance = 'fate';
      reasons.push('harm set for a time');
    } else if (
      hangingFrom &&
      hasFuture &&
      target &&
      (target.type === 'role' || target.type === 'person' || target.type === 'group')
    ) {
      // "the pastor will hang from the steeple by Sunday": a lynching foretold, where and whom
      stance = 'fate';
      reasons.push('a hanging foretold');
    } else if (passive && r.w(act.to) === 'on' && r.w(act.to + 1) === 'sight') {
      // "The clerk who rejected my permit is getting shot on sight": a standing order, not a forecast
      stance = 'fate';
      reasons.push('harm ordered on sight');
    } else if (
      // ("unless the DA drops the charges his family gets hurt": a lesser harm, to someone's kin, is
      // the extortioner's word; not "drive drunk and your family gets hurt", a danger warned of)
      (act.weight >= 0.8 ||
        (act.weight >= 0.6 &&
          target &&
          ((KIN.has(target.text) && THIRD_OWNERS.has(r.w(target.from - 1))) ||
            // ("every reporter at that paper is getting a beating when this is over": one received)
            (isNoun && r.w(act.from - 1) === 'a' && r.w(act.from - 2) === 'getting')))) &&
      target &&
      (target.type === 'role' ||
        target.type === 'group' ||
        (target.type === 'person' && !SECOND.has(target.text))) &&
      conditionalIn(r, sStart, sEnd)
    ) {
      // "If the verdict goes wrong, the jurors are dead", "The next cop who stops me gets shot"
      stance = 'fate';
      reasons.push('harm promised on a condition');
    }
  }

  // "The world would be better if those protesters were all shot": a counterfactual wish
  // A bounty: "Whoever takes out the DA gets free drinks for life", "$500 to whoever breaks his jaw"
  if (
    (stance === 'none' || stance === 'prediction') &&
    (sw === 'whoever' || (sw === 'who' && r.w(subj.index - 1) === 'anyone')) &&
    (r.any(act.to, sEnd, REWARDS) >= 0 ||
      (r.w(subj.index - 1) === 'to' && r.t.slice(sStart, subj.index).some((x) => /^\d/.test(x.w))))
  ) {
    stance = 'call';
    reasons.push('a reward offered for it');
    evidence.push({ from: subj.index, to: subj.index + 1, label: 'call' });
  }
  // "if anyone attacks you, call the police": someone in a condition is no one called on
  if (stance === 'call' && INDEFINITE_AGENTS.has(sw) && CONDITION_OPENERS.has(r.w(subj.index - 1)))
    stance = 'none';
  let counterfactual = false;
  if (stance === 'none' || stance === 'prediction') {
    const iff = r.any(sStart, act.from, IF_SET);
    if (
      iff > sStart &&
      // ("better off if", "a better place if")
      ['better', 'nicer', 'safer', 'great', 'good'].includes(
        r.w(iff - 1) === 'off' || ['place', 'world', 'country', 'town', 'city'].includes(r.w(iff - 1))
          ? r.w(iff - 2)
          : r.w(iff - 1),
      ) &&
      (r.any(iff, act.from, new Set(['were', 'was', 'got'])) >= 0 ||
        // ("… if someone strangled that governor in her sleep": a deed wished of anyone at all)
        (past && act.from === iff + 2 && INDEFINITE_AGENTS.has(r.w(iff + 1))))
    ) {
      stance = 'wish';
      counterfactual = true;
    } else if (iff > sStart && indifferentBefore(r, sStart, iff)) {
      // "I wouldn't shed a tear if the newsroom went up in flames": the speaker's calm at a harm wished
      stance = 'wish';
      counterfactual = true;
      evidence.push({ from: sStart, to: iff + 1, label: 'wish' });
    }
  }
  // "the sooner that judge dies the better": a wish put as a comparison
  if ((stance === 'none' || stance === 'prediction') && !past) {
    const soon = r.any(sStart, act.from, SOONER);
    const better = soon >= 0 ? r.any(act.to, sEnd, BETTER) : -1;
    if (soon > sStart - 1 && r.w(soon - 1) === 'the' && better > 0 && r.w(better - 1) === 'the') {
      stance = 'wish';
      evidence.push({ from: soon - 1, to: soon + 1, label: 'wish' });
    }
  }
  // "Time for the people to storm … and hang every judge", "it's time to …": a call to act, when
  // the act is in that infinitive and aimed at people named as such
  if (stance === 'none' && target && (target.type === 'role' || target.type === 'group')) {
    const tm = r.any(sStart, act.from, new Set(['time']));
    if (
      tm >= 0 &&
      (r.w(tm + 1) === 'to' || r.w(tm + 1) === 'for') &&
      act.from - tm <= 10 &&
      r.any(tm, act.from, new Set(['that', 'which', 'who', 'would'])) < 0 &&
      !past
    )
      stance = 'call';
  }
  // "I'm not leaving until they're all dead": the harm is the goal the speaker holds out for
  for (let k = sStart; k < act.from; k++) {
    if (r.w(k) !== 'until' && r.w(k) !== 'till') continue;
    const open = stance === 'none' || stance === 'prediction' || stance === 'hypothetical';
    if (
      r.any(Math.max(sStart, k - 5), k, NEGATORS) >= 0 &&
      r.any(Math.max(sStart, k - 7), k, FIRST) >= 0 &&
      open
    )
      stance = 'intent';
    // "I'm going to squeeze until she stops breathing": the harm after "until" is what the speaker's
    // own act is for
    else if (
      open &&
      act.from > k &&
      (act.intransitive || isNoun) &&
      // (not "until I stop breathing", "until my eyes bleed")
      !FIRST.has(sw) &&
      !['my', 'our'].includes(r.w(subj.index - 1)) &&
      r.any(Math.max(sStart, k - 12), k, FIRST) >= 0 &&
      r.any(Math.max(sStart, k - 12), k, FUTURE) >= 0 &&
      r.any(Math.max(sStart, k - 12), k, NEGATORS) < 0
    ) {
      stance = 'intent';
      evidence.push({ from: k, to: k + 1, label: 'intent' });
    }
    break;
  }

  // "the crowd is going to explode": people who explode are excited; a car that explodes, with
  // someone in it or someone's, is the harm ("may that reporter's car explode with her in it")
  if (
    act.lemma === 'explode' &&
    target &&
    (target.type === 'person' || target.type === 'role' || target.type === 'group') &&
    r.w(target.to) !== "'s" &&
    !reasons.includes('people inside')
  ) {
    lowered.push('figurative: people exploding');
    logit -= 5;
  }
  // "smash that ref's skull in", "bash his face in": a blow aimed at the head or body is an injury
  const bodyAimed =
    target !== undefined &&
    (target.type === 'person' || target.type === 'role') &&
    (BODY_PARTS.has(r.w(target.to)) ||
      (r.w(target.to) === "'s" && BODY_PARTS.has(r.w(target.to + 1))) ||
      BODY_PARTS.has(r.w(target.from + 1)));
  if (bodyAimed && act.weight < 0.8 && !isNoun) logit += 2 * (0.8 - act.weight);

  // Stance weights
  // ("We cut the brake lines on your car, Councilman. Drive safe.": done to the addressee's car, by the
  // speaker, it is a threat whatever its tense)
  if (act.lemma === 'cut the brakes' && stance === 'none' && target?.text === 'you' && FIRST.has(sw)) {
    stance = 'intent';
    evidence.push({ from: subj.index, to: act.from, label: 'intent' });
  }
  const STANCE_LOGIT: Record<Stance, number> = {
    intent: 3,
    fate: 3,
    call: 2.6,
    imperative: 2.3,
    wish: 2.6,
    desire: 2.2,
    hypothetical: 0.8,
    prediction: 1.0,
    veiled: 3,
    armed: 3,
    doxxing: 3,
    none: -1.5,
  };
  logit += STANCE_LOGIT[stance];
  // (a fate promised to someone talked about, "the next cop who stops me gets shot", has its own reason)
  const ownFate = stance === 'fate' && target?.text !== 'you';
  if (stance !== 'none' && !ownFate) reasons.push(stanceReason(stance));
  else if (ownFate && !reasons.some((x) => /^(harm promised|retribution|weapon emoji)/.test(x)))
    reasons.push('harm promised');

  // Target weights
  // "poison the water at the shelter": a harm to something people there use reaches them
  // ("poison their camp's water", "poison his coffee": harm to what someone drinks reaches its owner)
  // (poison only: "burn their flag" harms a thing)
  if (target && (target.type === 'object' || target.type === 'unknown') && act.lemma === 'poison') {
    const owner = r.any(act.to, target.from, OWNERS);
    if (owner >= 0)
      target = {
        from: owner,
        to: owner + 1,
        type: r.w(owner) === 'their' ? 'group' : 'person',
        text: OWNER_PRONOUN.get(r.w(owner))!,
      };
  }
  if (target && (target.type === 'object' || target.type === 'unknown') && MASS_HARMS.has(act.lemma)) {
    for (let k = act.to; k < Math.min(r.t.length - 1, act.to + 6) && !isSentenceEnd(r.w(k)); k++) {
      if (!['at', 'in', 'inside'].includes(r.w(k))) continue;
      const m = [k + 1, k + 2, k + 3].find((x) => OCCUPIED_PLACES.has(r.w(x)));
      if (m !== undefined) {
        target = { from: m, to: m + 1, type: 'place', text: r.w(m) };
        break;
      }
    }
  }
  // "I'll kill your dog first, then you": the act said again of the one named after "then"
  if (target && target.type !== 'person' && target.type !== 'role' && target.type !== 'group') {
    let k = target.to;
    if (r.w(k) === 'first') k++;
    if (r.w(k) === ',') k++;
    if (r.w(k) === 'and') k++;
    const then = r.w(k) === 'then' ? k + 1 : -1;
    if (then > 0 && PERSON_PRONOUNS.has(r.w(then)) && (isSentenceEnd(r.w(then + 1)) || r.w(then + 1) === ''))
      target = { from: then, to: then + 1, type: 'person', text: r.w(then) };
    // ("I'll slash your tires and then your throat": the act again, on the owner's body)
    else if (then > 0 && OWNERS.has(r.w(then)) && BODY_PARTS.has(r.w(then + 1)) && closes(r, then + 2))
      target = { from: then, to: then + 1, type: 'person', text: OWNER_PRONOUN.get(r.w(then))! };
    // ("shoot the tires and then the agents": the people named after the thing)
    else if (then > 0 && DETERMINERS.has(r.w(then)) && closes(r, then + 2)) {
      const type = targetType(r, then + 1, sStart);
      if (type === 'person' || type === 'role' || type === 'group')
        target = { from: then + 1, to: then + 2, type, text: r.w(then + 1) };
    }
  }
  // ("shoot up the Walmart on Route 9": what is shot up is a place full of people, whatever its name)
  if (
    act.lemma === 'shoot up' &&
    target &&
    target.type !== 'place' &&
    r.t[target.from]?.cap &&
    !PERSON_PRONOUNS.has(target.text)
  )
    target = { ...target, type: 'place' };
  // "pour gasoline on that mosque and set it on fire": "it" is the place just named
  // (only for what is done to buildings: "go to the gym and kill it" is no threat to the gym)
  if (target && target.text === 'it' && (act.property || act.lemma === 'set on fire')) {
    const place = r.any(Math.max(r.start(target.from), target.from - 10), target.from, OCCUPIED_PLACES);
    if (place >= 0) target = { from: place, to: place + 1, type: 'place', text: r.w(place) };
  }
  // ("You'll be the first one I kill": the one the relative clause is said of)
  if (!target && !act.intransitive && !isNoun) {
    const a = antecedentOf(r, act.from, sStart);
    if (a >= 0) {
      const type = HE_SHE.has(r.w(a)) || r.w(a) === 'they' ? 'person' : targetType(r, a, sStart);
      if (type === 'person' || type === 'role' || type === 'group')
        target = { from: a, to: a + 1, type, text: SECOND.has(r.w(a)) ? 'you' : r.w(a) };
    }
  }
  // ("You have 24 hours to retract the story before I start shooting": an ultimatum's addressee)
  if (!target && !act.intransitive && !isNoun && FIRST.has(sw)) {
    const you = r.any(sStart, act.from, SECOND);
    if (
      you >= 0 &&
      (r.w(you + 1) === 'have' || r.w(you + 1) === 'got') &&
      (/^\d+$/.test(r.w(you + 2)) || COUNTS.has(r.w(you + 2)) || ARTICLES.has(r.w(you + 2))) &&
      DEADLINE_UNITS.has(r.w(you + 3)) &&
      // (something demanded: "to retract …"; not "you have 5 minutes before I start shooting, smile")
      r.w(you + 4) === 'to' &&
      r.any(you + 5, act.from, DEADLINE_TURNS) >= 0
    )
      target = { from: you, to: you + 1, type: 'person', text: 'you' };
  }
  // ("get ready to bleed, officer", "better be ready to die": the addressee told to prepare for it)
  if (
    !target &&
    act.intransitive &&
    r.w(act.from - 1) === 'to' &&
    r.w(act.from - 2) === 'ready' &&
    ['get', 'be', 'are', 'you'].includes(r.w(act.from - 3)) &&
    // (not a cause died for: "are you ready to die for your country?")
    r.w(act.to) !== 'for' &&
    !negated
  ) {
    target = { from: act.from - 2, to: act.from - 1, type: 'person', text: 'you' };
    logit += STANCE_LOGIT.fate - STANCE_LOGIT[stance];
    stance = 'fate';
    evidence.push({ from: act.from - 3, to: act.from, label: 'fate' });
  }
  // ("your house will burn with you inside": whoever is inside what burns, the subject a building)
  if (!target && BURNINGS.has(act.lemma)) {
    const inside = peopleInside(r, act.to);
    if (inside >= 0) {
      target = { from: inside, to: inside + 1, type: 'person', text: r.w(inside) };
      reasons.push('people inside');
      // ("Your synagogue will burn with your whole congregation locked inside": foretold, of them)
      if (stance === 'none' && hasFuture && !negated) {
        logit += STANCE_LOGIT.fate - STANCE_LOGIT.none;
        stance = 'fate';
        evidence.push({ from: act.from, to: inside + 1, label: 'fate' });
      }
    }
  }
  if (target) {
    evidence.push({ from: target.from, to: target.to, label: 'target' });
    if (target.type === 'self') {
      lowered.push('aimed at the speaker');
      logit -= 6;
    } else if (target.type === 'object' || target.type === 'unknown') {
      // "set it on fire with her in it", "torch the yard with the drivers in it": people inside
      const inside = peopleInside(r, act.to);
      if (inside >= 0) {
        target = { from: inside, to: inside + 1, type: 'person', text: r.w(inside) };
        reasons.push('people inside');
      } else if (act.property && OCCUPIED_PLACES.has(target.text)) target.type = 'place';
      else if (
        target.type === 'unknown' &&
        (act.personal || act.lemma === 'dead' || act.lemma === 'die') &&
        AGENT_NOUN.test(target.text) &&
        (DETERMINERS.has(r.w(target.from - 1)) || QUANTIFIERS.has(r.w(target.from - 1)))
      ) {
        // "gun down the picketers", "strangle the stagehand": these acts are done only to the living,
        // so an agent noun the lexicons do not know, after a determiner, is someone (one, or a group
        // when plural); "strangle this cold" and "grope, rape either" are not
        target = { ...target, type: /[^s]s$/.test(target.text) ? 'group' : 'person' };
      } else if (target.type === 'object') {
        lowered.push(`object, not a person: "${target.text}"`);
        logit -= 5;
      }
    }
    if (target.type === 'place') {
      // a vehicle driven into an occupied place endangers the people in it, as a bomb does
      if (
        act.property ||
        atPlace ||
        MASS_HARMS.has(act.lemma) ||
        [
          'shoot up',
          'drive into',
          'plow into',
          'ram into',
          'unload into',
          'open fire',
          'hit with a vehicle',
        ].includes(act.lemma) ||
        // ("throw a molotov into that clinic": a firebomb or a bomb planted in it)
        /\b(?:molotov|molotovs|bomb|bombs|grenade|grenades|explosives?)\b/.test(act.lemma)
      )
        logit += 1;
      else {
        logit -= 2;
      }
      reasons.push(`target: occupied place (${target.text})`);
    } else if (target.type === 'person' || target.type === 'role' || target.type === 'group') {
      logit += 1.5;
      reasons.push(`target: ${target.type === 'role' ? 'role or office' : target.type} (${target.text})`);
      // "Beat the Americans!", "we'll crush the Swedes": a nation is as often its team, and these
      // verbs as often mean defeat ("kill all Africans", "beat up the Swedes" are not lowered)
      // ("beat the shit out of …" is no defeat)
      const intensified = r.w(act.to) === 'the' && r.w(act.to + 2) === 'out' && r.w(act.to + 3) === 'of';
      if (NATIONALITIES.has(target.text) && DEFEAT_SENSE.has(act.lemma) && !intensified) {
        lowered.push('a nation as a team (contest sense)');
        logit -= 3;
      } else if (
        // ("We're going to bury them at home on Sunday": a rival met at home or on a match day)
        DEFEAT_SENSE.has(act.lemma) &&
        !intensified &&
        (target.text === 'them' || target.text === 'you') &&
        !weaponInSentence(r, sStart, sEnd) &&
        (r.any(sStart, sEnd, MATCH_DAYS) >= 0 ||
          (r.any(act.to, sEnd, HOME_AWAY) >= 0 && r.w(r.any(act.to, sEnd, HOME_AWAY) - 1) === 'at'))
      ) {
        lowered.push('a rival on a match day (contest sense)');
        logit -= 3;
      }
    } else if (target.type === 'unknown') {
      logit += 0.2;
    }
  } else if (stance !== 'none' && !act.intransitive) {
    logit -= 1;
  }

  // Negation: in the auxiliary chain, or a negative subject ("nobody should", "no agent … deserves").
  const clauseFrom = r.clauseStartBefore(act.from);
  // (after "wouldn't shed a tear if": the negation is the calm's, not the harm's)
  const negFrom = counterfactual ? Math.max(clauseFrom, r.any(sStart, act.from, IF_SET) + 1) : clauseFrom;
  // ("pray we never meet because I will put you in the ground": a new clause, with its own subject,
  // is out of an earlier negation's reach)
  let opened = -1;
  for (let k = act.from - 2; k > sStart; k--)
    if (
      CLAUSE_OPENERS.has(r.w(k)) &&
      (PRONOUN_SUBJECTS.has(r.w(k + 1)) ||
        // ("pray I never find you, because when I do you're dead": a reason opened by its own time clause)
        (!TIME_OPENERS.has(r.w(k)) && TIME_OPENERS.has(r.w(k + 1)) && PRONOUN_SUBJECTS.has(r.w(k + 2)))) &&
      // (a time clause only after a future: "you won't be smiling when I …"; "I don't feel anything when
      // I kill a spider" is a habit, denied as a whole)
      (!TIME_OPENERS.has(r.w(k)) || r.any(sStart, k, FUTURE) >= 0)
    ) {
      opened = k + 1;
      break;
    }
  const negAt = r.any(Math.max(negFrom, act.from - 8, opened), act.from, NEGATORS);
  // "can't wait for someone to …" is eagerness, not negation
  // ("somebody with nothing to lose needs to …": a noun's own negative, not the act's)
  const eager =
    (r.w(negAt) === 'not' && r.w(negAt - 1) === 'can' && r.w(negAt + 1) === 'wait') ||
    (r.w(negAt) === 'nothing' &&
      (r.w(negAt + 1) === 'to' || (r.w(negAt + 1) === 'left' && r.w(negAt + 2) === 'to')) &&
      r.w(negAt - 1) === 'with');
  // ("give me one reason not to shoot you": a dare, the harm held back only for want of a reason)
  const reasonDare =
    r.w(negAt) === 'not' &&
    r.w(negAt - 1) === 'reason' &&
    r.w(negAt + 1) === 'to' &&
    r.any(Math.max(sStart, negAt - 5), negAt, GIVE_ME) >= 0 &&
    r.w(r.any(Math.max(sStart, negAt - 5), negAt, GIVE_ME) + 1) === 'me';
  // "I'm not leaving until he's dead", "won't stop till they bleed": the harm is the goal, not denied
  const until = negAt >= 0 && r.any(negAt, act.from, new Set(['until', 'till', 'unless'])) >= 0;
  if (act.lemma === LEAVE_ALIVE_LEMMA) {
    // (its denial is the harm: "won't leave alive"; a second one undoes it: "no one said you won't …")
  } else if (
    !negated &&
    !calledOn &&
    negAt >= 0 &&
    !eager &&
    !until &&
    !reasonDare &&
    negAt !== rhetorical &&
    !(proposal >= 0 && negAt < proposal) &&
    !(r.w(negAt) === 'no' && r.w(negAt + 1) === 'joke')
  )
    negated = true;
  if (!negated && act.lemma !== LEAVE_ALIVE_LEMMA) {
    // "No agent, no protester, no reporter deserves to be shot": negative quantifier subjects across commas
    for (let j = Math.max(counterfactual ? negFrom : sStart, opened); j < act.from; j++)
      if ((r.w(j) === 'no' || r.w(j) === 'nobody' || r.w(j) === 'never') && r.w(j + 1) !== 'joke')
        negated = true;
  }
  if (negated) {
    lowered.push('negated');
    const at = negAt >= 0 ? negAt : r.any(sStart, act.from, NEGATORS);
    if (at >= 0) evidence.push({ from: at, to: at + 1, label: 'negation' });
    logit -= 6;
  }

  // Quotation
  if (r.t[act.from]!.quoted) {
    if (pc.attribution) {
      lowered.push('quoted speech with attribution');
      logit -= 6;
    } else {
      // a quotation that is then talked about ("… is such a catchy hook") is mentioned, not said
      let q = act.from;
      while (q < r.t.length && r.t[q]!.quoted) q++;
      // ('"I'm gonna shoot the sheriff" - still the best cover ever': a line, then a comment on it,
      // with no speaker outside the quotation)
      const commented =
        (r.w(q + 1) === ',' || r.w(q + 1) === ':') &&
        !r.t.some((x) => !x.quoted && (FIRST.has(x.w) || x.w === 'me' || x.w === 'my')) &&
        // (not an order to carry it out: '"kill the judge" - do it tonight')
        !r.t.slice(q + 1).some((x) => x.w === 'do' || TIME_WORDS.has(x.w));
      const mentioned =
        ['is', 'was', 'are', 'sounds', 'means', 'has', 'gets'].includes(r.w(q + 1)) || commented;
      lowered.push(mentioned ? 'quotation talked about' : 'quoted speech');
      logit -= mentioned ? 6 : 3;
    }
  }
  // Past events: news of violence that happened
  if (past && stance === 'none' && !counterfactual) {
    lowered.push('past event');
    logit -= 2;
  }
  // Figurative idioms of the common violent verbs
  const next = r.w(act.to);
  if (
    (act.lemma === 'kill' &&
      next === 'for' &&
      (r.w(act.to + 1) === 'a' || r.w(act.to + 1) === 'an' || r.w(act.to + 1) === 'some')) ||
    (act.lemma === 'kill' && (next === 'time' || next === 'it')) ||
    (act.lemma === 'shoot' &&
      (next === 'yourself' || next === 'himself' || next === 'herself') &&
      r.any(act.to, act.to + 5, new Set(['foot'])) >= 0) ||
    ((act.lemma === 'dead' || act.lemma === 'die') &&
      (r.w(act.from - 1) === 'politically' || (next === 'to' && SELF.has(r.w(act.to + 1))))) ||
    (act.lemma === 'dying' && next === 'to') ||
    (act.lemma === 'dead' && (next === 'to' || DEAD_INTENSIFIED.has(next))) ||
    (act.lemma === 'death' && next === 'of' && SELF.has(r.w(act.to + 1))) ||
    (act.lemma === 'death' && DEATH_COMPOUNDS.has(next)) ||
    (next === 'with' &&
      (KIND_WORDS.has(r.w(act.to + 1)) || (r.w(act.to + 1) === 'a' && KIND_WORDS.has(r.w(act.to + 2))))) ||
    (next !== undefined &&
      r.w(act.to + 1) === 'with' &&
      (KIND_WORDS.has(r.w(act.to + 2)) || (r.w(act.to + 2) === 'a' && KIND_WORDS.has(r.w(act.to + 3))))) ||
    (act.lemma === 'burn' && (next === 'off' || next === 'calories')) ||
    // "burn, baby, burn"; "bury your head in the sand"
    (next === 'baby' && r.w(act.to + 1) === w) ||
    // ("hang your heads in shame")
    ((act.lemma === 'bury' || act.lemma === 'hang') && HEADS.has(r.w(act.to + 1))) ||
    // ("Don't take life too seriously, you'll never get out alive": no one leaves life alive)
    (act.lemma === LEAVE_ALIVE_LEMMA && r.t.some((x) => x.w === 'life')) ||
    (act.lemma === 'death' &&
      r.w(act.from - 1) === 'to' &&
      !ACTS.has(r.w(act.from - 2)) &&
      !ACTS.has(r.w(act.from - 3))) ||
    (act.lemma === 'die' &&
      (['alone', 'poor', 'broke', 'happy', 'laughing', 'of', 'old', 'trying', 'waiting', 'inside'].includes(
        next,
      ) ||
        (next === 'in' &&
          ['prison', 'jail', 'obscurity', 'peace', 'shame', 'office', 'disgrace'].includes(
            r.w(act.to + 1),
          )))) ||
    (act.lemma === 'hang' &&
      [
        'in',
        'out',
        'on',
        'up',
        'around',
        'with',
        'tight',
        'over',
        'loose',
        'together',
        'onto',
        'back',
        'there',
        'here',
        'about',
      ].includes(next))
  ) {
    lowered.push('figurative idiom');
    logit -= 6;
  }
  // ("Stab him in the back in the final circle": a betrayal, with no blade named)
  if (
    act.lemma === 'stab' &&
    r.w(act.to + 1) === 'in' &&
    r.w(act.to + 2) === 'the' &&
    r.w(act.to + 3) === 'back' &&
    !weaponInSentence(r, sStart, sEnd)
  ) {
    lowered.push('figurative idiom');
    logit -= 6;
  }
  // "we'll shoot the senator for the magazine cover": a camera's shoot
  const photo = act.lemma === 'shoot' ? r.any(act.to, Math.min(sEnd, act.to + 6), PHOTO_WORDS) : -1;
  if (
    (photo >= 0 && r.any(act.to, photo, new Set(['for', 'in', 'with', 'on'])) >= 0) ||
    (act.lemma === 'shoot' && r.any(sStart, sEnd, PHOTO_SHOOTERS) >= 0)
  ) {
    lowered.push('photography');
    logit -= 6;
  }
  if (act.lemma === 'dead' && stance === 'none' && !(r.w(act.to) === 'man' || r.w(act.to) === 'men'))
    logit -= 1.5;

  // Register of the post
  const ownWordIsGame = GAME_SPORT.has(w) ? 1 : 0;
  // "gonna stab the ref in the parking lot after": officials of a game are people, and an act with no
  // sporting sense (or aimed at their body) is no play
  // ("beat the shit out of that ref": no sporting sense either)
  // ("… within an inch of his life")
  // ("shoot that ref in the parking lot after the game": off the field)
  const beyondPlay =
    (r.w(act.to) === 'the' && ['out', 'outta'].includes(r.w(act.to + 2))) ||
    r.any(act.to, Math.min(sEnd, act.to + 8), OFF_THE_FIELD) >= 0;
  // ("I will end your life, coach": the one addressed named as the game's official)
  const addressed = (k: number): boolean => k > 0 && r.w(k - 1) === ',';
  const atOfficial =
    target !== undefined &&
    (GAME_OFFICIALS.has(target.text) ||
      (SECOND.has(target.text) && addressed(r.any(sStart, sEnd, GAME_OFFICIALS)))) &&
    (!SPORTING_SENSE.has(act.lemma) || bodyAimed || beyondPlay) &&
    stance !== 'none';
  // ("I'm taking a bat to his knees": a weapon brought to a body is no play, whoever's body)
  const weaponToBody = / to (the|his|her|your|their) /.test(` ${act.lemma} `) && stance !== 'none';
  if (pc.game - ownWordIsGame > 0 && !atOfficial && !weaponToBody) {
    lowered.push('games or sport');
    logit -= 4.5;
  }
  if (pc.fiction > 0) {
    lowered.push('fiction, film or music');
    logit -= 4.5;
  }
  // ("You'll be dead before the election": a death promised by a date, not a race lost)
  const deadline = stance === 'fate' && (act.lemma === 'dead' || act.lemma === 'die');
  // ("After the vote I'll be hunting down every official who signed off. With my rifle.": armed)
  const armedFor = specifics.some((x) => x.label === 'preparation' && x.reason.startsWith('carrying'));
  if (
    pc.contest > 0 &&
    !deadline &&
    !armedFor &&
    (act.weight < 1 ||
      [
        'slaughter',
        'bury',
        'destroy',
        'crush',
        'kill',
        'murder',
        'annihilate',
        'beat',
        'wipe out',
        'massacre',
      ].includes(act.lemma))
  ) {
    lowered.push('political contest');
    logit -= 4.5;
  }
  // ("I'll strangle my brother if he spoils the finale": kin, a condition, a word of exasperation, and
  // nothing to carry it out with or a time to do it)
  const kinQuarrel =
    target !== undefined &&
    HOUSEHOLD.has(target.text) &&
    (r.w(target.from) === 'my' || r.w(target.from - 1) === 'my') &&
    EXASPERATED.has(act.lemma) &&
    conditionalIn(r, sStart, sEnd) &&
    !specifics.some((x) => x.label === 'weapon' || x.label === 'time' || x.label === 'preparation');
  // ("soldiers will be coming home in body bags if we go to war": the cost of a war argued, not a threat)
  if (
    target !== undefined &&
    SERVICE_MEMBERS.has(target.text) &&
    stance !== 'intent' &&
    r.any(0, r.t.length, WARS) >= 0
  ) {
    lowered.push('the dead of a war, foretold in argument');
    logit -= 4.5;
  }
  if (pc.joke) {
    lowered.push('joking register (lol)');
    logit -= 4;
  } else if ((pc.petty || kinQuarrel) && !CONCRETE_INJURY.test(act.lemma)) {
    // (a concrete injury is no joke even over a parking spot: "I'll knock his teeth out")
    lowered.push('a joke about an everyday annoyance');
    logit -= 4;
  }
  const condemn = r.any(sStart, sEnd, CONDEMN);
  if (
    condemn >= 0 &&
    (stance === 'none' ||
      (stance === 'wish' && r.any(sStart, act.from, new Set(['whoever', 'anyone', 'people'])) >= 0))
  ) {
    lowered.push('condemnation');
    logit -= 2;
  }

  // Specifics and conditions
  const specs: string[] = [];
  const conditional = conditionalIn(r, sStart, sEnd);
  for (const s of specifics) {
    if (specs.length >= 4) break;
    specs.push(s.reason);
    if (s.from >= 0) evidence.push({ from: s.from, to: s.to, label: s.label });
  }
  if (stance !== 'none' && target && target.type !== 'object' && target.type !== 'self') {
    logit += Math.min(specs.length, 3) * 0.6;
    if (ctx.obfuscated) {
      logit += 0.3;
      reasons.push('obfuscated spelling');
    }
  }
  // "Live as if you'll die today": a comparison, not a promise
  for (let j = sStart; j < act.from; j++) {
    if (r.w(j) === 'as' && (r.w(j + 1) === 'if' || r.w(j + 1) === 'though')) {
      lowered.push('comparison ("as if")');
      logit -= 4;
      break;
    }
  }
  // A question ("are you claiming I punch women?") asserts no intent
  let q = act.from;
  while (q < r.t.length && !isSentenceEnd(r.w(q))) q++;
  if (
    r.w(q) === '?' &&
    stance !== 'none' &&
    !(proposal >= 0 && proposal <= act.from) &&
    !dare &&
    rhetorical < 0
  ) {
    lowered.push('question');
    logit -= 2;
  }
  if (act.weight < 0.5 && !bodyAimed) logit = Math.min(logit, 0.4);
  reasons.unshift(`violent act: ${act.lemma}`);
  if (stance !== 'none' && target && target.type !== 'object' && target.type !== 'self')
    reasons.push(...specs);
  return {
    act: act.lemma,
    weight: act.weight,
    stance,
    target,
    conditional,
    agency,
    logit,
    reasons,
    evidence,
    lowered,
    specifics: specs,
    sentence: r.t[act.from]!.sent,
    // (for a set time, or when they next do something: "… is getting shot when he leaves the courthouse")
    ...(stance === 'prediction' &&
    ((passive && !isNoun && INFLICTED.has(act.lemma)) ||
      // (not at the dentist's: "getting his teeth knocked out at the dentist tomorrow")
      (act.received && r.any(sStart, sEnd, MEDICAL) < 0)) &&
    (specs.some((x) => x.startsWith('time') && !GENERIC_TIME.test(x)) || r.any(act.to, sEnd, WHEN_NEXT) >= 0)
      ? { foretold: true }
      : {}),
  };
}

function stanceReason(s: Stance): string {
  switch (s) {
    case 'intent':
      return 'first-person intent';
    case 'desire':
      return 'first-person desire';
    case 'hypothetical':
      return 'hypothetical ("would")';
    case 'fate':
      return 'harm promised to the addressee';
    case 'prediction':
      return 'harm predicted for the target';
    case 'call':
      return 'call for others to act';
    case 'imperative':
      return 'imperative: a direct call to act';
    case 'wish':
      return 'wish or declaration that the target be harmed';
    case 'veiled':
      return 'veiled threat';
    case 'armed':
      return 'armed with a place or time';
    case 'doxxing':
      return 'personal details with a hostile call';
    case 'none':
      return 'no stance';
  }
}

/**
 * "make sure the sheriff never …", "ensure that judge never …": a person or role named as the subject
 * of the outcome the speaker promises, just before `i`.
 */
function madeSureOf(r: Reader, i: number): boolean {
  for (let k = i - 2; k >= Math.max(r.start(i), i - 4); k--) {
    if (!((r.w(k - 1) === 'make' && r.w(k) === 'sure') || r.w(k) === 'ensure')) continue;
    for (let j = k + 1; j < i; j++) {
      // ("make sure my son never …": the speaker's own, protected)
      if (r.w(j) === 'my' || r.w(j) === 'our') return false;
      const ty = targetType(r, j, r.start(i));
      if (ty === 'role' || ty === 'person') return true;
    }
    return false;
  }
  return false;
}

/** Places that stand for the one found there when someone comes to them ("your office"). */
const PURPOSES = new Set(['for', 'to', 'so', 'with', 'and']);
const VISITED_PLACES = new Set(['home', 'house', 'place', 'office', 'door', 'doorstep', 'work', 'job']);

/**
 * Someone's own place that the speaker is on the way to, after `from` in its sentence: "… and heading to
 * your office", "coming to his house". The owner is the target.
 */
function visitedPlace(r: Reader, from: number): Hit['target'] {
  const end = from < r.t.length ? r.end(from) : from;
  for (let i = from; i < Math.min(end, from + 6); i++) {
    if (!MOVERS.has(r.w(i))) continue;
    const at = r.w(i + 1) === 'to' || r.w(i + 1) === 'over' ? i + 2 : -1;
    const owner = OWNER_PRONOUN.get(r.w(at));
    if (at < 0 || !owner || !VISITED_PLACES.has(r.w(at + 1))) return undefined;
    // ("… heading to your place for the party", "to show you the scope": a purpose given, a visit)
    if (PURPOSES.has(r.w(at + 2))) return undefined;
    return { from: at, to: at + 2, type: 'person', text: owner };
  }
  return undefined;
}

/** Threats that carry no violent verb: veiled menace, armed presence, doxxing. */
const K_OMINOUS = 1;
const K_KIN = 2;
const K_ONLY = 4;
const K_ARM = 8;
const K_ATTACKER = 16;
const K_SIGHTS = 32;
const K_WEAPON = 64;
const K_WITH = 128;
const K_VISIT = 256;
const K_BOMB = 512;
const K_THERE = 1024;
const K_SEASON = 2048;
const K_LAST = 4096;
/** Words of an event one is invited to ("open house", "party", "sale"). */
const INVITATIONS = new Set([
  'open',
  'house',
  'party',
  'sale',
  'event',
  'welcome',
  'rsvp',
  'bbq',
  'potluck',
  'launch',
]);
const K_LOCK = 8192;
const K_HELD = 16384;
const K_DRIVEN = 32768;
/** Shutting the ways out of a place ("lock the doors", "block the exits"). */
const SHUTTERS = new Set(['lock', 'locking', 'block', 'blocking', 'chain', 'chaining', 'bar', 'barricade']);
const SHUT_WAYS = new Set(['doors', 'door', 'exits', 'exit']);
const FUELS = new Set(['gasoline', 'kerosene', 'accelerant', 'petrol', 'molotov', 'molotovs']);
/** What may be someone's last ("it'll be your last", "this could be your last"). */
/** Where a weapon is held to a body ("a gun in your mouth", "a knife at your throat"). */
const WEAPON_HELD_AT = new Set(['in', 'at', 'to', 'against', 'on']);
const HELD_PARTS = new Set([
  'mouth',
  'head',
  'throat',
  'temple',
  'neck',
  'face',
  'back',
  'chest',
  'forehead',
]);
/** A vehicle of the speaker's, driven ("my truck going through the crowd"). */
const WILL_SET = new Set(['will']);
const BODY_BAG_ORDERS = new Set(['bring', 'bringing', 'pack', 'order']);
const DRIVEN = new Set(['truck', 'car', 'van', 'suv', 'jeep', 'pickup']);
const DRIVING = new Set([
  'going',
  'driving',
  'plowing',
  'ploughing',
  'rolling',
  'ramming',
  'barreling',
  'goes',
  'plows',
]);
const CROWDS = new Set(['crowd', 'crowds', 'march', 'marchers', 'protest', 'rally', 'mob', 'parade']);
const BE_IS = new Set(['be', 'is']);
const LAST_SUBJECTS = new Set(['it', 'this', 'that', 'today', 'tonight', 'tomorrow']);
/** Times of a life that may be someone's last ("the last night you'll get"). */
const LAST_TIMES = new Set([
  'night',
  'day',
  'morning',
  'sunrise',
  'christmas',
  'birthday',
  'weekend',
  'summer',
]);
const LAST_TIME_VERBS = new Set(['get', 'have', 'see', 'spend', 'live', 'enjoy']);
const SEASON_CUES = new Set(['tell', 'go', 'grab', 'bring', 'load', 'spread', 'share', 'hunt', 'get']);
/** What is said to be placed in a building ("there's a bomb in …"). */
const PLACED_BOMBS = new Set(['bomb', 'bombs', 'device', 'explosive', 'explosives', 'ied', 'pipebomb']);
/** The words each token-by-token pattern of `patternHits` needs, as bits. */
const PATTERN_KEYS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  const add = (words: Iterable<string>, bit: number): void => {
    for (const w of words) m.set(w, (m.get(w) ?? 0) | bit);
  };
  add(OMINOUS_BY_FIRST.keys(), K_OMINOUS);
  add(KIN, K_KIN);
  add(['only'], K_ONLY);
  add([...ARM_ORDERS, 'bringing'], K_ARM);
  add(ATTACKERS, K_ATTACKER);
  add([...STRIKING_VEHICLES, ...AILMENTS], K_ATTACKER);
  add(ATTACKER_KINDS.keys(), K_ATTACKER);
  add(SIGHTS, K_SIGHTS);
  add([...WEAPONS, ...BLUNT, ...BATS, 'rope'], K_WEAPON);
  add([...WEAPONS, 'barrel', 'boot'], K_HELD);
  add(DRIVEN, K_DRIVEN);
  add(['with'], K_WITH);
  add(['visit', 'lesson'], K_VISIT);
  add(PLACED_BOMBS, K_BOMB);
  add(['there'], K_THERE);
  add(['season'], K_SEASON);
  add(['last'], K_LAST);
  add(SHUTTERS, K_LOCK);
  return m;
})();

function patternHits(r: Reader, pc: PostCtx, specifics: readonly Specific[]): Hit[] {
  const t = r.t;
  const hits: Hit[] = [];
  const has = (label: string): Specific | undefined => specifics.find((s) => s.label === label);
  const personal = has('personal-details');
  const time = has('time');
  const weapon = has('weapon');
  const surveillance = has('surveillance');
  // ("Open house at 1822 Maple Ave this Sunday, see you there!": a meeting at an event is an invitation;
  // one at someone's posted address, said to them, is not)
  const idleMeeting = (phrase: string): boolean =>
    phrase.startsWith('see you') &&
    (t.some((x) => BENIGN_EVENTS.has(x.w) || INVITATIONS.has(x.w)) ||
      !t.some((x) => (x.w.startsWith('@') && x.w.length > 1) || ROLE_NOUNS.has(x.w)));
  const lowered: string[] = [];
  let lower = 0;
  const lowerBy = (why: string, by: number): void => {
    lowered.push(why);
    lower += by;
  };
  // ("my knife is sharp … see you after the game, ref": the speaker's own weapon and a game's official
  // are no play)
  const armedAtOfficial = (): boolean =>
    t.some((x, k) => WEAPONS.has(x.w) && !VEHICLE_WEAPONS.has(x.w) && r.w(k - 1) === 'my') &&
    t.some((x) => GAME_OFFICIALS.has(x.w));
  if (pc.game > 0 && !armedAtOfficial()) lowerBy('games or sport', 4.5);
  if (pc.fiction > 0) lowerBy('fiction, film or music', 4.5);
  if (pc.joke) lowerBy('joking register (lol)', 3);
  /** A pattern's hit: whole-weight, unconditional, with the post's lowering and no specifics of its own. */
  const patternHit = (
    h: Pick<Hit, 'act' | 'stance' | 'target' | 'logit' | 'reasons' | 'evidence' | 'sentence'> & {
      agency?: boolean;
    },
  ): void => {
    hits.push({ weight: 1, conditional: false, specifics: [], lowered, ...h, agency: h.agency ?? false });
  };
  /** A pattern's hit with one reason, its own words as evidence, and its target's. */
  const aimedHit = (
    h: Pick<Hit, 'act' | 'stance' | 'logit' | 'sentence'> & {
      target: NonNullable<Hit['target']>;
      reason: string | string[];
      span: [number, number, Evidence['label']];
      agency?: boolean;
    },
  ): void =>
    patternHit({
      act: h.act,
      stance: h.stance,
      target: h.target,
      agency: h.agency,
      logit: h.logit,
      reasons: typeof h.reason === 'string' ? [h.reason] : h.reason,
      evidence: [
        { from: h.span[0], to: h.span[1], label: h.span[2] },
        { from: h.target.from, to: h.target.to, label: 'target' },
      ],
      sentence: h.sentence,
    });
  if (pc.attribution) lowerBy('reported speech', 4);
  const quotedAll = t.length > 0 && t.filter((x) => x.quoted).length > t.length / 2;
  if (quotedAll) lowerBy('quoted speech', 4);

  // What the patterns below share, each worked out the first time one asks (most posts match none):
  // any person named or addressed in the post, an occupied place, a death named, the speaker's agency
  let targetMemo: Hit['target'] | null = null;
  const targetOf = (): Hit['target'] => {
    if (targetMemo !== null) return targetMemo;
    let target: Hit['target'];
    for (let i = 0; i < t.length && !target; i++) {
      const ty = targetType(r, i, r.start(i));
      if (
        ty === 'role' ||
        ty === 'group' ||
        (ty === 'person' && (t[i]!.cap || PERSON_PRONOUNS.has(t[i]!.w)))
      ) {
        if (ty === 'person' && ['everyone', 'everybody', 'anyone', 'somebody', 'whoever'].includes(t[i]!.w))
          continue;
        target = { from: i, to: i + 1, type: ty, text: t[i]!.w };
        if (ty === 'role' && t[i + 1]?.cap)
          target = { from: i, to: i + 2, type: 'person', text: t[i + 1]!.w };
      }
    }
    return (targetMemo = target);
  };
  let placeMemo: Hit['target'] | null = null;
  const placeOf = (): Hit['target'] => {
    if (placeMemo !== null) return placeMemo;
    let place: Hit['target'];
    for (let i = 0; i < t.length && !place; i++)
      if (OCCUPIED_PLACES.has(t[i]!.w) && !['home', 'house'].includes(t[i]!.w))
        place = { from: i, to: i + 1, type: 'place', text: t[i]!.w };
    return (placeMemo = place);
  };
  // ("… like that reporter they found in the river": a death phrase names a death too)
  let deathMemo: boolean | undefined;
  const deathCueOf = (): boolean =>
    (deathMemo ??= t.some(
      (x, k) =>
        HARM_NOUNS.has(x.w) ||
        x.w === 'dead' ||
        (DEATH_PHRASES_BY_FIRST.get(x.w)?.some((seq) => seqAt(t, k, seq)) ?? false),
    ));
  let agencyMemo: boolean | undefined;
  const agencyOf = (): boolean => (agencyMemo ??= hasAgency(r, 0, t.length));

  // Which of the token-by-token patterns below can match at all: one pass, one lookup a word
  let keys = 0;
  for (const x of t) keys |= PATTERN_KEYS.get(x.w) ?? 0;

  // Veiled menace: an ominous phrase aimed at someone, with knowledge, a condition, a weapon or a time
  for (let i = 0; i < t.length && keys & K_OMINOUS; i++) {
    const seq = OMINOUS_BY_FIRST.get(t[i]!.w)?.find((x) => seqAt(t, i, x));
    if (seq) {
      const end = i + seq.length;
      const outside = (x: Specific): boolean => x.from < i || x.from >= end;
      // ("No one should make sure anyone never makes it home": a negative subject denies it all)
      const negated =
        r.any(Math.max(r.start(i), i - 3), i, NEVER_NOT) >= 0 ||
        r.t
          .slice(r.start(i), i)
          .some((x, k, a) => x.w === 'nobody' || (x.w === 'no' && a[k + 1]?.w === 'one'));
      const cond = conditionalIn(r, r.start(i), r.end(i));
      const sTime = specifics.find((x) => x.label === 'time' && outside(x));
      const sWeapon = weapon && outside(weapon) ? weapon : undefined;
      // "…, I'll make sure of it": the speaker's own agency anywhere in the post supports the menace
      // (two strong menaces in one post support each other)
      // ("you better sleep with one eye open": a warning frames it)
      const better = r.any(r.start(i), i, BETTER);
      const warned = better >= 0 && ['you', 'u', 'ya', 'had'].includes(r.w(better - 1));
      const support =
        [surveillance, sTime, sWeapon, personal].filter(Boolean).length +
        (cond || warned ? 1 : 0) +
        (agencyOf() ? 1 : 0) +
        // (a weak phrase backs a menace that is not weak itself: "when I get you alone, you'll see")
        (countOminous(t, WEAK_PHRASES.has(seq.join(' ')), i - 3, end) > 0 ? 1 : 0);
      const target = targetOf();
      const tgt =
        target ??
        (seq.includes('you') ||
        seq.includes('your') ||
        (KIN_LOSER_SET.has(seq.join(' ')) && r.w(i - 1) === 'your')
          ? { from: i, to: end, type: 'person' as const, text: 'you' }
          : (placeOf() ??
            // ("lock the doors from outside": whoever is in there)
            (['lock', 'block', 'chain'].includes(seq[0]!)
              ? { from: i, to: end, type: 'group' as const, text: 'everyone inside' }
              : // ("… that he never walks again": the one it is said of)
                seq[0] === 'never' && ['he', 'she', 'they'].includes(r.w(i - 1))
                ? { from: i - 1, to: i, type: 'person' as const, text: r.w(i - 1) }
                : undefined)));
      const phrase = seq.join(' ');
      // ('a note that said "your time is up"': words reported, not said)
      // (and a line quoted from a story or a source: 'In the thriller, the killer leaves a note: "…"')
      const reported =
        t[i]!.quoted && (r.any(r.start(i), i, REPORT_VERBS) >= 0 || pc.fiction > 0 || pc.attribution);
      // ("would be a shame if it rained on the parade": a shame only with a harm after the "if")
      const idleShame =
        seq[seq.length - 1] === 'if' &&
        (seq.includes('shame') || seq.includes('tragedy')) &&
        !t.slice(end, r.end(i)).some(
          (x, k) =>
            ACTS.has(x.w) ||
            HARM_NOUNS.has(x.w) ||
            IMPLIED_HARM.has(x.w) ||
            SHAME_HARMS.has(x.w) ||
            // ("… if he never made it home")
            (x.w === 'never' && MAKES.has(r.w(end + k + 1)) && r.w(end + k + 2) === 'it'),
        );
      // ("his kids won't have a father around": an absence, not a death)
      const absent = KIN_LOSER_SET.has(phrase) && (ABSENCES.has(r.w(end)) || !OWNERS.has(r.w(i - 1)));
      // ("your kids will find you hanging from the porch": foretold, not "they found him dead")
      const unforetold =
        FOUND_BODY_SET.has(phrase) &&
        !(
          r.w(i - 1) === 'will' ||
          (r.w(i - 1) === 'to' && r.w(i - 2) === 'going') ||
          (r.w(i - 1) === 'be' && r.w(i - 2) === 'will')
        );
      if (
        !tgt ||
        absent ||
        unforetold ||
        negated ||
        reported ||
        idleShame ||
        (phrase.endsWith('regret it physically') && r.any(r.start(i), i, FIRST) < 0) ||
        // (the speaker as that last sight: "I'll be the last face you see", "… is my gun"; not a film's end)
        (LAST_SIGHTS.includes(phrase) && r.any(r.start(i), r.end(i), SPEAKER_WORDS) < 0) ||
        // (the part itself, said and done: not "your eyes' dark circles")
        (LOST_PARTS.includes(phrase) && !closes(r, end))
      )
        continue;
      // "enjoy your last weekend" menaces; "enjoy your last term in office" does not
      // ("a bullet with your name on it", "got a 9 with your name on it": a round for someone)
      // ("a bullet with the governor's name engraved on it")
      const named = (
        (seq[0] === 'with' && seq[2] === 'name' && [r.w(i - 1), r.w(i - 2)]) ||
        (seq[0] === 'name' && [r.w(i - 3), r.w(i - 4), r.w(i - 5), r.w(i - 6)]) ||
        []
      ).some((x) => WEAPONS.has(x) || HARM_NOUNS.has(x) || ROUNDS.has(x));
      const strong =
        named ||
        STRONG_OMINOUS.has(phrase) ||
        // ("make her disappear permanently": for good, no trick of a magician's)
        (seq[0] === 'make' &&
          seq[2] === 'disappear' &&
          (FOR_GOOD.has(r.w(end)) || (r.w(end) === 'for' && r.w(end + 1) === 'good'))) ||
        // (the speaker's own doing: "I will … make you regret it physically"; not the gym's)
        phrase.endsWith('regret it physically') ||
        // ("she's going to wish she'd never been born"; not "I wish I'd never been born")
        // (with the speaker in the post, or said to the one addressed; not a father's anger foretold)
        (seq[0] === 'wish' &&
          seq[seq.length - 1] === 'born' &&
          (FUTURE.has(r.w(i - 1)) || r.w(i - 1) === 'to') &&
          (seq[1]!.startsWith('you') || t.some((x) => FIRST.has(x.w)))) ||
        // ("count your days, councilwoman"; not "count your days of sobriety")
        (phrase === 'count your days' && (isSentenceEnd(r.w(end)) || r.w(end) === ',' || r.w(end) === '')) ||
        (/^enjoy(s|ed)? (your|his|her|their) last$/.test(phrase) &&
          [
            'day',
            'days',
            'weekend',
            'week',
            'night',
            'breath',
            'meal',
            'moments',
            'hours',
            'christmas',
            'birthday',
          ].includes(r.w(end)) &&
          r.w(end + 1) !== 'of');
      if (/^enjoy(s|ed)? (your|his|her|their) last$/.test(phrase) && !strong) continue;
      // "visit him", "go get her", "do what you want with it": calls to act only on posted details
      // ("handle it", "make her understand": only on posted details)
      if (
        ((['visit', 'go', 'do', 'teach', 'know', 'say', 'spread', 'handle', 'take', 'pay'].includes(
          seq[0]!,
        ) &&
          !LOST_PARTS.includes(phrase) &&
          // ("say your prayers" is no call, it menaces with a time or a weapon)
          seq[2] !== 'prayers') ||
          (seq[0] === 'make' &&
            (seq[2] === 'understand' ||
              seq[2] === 'learn' ||
              seq[1] === 'sure' ||
              seq[3] === 'welcome' ||
              seq[2] === 'famous'))) &&
        !personal
      )
        continue;
      // ("I will find you a seat": a finding for someone, not of them)
      if (seq[2] === 'find' && ['a', 'an', 'the', 'some', 'one'].includes(r.w(end))) continue;
      // two menacing phrases support each other ("make an example of …, everyone will see what happens")
      // (a weak phrase is supported only by a menace that is not weak itself)
      const others =
        (countOminous(t, true) > 0 || (countOminous(t) > 1 && target?.type === 'role')) &&
        target !== undefined &&
        (target.type === 'role' || (target.type === 'person' && !PERSON_PRONOUNS.has(target.text)));
      const weak = !strong && WEAK_PHRASES.has(phrase);
      // ("Tell Judge Ames he should say his prayers tonight": with a time, a weapon or a death named, and
      // aimed at someone; not "say your prayers before bed", nor prayers "for the victims")
      if (
        seq[2] === 'prayers' &&
        (!(sTime || sWeapon || deathCueOf()) || r.w(end) === 'for' || !target || target.type === 'group')
      )
        continue;
      // "won't make it", "won't wake up": a promise about the future, not "can't make it" or "didn't"
      // ("I'll make sure you never walk again": an outcome the speaker promises)
      const promised =
        seq[0] === 'never' &&
        (((PERSON_PRONOUNS.has(r.w(i - 1)) || ['he', 'she', 'they'].includes(r.w(i - 1))) &&
          ((r.w(i - 3) === 'make' && r.w(i - 2) === 'sure') || r.w(i - 2) === 'ensure')) ||
          // ("I'll make sure the sheriff never sees another birthday": someone named its subject)
          madeSureOf(r, i) ||
          // ("I will personally see to it that you never hold office again, and never walk again")
          seeToItBefore(r, i));
      if (
        (seq[0] === 'not' || seq[0] === 'never') &&
        !['will', 'does', 'is', 'are'].includes(r.w(i - 1)) &&
        !promised
      )
        continue;
      if (
        (seq[0] === 'not' || seq[0] === 'never') &&
        ['far', 'big', 'through', 'past', 'out', 'in', 'on', 'back', 'easy'].includes(r.w(end))
      )
        continue;
      // ("never sees another birthday": a span of life; not "another term", "another day of abuse")
      if (
        seq[seq.length - 1] === 'another' &&
        (!(UNSEEN_DAYS.has(r.w(end)) || LIFE_SPANS.has(r.w(end))) || r.w(end + 1) === 'of')
      )
        continue;
      // ("is your house on fire?": asked, not foretold)
      if (seq[2] === 'on' && seq[3] === 'fire' && r.w(r.end(i) - 1) === '?') continue;
      // ("… Pickup is at 3. Just saying.", "… Have fun.": an insinuation only about posted details)
      if ((seq[0] === 'just' || seq[0] === 'finish' || (seq[0] === 'have' && seq[1] === 'fun')) && !personal)
        continue;
      // (and said of someone named: "Party at 18 Birch Ct, have fun everyone" posts no one's details)
      if (seq[0] === 'finish' || (seq[0] === 'have' && seq[1] === 'fun')) {
        const named = targetOf();
        // (a role, or a name: not a street's, "18 Birch Ct")
        if (
          !named ||
          !(named.type === 'role' || named.type === 'person') ||
          /^\d+$/.test(r.w(named.from - 1)) ||
          STREET_SUFFIXES.has(r.w(named.to))
        )
          continue;
      }
      // ("tell your husband to start picking out a casket" is aimed at the one addressed; "we started
      // picking out a casket" is grief)
      if ((seq[3] === 'casket' || seq[3] === 'coffin') && r.any(r.start(i), r.end(i), SECOND_POSS) < 0)
        continue;
      // ("I'm following you home": the speaker's doing; "my dog will follow you home" is not)
      if ((seq[0] === 'following' || seq[0] === 'follow') && r.any(Math.max(r.start(i), i - 3), i, FIRST) < 0)
        continue;
      // ("… thinking about you, dad, miss you": fondness, whatever is in the hands)
      if (seq[0] === 'thinking' && t.some((x) => FONDNESS.has(x.w))) continue;
      // ("make sure she never sleeps again" is aimed at someone; "you'll never sleep again" sells mattresses)
      if (seq[1] === 'sleep' || seq[1] === 'sleeps') {
        if (!['she', 'he', 'they'].includes(r.w(i - 1))) continue;
      }
      // ("none of them make it to the finals", "… past year two": a contest, not a life)
      if (
        seq[0] === 'none' &&
        ['far', 'big', 'through', 'past', 'in', 'on', 'easy', 'to', 'into'].includes(r.w(end))
      )
        continue;
      // "It'd be terrible if something happened to them" menaces; "I'd be devastated if something
      // happened to you" cares: the menace is an impersonal regret, not the speaker's feeling
      if (
        seq[0] === 'if' &&
        (r.any(Math.max(0, i - 5), i, new Set(['shame', 'terrible', 'awful', 'pity', 'unfortunate', 'sad'])) <
          0 ||
          r.any(Math.max(0, i - 5), i, FIRST) >= 0)
      )
        continue;
      // "if something happened to my mom" is worry, not menace: it must be aimed at someone else
      if (
        (seq[0] === 'if' || seq[0] === 'goodbye') &&
        ['my', 'me', 'our', 'us', 'myself', 'ourselves'].includes(r.w(end))
      )
        continue;
      // "you'll wish you were never born" promises; "I wish you were never born" wounds
      if (seq[0] === 'wish' && !(r.w(i - 1) === 'will' || (r.w(i - 1) === 'to' && r.w(i - 2) === 'going')))
        continue;
      const carrying = specifics.some((x) => x.reason.startsWith('carrying'));
      // ("I'll be waiting for you … Come alone.": two menaces and the speaker's own doing)
      const paired = agencyOf() && countOminous(t, false, i - 3, end) > 0;
      // ("I'm loading up …, they won't know what hit them": arming backs a weak menace)
      const arming = specifics.some((x) => x.label === 'preparation');
      // ("I'm coming for you and your whole family tonight": the family drawn in)
      const family = t.some(
        (x, k) =>
          OWNER_PRONOUN.has(x.w) &&
          (FAMILY.has(r.w(k + 1)) || (r.w(k + 1) === 'whole' && FAMILY.has(r.w(k + 2)))),
      );
      // ("we're going to make an example out of that judge": the speaker's own plan for someone)
      const ownPlan =
        ['make', 'teach', 'pay'].includes(seq[0]!) &&
        (r.w(i - 1) === 'to' || FUTURE.has(r.w(i - 1))) &&
        r.any(Math.max(r.start(i), i - 5), i, FIRST) >= 0 &&
        r.any(Math.max(r.start(i), i - 5), i, NEGATORS) < 0 &&
        plannedFor(r, end);
      if (
        weak &&
        !(
          sWeapon ||
          deathCueOf() ||
          carrying ||
          arming ||
          family ||
          others ||
          surveillance ||
          paired ||
          ownPlan ||
          // ("Vote for that bill and I'll make you disappear": the speaker's doing, on a condition)
          // (not "make him disappear from the lineup")
          // (nor over a cup of coffee: "if you touch my coffee I will make you disappear")
          (cond &&
            seq[0] === 'make' &&
            r.w(end) !== 'from' &&
            !pc.petty &&
            r.any(Math.max(r.start(i), i - 4), i, FIRST) >= 0 &&
            r.any(Math.max(r.start(i), i - 4), i, FUTURE) >= 0) ||
          // (a hostile call on posted details: "here's her cell …, make sure she never sleeps again")
          (personal && HOSTILE_CALLS.has(phrase) && !idleMeeting(phrase))
        )
      )
        continue;
      // "I know where you live" menaces; "we know where the senator's office is" does not
      // ("gonna find out where that streamer lives": the same knowledge, sought)
      const knowing =
        ((seq[0] === 'i' || seq[0] === 'we') && seq[1] === 'know') ||
        (seq[0] === 'find' && !FOUND_BODY_SET.has(phrase));
      const isKnowWhere =
        knowing &&
        t.slice(i + 2, end + 5).some((x) =>
          [
            // ("we know which cruiser is yours")
            'yours',
            // ("I know what school you go to")
            'school',
            'work',
            'live',
            'lives',
            'sleep',
            'sleeps',
            'home',
            'house',
            'kids',
            'family',
            'children',
            'wife',
            'husband',
            'parks',
            'park',
            'stay',
            'stays',
            'leave',
            'leaves',
            'time',
            'walk',
            'walks',
            'drive',
            'drives',
          ].includes(x.w),
        );
      if (knowing && !isKnowWhere) continue;
      // (an invitation to an event at a posted address is no doxxing, whatever else it says; "see you
      // at …" menaces only on posted details)
      if ((personal && idleMeeting(phrase)) || (phrase === 'see you at' && !personal)) continue;
      const hostileCall = HOSTILE_CALLS.has(phrase);
      if (
        support === 0 &&
        !strong &&
        !promised &&
        !isKnowWhere &&
        !(hostileCall && personal) &&
        !(weak && (deathCueOf() || carrying || others))
      )
        continue;
      if (isKnowWhere && support === 0 && !deathCueOf() && !t.some((x) => IMPLIED_HARM.has(x.w))) continue;
      const specs = specifics.slice(0, 4).map((x) => x.reason);
      const evidence: Evidence[] = [
        { from: i, to: end, label: 'menace' },
        { from: tgt.from, to: tgt.to, label: 'target' },
      ];
      for (const x of specifics) if (x.from >= 0) evidence.push({ from: x.from, to: x.to, label: x.label });
      const doxx = !!personal && (hostileCall || support > 0);
      hits.push({
        act: seq.join(' '),
        weight: 1,
        stance: doxx ? 'doxxing' : 'veiled',
        target: tgt,
        conditional: cond,
        agency: false,
        logit: -1 + 1.2 * support + (isKnowWhere ? 0.5 : 0) + (doxx ? 2.5 : 0) + 1.5 - lower,
        reasons: [
          doxx ? 'personal details with a hostile call' : `veiled threat: "${seq.join(' ')}"`,
          ...specs,
        ],
        evidence,
        lowered,
        specifics: specs,
        sentence: t[i]!.sent,
      });
    }
  }

  // Veiled menace without a set phrase: a person named or addressed, words that imply harm, and
  // knowledge of them (where they are, when, their family) or a time — three kinds of cue at least
  {
    // ("at grandma's funeral tomorrow": someone else's funeral, not the one menaced)
    const implied = hits.length
      ? -1
      : t.findIndex((x, k) => IMPLIED_HARM.has(x.w) && (x.w !== 'funeral' || OWNERS.has(r.w(k - 1))));
    const target = implied >= 0 ? targetOf() : undefined;
    // ("shooting with my cousin this morning": the speaker's own company, no one menaced)
    if (implied >= 0 && target && !OURS.has(r.w(target.from - 1))) {
      const knows = t.findIndex(
        (x, k) =>
          (x.w === 'eyes' && r.w(k + 1) === 'on') ||
          (x.w === 'know' && ['where', 'when'].includes(r.w(k + 1))) ||
          (x.w === 'address' && r.w(k + 1) === 'of'),
      );
      const FAMILY_HOME = [
        'family',
        'kids',
        'daughter',
        'son',
        'wife',
        'husband',
        'children',
        'house',
        'home',
        'car',
      ];
      const cues = [
        implied >= 0,
        knows >= 0 || !!surveillance || !!personal,
        !!time,
        t.some((x, k) => ['your', 'his', 'her', "'s"].includes(x.w) && FAMILY_HOME.includes(r.w(k + 1))),
      ].filter(Boolean).length;
      if (implied >= 0 && cues >= 3 && lower === 0) {
        const specs = specifics.slice(0, 4).map((x) => x.reason);
        const evidence: Evidence[] = [
          { from: implied, to: implied + 1, label: 'menace' },
          { from: target.from, to: target.to, label: 'target' },
        ];
        if (knows >= 0) evidence.push({ from: knows, to: knows + 2, label: 'surveillance' });
        for (const x of specifics) if (x.from >= 0) evidence.push({ from: x.from, to: x.to, label: x.label });
        hits.push({
          act: `implied harm: ${r.w(implied)}`,
          weight: 1,
          stance: personal ? 'doxxing' : 'veiled',
          target,
          conditional: false,
          agency: false,
          logit: 0.5 + 0.7 * cues,
          reasons: [`veiled threat: "${r.w(implied)}" with knowledge of the target`, ...specs],
          evidence,
          lowered,
          specifics: specs,
          sentence: t[implied]!.sent,
        });
      }
    }
  }

  // Emoji aimed at someone: "officer lind 🔪🩸 tonight" — weapon or blood emoji, a named target, a time
  // 💀 is as often "I'm dead (laughing)" as death, so only weapons and blood count here
  const emojiHarm = t.find((x) => x.emoji && (WEAPONS.has(x.w) || x.w === 'blood'));
  if (emojiHarm) {
    const target = targetOf();
    const place = placeOf();
    const gunPolicy = t.some((x, k) => WEAPONS.has(x.w) && GUN_POLICY.has(r.w(k + 1)));
    if (
      emojiHarm &&
      !gunPolicy &&
      target &&
      (target.type === 'role' || (target.type === 'person' && !PERSON_PRONOUNS.has(target.text))) &&
      (time || place || t.some((x) => x.w === 'you')) &&
      !hits.some((h) => h.stance !== 'none')
    ) {
      const specs = specifics.slice(0, 4).map((x) => x.reason);
      const evidence: Evidence[] = [
        {
          from: emojiHarm.start === t[0]!.start ? 0 : t.indexOf(emojiHarm),
          to: t.indexOf(emojiHarm) + 1,
          label: 'menace',
        },
        { from: target.from, to: target.to, label: 'target' },
      ];
      for (const x of specifics) if (x.from >= 0) evidence.push({ from: x.from, to: x.to, label: x.label });
      hits.push({
        act: `emoji: ${emojiHarm.w}`,
        weight: 1,
        stance: 'veiled',
        target,
        conditional: false,
        agency: false,
        logit: 1.2 + 0.6 * [time ?? place, weapon, personal].filter(Boolean).length - lower,
        reasons: [`violent emoji aimed at a person (${emojiHarm.w})`, ...specs],
        evidence,
        lowered,
        specifics: specs,
        sentence: emojiHarm.sent,
      });
    }
  }

  // Armed: the speaker readying or carrying a weapon, with a time and a place or target
  if (specifics.some((x) => x.label === 'preparation')) {
    const target = targetOf();
    const place = placeOf();
    const weaponAfter = (x: { from: number; to: number }) =>
      specifics.find((y) => y.label === 'weapon' && y.from > x.from && y.from - x.to <= 4);
    // ("I'm loading up and heading to …": arming that names no weapon, readied all the same)
    const arming = (x: { reason: string }) => x.reason === ARMING;
    const prep = specifics.find(
      (x) => x.label === 'preparation' && (weaponAfter(x) || arming(x) || x.reason === SIGHTED),
    );
    const armedWeapon = prep && (weaponAfter(prep) ?? prep);
    const policy = armedWeapon && GUN_POLICY.has(r.w(armedWeapon.to));
    // ("grabbing my gun and heading to your office": armed, on the way to where someone is)
    const visited = armedWeapon ? visitedPlace(r, armedWeapon.to) : undefined;
    // with a time and a place or target; or, without a time, at a place and naming the person there
    // (arming with no weapon named only on the way to someone's place)
    if (
      prep &&
      armedWeapon &&
      !policy &&
      (visited ||
        ((armedWeapon !== prep || prep.reason === SIGHTED) &&
          ((time && (target || place)) ||
            (place && target && (target.type === 'role' || target.type === 'person')))))
    ) {
      const tgt = visited ?? target ?? place!;
      // the speaker: "my", "I", "we", or a sentence that opens with the verb ("Got the rifle sighted in",
      // "Already bought the ammo")
      const lead = r.start(prep.from);
      const first =
        t.some((x) => x.w === 'my' || x.w === 'i' || x.w === 'we') ||
        prep.from === lead ||
        // ("Scope's zeroed.": the speaker's sight, said with no one's name)
        (prep.reason === SIGHTED && prep.from <= lead + 3) ||
        (prep.from === lead + 1 && ['already', 'just', 'finally', 'now', 'also'].includes(r.w(lead)));
      if (first) {
        const specs = specifics.slice(0, 4).map((x) => x.reason);
        const evidence: Evidence[] = [
          { from: prep.from, to: armedWeapon.to, label: 'preparation' },
          { from: tgt.from, to: tgt.to, label: 'target' },
        ];
        for (const x of specifics) if (x.from >= 0) evidence.push({ from: x.from, to: x.to, label: x.label });
        hits.push({
          act: `armed (${armedWeapon.reason.replace(/^(?:weapon|preparation): /, '')})`,
          weight: 1,
          stance: 'armed',
          target: tgt,
          conditional: false,
          agency: true,
          logit: 1.5 + 0.5 * [time, place, personal].filter(Boolean).length - lower,
          reasons: ['weapon readied or carried by the speaker', ...specs],
          evidence,
          lowered,
          specifics: specs,
          sentence: t[armedWeapon.from]!.sent,
        });
      }
    }
  }

  // A car as the weapon: "Protesters blocking the road? Floor it.", "hit the gas and don't stop"
  const roadTarget = t.some((x) => ROADS.has(x.w)) ? targetOf() : undefined;
  if (roadTarget && (roadTarget.type === 'group' || roadTarget.type === 'role')) {
    const target = roadTarget;
    for (let i = 0; i < t.length; i++) {
      const go = ACCELERATE.find((seq) => seqAt(t, i, seq));
      if (!go) continue;
      const lead = i === r.start(i) || ['just', 'then', 'and'].includes(r.w(i - 1));
      if (!lead || r.any(r.start(i), i, NEGATORS) >= 0 || t[i]!.quoted) continue;
      aimedHit({
        act: 'drive into people',
        stance: 'imperative',
        target,
        logit: 2.3 - lower,
        reason: [
          'imperative: a direct call to act',
          `a car as the weapon: "${go.join(' ')}" at people in the road`,
        ],
        span: [i, i + go.length, 'act'],
        sentence: t[i]!.sent,
      });
      break;
    }
  }

  // "Your kids are going to be orphans soon": the death of the one they belong to, foretold
  for (let i = 0; i + 4 < t.length && keys & K_KIN; i++) {
    const owner = OWNER_PRONOUN.get(r.w(i));
    if (!owner || !KIN.has(r.w(i + 1))) continue;
    let bereaved = r.any(i + 2, Math.min(r.end(i), i + 9), BEREAVED);
    // ("your family will be attending your funeral": the owner's own funeral, not "a funeral")
    if (bereaved >= 0 && r.w(bereaved) === 'funeral' && r.w(bereaved - 1) !== r.w(i)) bereaved = -1;
    // ("I'll make sure your wife becomes a widow": a time to come, or the speaker's promise of it)
    const promised = r.w(i - 1) === 'sure' && r.w(i - 2) === 'make' && r.any(r.start(i), i, FIRST) >= 0;
    if (bereaved < 0 || (r.any(i + 2, bereaved, TO_COME) < 0 && !promised)) continue;
    if (r.any(r.start(i), bereaved, NEGATORS) >= 0 || t[i]!.quoted) continue;
    const who: NonNullable<Hit['target']> = { from: i, to: i + 1, type: 'person', text: owner };
    aimedHit({
      act: `${r.w(i + 1)} left ${r.w(bereaved)}`,
      stance: 'veiled',
      target: who,
      logit: 2 + (time ? 0.6 : 0) - lower,
      reason: `their death foretold: "${r.w(i)} ${r.w(i + 1)} … ${r.w(bereaved)}"`,
      span: [i, bereaved + 1, 'menace'],
      sentence: t[i]!.sent,
    });
    break;
  }

  // "There's a bomb in the east wing of Lincoln High. It goes off at noon.": a bomb said to be placed
  // ("Thursday night at the vigil. Pipe bomb under the stage. Watch.": a verbless line, with a time)
  for (let i = 0; i + 2 < t.length && keys & K_BOMB; i++) {
    if (!PLACED_BOMBS.has(r.w(i))) continue;
    const s0 = r.start(i);
    const fragment =
      time !== undefined &&
      i - s0 <= 2 &&
      r.end(i) - s0 <= 8 &&
      !t.slice(s0, r.end(i)).some((x) => AUX.has(x.w) || BE.has(x.w) || REPORT_VERBS.has(x.w)) &&
      !t.some((x) => REPORT_VERBS.has(x.w));
    if (!fragment && (i < 3 || !ARTICLES.has(r.w(i - 1)) || r.w(i - 2) !== 'is' || r.w(i - 3) !== 'there'))
      continue;
    if (!['in', 'at', 'under', 'inside'].includes(r.w(i + 1)) || t[i]!.quoted) continue;
    if (r.any(r.start(i), i, NEGATORS) >= 0) continue;
    const d = DETERMINERS.has(r.w(i + 2)) ? i + 3 : i + 2;
    const where: NonNullable<Hit['target']> = {
      from: d,
      to: Math.min(d + 3, r.end(i)),
      type: 'place',
      text: r.w(d),
    };
    aimedHit({
      act: `a ${r.w(i)} placed`,
      stance: 'veiled',
      target: where,
      logit: 2.5 + (time ? 0.5 : 0) - lower,
      reason: `a bomb said to be placed: "${fragment ? '' : 'there is a '}${r.w(i)} ${r.w(i + 1)} the ${r.w(d)}"`,
      span: [fragment ? i : i - 3, i + 2, 'menace'],
      sentence: t[i]!.sent,
    });
    break;
  }

  // "ready to meet god? I'm sending you there": a death named, then the speaker sending someone to it
  for (let i = 1; i + 2 < t.length && keys & K_THERE; i++) {
    if (!['send', 'sending', 'sent'].includes(r.w(i)) || r.w(i + 2) !== 'there') continue;
    if (!PERSON_PRONOUNS.has(r.w(i + 1)) || !deathCueOf() || t[i]!.quoted) continue;
    const s0 = r.start(i);
    if (r.any(s0, i, FIRST) < 0 || r.any(s0, i, NEGATORS) >= 0) continue;
    aimedHit({
      act: 'send to death',
      stance: 'intent',
      target: { from: i + 1, to: i + 2, type: 'person', text: r.w(i + 1) },
      agency: true,
      logit: 2.5 - lower,
      reason: `a death named, and the speaker "${r.w(i)} ${r.w(i + 1)} there"`,
      span: [i, i + 3, 'act'],
      sentence: t[i]!.sent,
    });
    break;
  }

  // "Enjoy your morning jog, Councilwoman. It might be your last.", "One more lie from you, Mr. Mayor,
  // and it'll be your last": the last of something in a life, foretold to someone addressed or on a
  // condition (not "it might be your last chance", nor a farewell tour's "it might be your last")
  // ("Sleep well tonight, Judge Harlan. It's the last night you'll get.": likewise, the time named)
  for (let i = 3; i < t.length && keys & K_LAST; i++) {
    if (r.w(i) !== 'last' || t[i]!.quoted) continue;
    const timed =
      LAST_TIMES.has(r.w(i + 1)) &&
      r.w(i + 2) === 'you' &&
      r.w(i + 3) === 'will' &&
      LAST_TIME_VERBS.has(r.w(i + 4)) &&
      closes(r, i + 5);
    // ("You walk your dog at 6am on Birch. Tomorrow is your last walk.": a routine watched, its last set)
    const lastOfRoutine =
      r.w(i - 1) === 'your' &&
      BE_IS.has(r.w(i - 2)) &&
      closes(r, i + 2) &&
      !closes(r, i + 1) &&
      (surveillance !== undefined || weapon !== undefined);
    if (!timed && !lastOfRoutine && (r.w(i - 1) !== 'your' || !BE_IS.has(r.w(i - 2)) || !closes(r, i + 1)))
      continue;
    const s0 = r.start(i);
    if (r.any(s0, i, NEGATORS) >= 0 || r.any(Math.max(s0, i - 5), i - 2, LAST_SUBJECTS) < 0) continue;
    const addressed = t.some(
      (x, k) => k > 0 && r.w(k - 1) === ',' && (ROLE_NOUNS.has(x.w) || (x.cap && !PRONOUN_SUBJECTS.has(x.w))),
    );
    if (!addressed && !lastOfRoutine) continue;
    aimedHit({
      act: 'your last',
      stance: 'veiled',
      target: timed
        ? { from: i + 2, to: i + 3, type: 'person', text: 'you' }
        : { from: i - 1, to: i, type: 'person', text: 'you' },
      logit: 2.2 - lower,
      reason: timed
        ? `"the last ${r.w(i + 1)} you will ${r.w(i + 4)}": the last of a life, foretold`
        : '"… be your last": the last of something in a life, foretold',
      span: timed ? [i, i + 5, 'menace'] : [i - 2, i + 1, 'menace'],
      sentence: t[i]!.sent,
    });
    break;
  }

  // "We'll see how brave you are with a barrel in your mouth", "… with a knife at your throat": a
  // weapon held to someone's body
  for (let i = 2; i + 3 < t.length && keys & K_HELD; i++) {
    const w = r.w(i);
    // ("with my boot on your throat": the speaker's own boot, a weapon likewise)
    const boot = w === 'boot' && r.w(i - 1) === 'my';
    if (!(WEAPONS.has(w) || w === 'barrel' || boot) || VEHICLE_WEAPONS.has(w) || t[i]!.quoted) continue;
    const held = ['a', 'my', 'the', 'this'].includes(r.w(i - 1)) && r.w(i - 2) === 'with';
    const p = i + 1;
    if (!held || !WEAPON_HELD_AT.has(r.w(p)) || !OWNERS.has(r.w(p + 1)) || !HELD_PARTS.has(r.w(p + 2)))
      continue;
    const s0 = r.start(i);
    if (r.any(s0, i, NEGATORS) >= 0 || r.any(s0, i, REPORT_VERBS) >= 0) continue;
    aimedHit({
      act: `a ${w} held to the ${r.w(p + 2)}`,
      stance: 'veiled',
      target: { from: p + 1, to: p + 2, type: 'person', text: OWNER_PRONOUN.get(r.w(p + 1))! },
      logit: 2.2 - lower,
      reason: `a weapon held to someone's body: "with a ${w} ${r.w(p)} ${r.w(p + 1)} ${r.w(p + 2)}"`,
      span: [i - 2, p + 3, 'menace'],
      sentence: t[i]!.sent,
    });
    break;
  }

  // "Your little protest tomorrow ends with my truck going through the crowd": the speaker's vehicle
  // driven through people
  for (let i = 1; i + 3 < t.length && keys & K_DRIVEN; i++) {
    const w = r.w(i);
    if (!DRIVEN.has(w) || !['my', 'our'].includes(r.w(i - 1)) || t[i]!.quoted) continue;
    const v = i + 1;
    if (!DRIVING.has(r.w(v)) || !['through', 'into'].includes(r.w(v + 1))) continue;
    const at = DETERMINERS.has(r.w(v + 2)) ? v + 3 : v + 2;
    const type = targetType(r, at, r.start(i));
    if (!(CROWDS.has(r.w(at)) || type === 'group' || type === 'role')) continue;
    if (r.any(r.start(i), i, NEGATORS) >= 0) continue;
    // (a time to come, or what something "ends with"; not "watched my car going through the crowd")
    if (time === undefined && r.any(0, t.length, WILL_SET) < 0 && r.w(i - 2) !== 'with') continue;
    aimedHit({
      act: `${w} driven through people`,
      stance: 'intent',
      target: { from: at, to: at + 1, type: type === 'role' ? 'role' : 'group', text: r.w(at) },
      agency: true,
      logit: 2.5 - lower,
      reason: `the speaker's ${w} "${r.w(v)} ${r.w(v + 1)}" the ${r.w(at)}`,
      span: [i - 1, at + 1, 'act'],
      sentence: t[i]!.sent,
    });
    break;
  }

  // "Room 214 at the county office. Tomorrow 9am. Bring body bags.": the dead foretold at a place and time
  for (let i = 0; i + 2 < t.length && keys & K_ARM; i++) {
    if (!BODY_BAG_ORDERS.has(r.w(i)) || r.w(i + 1) !== 'body' || !['bags', 'bag'].includes(r.w(i + 2)))
      continue;
    // (said as a line of its own: not "bring body bags and gloves to the drill")
    if (i !== r.start(i) || !closes(r, i + 3) || r.w(i + 3) === '?') continue;
    const where = placeOf();
    if (!where || time === undefined || t[i]!.quoted || r.any(r.start(i), i, NEGATORS) >= 0) continue;
    aimedHit({
      act: 'bring body bags',
      stance: 'veiled',
      target: where,
      logit: 2.5 - lower,
      reason: `"${r.w(i)} body bags" to a place, at a time: the dead foretold`,
      span: [i, i + 3, 'menace'],
      sentence: t[i]!.sent,
    });
    break;
  }

  // "Friday 7pm Elm St Church. Bringing gas cans. Lock the doors.": people shut into a place set alight
  for (let i = 0; i + 2 < t.length && keys & K_LOCK; i++) {
    if (!SHUTTERS.has(r.w(i)) || !ARTICLES.has(r.w(i + 1)) || !SHUT_WAYS.has(r.w(i + 2)) || t[i]!.quoted)
      continue;
    // (an order on a line of its own, with fuel carried and a time: not "last one out lock the doors",
    // nor a gas leak or a gas grill)
    if (i !== r.start(i) || !closes(r, i + 3) || time === undefined) continue;
    const fuel = t.findIndex(
      (x, k) =>
        (FUELS.has(x.w) || (x.w === 'gas' && (r.w(k + 1) === 'cans' || r.w(k + 1) === 'can'))) &&
        // (brought there: "bringing gas cans"; not "fill the gas cans for the generator")
        [r.w(k - 1), r.w(k - 2)].some((b) => BRINGS.has(b) || b === 'grab' || b === 'got'),
    );
    const where = placeOf();
    if (fuel < 0 || !where || r.any(r.start(i), i, NEGATORS) >= 0) continue;
    aimedHit({
      act: 'shut in and burned',
      stance: 'veiled',
      target: where,
      logit: 2.5 - lower,
      reason: `"${r.w(i)} the ${r.w(i + 2)}" with "${r.w(fuel)}": people shut in a place to be burned`,
      span: [i, i + 3, 'menace'],
      sentence: t[i]!.sent,
    });
    break;
  }

  // "It's open season on census takers": people declared free to hunt
  for (let i = 1; i + 2 < t.length && keys & K_SEASON; i++) {
    if (r.w(i) !== 'season' || r.w(i - 1) !== 'open' || r.w(i + 1) !== 'on' || t[i]!.quoted) continue;
    const prey = findObject(r, i + 2, 5);
    if (!prey || !(prey.type === 'role' || prey.type === 'group' || prey.type === 'person')) continue;
    if (r.any(r.start(i), i, NEGATORS) >= 0) continue;
    // (a call to act on it, "tell your neighbors", or a weapon; not the complaint "it's open season on
    // whites", said of criticism)
    const cue = r.any(0, t.length, SEASON_CUES) >= 0 || weapon !== undefined;
    aimedHit({
      act: 'open season on',
      stance: 'call',
      target: prey,
      logit: (cue ? 2.2 : -1) - lower,
      reason: `"open season on ${prey.text}": people declared free to hunt`,
      span: [i - 1, i + 2, 'call'],
      sentence: t[i]!.sent,
    });
    break;
  }

  // "introduce the sheriff to the business end of my rifle", "finds out what my shotgun sounds like up
  // close": a weapon to be met by someone named
  for (let i = 2; i < t.length && keys & K_WEAPON; i++) {
    const w = r.w(i);
    if (!(WEAPONS.has(w) || w === 'bat' || w === 'bats') || t[i]!.quoted) continue;
    const owned = ['my', 'our', 'a', 'the', 'his'].includes(r.w(i - 1));
    const businessEnd = owned && r.w(i - 2) === 'of' && r.w(i - 3) === 'end' && r.w(i - 4) === 'business';
    const felt =
      owned &&
      r.w(i - 2) === 'what' &&
      ['sounds', 'feels', 'tastes', 'looks'].includes(r.w(i + 1)) &&
      r.w(i + 2) === 'like';
    if (!businessEnd && !felt) continue;
    const s0 = r.start(i);
    if (r.any(s0, i, NEGATORS) >= 0) continue;
    let who: Hit['target'];
    for (let k = s0; k < i && !who; k++) {
      const ty = targetType(r, k, s0);
      if (ty === 'role' || ty === 'group' || (ty === 'person' && !FIRST.has(r.w(k))))
        who = { from: k, to: k + 1, type: ty, text: r.w(k) };
    }
    if (!who) continue;
    const mine = r.w(i - 1) === 'my' || r.w(i - 1) === 'our';
    aimedHit({
      act: businessEnd ? 'the business end of a weapon' : `what a ${w} ${r.w(i + 1)} like`,
      stance: mine ? 'intent' : 'veiled',
      target: who,
      agency: mine,
      logit: 2.3 - lower,
      reason: businessEnd
        ? `"the business end of ${r.w(i - 1)} ${w}" for someone named`
        : `"what ${r.w(i - 1)} ${w} ${r.w(i + 1)} like" for someone named`,
      span: [businessEnd ? i - 4 : i - 2, i + 1, 'act'],
      sentence: t[i]!.sent,
    });
    break;
  }

  // "The only good reporter is a dead reporter": the slogan that wants a whole kind of people dead
  for (let i = 0; i + 5 < t.length && keys & K_ONLY; i++) {
    if (r.w(i) !== 'only' || r.w(i + 1) !== 'good') continue;
    const kind = targetType(r, i + 2, r.start(i));
    if (!(kind === 'role' || kind === 'group' || kind === 'person')) continue;
    if (!['is', 'are', 'was'].includes(r.w(i + 3))) continue;
    const d = ARTICLES.has(r.w(i + 4)) ? i + 5 : i + 4;
    if (r.w(d) !== 'dead' || t[i]!.quoted) continue;
    aimedHit({
      act: 'the only good one is a dead one',
      stance: 'wish',
      target: { from: i + 2, to: i + 3, type: kind === 'person' ? 'group' : kind, text: r.w(i + 2) },
      logit: 2.5 - lower,
      reason: `"the only good ${r.w(i + 2)} is a dead ${r.w(i + 2)}": death wished on a kind of people`,
      span: [i, d + 2, 'wish'],
      sentence: t[i]!.sent,
    });
    break;
  }

  // An order to arm, with someone named: "If you live near the senator, you know your duty. Bring a rope."
  for (let i = 0; i + 1 < t.length && keys & K_ARM; i++) {
    if (!ARM_ORDERS.has(r.w(i)) || i !== r.start(i) || t[i]!.quoted) continue;
    const m = DETERMINERS.has(r.w(i + 1)) ? i + 2 : i + 1;
    const means = r.w(m);
    if (
      !(WEAPONS.has(means) || means === 'rope' || means === 'noose' || means === 'ropes') ||
      VEHICLE_WEAPONS.has(means)
    )
      continue;
    // (an order standing alone, "Bring a rope.", not "bring a rope for the tent")
    if (!(isSentenceEnd(r.w(m + 1)) || r.w(m + 1) === '')) continue;
    let who: Hit['target'];
    for (let k = 0; k < t.length && !who; k++) {
      const ty = targetType(r, k, r.start(k));
      if ((ty === 'role' || ty === 'group') && !CALLERS.has(r.w(k)))
        who = { from: k, to: k + 1, type: ty, text: r.w(k) };
    }
    if (!who) continue;
    aimedHit({
      act: `armed call (${means})`,
      stance: 'imperative',
      target: who,
      logit: 2.2 - lower,
      reason: [
        `an order to arm: "${r.w(i)} ${r.w(i + 1)}${m > i + 1 ? ' ' + means : ''}"`,
        `aimed at ${who.text}`,
      ],
      span: [i, m + 1, 'act'],
      sentence: t[i]!.sent,
    });
    break;
  }

  // The lynching meme: "Rope. Tree. Journalist. Some assembly required." (words set apart, a people named)
  for (let i = 0; i + 2 < t.length && keys & K_WEAPON; i++) {
    if (!((r.w(i) === 'rope' && r.w(i + 2) === 'tree') || (r.w(i) === 'tree' && r.w(i + 2) === 'rope')))
      continue;
    if (!isSentenceEnd(r.w(i + 1)) && r.w(i + 1) !== ',') continue;
    const who = targetOf();
    if (!who || !['role', 'group', 'person'].includes(who.type) || t[i]!.quoted) continue;
    aimedHit({
      act: 'rope and tree',
      stance: 'wish',
      target: who,
      logit: 2.2 - lower,
      reason: 'a rope and a tree named with people: a lynching',
      span: [i, i + 3, 'act'],
      sentence: t[i]!.sent,
    });
    break;
  }

  // Arms taken up and carried to a place: "every patriot in this city should grab a rifle and go to
  // the courthouse" (an order, or a duty put on a crowd; not guards posted there)
  for (let i = 0; i + 4 < t.length && keys & K_ARM; i++) {
    if (!ARM_ORDERS.has(r.w(i)) || t[i]!.quoted) continue;
    const m = DETERMINERS.has(r.w(i + 1)) ? i + 2 : i + 1;
    const means = r.w(m);
    if (!WEAPONS.has(means) || VEHICLE_WEAPONS.has(means) || r.w(m + 1) !== 'and' || !GO_TO.has(r.w(m + 2)))
      continue;
    let place = -1;
    for (let k = m + 3; k < Math.min(r.end(i), m + 8) && place < 0; k++)
      if (GATHERINGS.has(r.w(k)) || OCCUPIED_PLACES.has(r.w(k))) place = k;
    if (place < 0 || !menacedGathering(r, place) || r.any(m + 3, place, BENIGN_EVENTS) >= 0) continue;
    const s0 = r.start(i);
    const c = r.clauseStartBefore(i);
    const ordered = i === c || (CROWD_CALLED.has(r.w(c)) && i === c + 1) || r.any(s0, i, ARMED_MODALS) >= 0;
    if (!ordered || r.any(s0, i, NEGATORS) >= 0 || r.any(s0, i, GUARDS) >= 0 || r.any(s0, i, PAST_AUX) >= 0)
      continue;
    const own = r.any(s0, i, FIRST) >= 0;
    aimedHit({
      act: `armed (${means})`,
      stance: own ? 'armed' : 'call',
      target: { from: place, to: place + 1, type: 'place', text: r.w(place) },
      agency: own,
      logit: 2.2 - lower,
      reason: `arms taken to a place: ${means} to the ${r.w(place)}`,
      span: [i, place + 1, 'preparation'],
      sentence: t[i]!.sent,
    });
    break;
  }

  // An attacker wished for: "Praying for a sniper at the inauguration", "where's a sniper when you need one"
  for (let i = 1; i < t.length && keys & K_ATTACKER; i++) {
    // ("a sniper rifle", "a sniper kill": the gear and the game, not the person)
    // ("Praying for a drunk driver to find the reporter": a kind of killer by its adjective)
    const kind = ATTACKER_KINDS.get(r.w(i)) === r.w(i - 1);
    // ("where's a good sniper when you need one": past a word that praises it)
    const a =
      kind || GOOD_ONES.has(r.w(i - 1)) || (AILMENTS.has(r.w(i)) && SEVERE.has(r.w(i - 1))) ? i - 1 : i;
    // ("hope a bus finds that reporter"; "praying for a brain aneurysm for every one of those senators")
    const vehicle = STRIKING_VEHICLES.has(r.w(i)) && VEHICLE_STRIKES.has(r.w(i + 1));
    const ailment = AILMENTS.has(r.w(i));
    if (
      !(ATTACKERS.has(r.w(i)) || kind || vehicle || ailment) ||
      !['a', 'an', 'some'].includes(r.w(a - 1)) ||
      ['rifle', 'rifles', 'kill', 'kills', 'shot', 'scope', 'game', 'movie'].includes(r.w(i + 1))
    )
      continue;
    const wished =
      (r.w(a - 2) === 'for' && HOPE.has(r.w(a - 3))) ||
      // ("wish a sniper would take out the whole stage", "hope a bus finds …")
      (HOPE.has(r.w(a - 2)) && (r.w(i + 1) === 'would' || vehicle)) ||
      ((r.w(a - 2) === 'is' || r.w(a - 2) === "'s") && r.w(a - 3) === 'where' && r.w(i + 1) === 'when');
    // (an illness only for someone named: "praying for a stroke for the senator")
    if (ailment && !(r.w(i + 1) === 'for' || r.w(i + 1) === 'to')) continue;
    if (!wished || r.any(r.start(i), a, NEGATORS) >= 0 || t[i]!.quoted) continue;
    // at an event or place, at the people named, or at everyone there
    let aim: Hit['target'] = ['at', 'for', 'on', 'to'].includes(r.w(i + 1))
      ? findObject(r, i + 2, 6)
      : vehicle
        ? findObject(r, i + 2, 4)
        : undefined;
    if ((ailment || vehicle) && (!aim || !['person', 'role', 'group'].includes(aim.type))) continue;
    if (aim && aim.type === 'unknown') aim = { ...aim, type: 'place' };
    aim ??= targetOf() ?? { from: i, to: i + 1, type: 'group', text: 'everyone' };
    aimedHit({
      act: `an attacker wished for (${kind ? `${r.w(a)} ` : ''}${r.w(i)})`,
      stance: 'wish',
      target: aim,
      logit: 2.2 - lower,
      reason: `wish for an attacker: "${r.t
        .slice(r.w(a - 2) === 'for' ? a - 3 : a - 2, i + 1)
        .map((x) => x.w)
        .join(' ')}"`,
      span: [a - 3, i + 1, 'wish'],
      sentence: t[i]!.sent,
    });
    break;
  }

  // Aiming: "I'll have a scope on the podium the whole time", "I've got the senator in my sights"
  for (let i = 1; i < t.length && keys & K_SIGHTS; i++) {
    const w = r.w(i);
    let aimed: Hit['target'];
    if (SIGHTS.has(w) && r.w(i + 1) === 'on') {
      aimed = findObject(r, i + 2, 4);
      // (the one who stands there)
      if (aimed && ['podium', 'lectern', 'stage', 'pulpit'].includes(aimed.text))
        aimed = { ...aimed, type: 'place' };
    } else if (SIGHTS.has(w) && ['my', 'our'].includes(r.w(i - 1)) && r.w(i - 2) === 'in') {
      for (let k = i - 3; k >= Math.max(r.start(i), i - 6) && !aimed; k--) {
        const ty = targetType(r, k, r.start(i));
        if (ty === 'role' || ty === 'group' || (ty === 'person' && !FIRST.has(r.w(k))))
          aimed = { from: k, to: k + 1, type: ty, text: r.w(k) };
      }
    }
    if (!aimed || !['role', 'group', 'person', 'place'].includes(aimed.type)) continue;
    const s0 = r.start(i);
    const speaker = r.any(s0, i, new Set(['i', 'we', 'my', 'our'])) >= 0;
    if (!speaker || r.any(s0, i, NEGATORS) >= 0 || t[i]!.quoted) continue;
    aimedHit({
      act: `aim (${w})`,
      stance: 'armed',
      target: aimed,
      agency: true,
      logit: 2 + (time ? 0.6 : 0) - lower,
      reason: `a weapon aimed by the speaker: "${w}" on ${aimed.text}`,
      span: [i, i + 1, 'preparation'],
      sentence: t[i]!.sent,
    });
    break;
  }

  // The speaker's weapon in someone's body: "you won't be so brave with my knife in your gut"; or one
  // foretold there: "… or the next thing you feel will be a blade between your ribs"
  for (let i = 1; i + 3 < t.length && keys & K_WEAPON; i++) {
    const w = r.w(i);
    if (!(WEAPONS.has(w) || BLUNT.has(w)) || VEHICLE_WEAPONS.has(w)) continue;
    const mine = ['my', 'our'].includes(r.w(i - 1));
    const s0 = r.start(i);
    // ("a broken bottle in the eye": the article before a word that says what state the weapon is in)
    const det = WEAPON_STATES.has(r.w(i - 1)) ? i - 2 : i - 1;
    const foretold =
      ARTICLES.has(r.w(det)) &&
      (r.any(s0, i, FUTURE) >= 0 || r.any(s0, i, new Set(['or', 'otherwise'])) >= 0) &&
      r.any(s0, i, NEGATORS) < 0;
    if (!mine && !foretold) continue;
    if (!['in', 'into', 'through', 'between', 'across'].includes(r.w(i + 1))) continue;
    // "… is gonna get a brick in the face": the body is the one who gets it
    const received = !mine && RECEIVE.has(r.w(det - 1)) && r.w(i + 2) === 'the';
    const owner = OWNER_PRONOUN.get(r.w(i + 2)) ?? (received ? 'them' : undefined);
    if (!owner || !BODY_PARTS.has(r.w(i + 3)) || t[i]!.quoted) continue;
    aimedHit({
      act: `${w} in the ${r.w(i + 3)}`,
      stance: mine ? 'intent' : 'fate',
      target:
        received && !OWNER_PRONOUN.has(r.w(i + 2))
          ? (targetOf() ?? { from: det - 1, to: det, type: 'person', text: owner })
          : { from: i + 2, to: i + 3, type: 'person', text: owner },
      agency: mine,
      logit: 2.5 - lower,
      reason: mine
        ? `the speaker's weapon in someone's body: "my ${w} in ${r.w(i + 2)} ${r.w(i + 3)}"`
        : `a weapon in someone's body, foretold: "${w} ${r.w(i + 1)} ${r.w(i + 2)} ${r.w(i + 3)}"`,
      span: [i - 1, i + 4, 'act'],
      sentence: t[i]!.sent,
    });
    break;
  }

  // Arms brought to a gathering: "I'm bringing my shotgun to the next meeting" (not to a gun show);
  // or an order to bring them: "everyone bring your rifles to the hearing"
  for (let i = 0; i + 1 < t.length && keys & K_WEAPON; i++) {
    if (!BRINGS.has(r.w(i))) continue;
    const own = r.any(Math.max(r.start(i), i - 3), i, FIRST) >= 0;
    const c = r.clauseStartBefore(i);
    const ordered = !own && r.w(i) === 'bring' && i === (CROWD_CALLED.has(r.w(c)) ? c + 1 : c);
    if (!own && !ordered) continue;
    const m = DETERMINERS.has(r.w(i + 1)) ? i + 2 : i + 1;
    const means = r.w(m);
    // ("everyone bring a rope to the courthouse friday": a gallows' means, to a gathering)
    if (
      !(WEAPONS.has(means) || BLUNT.has(means) || BATS.has(means) || NOOSES.has(means)) ||
      (VEHICLE_WEAPONS.has(means) && !BATS.has(means))
    )
      continue;
    let e = m + 2;
    if (r.w(m + 1) === 'to') {
      while (e < m + 5 && (DETERMINERS.has(r.w(e)) || r.w(e) === 'next')) e++;
      // ("city hall", "the town hall meeting": past a word that names whose it is)
      if (!GATHERINGS.has(r.w(e)) && GATHERINGS.has(r.w(e + 1))) e++;
    } else {
      // ("next protest I'm bringing a bat": the gathering named first)
      e = r.any(r.start(i), i, GATHERINGS);
      if (e < 0 || !['next', 'at', 'to', 'this', 'tomorrow'].includes(r.w(e - 1))) continue;
    }
    if (!GATHERINGS.has(r.w(e)) || !menacedGathering(r, e)) continue;
    if (r.any(r.start(i), i, NEGATORS) >= 0 || t[i]!.quoted) continue;
    aimedHit({
      act: `armed (${means})`,
      stance: ordered ? 'call' : 'armed',
      target: { from: e, to: e + 1, type: 'place', text: r.w(e) },
      agency: own,
      logit: 2.2 - lower,
      reason: ordered
        ? `an order to bring weapons to a gathering: ${means} to the ${r.w(e)}`
        : `bringing a weapon to a gathering: ${means} to the ${r.w(e)}`,
      span: [i, e + 1, 'preparation'],
      sentence: t[i]!.sent,
    });
    break;
  }

  // An armed crowd called to a gathering: "Real Americans should be outside the mosque with rifles
  // this Friday", "we'll be at the hearing with our guns" (not guards posted at a school)
  for (let i = 3; i < t.length && keys & K_WEAPON; i++) {
    const w = r.w(i);
    if (!WEAPONS.has(w) || VEHICLE_WEAPONS.has(w) || t[i]!.quoted) continue;
    const withAt =
      r.w(i - 1) === 'with' ? i - 1 : DETERMINERS.has(r.w(i - 1)) && r.w(i - 2) === 'with' ? i - 2 : -1;
    if (withAt < 0) continue;
    const s0 = r.start(i);
    let e = -1;
    for (let k = withAt - 1; k >= s0 && k >= withAt - 5; k--)
      if (GATHERINGS.has(r.w(k)) && r.any(k - 3, k, AT_PLACE) >= 0) {
        e = k;
        break;
      }
    if (e < 0 || !menacedGathering(r, e)) continue;
    // who goes there: the speaker's side, or a crowd called on, with a modal of duty or intent
    const who = r.any(s0, e, CROWD_GOERS);
    const modal = r.any(who + 1, e, ARMED_MODALS);
    if (who < 0 || modal < 0 || r.any(s0, e, GUARDS) >= 0 || r.any(s0, i, NEGATORS) >= 0) continue;
    if (r.any(s0, e, PAST_AUX) >= 0) continue;
    aimedHit({
      act: `armed (${w})`,
      stance: FIRST.has(r.w(who)) ? 'armed' : 'call',
      target: { from: e, to: e + 1, type: 'place', text: r.w(e) },
      agency: FIRST.has(r.w(who)),
      logit: 2.2 - lower,
      reason: `an armed crowd at a gathering: ${w} at the ${r.w(e)}`,
      span: [withAt, i + 1, 'preparation'],
      sentence: t[i]!.sent,
    });
    break;
  }

  // Armed approach: "I'm coming with a bat", "we're on our way with our rifles", aimed at someone addressed
  for (let i = 1; i + 1 < t.length && keys & K_WITH; i++) {
    if (r.w(i) !== 'with') continue;
    // ("I'm coming down to your office with my shotgun": the one addressed; "She parks in lot C … I'll be
    // there with my Glock": the one just spoken of)
    // ("keep ignoring my texts and see what happens when I show up with a hammer": an order's addressee)
    // ("Fire me and I'll come back with a rifle": an order about the speaker opens the condition too)
    const ordered =
      DARE_VERBS.has(r.w(r.start(i))) ||
      r.w(r.start(i)) === 'keep' ||
      (r.w(r.start(i) + 1) === 'me' &&
        r.any(r.start(i) + 2, i, AND) >= 0 &&
        r.any(r.start(i), i, FIRST) >= 0);
    const yours = ordered ? r.start(i) : r.any(r.start(i), r.end(i), YOU_FORMS);
    const spoken = r.any(0, i, HE_SHE);
    const target =
      targetOf() ??
      (yours >= 0
        ? { from: yours, to: yours + 1, type: 'person' as const, text: 'you' }
        : spoken >= 0
          ? { from: spoken, to: spoken + 1, type: 'person' as const, text: r.w(spoken) }
          : // ("I'll be at the synagogue on Saturday morning with two pipe bombs": whoever is there)
            (placeOf() ?? entranceAt(r, r.start(i), i)));
    if (!target) continue;
    let m = DETERMINERS.has(r.w(i + 1)) ? i + 2 : i + 1;
    // ("with two pipe bombs", "with 3 rifles": past a count)
    if (COUNTS.has(r.w(m)) || (/^\d+$/.test(r.w(m)) && !isGauge(r, m + 1))) m++;
    // ("with my 12 gauge"; "with a baseball bat": past the sport that names it)
    const gauge = isGauge(r, m + 1);
    if (gauge || SPORT_GEAR.get(r.w(m))?.includes(r.w(m + 1))) m++;
    const means = gauge ? 'shotgun' : r.w(m);
    // ("with a bottle of wine": a container of something, not a weapon)
    if (r.w(m + 1) === 'of') continue;
    const s0 = r.start(i);
    // ("I'll be on the roof with my scope": a sniper's perch makes a scope a rifle's)
    // (over a gathering: "Enjoy the protest … on the roof with my scope"; not a meteor shower's)
    const perched =
      r.any(Math.max(s0, i - 3), i, PERCHES) >= 0 && SIGHTS.has(means) && r.any(0, t.length, GATHERINGS) >= 0;
    if (!(
      (WEAPONS.has(means) && !VEHICLE_WEAPONS.has(means)) ||
      means === 'bat' ||
      means === 'bats' ||
      BLUNT.has(means) ||
      perched
    ))
      continue;
    // ("I'll be waiting outside the courthouse with my 12 gauge": lying in wait, armed)
    // ("we're coming for every single one of you pedo teachers with machetes": past a long object)
    // ("I'll be at the synagogue … with": being at a place, armed)
    let coming = r.any(Math.max(s0, i - 10), i, APPROACH);
    if (coming < 0) {
      const at = r.any(Math.max(s0, i - 10), i, AT_SET);
      if (at > 0 && r.w(at - 1) === 'be') coming = at;
    }
    // (the speaker before it: "I'll be waiting …"; "I'll be on the roof …", past "on the")
    const back = PERCHES.has(r.w(coming)) ? 5 : 3;
    if (coming < 0 || r.any(Math.max(s0, coming - back), coming, FIRST) < 0) continue;
    // ("you won't be so brave when I'm standing over you with a bat": the negation is the taunt's)
    if (r.any(Math.max(s0, coming - 4), i, NEGATORS) >= 0 || t[i]!.quoted) continue;
    const waiting = r.w(coming).startsWith('wait') || r.w(coming) === 'outside';
    aimedHit({
      act: `armed (${means})`,
      stance: 'armed',
      target,
      agency: true,
      logit: 2.5 - lower,
      reason: `${waiting ? 'waiting' : 'coming'} with a weapon: ${means}`,
      span: [coming, m + 1, 'preparation'],
      sentence: t[i]!.sent,
    });
    break;
  }

  // An armed visit: "grab a rope and pay the governor a visit", "bring your guns and visit the judge"
  // ("teach him a lesson with a crowbar": the lesson's means named after it)
  for (let i = 0; i < t.length && keys & K_VISIT; i++) {
    const visit = r.w(i) === 'visit' && r.w(i - 1) === 'a';
    const lesson = r.w(i) === 'lesson' && r.w(i - 1) === 'a';
    if (!visit && !lesson && r.w(i) !== 'visit') continue;
    const s0 = r.start(i);
    let who: Hit['target'];
    if (visit || lesson) {
      const verbs = lesson ? TEACH : PAY;
      const pay = r.any(Math.max(s0, i - 6), i - 1, verbs);
      if (pay >= 0) who = findObject(r, pay + 1, i - 1 - pay - 1);
    } else who = findObject(r, i + 1, 4);
    // ("needs to visit the governor's mansion": the owner of the home visited)
    if (
      !visit &&
      !lesson &&
      !(who && (who.type === 'person' || who.type === 'role' || who.type === 'group'))
    ) {
      const poss = r.any(i + 1, Math.min(i + 5, r.end(i)), POSSESSIVE_S);
      const type = poss > 0 ? targetType(r, poss - 1, s0) : undefined;
      if (poss > 0 && DWELLINGS.has(r.w(poss + 1)) && (type === 'person' || type === 'role'))
        who = { from: poss - 1, to: poss, type, text: r.w(poss - 1) };
    }
    if (!who || !(who.type === 'person' || who.type === 'role' || who.type === 'group')) continue;
    // ("bring a gun to visit my dad at the range": a family visit)
    if (['my', 'our'].includes(r.w(who.from)) || ['my', 'our'].includes(r.w(who.from - 1))) continue;
    // the means, taken up in the same sentence before the visit (or named after it: "… a visit with
    // baseball bats")
    let means = -1;
    for (let k = s0; k < (lesson || r.w(i + 1) === 'with' ? r.end(i) : i) && means < 0; k++)
      if (
        (WEAPONS.has(r.w(k)) && !VEHICLE_WEAPONS.has(r.w(k))) ||
        BLUNT.has(r.w(k)) ||
        r.w(k) === 'bat' ||
        r.w(k) === 'bats' ||
        // ("grab your pitchforks and torches … paying the mayor a visit": a mob's means)
        r.w(k) === 'pitchforks' ||
        r.w(k) === 'torches' ||
        (HARM_NOUNS.get(r.w(k)) ?? 0) >= 0.8
      )
        means = k;
    if (means < 0 || r.any(s0, i, NEGATORS) >= 0 || t[i]!.quoted) continue;
    patternHit({
      act: `armed visit (${r.w(means)})`,
      stance: 'armed',
      target: who,
      logit: 2.5 - lower,
      reasons: [`${lesson ? 'a lesson' : 'a visit'}, with the means named: ${r.w(means)}`],
      evidence: [
        { from: means, to: means + 1, label: 'weapon' },
        { from: i - (visit ? 1 : 0), to: i + 1, label: 'menace' },
        { from: who.from, to: who.to, label: 'target' },
      ],
      sentence: t[i]!.sent,
    });
  }

  // (A violent hit in a post with personal details becomes doxxing in assess().)
  return hits;
}
