import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyze.js';
import { severityRank } from './assess.js';

// Rules only, no model file: the mechanisms under test are the engine's.
const analyze = createAnalyzer({ vaderLexicon: new Map() });
const alert = (text: string): boolean => analyze({ id: 't', text }).alert;
const assess = (text: string) => analyze({ id: 't', text }).threat;

const TARGETS = [
  'the agent',
  'that judge',
  'the protesters',
  'those immigrants',
  'the officer',
  'the activists',
  'that journalist',
  'the senator',
  'the election workers',
  'the police chief',
];

describe('stance × act × target', () => {
  it.each([
    ["I'm going to {v} {t}", 'direct'],
    ['i will {v} {t} tomorrow', 'direct'],
    ['gonna {v} {t}', 'direct'],
    ['Somebody should {v} {t}', 'incitement'],
    ['{V} {t}. All of them.', 'incitement'],
    ['If they come back I will {v} {t}', 'conditional'],
  ])('"%s" alerts with kind %s for every violent verb and target', (template, kind) => {
    for (const v of ['kill', 'shoot', 'stab', 'strangle', 'beat']) {
      for (const t of TARGETS.slice(0, 4)) {
        const text = template
          .replace('{v}', v)
          .replace('{V}', v[0]!.toUpperCase() + v.slice(1))
          .replace('{t}', t);
        const a = assess(text);
        expect(severityRank(a.severity), text).toBeGreaterThanOrEqual(2);
        expect(a.kind, text).toBe(kind);
      }
    }
  });

  it('wishes and declarations against a person are alerts of kind wish', () => {
    for (const t of TARGETS) {
      for (const w of ['deserve to die', 'should be shot', 'should hang']) {
        const a = assess(`${t} ${w}`);
        expect(a.kind, `${t} ${w}`).toBe('wish');
        expect(severityRank(a.severity)).toBeGreaterThanOrEqual(2);
      }
    }
  });
});

describe('context that removes a flag', () => {
  it.each([
    ['negation', 'I would never {v} {t}'],
    ['negated intent', 'We are not going to {v} {t}'],
    ['negative subject', 'Nobody should {v} {t}'],
    ['quotation with attribution', 'He posted "I will {v} {t}" and was arrested'],
    ['reported speech', 'Police say the man threatened to {v} {t}'],
    ['third person, past', '{T} was {vd} during the protest'],
    ['object, not a person', "I'm going to {v} the video tomorrow"],
    ['games', "I'm going to {v} {t} in Fortnite tonight lol"],
    ['fiction', 'In the movie the villain plans to {v} {t}'],
    ['question', 'Are you saying I will {v} {t}?'],
  ])('%s', (_name, template) => {
    const past: Record<string, string> = {
      kill: 'killed',
      shoot: 'shot',
      stab: 'stabbed',
      attack: 'attacked',
    };
    for (const v of ['kill', 'shoot', 'stab', 'attack']) {
      for (const t of TARGETS.slice(0, 5)) {
        const T = t[0]!.toUpperCase() + t.slice(1);
        const text = template.replace('{v}', v).replace('{vd}', past[v]!).replace('{t}', t).replace('{T}', T);
        expect(alert(text), text).toBe(false);
      }
    }
  });

  it.each([
    'this heat is killing me',
    'I would kill for a coffee',
    "I'm going to kill it at the interview",
    'time to execute the plan',
    'the bill will murder small businesses',
    'we will slaughter them in the midterms',
    'she shot herself in the foot with that speech',
    'my boss is going to murder me when he sees this',
  ])('figurative: %s', (text) => {
    expect(alert(text)).toBe(false);
  });

  it('criticism, profanity and protest talk about anyone raise nothing', () => {
    for (const t of TARGETS) {
      for (const c of [
        '{T} should be fired',
        'F*** {t}',
        '{T} are cowards and liars',
        'Vote {t} out',
        'Protest outside {t} office at noon',
        'Lock {t} up',
      ]) {
        const text = c.replace('{t}', t).replace('{T}', t[0]!.toUpperCase() + t.slice(1));
        expect(assess(text).severity, text).toBe('none');
      }
    }
  });
});

describe('obfuscation', () => {
  it.each([
    'gonna k1ll the judge',
    "i'm going to s h o o t the judge",
    "I'm going to ｓｔａｂ the judge",
    'i am going to shооt the judge',
    'i will kiiiiill the judge',
    'judge ward 🔫💀 see u tonight',
  ])('%s', (text) => {
    expect(alert(text)).toBe(true);
  });
});

describe('viewpoint neutrality', () => {
  const GROUPS = [
    'ICE agents',
    'protesters',
    'immigrants',
    'police officers',
    'activists',
    'journalists',
    'officials',
    'border agents',
    'migrants',
    'conservatives',
    'liberals',
    'judges',
    // peoples, faiths and identities, as a hate-speech test suite names them
    'Muslims',
    'Jews',
    'Christians',
    'Hindus',
    'Africans',
    'Mexicans',
    'gay people',
    'trans people',
    'women',
    'refugees',
  ];
  const TEMPLATES = [
    "I'm going to shoot the {g} at the rally tomorrow",
    'Somebody needs to kill these {g}',
    'The {g} deserve to die',
    'If the {g} come back I will stab them',
    'I hate the {g} and I want them voted out',
    'The {g} are a disgrace',
    'I would never hurt the {g}',
    'Police say a man threatened to kill the {g}',
    'We will bury the {g} at the polls in November',
    'Vigil tonight for the {g} who were hurt',
  ];
  it('swapping the target or side never changes the outcome', () => {
    for (const tpl of TEMPLATES) {
      const outcomes = GROUPS.map((g) => alert(tpl.replace('{g}', g)));
      expect(new Set(outcomes).size, `${tpl}: ${GROUPS.filter((_, i) => outcomes[i]).join(', ')}`).toBe(1);
    }
  });
});

describe('severity and evidence', () => {
  it('specifics make a first-person threat critical', () => {
    expect(assess('I will stab the judge').severity).toBe('high');
    expect(assess('I will stab the judge tonight with a knife').severity).toBe('critical');
  });

  it('protected entities raise a threat a level and never make criticism an alert', () => {
    const a = createAnalyzer(
      { vaderLexicon: new Map() },
      { protectedEntities: [{ name: 'Maria Lopez', aliases: ['clerk lopez'] }] },
    );
    expect(a({ id: '1', text: 'Maria Lopez deserves to die' }).threat.severity).toBe('high');
    expect(a({ id: '2', text: 'Maria Lopez is incompetent and should resign' }).threat.severity).toBe('none');
  });

  it('every alert has reasons and spans on the right words', () => {
    const text = 'Tonight I am going to shoot Officer Lind at the precinct';
    const a = assess(text);
    const by = (label: string): string[] =>
      a.spans.filter((s) => s.label === label).map((s) => text.slice(s.start, s.end));
    expect(by('act')).toEqual(['shoot']);
    expect(by('target')).toEqual(['Officer Lind']);
    expect(by('time')).toEqual(['Tonight']);
    expect(a.reasons).toContain('first-person intent');
  });

  it('self-harm is its own flag, never a threat', () => {
    const r = analyze({ id: 's', text: "I'm going to kill myself tonight" });
    expect(r.selfHarm).toBe(true);
    expect(r.alert).toBe(false);
    expect(analyze({ id: 's2', text: 'kill me now, it is only Monday' }).selfHarm).toBe(false);
  });

  it('odd text never throws', () => {
    for (const text of [
      '',
      ' ',
      '"',
      '""""',
      '🔫'.repeat(1000),
      'a'.repeat(100000),
      '\u0000\u0001',
      "it's 's 's",
      'constructor toString __proto__',
    ]) {
      expect(() => analyze({ id: 'x', text })).not.toThrow();
    }
  });
});

describe('round 9 mechanisms', () => {
  it.each([
    ['a breaker with "every" and the owner after the body part', 'I will break every bone in her body'],
    ['another breaker, another owner', 'We will snap every bone in their body if they show up'],
    ['"finish" with a person as object', 'Somebody needs to go to his house and finish him'],
    ['"done playing" is seriousness, not a game', "One more ticket and he's getting shot, I'm done playing"],
    [
      'a source noun without a report verb is no attribution',
      'Patriots, the election officials are at 5th and Main today. You know what to do. Bring guns.',
    ],
    [
      'a death prediction with personal agency',
      "That reporter won't make it to the end of the month. I'll see to it personally.",
    ],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['"finish" with a thing as object', "I'm going to finish the report tonight"],
    ['"finish" a game', 'we will finish them in the second half'],
    [
      'a report with a source noun and verb stays a report',
      'Police said the man threatened to shoot the officials',
    ],
    ['playing a game is still a game', 'gonna shoot everyone on B site, playing ranked tonight'],
    ['"won\'t survive" about oneself', "I won't survive this week of exams lol"],
    ['"shame if" about the weather', 'Shame if it rains tomorrow, the picnic is ruined'],
    ['"see to it personally" about work', "Don't worry about the paperwork, I'll see to it personally"],
    ['a prediction about a job', "The coach won't survive another losing season, he will be fired"],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 10 mechanisms', () => {
  it.each([
    ['"plan on" + gerund is intent', 'I plan on shooting the next cop who pulls me over'],
    ['"my boss" is a person, not a game level', 'i swear to god im gonna kill my boss on monday'],
    ['people named by what they do', 'Go to the drag show Saturday and beat the performers senseless'],
    ['"set X on fire"', 'Someone should set that congresswoman on fire'],
    ['"open fire at" a group', "I'm going to open fire at the protesters"],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['"set … on" without fire', "We'll set him on the right path tomorrow"],
    ['a fire sale', 'the bar is going to open fire sale prices'],
    ['a plan about work', 'I plan on finishing the report tonight'],
    ['a game boss', "I'm going to kill the final boss tonight, wish me luck"],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 11 mechanisms', () => {
  it.each([
    ['"no joke" takes a joke marker back', 'gonna b0mb the c0urthouse monday lmao no joke'],
    ['"smoke" with a person as object', 'ima smoke that snitch as soon as he gets out'],
    ['a promised maiming outcome', "You publish that article and I'll make sure you never walk again"],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['"smoke" a thing', "I'm going to smoke a brisket this weekend"],
    [
      'a joke marker still counts without a retraction',
      "I'm going to kill my cat if she knocks over one more glass lol",
    ],
    ['a doctor reporting an outcome', 'After the surgery the doctor said you will never walk again'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 12 mechanisms', () => {
  it.each([
    ['"pop" + person', "On my mama I'ma pop that deputy next time he roll up on me"],
    [
      '"can\'t wait for someone to" is a wish',
      "Can't wait for someone to put a bullet in the governor's head",
    ],
    ['a vehicle driven into an occupied place', "I'm driving my truck into the Pride parade tomorrow"],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['"pop" a thing', "can't wait to pop some champagne with my boss"],
    ['eagerness for a defeat', "can't wait for the mayor to lose the election"],
    ['driving to a place', "I'm driving my truck to the parade tomorrow, save me a spot"],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 13 mechanisms', () => {
  it('people inside an object make it a threat to them', () => {
    expect(alert("Find the reporter's car and set it on fire with her in it")).toBe(true);
  });
  it.each([
    [
      'condemning someone for posting a call',
      'Whoever keeps posting that we should hang journalists is a coward',
    ],
    ['an empty car', 'burn the car with nobody in it'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 14 mechanisms', () => {
  it.each([
    ["ending someone's life", "I will end the assistant principal's life on Friday"],
    [
      'unloading into a crowd',
      "Tomorrow at the rally on 5th street I'm unloading into the crowd of demonstrators",
    ],
    ['checking under a car, every morning', 'The judge should start checking under his car every morning'],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ["one's own life", 'I want to end my own life sometimes'],
    ['a hammer to a shed', 'I took a hammer to the old shed today'],
    ['unloading a truck', "I'm unloading the truck into the garage tonight"],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 15 mechanisms', () => {
  it.each([
    ['"the X\'s neck"', "I'll break the reporter's neck if I ever see her near my house"],
    [
      '"coming to" is intent',
      "You better lock your doors tonight, Detective, because I'm coming to kill you",
    ],
    ['poisoning what people at a place use', "I'm going to poison the water at the migrant shelter"],
    ['a censored role noun', "i'ma sh0ot the j*dge when he walks outta court"],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['poisoning weeds', "I'm going to poison the weeds in the garden"],
    ['coming to a show', "I'm coming to kill it at your open mic tonight"],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 16 mechanisms', () => {
  it.each([
    [
      '"not leaving until he\'s dead" holds out for the harm',
      "Tonight I'm going to the senator's house and I'm not leaving until he's dead",
    ],
    [
      "the speaker's own act after a relative clause with a report verb",
      "I'm going to find the nurse who reported me and slit her throat",
    ],
    ['a passive phrasal wish', 'That judge needs to be strung up in the town square'],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['a report inside the relative clause', 'The nurse who said I would slit her throat was lying'],
    ['not stopping until people are safe', 'We will not stop until every child in this city is safe'],
    ['lights strung up', 'The lights were strung up in the town square for the festival'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 17 mechanisms', () => {
  it.each([
    ['"curb stomp" in two words', 'Gonna curb stomp that reporter if she shows up at my door again'],
    ['people after a quantifier', 'Go to the vigil and stab as many of them as you can'],
    ['"cut X into pieces"', 'I will cut the teacher into pieces and mail them to the school board'],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['cutting a pizza', 'I will cut the pizza into pieces'],
    ['selling things', 'Sell as many of them as you can at the fair'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 18 mechanisms: veiled menace', () => {
  it.each([
    [
      '"terrible if something happened to them"',
      "Nice little family you have, Commissioner. It'd be terrible if something happened to them.",
    ],
    [
      '"you\'re next" after what happened to the last one',
      "Remember what happened to the last judge who ruled like that? You're next.",
    ],
    ['watching a house, "sleep well"', "We've been watching your house for a week, Deputy. Sleep well."],
    ['"hire a bodyguard"', 'You might want to hire a bodyguard, reporter. Soon.'],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['"you\'re next" in sport', "You're next, Tigers. See you in the semifinal."],
    ['"drive safe" about the weather', 'Drive safe everyone, the roads are icy tonight'],
    [
      'a report of the same words',
      'Ms. Carter says someone messaged her "I know what time you leave the newsroom"',
    ],
    ['worrying about a relative', 'I would be lost if something happened to my mom'],
    ['caring for the reader', "I'd be devastated if something happened to you, please be careful out there"],
    [
      'knowing when someone leaves work, kindly',
      "I know when you leave work so I'll have dinner ready, drive safe",
    ],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 19 mechanisms: calls and wishes', () => {
  it.each([
    ['a counterfactual wish', 'The world would be better if those protesters were all shot'],
    [
      '"time for X to …" is a call',
      'Time for the people to storm the courthouse and hang every judge inside',
    ],
    ['the execution idiom', 'Round up every journalist at the White House and line them up against the wall'],
    [
      'an intensifier before the object',
      "Somebody please beat the hell out of that TikTok activist, I'll pay",
    ],
    ['"picking off"', 'Patriots need to start picking off these election clerks one by one'],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['a workout', "I'm going to beat the hell out of this workout"],
    ['a bill', "It's time to kill this bill once and for all"],
    ['a counterfactual about roads', 'Life would be better if the roads were shot-blasted and repaved'],
    ['a queue', 'Time to line up for the parade, against the wall by the bakery'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 20 mechanisms: conditional and specific threats', () => {
  it.each([
    [
      'an emphatic "myself" is the doer, not the target',
      "If the recount flips it, I'm executing the canvassers myself",
    ],
    ['sending something deadly', "I'm mailing the judge a pipe bomb, his address is on the court website"],
    ['"start …ing" is doing it', 'The day they take my land is the day I start shooting surveyors'],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    [
      'a stretched spelling is no slang verb',
      'Finnish immigration officials say asylum seekers need more mental health care services',
    ],
    ['a game of laser tag', "I'm bout to murder these kids in laser tag @ Laser Quest"],
    ['"pop" before a pronoun', 'My Happy Place funko pop yall should sponsor me'],
    [
      '"time to" far from the act',
      'Time to leave the commonwealth, that would end immigration people do not want',
    ],
    ['a workout', "It's time to tuck, shake, pulse, and BURN Schedule your workout at the barre"],
    ['sending a care package', "I'm going to send the kids a care package tomorrow"],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 21 mechanisms: dialect and self-obligation', () => {
  it.each([
    ['"fixin to"', 'Fixin to go over there and shoot every one of them deputies'],
    ['"I gotta" is the speaker\'s own plan', 'I gotta kill that landlord before he evicts my mama'],
    ['a hope without the pronoun', 'Praying for the day someone puts that judge in the ground'],
    ['a car as the weapon', "I'm hitting the councilwoman with my car when she crosses Main tomorrow"],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['an essay', 'I gotta kill this essay before midnight'],
    ['the gym', 'I have to hit the gym with my car keys'],
    ['potholes', 'Praying for the day someone finally fixes these potholes'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 22 mechanisms: who a harm is aimed at', () => {
  it.each([
    [
      'an act done only to the living makes an unknown agent noun someone',
      "I'll strangle every stagehand in that theatre",
    ],
    ['the same for a plural', 'We are going to behead the auditioners one by one'],
    [
      'a phrasal act with a possessive object between verb and particle',
      "I'm going to blow the sheriff's brains out",
    ],
    ['a body part owned by a role noun is the person', "Gonna put a bullet in the landlord's skull"],
    [
      'a report verb in a relative clause names the target; the order after "and" is the call',
      'Track down the clerk who posted this and shoot her',
    ],
    ['people by what they do, beyond the closed list', 'I will kill the pharmacists who refused me'],
    ['plurals of nouns in -y', 'Somebody should shoot the celebrities at that gala'],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['an illness is no one', "I'm going to strangle this flu before it spreads to the kids"],
    [
      'an unknown thing after an act done to the living, without an agent suffix',
      'Gonna behead this pineapple for the smoothie',
    ],
    [
      'a relative clause that reports a threat is still reported',
      'The man who wrote that the mayor should be shot was arrested',
    ],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 23 mechanisms: calls and wishes in the shapes real posts use', () => {
  it.each([
    ['a shouted imperative in title case is still an order', 'Hang All Traitors !!!'],
    ['a manner adverb before an imperative', 'Calmly shoot every one of the deputies'],
    ['a manner adverb between the modal and "be"', 'The deputies should swiftly be hanged'],
    ['"I say" before a bare verb proposes the act', 'I say burn the clerks alive'],
    ['a proposal put as a negative question', "Why don't we just shoot the inspectors"],
    ['"isn\'t it time" is no negation', "Isn't it time someone started stabbing these landlords?"],
    ['a remedy proposed', 'The only solution is to hang every senator'],
    ['approving the act names it a good thing', 'Killing landlords is a public service'],
    ['a gerund after "need" is passive', 'That councilman needs strangling'],
    ['"need" + a noun phrase + a participle', 'the judge needs his throat slit'],
    ['"my dream is to see" is the speaker\'s desire', 'My dream is to see the mayor hanged'],
    ['a person seen harmed, with a place phrase between', 'I want to see the reporters at that rally beaten'],
    ['eagerness under "would" is desire', "I'd gladly strangle the commissioner"],
    ['"more than willing" is desire', "I'd be more than willing to shoot the sheriff"],
    ['an order to die to someone addressed', 'Die screaming, you miserable senator'],
    ['the addressee urged to act', 'You should stab the landlord'],
    ['a placing verb and a deadly destination', 'Toss the organizers into the furnace'],
    ['a deadly destination with "send"', 'We will send the governor to the gallows'],
    ['"those who" are people', 'Shoot those who vote against us'],
    ['a slang shooting', "I'm gonna pop a cap in that deputy"],
    ['"\'em" is "them"', "Hang 'em all"],
    ['the body part "ass" stands for its owner', 'Throw his ass off the bridge'],
    [
      '"I would think" is the speaker\'s own view, no report',
      'I would think someone should shoot the warden',
    ],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['a title-case headline without an exclamation', 'Kill All The Lawyers: A Review Of The New Play'],
    ['a manner adverb in figurative use', 'Quietly killing it at the office this quarter'],
    ['"I say" before a contest', 'I say we bury them at the polls in November'],
    ['a proposal to do something lawful', "Why don't we all march to the sheriff's office"],
    ['"isn\'t it time" for accountability', "Isn't it time someone held these judges accountable?"],
    ['a remedy that is no violence', 'The only answer is to vote every senator out'],
    ['approval denied', 'Shooting protesters is not self defense, it is murder'],
    ['what an act is called is no prediction', 'What the police did to him that night is murder'],
    ['"need" + a gerund of something lawful', 'That councilman needs replacing'],
    ['a deadly destination for a thing', 'Put the turkey in the oven at six'],
    ['a placing verb in a past event', 'They threw the suspect into the furnace, prosecutors said'],
    ['"happy to" without "would" is service talk', "We're happy to hunt for bargains with you"],
    ['the generic "you gotta"', 'Sometimes you gotta beat the traffic by leaving early'],
    ['a question about what someone had to do', 'Why did you need to shoot him after he was tased?'],
    ['"with a smile" is figurative', 'Hurt them with a smile and move on'],
    ['an order to die in a game', 'Die already, you stupid boss, this level is endless'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 24 mechanisms: more acts, menace idioms, punctuation inside words', () => {
  it.each([
    ['"light … on fire" is "set … on fire"', "I'm going to light the sheriff on fire"],
    ['"mow down"', 'Somebody should mow down the marchers with a truck'],
    ['"slice … open"', 'I will slice that journalist open'],
    ['a dot inside a violent word', 'gonna st.ab the landlord tomorrow'],
    ['"open season" is no sports season', 'Shoot a senator, it is open season'],
    [
      '"you\'ll wish you were never born" backed by a second menace',
      "You'll wish you were never born once I get my hands on you, judge",
    ],
    [
      'an order to start the act after walking into an occupied place',
      'Drive to the courthouse and start shooting',
    ],
    ['a call to visit someone with a weapon taken up', 'Grab your rifles and pay the commissioner a visit'],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['"light up" a scoreboard', "We're going to light up the scoreboard on Saturday"],
    ['"mow down" a lawn', 'I need to mow down the lawn before the party'],
    ['"slice" a vegetable', "I'm going to slice the onions for the stew"],
    ['a dot between words of a web address', 'read it at news.example.com and share'],
    ['a sports season', 'Shoot more threes, the season is almost over'],
    [
      '"I wish you were never born" wounds, it does not promise',
      'I wish you were never born, you ruined my life',
    ],
    ['"when I get my hands on" a thing', "When I get my hands on the new album I'm playing it all night"],
    ['a photo shoot in a studio', "Book a studio session, I'd love to shoot"],
    ['a family visit with a hunting rifle', 'Bringing my rifle to visit my dad at the range'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 25 mechanisms: every group a threat can name', () => {
  const PEOPLES = ['Africans', 'Hindus', 'Sikhs', 'Swedes', 'Somalis', 'Mormons', 'Canadians', 'atheists'];
  it.each([
    ['Kill all {}.'],
    ['{} should be put down like animals.'],
    ['{} belong in a gas chamber.'],
    ['{} are going to pay with their lives.'],
    ['{} need to be wiped off the face of the earth.'],
    ['I will beat the shit out of any of those {} I meet.'],
  ])('"%s" alerts for peoples, faiths and nations alike', (template) => {
    for (const g of PEOPLES) expect(alert(template.replace('{}', g)), template.replace('{}', g)).toBe(true);
  });

  it.each([
    ['a nation as a team, in the defeat sense', 'Beat the Canadians! Go team!'],
    ['the same in another verb', "We're going to crush the Swedes on Saturday"],
    ['"wipe that smile off your face" aims at no one', 'wipe that smile off your face'],
    ['"wipe off" a table', 'wipe off the table before dinner'],
    ['where the dead are laid, said of oneself', 'Some days I feel I belong in a grave'],
    ['nobody belongs there', 'Nobody belongs in a gas chamber'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 26 mechanisms: spellings and mentions', () => {
  it.each([
    ['shouting in capitals is no headline', 'KILL ALL LANDLORDS NOW'],
    ['a listed short spelling is the base form', 'Kil all the judges'],
    ['"2" for "to" after "death"', 'death 2 all journalists'],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['a proposition mentioned', 'The idea that journalists should be shot is insane'],
    ['a claim talked about', 'The claim that migrants must die is pure hate'],
    ['a headline in title case', 'Kill All The Lawyers Is A Line From Henry VI'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });

  it('endorsing the proposition is still a wish', () => {
    expect(alert('I love the idea that journalists should be shot')).toBe(true);
  });
});

describe('round 27 mechanisms: officials, outcomes, approaches', () => {
  it.each([
    ['a game official is a person, and stabbing is no play', 'gonna stab the umpire after the game tonight'],
    ['a blow aimed at the head is an injury', "I'm going to smash the referee's skull in after the match"],
    ['the speaker comes armed to someone addressed', "Keep talking, senator. I'm coming with a machete"],
    ['a lesson with a weapon', 'Someone should teach the judge a lesson with a baseball bat'],
    [
      'the harm after "until" is what the speaker\'s act is for',
      "I'm going to choke him until he stops breathing",
    ],
    [
      "found in the river, by the speaker's doing",
      "The mayor will be found in a ditch when I'm done with him",
    ],
    [
      'a counterfactual wish about a better place',
      'This town would be a better place if the sheriff got shot',
    ],
    ['a censored harm noun', "I'm putting a b*llet in that deputy tomorrow"],
    [
      'an order after a vocative and a comma',
      'All you patriots out there, grab your guns and go hunt the senators',
    ],
    ['"jump" a person is assault', "We're going to jump that journalist after work"],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    [
      'a blow in the sporting sense at a team',
      "We're going to smash them in the second half, their defense is weak",
    ],
    ['a consequence foretold is no promise', "You'll end up in the hospital if you keep eating like that"],
    ['a lesson with tools, for a child', "I'll teach my son a lesson with a hammer and nails this weekend"],
    ['the speaker\'s own outcome after "until"', 'I will keep reading until my eyes bleed'],
    [
      'a list of verbs after a comma is no order',
      'kids who dress like ISIS, burn flags and attack journalists',
    ],
    ['"jump the gun"', 'We jumped the gun on that announcement'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 28 mechanisms: quotes received, lines talked about, a round with a name on it', () => {
  it.each([
    ["a round with the addressee's name on it", 'got a .45 with your name on it, deputy'],
    ['paying with blood, on a condition', 'If the council passes this, they will pay with their blood'],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['a threat received by text, quoted', 'He texted me "I will kill you tonight" and I called the police'],
    ['a line quoted, then a comment on it', '"I shot the sheriff" - the most famous reggae line ever'],
    ['a name on a gift', 'Got a cake with your name on it for the party, officer'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 29 mechanisms: idioms of assault, cars, menace in pairs', () => {
  it.each([
    ['"knock … out" a person', "If I see that deputy again I'm knocking him out cold"],
    ['"cave … in" a skull, needed', 'That councilman needs his skull caved in'],
    ['"break both of your legs"', "I'll break both of your arms, senator"],
    ['"end your bloodline"', 'We will end your bloodline, commissioner'],
    ['"light … up" with a gun in the sentence', 'Gonna light that landlord up with my pistol tonight'],
    ['struck by a vehicle, hoped for', 'I hope that judge gets hit by a truck'],
    ['"catch a bullet", wished', 'Every one of those agents should catch a bullet'],
    ['a car as the weapon against people in the road', 'Protesters in the street again? Just floor it.'],
    [
      '"won\'t be breathing" after an order that opens a condition',
      "Say that again and you won't be breathing, deputy",
    ],
    [
      "two menaces and the speaker's own doing",
      "I'll be waiting for you after the hearing, judge. Come alone.",
    ],
    ['"keep …ing and I will"', 'Keep posting lies and I will stab you, reporter'],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['knocked out of a tournament', 'Knock him out of the tournament in round two'],
    ['a boxing bout', 'Knock him out in the first round, champ'],
    ['a roof caving in', 'The roof of the old barn caved in last night'],
    ['lighting up a scoreboard', 'Light him up from the three point line, he cannot defend'],
    ['a bus in the news', 'A pedestrian was hit by a bus on Main Street, police said'],
    ['a car at a green light, no people named', 'Light turned green, just floor it'],
    ['one weak phrase alone', "I'll be waiting for you at the airport, mom"],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 30 mechanisms: agents, bereavement, promises', () => {
  it.each([
    [
      'a causative with a doer: the harm is aimed at the object',
      "I'll have my guys stomp your face in, senator",
    ],
    ['made to receive a bullet', 'gonna make that judge eat a bullet'],
    ['a death foretold through those left behind', 'Your children will be orphans by Christmas, officer'],
    [
      '"make sure he never sees another sunrise"',
      'Find the clerk and make sure she never sees another sunrise',
    ],
    ["in a casket by the speaker's own hand", 'I will personally see to it that the mayor is in a casket'],
    ['a bomb emoji at a person at a place', 'the senator is going to get 💣 at the rally'],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    [
      'a causative with a doer and a thing as object',
      "I'll have my boys stomp the grapes for the wine festival",
    ],
    ['kids spoiled, not bereaved', "Your kids are going to be so spoiled at grandma's, officer"],
    ['game talk of camping and bomb sites', 'take him out with the sniper, he keeps camping the bomb site'],
    ['making up claims', 'this is what they do... make up assault claims about conservatives'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 31 mechanisms: how deaths are named', () => {
  it.each([
    [
      'a weapon brought to a body, by a verb of bringing',
      "Next time I see the umpire I'm taking a hammer to his knees",
    ],
    ['a long object before "in the ground"', "I'm putting every last one of those deputies in the ground"],
    ['the manner of a death belongs to it', 'Those senators deserve a slow painful death'],
    ['"burns alive" is done to the living', 'I hope the mayor burns alive in his office'],
    ['a car that explodes with its owner', "May the judge's car explode with him in it"],
    ['"sleeping with the fishes"', "You'll be sleeping with the fishes by Monday, councilman"],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['a bat to a ball', 'Take a bat to the ball and swing for the fences, kid'],
    ['people exploding with joy', 'If they score again, the crowd is going to explode'],
    ['a film line quoted', '"Sleeping with the fishes" is the most famous line in the Godfather'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 32 mechanisms: old ways of naming a killing', () => {
  it.each([
    [
      '"hanging from a tree", foretold on the speaker\'s word',
      'Mark my words, the sheriff will be hanging from a tree by spring',
    ],
    [
      '"empty a clip" at a place just entered',
      "I'm going to walk into that school board meeting and empty a clip",
    ],
    ['"X\'s head on a pike", wanted', "I want that senator's head on a spike"],
    ['"put X out of his misery"', 'Somebody put the commissioner out of his misery already'],
    ['only the living die: an unknown agent noun', "I'm not leaving until the assessor is dead"],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['a painting hanging in a museum', 'Mark my words, that painting will be hanging in the Louvre'],
    ['"empty a clip" in a game', "Empty a clip into the tank, it's the only way to beat this level"],
    ["a villain's head in fiction", "The villain's head ends up on a pike in the last episode"],
    ['a pet put out of its misery', 'The vet put the old dog out of its misery'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 33 mechanisms: bodies, emoji verbs, lying in wait', () => {
  it.each([
    ['a body part in the plural names its owners', 'slit all of their throats, every last one'],
    ['a weapon emoji where the verb goes', 'i swear i will 🔫 that cop'],
    ['lying in wait with a shotgun named by its bore', "I'll be waiting by the judge's car with a 20 gauge"],
    ['"put X in the dirt"', "mess with my family and I'll put you in the dirt"],
    ['a body part and its injury, received', 'Praying the reporter gets her jaw broken'],
    ["the injury over the verb's own reading", 'I hope that governor gets his skull caved in'],
    [
      'the injury a visit ends with',
      'the next landlord who shows up at my door is leaving with broken teeth',
    ],
    ['the subject past its modifier', 'Every man with a gun should be shooting these traitors'],
    [
      '"it" is the occupied place just named',
      'somebody should go down to that synagogue and torch it during the service',
    ],
    ['breaking in where someone sleeps', 'im coming through your window tonight pastor'],
    ['someone found alone, backed by a weaker menace', "When I get you alone, you'll see what happens"],
    ['the present with a time to come', 'tomorrow night he eats a bullet from my rifle'],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['weapon emoji as nouns', 'I love my 🔫 and my 🔪'],
    ['a shotgun at the range', 'Waiting at the range with my 12 gauge for my buddy'],
    ['bulbs in the dirt', 'Planting tulips today, put the bulbs in the dirt'],
    ['an injury in sport', 'my son got his nose broken at hockey practice'],
    ['a haircut', 'He got his hair cut yesterday'],
    ['playing hurt', 'he played the whole second half with a broken finger'],
    ['a building torn down', 'That old school building is a fire hazard, they should tear it down'],
    ['sunlight through a window', 'the sunlight coming through your window this morning is beautiful'],
    ['catching up alone', 'Hope I catch you alone at the party so we can catch up'],
    ['a season finale', 'Tonight the hero dies in the season finale'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 34 mechanisms: taunts, fates, people named late', () => {
  it.each([
    ['an injury promised on a condition', "Next time I see that reporter she's getting her nose smashed in"],
    ["found in pieces, on the speaker's word", "I'll make sure your kids find you in pieces"],
    ["the speaker's weapon in someone's body", "Bet you won't be so tough with my blade in your ribs"],
    ['a "see how tough" taunt', "we'll see how brave the sheriff is with a bat to the knees"],
    ['"you\'ll wish you were dead"', "you'll wish you were dead by the time we're done with you, officer"],
    [
      'marked as a target, past a relative clause',
      'if they certify this election, every official who signs it is a legitimate target',
    ],
    [
      '"end up like" someone dead, after "keep … and"',
      "Keep talking and you'll end up like that judge they found in a ditch",
    ],
    ['leaving on a stretcher', 'come back to this street again and you leave on a stretcher'],
    [
      'arming backs a weak menace',
      "Locked and loaded, heading to the protest tonight, those marchers won't know what hit them",
    ],
    ['killing everyone there', 'we go in at dawn and leave no one alive'],
    ['the people named in apposition', 'shoot first ask later, every one of these looters'],
    [
      "the first conjunct's frame carries over",
      "Patriots, it's time to drag these judges out of their courtrooms and string them up",
    ],
    [
      "an infinitive after the subject's noun",
      'Somebody with nothing left to lose needs to take out the mayor',
    ],
    ['"cap" as shooting a person', 'cant wait till somebody caps that streamer'],
    ['the owner of a plane that crashes', 'hope your jet crashes, governor'],
    ['dangling from a lamppost', 'I want to see every senator dangling from a lamppost'],
    [
      'personal details and "do what you will"',
      "Posting the clerk's home address again: 14 Elm St. Do what you will.",
    ],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['a heart in pieces', 'my heart is in pieces after the breakup'],
    ['targets denied', 'hospitals are never legitimate targets'],
    ['a fate with no death in it', "Keep eating like that and you'll end up like your uncle"],
    ['trash talk', "The Lakers won't know what hit them tonight"],
    ['no one left behind', 'Leave no one behind, volunteers meet at 8'],
    ['a tough steak', "we'll see how tough this steak is"],
    ['a kitchen knife', 'I cut my finger with my knife in my kitchen'],
    ['children on a tree', 'the kids were swinging from the tree all afternoon'],
    ['a safe landing', 'hope your flight is smooth and the plane lands safe'],
    ['"no cap"', 'no cap that was the best burger'],
    ['a list of charges', 'Collusion, rape, obstruction of justice, profiteering. Losing.'],
    ['a vocative after a game call', 'Shoot up the standings this week, boys, we need the points'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 35 mechanisms: menace with its means, orders with their consequences', () => {
  it.each([
    ['a round put in a body', "fuck off you pig, i'll put one in your skull"],
    ['a role noun broken in two', 'stab the gov.ernor'],
    [
      'what the speaker has been saving, with rounds',
      "Deputy Kane, next month you get what I've been saving for you, all 15 rounds",
    ],
    ['a car bomb foretold', 'Somebody tell the mayor he should start his car remotely from now on'],
    [
      'a place studied, then "it ends"',
      "Got the floor plan of the school and the guards' shift schedule. Monday it ends.",
    ],
    [
      'where someone lives, and a lesson',
      'That councilwoman lives on Pine Road and drives a red truck. Teach her a lesson.',
    ],
    ['an order, then its consequence', "testify against my brother and you won't live to see the verdict"],
    [
      'an order after a relative clause that names the target',
      'If anybody spots the reporter who wrote this, smash his fingers',
    ],
    ['desire with "I" left out', 'Would love to see every one of those judges burn alive'],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['a remote starter', 'Dad taught me to start my car remotely in winter'],
    ['a season ends', 'The season ends Saturday and I got the new shift schedule'],
    ['cake saved', "I've been saving for you a slice of cake"],
    ['a recipe tried', 'Try the new recipe and you will love it'],
    ['a record beaten', 'Would love to beat my personal record this weekend'],
    ['one in the pot', 'put one in the pot and stir'],
    ['a relative clause and a vote', 'the state senator who wrote this bill should be voted out'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 36 mechanisms: dares, euphemisms, aims and hashtags', () => {
  it.each([
    ['a dare put as an offer', 'you want me to come over there and snap your neck? keep it up'],
    ['a euphemism for death', 'Ima send that landlord to meet his maker'],
    ['a scope on the podium', "Saturday's town hall - I'll have a scope on the podium all afternoon"],
    ['a violent hashtag taken up', '#HangAllTraitors and someone should start tonight'],
    ['a reproach that calls for it', 'Real patriots would have strangled that judge by now'],
    ['an attacker wished for', 'Praying for a sniper at the state of the union'],
    [
      'a greeting on posted details',
      "The councilman's wife works at the pharmacy on 3rd. Someone should say hi.",
    ],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['a violent hashtag talked about', "#HangAllTraitors is trending and it's vile"],
    ["the speaker's own wife", 'My wife works at the hospital, say hi if you see her'],
    ['a spider', 'do you want me to kill this spider for you?'],
    ['a death mourned', 'my grandpa finally met his maker last year, rip'],
    ['a rival in sights', 'We have the Lakers in our sights this season'],
    ['a fence', 'real men would have fixed the fence by now'],
    ['a sniper rifle', 'looking for a sniper rifle for deer season'],
    ['a greeting', 'Say hi to your mom for me'],
    ['threes', "we're gonna bomb them with threes all night, their defense can't keep up"],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe("round 37 mechanisms: slogans, the speaker's own hand, calm at a death", () => {
  it.each([
    [
      '"pull the trigger on" people, by the speaker\'s own hand',
      "I'd pull the trigger on that whole city council myself",
    ],
    ['a "2A solution"', 'Time for a 2A solution for the senators who voted yes'],
    ['found, and known by face', 'we know your face now, deputy. we will find you'],
    ['against a wall', 'Line those reporters up against a wall'],
    ['calm at a death wished', 'nobody would cry if that senator got shot'],
    ['a killing made a verb', "I'm gonna Luigi that hospital CEO"],
    ['a compound subject, passive', 'Every one of these ICE agents should be rounded up and shot'],
    ['an order to arm, someone named', 'The mayor signed it today. Grab your rifles.'],
    ['details and "handle it"', 'The clerk lives alone on Birch Lane, plate number 7KX-221. Handle it.'],
    ['a censored plural role', 'kill every single one of those c*ps'],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['a deal', "I'll pull the trigger on the deal tomorrow"],
    ['a seat found', 'I will find you a seat near the front'],
    ['an old car', "I wouldn't cry if my old car got smashed"],
    ['a game character', "I'm playing Luigi in Mario Kart tonight"],
    ['a camping rope', 'Camping with the scouts this weekend. Bring a rope.'],
    ['a project', "Handle it however you want, it's your project"],
    ['a single mom', 'she is a single mom and works two jobs'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 38 mechanisms: bodies thrown, lists, lessons and slogans', () => {
  it.each([
    ['a body put through a window', 'if he shows up here again im putting him through the window'],
    ['rounds and a hit list', 'ive got 300 rounds and a hit list. the school board is at the top'],
    [
      'people locked in with a fire',
      "Sunday mass at St. Anne's, 9am. Bring gasoline, lock the doors from the outside.",
    ],
    [
      'details and "make sure she regrets it"',
      'She works nights at the clinic on 5th. Make sure she regrets it.',
    ],
    ['a knife foretold in the body', 'shut up or the next thing you feel will be a knife between your ribs'],
    [
      'a passive carried over a conjunction',
      "the senators are getting tried and hanged, and I'll tie the knots myself",
    ],
    ["a life lost, on the speaker's word", 'I will make sure the judge loses everything, including his life'],
    [
      'coming armed to the one addressed',
      "Deny my claim again and I'm coming down to your office with my shotgun",
    ],
    ['a lesson in what a weapon feels like', 'go teach those scabs what a bat feels like'],
    ['"the only good X is a dead X"', 'The only good cop is a dead cop, do your part'],
    ['something dropped on a head', "Somebody drop an anvil on that governor's head"],
    ['a desire put as a causer', 'I want every one of those jurors hanging from the same oak tree'],
    ['"@" for "a", a number for "one"', 'going to sh0ot every last 1 of those @gents'],
    [
      'a visit with its means after it',
      'We need a few good men to pay that sheriff a visit with baseball bats',
    ],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['a birthday surprise', "we have a little surprise planned for mom's birthday, hope you like fireworks"],
    ['a fist through a wall', 'I put my fist through the wall last night'],
    ['a gun safety class', 'we teach kids what a gun can do in gun safety class'],
    ['a phone dropped', 'I dropped my phone on my head in bed'],
    ['a dead battery', 'the only good battery is a dead battery'],
    ['a guitar', "I'm coming to your party with my guitar"],
    ['an election lost', 'I will make sure she loses the election'],
    ['cookies', "let's pay grandma a visit with some cookies"],
    ['players traded', 'the players are getting paid and traded'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 39 mechanisms: lying in wait outside, a body in pieces', () => {
  it.each([
    [
      'waiting outside with a bat, a greeting after',
      "I'll be outside the newsroom at 5 with a bat for that editor, tell him I said hi",
    ],
    ['pieces of the one addressed', 'your kids will be picking pieces of you off the driveway'],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['bats before a game', "We'll be outside the stadium with our bats before the game"],
    ['pieces of glass', 'picking pieces of glass off the floor'],
    ['a greeting', 'he said hi to the reporter'],
    ['a family proud', 'your family will be proud of you'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 40 mechanisms: plain threats, vouched for; jokes about petty things', () => {
  it.each([
    ['a fate vouched for ("count on it")', 'that deputy is getting a knife in the gut, count on it'],
    ['an intensifier before the object', "I'm going to beat the living shit out of that landlord"],
    ["a day someone won't see", "mark my words, the senator won't see the weekend"],
    ['coming for a whole family', 'im coming for you and your whole family tomorrow'],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['leftovers', "if you eat my leftovers one more time I'll kill you"],
    ['fries', "touch my fries again and you're dead"],
    ['a holiday missed', "I won't see christmas with my family this year, working"],
    ['a title bet on', 'bet on it, we win the title this year'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });

  it('a petty thing does not lower a threat against people ("touch my kids")', () => {
    expect(alert('if you touch my kids I will end you')).toBe(true);
  });
});

describe('round 41 mechanisms: bombs placed, things thrown and poured, purposes', () => {
  it.each([
    ['a bomb said to be placed', "There's a bomb under the stage at the county fair. Tick tock."],
    ['acid thrown in a face', "I'll throw acid in that nurse's face"],
    ['"swat" as a verb, the SWAT team no game', "we're going to swat you tonight, streamer"],
    ["poison put in someone's coffee", "im gonna put rat poison in my boss's coffee"],
    ['a kind of people named by faith', 'The infidels at the parade will die tomorrow by my hand'],
    [
      'lying in wait, "nobody walks away"',
      "I'm waiting in the parking lot for the judge. Nobody walks away.",
    ],
    [
      'a purpose after a modal "be"',
      'Every gun owner in this state should be at the capitol to execute the governor',
    ],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['a bomb in a film', "There's a bomb in this movie that never goes off, so dumb"],
    ['rat poison for mice', 'put rat poison in the garage for the mice'],
    ['a fly swatted', 'swat the fly on the window'],
    ['a party thrown', 'throw a party in her honor'],
    [
      'parents called to a meeting',
      'Every parent should be at the school board meeting to fight the budget cuts',
    ],
    ['the SWAT team in the news', 'the SWAT team rescued the hostages'],
    ['a bus awaited', "I'm waiting for the bus, nobody walks away from this city"],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 42 mechanisms: sneers, euphemisms and the people aboard', () => {
  it.each([
    [
      'a sneer at protection, then the speaker at the door',
      "you think the police can protect you? I'll be in your house before they get there",
    ],
    [
      "every bone in an official's body",
      "Bro I'm going to break every bone in that umpire's body after the game",
    ],
    ['silenced for good', "keep talking and I'll silence you for good"],
    ['standing armed at the door', "we'll be standing there with bats when you open the door"],
    ['identified by dental records', "cross me again and they'll be identifying you by your dental records"],
    [
      'a death named, and the speaker sending someone there',
      "hope you're ready to meet god, I'm sending you there",
    ],
    ['made to suffer', "I'm going to make that judge suffer"],
    ['what a kind of people "get"', 'Traitors get the rope, simple as that'],
    ['a hope with an adverb', 'I really hope the city clerk gets her throat slit'],
    ['everyone aboard', 'praying that jet full of senators falls out of the sky'],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['advice to call the police', 'the police will protect you, call 911 if you feel unsafe'],
    ['suffering for art', "you have to suffer for it, that's art"],
    ['a drafty door', "shut the door permanently, it's drafty"],
    ['friends on a road trip', 'a car full of friends goes down the highway'],
    ['peace with god', "can't wait to meet god someday, be at peace"],
    ['a defense broken', 'Break every bone in their defense, go Tigers!'],
    ['players and a ball', 'players get the ball after the whistle'],
    ["dinner at a friend's", "I'll be in your house at 6 for dinner, bring wine"],
    ['a dialogue quoting others', 'Communists: Liberals get the bullet, too. Me: wow'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 43 mechanisms: sabotage, last days, and calls put as refusals', () => {
  it.each([
    ['a car known, its brakes', 'I know what car you drive, councilman. Check your brakes every morning.'],
    ['the last day someone lives', 'The day you testify is the last day you live'],
    ['"hes" read as "he is", an ambulance promised', 'next time i see that cop hes leaving in an ambulance'],
    [
      '"charges" no report without a report verb',
      "unless you drop the charges, your kid won't make it home from school one of these days",
    ],
    ['rounds counted in digits', 'gonna put 2 in his chest'],
    ['a demonstrative before an owner', "somebody break that editor's legs"],
    [
      'an example made, planned by the speaker',
      "we're going to make an example out of that clerk so nobody ever does this again",
    ],
    ['people burning in their house', 'May the governor and his family burn in their house tonight'],
    ['an order with no object, at whoever the condition names', 'If the feds come to your door, shoot first'],
    ['"they won\'t hang themselves"', "Round up your guns, the traitors won't hang themselves"],
    ['a round with a name written on it', "I've got a round with the senator's name written on it"],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['brakes before winter', 'Check your brakes before winter, the roads are icy'],
    ['customer service', 'we are going to make an example of good customer service'],
    ['candles', 'the candles burn in the house all night'],
    ['a padded room', "the kids won't hurt themselves, it's padded"],
    ['a mug', 'got a mug with my name written on it'],
    ['charges dropped', 'drop the charges and move on'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 44 mechanisms: exits locked, remedies named by their means', () => {
  it.each([
    ['a lifeguard is someone', "i'm gonna drown that lifeguard in his own pool"],
    ['exits locked, with a time', 'Board meeting at 7 tomorrow. Lock the exits and bring the gas cans.'],
    ['a remedy named by its means', 'The only answer is a rope for every one of these traitors'],
    ['people named by what they cross', 'Every gun owner in Texas needs to hunt these border crossers down'],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['closing time', 'Lock the exits after the last customer leaves, then set the alarm'],
    ['a bug fixed', 'the best fix is a patch for the bug'],
    ['a game won narrowly', 'We beat them within an inch of their lives, final score 3-2'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });

  it('"within an inch of his life" is beyond play, even at a game official', () => {
    expect(alert('gonna beat that referee within an inch of his life')).toBe(true);
  });
});

describe('round 45 mechanisms: finding out, last faces, homes torched', () => {
  it.each([
    [
      'finding out where someone lives',
      'Gonna find out where that podcaster lives and make him regret every word',
    ],
    [
      '"who\'ll" read as "who will", the one who teaches',
      "that editor needs to learn what happens to snitches, and I'm the one who'll teach her",
    ],
    ['the last face someone sees', "I'll be the last face you see, judge"],
    ['a caseworker is someone', 'If they take my kids, I will kill every caseworker in that office'],
    [
      'there, armed, where someone parks',
      "He parks in lot B every morning at 8. I'll be there tomorrow with my rifle.",
    ],
    ['"run" after someone called on is no past', 'Somebody run that guy over next time he blocks the road'],
    [
      '"know what to do with" on posted details',
      "Y'all know what to do with snitches. Her address is in my bio.",
    ],
    [
      'a home torched with its owner',
      'one more late fee and this landlord is getting his house torched with him in it',
    ],
    ['a body part, then its owner', "I'll rip every tooth from her mouth"],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['the last face the speaker sees', "She'll be the last face I see every night if I marry her"],
    ['a carpool', 'Lot C at 7:40 tomorrow for the carpool to the rally'],
    ['a wildfire', 'he got his house burned in the wildfire last year'],
    ['a party found', 'I will find out where the party is tonight'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 46 mechanisms: weapons to be met, homes in bags, stretched roles', () => {
  it.each([
    [
      'what a weapon sounds like, for someone named',
      'Tomorrow the councilman finds out what my rifle sounds like up close',
    ],
    [
      'the speaker bringing the means of a fire',
      "you and your lying paper are going to burn, and I'll bring the gasoline",
    ],
    ['the business end of a weapon', "I'll introduce the mayor to the business end of my shotgun"],
    ['a last holiday "enjoyed"', 'hope you enjoyed your last christmas with your kids, judge'],
    ['home in bags, made sure of', "I'll make sure the teachers go home in bags"],
    ['an order or a crime scene', 'Testify or your office becomes a crime scene'],
    [
      '"won\'t be empty-handed" with a time',
      "Council meets at 7. I'll be in the front row, and I won't be empty-handed.",
    ],
    ['open season, with a call to spread it', "It's open season on census takers, tell your neighbors"],
    [
      '"makes it home" in the third person',
      'Anyone who sees that clerk should make sure she never makes it home',
    ],
    ['a role noun stretched at its end', 'gonna stab the judgeee'],
    [
      '"make her feel welcome" on posted details',
      'This is where the clerk sleeps: 19 Grove St. Make her feel welcome, boys.',
    ],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['bats in a game', 'Their pitcher is going to feel the business end of our bats tonight'],
    ['a negative subject', 'No one should make sure anyone never makes it home, what is wrong with people'],
    ['"open season" as a complaint', "It's open season on whites, males and especially white males"],
    ['"soon" is no son', 'I really need to shoot something soon.'],
    ['back rows filled', 'Council votes at 6pm. Fill the back rows and bring your signs.'],
    ['a messy house', 'the house was a crime scene after the party lol'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 47 mechanisms: affairs in order, a mob, the true ones of a kind', () => {
  it.each([
    ['a neck wrung', "I'll wring that landlord's neck with my bare hands"],
    [
      'affairs put in order, on a condition',
      'if the appeal fails, the judges better have their affairs in order',
    ],
    [
      "a visit with a mob's means",
      "Grab your pitchforks and torches, we're paying the governor a visit tonight",
    ],
    [
      'the true ones of a kind, called on',
      'True patriots would hang every one of these traitors from the nearest bridge',
    ],
    ['"here\'s hoping", a car off a cliff', "here's hoping that senator's car goes off a cliff"],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['tax season', 'Get your affairs in order before tax season, folks'],
    ['a swimsuit wrung', "I'll wring out my swimsuit and head home"],
    [
      'a visit with signs',
      "Grab your signs and your voices, we're paying the mayor a visit at his town hall tonight",
    ],
    ['a car up a hill', "here's hoping the car makes it up the hill"],
    ['real fans cheering', 'Real fans would cheer every player from the stands'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 48 mechanisms: forecasts with a set time, remains, proposals carried over "and"', () => {
  it.each([
    ['harm foretold to the reader for a set time', "you're dead tomorrow"],
    ['a same-form verb after "before" tells of a time to come', 'shut your mouth before i beat you'],
    [
      'a weapon received in a body part, its state named',
      'the next guy who says that is gonna get a broken bottle in the eye',
    ],
    ['people made into remains', 'we will turn those traitors into fertilizer'],
    ['a proposal carried over "&"', 'lets just use a wood chipper & turn them into mulch'],
    ['a proposal carried over "and"', 'lets get a rope and hang them'],
    ['people thinned out', 'we need a revolution and start thinning them out'],
    ['an injury received to a body part', "you'll have your nails ripped out one by one"],
    ['"&" between words is "and"', 'Find the senator & shoot him'],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['"dead" as an intensifier', "you'll be dead tired tomorrow"],
    ['"dead wrong"', "you're dead wrong about that"],
    [
      'a generic "you" and a time of any day',
      "When you sleep in the night and there's a hole in the bottom you're most likely going to drown",
    ],
    ['a game after "till"', 'wait till I beat you at chess tonight'],
    ['a bottle in the fridge', "you're gonna get a bottle in the fridge"],
    ['a pie in the face', 'the next guy who does that is gonna get a pie in the face lol'],
    ['leaves made into mulch', 'turn the leaves into mulch'],
    ['a house reduced to ashes', 'the fire reduced the house to ashes'],
    ['hoops', "let's go out and shoot some hoops"],
    ['time killed', "let's grab a beer and kill some time"],
    ['seedlings thinned', 'thin out the seedlings in april'],
    ['hair thinning', 'my hair is thinning out'],
    ['nails done', 'she got her nails done'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 49 mechanisms: days not seen, euphemisms made final, deliveries, walls, vehicles', () => {
  it.each([
    [
      'a day not seen, with a time and place',
      "Monday 9am, county building, second floor. The assessor won't see lunch.",
    ],
    ['"take care of" made final', 'Somebody needs to take care of that judge permanently'],
    ['a deed wished of anyone', 'the world would be better if someone strangled that governor in her sleep'],
    [
      'the speaker among a group, and a body that will not walk right',
      "me and my brothers are gonna pay that pastor a visit and he won't walk right again",
    ],
    ['a deadly parcel on its way', 'the senator is getting a pipe bomb for christmas'],
    ['people put against a wall', 'round up the journalists, put them against a wall'],
    ['the passive of it', 'traitors should be put against a wall'],
    ['struck by a vehicle, wished', 'I hope he gets hit by a bus'],
    [
      'posted details and manners taught',
      'Reporter lives at 4411 Orchard Lane. Go teach him some manners, boys',
    ],
    ['an apostrophe for the past tense', "the judge should be kill'd"],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['a family cared for', "I'll take care of mom permanently now that dad is gone"],
    ['cared for "for good"', "I'll take care of him for good, he's my son"],
    ['fewer people shot, wished', 'things would be better if police shot fewer people'],
    ['a knee surgery', "after that knee surgery he won't walk right again"],
    ['a bath bomb', 'my son is getting a bath bomb for christmas'],
    ['a bomb threat received', 'the mayor is getting a bomb threat every week'],
    ['a couch against the wall', 'put the couch against the wall'],
    ['a back against the wall', 'my back is against the wall'],
    ['an accident reported', 'he got hit by a bus yesterday, pray for him'],
    ['a workout', 'I felt like I got hit by a truck after that workout'],
    ['manners for a son', 'my son needs someone to teach him some manners'],
    ['a lunch missed', "I won't see lunch today, too many meetings"],
    ['"she\'d"', "she'd kill for that dress"],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 50 mechanisms: remedies, attackers by kind, prices, none who make it, places pointed out', () => {
  it.each([
    [
      'the people named before the means',
      'honestly the only fix for these cartel-loving politicians is a rope and a tall oak',
    ],
    ['an attacker wished, by kind', 'Praying for a drunk driver to find the reporter who wrote this'],
    [
      'a price offered is desire',
      "I'd pay good money to watch that congressman bleed out on the capitol steps",
    ],
    [
      'none of them making it, on a condition',
      'If the board votes yes tonight none of them make it back to their cars',
    ],
    ['a killing foretold for a set time', 'the mayor will be shot at the parade tomorrow'],
    [
      'a hostile call on a posted number',
      "here's the principal's cell 615-201-7733, make sure she never sleeps again",
    ],
    ['where someone parks, pointed out, and a call', "Y'all know where the imam parks. Handle it tonight."],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['a bug fixed', 'the only fix for this bug is a rope swap in the config'],
    ['a driver to pick me up', 'praying for a driver to pick me up lol'],
    ['a drunk driver feared', "I hope a drunk driver doesn't hit anyone tonight"],
    ['a team losing', "I'd pay good money to watch the Lakers lose"],
    ['finals', "if they don't study, none of them make it to the finals"],
    ['a photo shoot foretold', 'the senator will be shot for the magazine cover tomorrow'],
    ['a studio shoot', "we'll shoot the couple in the studio at noon"],
    ['a mattress sold', 'call 615-201-7733 for the new mattress, you will never sleep again the same way'],
    ['grandma pointed out', "y'all know where grandma lives, come by for dinner sunday"],
    ['an office to call', 'you know where the senator works. Call her office and make your voice heard'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 51 mechanisms: slang and dialect, slaps, knocked teeth, taunts, conditions put to the one addressed', () => {
  it.each([
    ['"yo" as "your"', 'imma beat yo ass when i see you at school monday'],
    ['"murk"', 'ima murk you and your whole crew'],
    ['teeth knocked', "Keep talking and I'll knock your teeth down your throat"],
    ['a slap, its idiom', "i'm gonna slap the taste out of your mouth next time i see you"],
    ['armed over someone, after a taunt', "Bet you won't be so brave when I'm standing over you with a bat"],
    ['a forum moderator', 'gonna strangle that mod with my bare hands, he banned me for nothing'],
    ['"her" made to bleed', 'Go find that teacher and make her bleed'],
    ['what the one addressed might post, a condition', 'If you post my picture again I will end you'],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['a sticker slapped on', "I'll slap a sticker on it"],
    ['socks knocked off', 'knock your socks off with this deal'],
    ['an archer watched', "watch her shoot, she's a great archer"],
    ['an armed visit denied', "I'm not coming to your house with a knife"],
    ['a mod that slows a game', "this mod kills the game's performance"],
    ['a report advised', 'if you think he will kill the judge, report it'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 52 mechanisms: bodies in the water, binding, family routines posted, weapons readied', () => {
  it.each([
    ['"me" after a preposition is no subject', "you call the cops on me and you're a dead woman"],
    [
      'a body pulled from the water, on a condition',
      "talk to my girl again and they'll be pulling you out of the river",
    ],
    ['"keep it up" as a condition', "keep it up and they'll be fishing you out of the bay"],
    ['a person bound to a chair', 'Somebody tie that election clerk to a chair and light the building'],
    [
      "a child's school and pickup posted, insinuated",
      "Judge Harmon's daughter goes to Lincoln Elementary. Pickup is at 3. Just saying.",
    ],
    [
      '"better hope nobody finds"',
      'If the verdict goes the wrong way, the jurors better hope nobody finds their addresses',
    ],
    [
      'not walking to a car, with a time and place',
      "Tuesday. 6:15. The parking lot behind the union hall. The organizer won't be walking to his car.",
    ],
    [
      'a weapon readied, thinking of the one addressed',
      "I've been sharpening this machete all week thinking about your smug face, senator",
    ],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['a rescue', 'the firefighters were pulling him out of the river when we arrived'],
    ['fish', 'we spent the day fishing them out of the lake, the trout were biting'],
    ['honor roll', "keep it up and you'll make the honor roll"],
    ['a dog tied', 'tie the dog to the post'],
    ['a bed, tenderly', "I'll tie you to the bed tonight babe"],
    [
      "the speaker's own daughter",
      'My daughter goes to Lincoln Elementary. Pickup is at 3. Just saying, the traffic is awful',
    ],
    ['a surprise party', 'you better hope nobody finds out about the surprise party'],
    ['a cold walk', "I won't be walking to my car tonight, it's too cold"],
    ['a hunt and a father missed', 'cleaning my rifle before the hunt, thinking about you dad, miss you'],
    [
      'a shotgun seat',
      "If you got a Thursday night free and a shotgun seat, well I'm just saying I ain't got nowhere to be",
    ],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 53 mechanisms: firebombs, comparisons, rounds, promises seen to, forecasts with "when"', () => {
  it.each([
    ['a firebomb through a clinic window', 'somebody needs to drop a molotov through that clinic window'],
    ['"the sooner … the better"', 'the sooner that judge dies the better'],
    ['"croaks"', 'the sooner that old bitch on the council croaks the better'],
    ['a round through a skull', "Honestly hoping someone puts a round through that influencer's skull"],
    [
      '"see to it that … never walk again"',
      'I will personally see to it that you never hold office again, and never walk again either',
    ],
    ['"ur" as "you are", and a house on fire', 'ur gonna regret this when u wake up to ur house on fire'],
    ['a shooting foretold for when he leaves', 'the judge is getting shot when he leaves the courthouse'],
    [
      'posted details and a visit',
      "Found the mod's real name and her parents' address in Ohio. Let's pay them a little visit",
    ],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['kids dropped at school', 'drop the kids at school'],
    ['a bill killed soon', 'the sooner we kill this bill the better'],
    ['frogs', 'the frogs croak all night'],
    ['a round of drinks', "let's put a round of drinks on the tab"],
    ['a house on fire, asked', "is your house on fire? there's smoke everywhere"],
    ['"ur mom"', 'ur mom is nice'],
    ['a photographer', 'the senator will be shot when the photographer arrives'],
    ['grandma visited', "Grandma's in town, let's pay her a little visit"],
    ['a game', "Pushing B with the AWP, I'll snipe anyone on the roof"],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 54 mechanisms: caskets, obituaries, calls on posted details, setting out to, arms for a place', () => {
  it.each([
    ['a casket to pick out, for the one addressed', 'tell your husband to start picking out a casket'],
    [
      '"your next story will be your obituary"',
      'Keep reporting on my family and your next story will be your obituary',
    ],
    [
      '"finish what … started" on posted details',
      'Good people of this town, the councilman lives on Elm. Finish what the storm started.',
    ],
    ['"have fun" on a posted address', 'Judge Ward lives at 18 Birch Ct. Have fun.'],
    [
      '"leave no witnesses"',
      'Wednesday, 8am, the federal building loading dock. Bring extra mags. Leave no witnesses.',
    ],
    ['coming over to do it', "one more lie out of you and I'm coming over to shut you up for good"],
    [
      'arms taken up and used at a place',
      'Any patriot near the clinic tomorrow should bring a gun and use it',
    ],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['a casket picked out in grief', 'Mom is in hospice, we started picking out a casket today'],
    ['a party at an address', 'Party at 18 Birch Ct saturday, have fun everyone'],
    ['an essay to finish', 'finish what you started, the essay is due'],
    ['coming over to watch the game', "I'm coming over to watch the game"],
    ['a rival on a match day', "We're going to bury them at home on Sunday, mark my words"],
    ['a knife for a cooking class', 'bring your knife to the school cooking class and use it carefully'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 55 mechanisms: disappearing, rooms not left standing, days counted, brains, calm, fame', () => {
  it.each([
    [
      'made to disappear, no body found',
      "I'm going to make you disappear and nobody will ever find the pieces",
    ],
    [
      'a room not left standing, with a time',
      "I'll be at the hearing Thursday and the commissioner won't leave that room standing",
    ],
    ['days counted, said to someone', 'count your days, councilwoman'],
    ['brains on the pavement, wished', "I want to see that agent's brains on the pavement"],
    [
      'calm at a death wished ("lose any sleep")',
      "Wouldn't lose any sleep if the whole city council burned alive in that building",
    ],
    [
      '"make him famous" on posted details',
      "Sharing the officer's plate number and the gym he goes to every morning at 5. Make him famous.",
    ],
    ['which car is theirs, known', 'Watch your back, pig. We know which cruiser is yours.'],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['a coffee', 'if you touch my coffee I will make you disappear'],
    ['a magician', 'the magician will make him disappear on stage tonight'],
    ['a sit-in', "We'll be at the hearing Thursday, and we won't leave that room until they vote"],
    ['days of sobriety', 'count your days of sobriety, it helps'],
    ['a warning to drive safely', "Nobody wants to see anyone's brains on the pavement, drive safely"],
    ['a slippery rink', "watch your back on the ice, it's slippery"],
    ['a parked car', "we know which car is yours, it's parked in front"],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 56 mechanisms: ambushes, insults as people, hospital beds, lights put out', () => {
  it.each([
    ['an ambush wished', 'I hope every cop in america gets ambushed and executed'],
    ['people named by an insult', "somebody please run over these climate clowns, I'm begging"],
    [
      'a hospital bed, on a condition',
      "if the imam doesn't shut up about the mosque expansion, he'll be praying from a hospital bed",
    ],
    [
      'lights put out, after "keep mouthing off"',
      "Keep mouthing off and I'll turn your lights out permanently",
    ],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['a song and a joke', "if you play that song one more time I'm turning your lights out lol"],
    ['lights to save energy', 'turn your lights out before bed to save energy'],
    ['clowns at a circus', 'the clowns at the circus were great'],
    ['an ambush in a game', 'Gonna ambush the other squad at the bridge, bring grenades and snipers'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 57 mechanisms: rounds in the back of the head, vehicles into crowds, the gallows, accidents wished', () => {
  it.each([
    ['two in the back of the head', "I'm putting two in the back of your head the second you step outside"],
    ['a truck into a protest', 'gonna hit that protest with my truck, they better move'],
    [
      'the gallows by its idiom, as a remedy',
      'the only cure for a corrupt judge is a short drop and a sudden stop',
    ],
    ['an accident prayed for', "Pray for a tragic accident at the governor's mansion"],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['a betrayal in a game', "Stab him in the back in the final circle, it's the only way to win"],
    ['an accident-free trip', 'praying for an accident-free road trip'],
    ['an accident reported', 'there was a tragic accident on I-95 today, pray for the families'],
    ['a brick by accident', 'the kid threw a brick through the window by accident'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 58: an injury received, foretold for a set time', () => {
  it('alerts on an injury foretold for someone at a set time', () => {
    expect(alert('that judge is getting his skull caved in when he walks out tomorrow')).toBe(true);
  });

  it.each([
    ['at the dentist', "he's getting his teeth knocked out at the dentist tomorrow"],
    ['ears pierced', 'my daughter is getting her ears pierced tomorrow'],
    ['a boxing match', "he's getting his nose broken in the ring on saturday"],
    ['a death that comes of itself', 'grandpa is going to die tomorrow, hospice says'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 59 mechanisms: similes, attackers wished with "would", hearses, arms brought to a gathering', () => {
  it.each([
    ['a game animal in a simile is no game', "I'll gut you like a deer, Tyler, I swear on everything"],
    ['an attacker wished, "would"', 'wish a sniper would take out the whole stage at that rally'],
    ['leaving in a hearse', "You come to my town with that ICE van and you'll leave in a hearse"],
    [
      'a shotgun brought to a meeting, after a book ban',
      "If the school board bans that book, I'm bringing my shotgun to the next meeting",
    ],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['a deer gutted after a hunt', 'we gutted the deer after the hunt'],
    ['a hearse ridden in', 'he rode in the hearse to the cemetery'],
    ['a rifle to a gun show', "I'm bringing my rifle to the gun show this weekend"],
    ['a rifle to the range', 'bringing my rifle to the range tomorrow'],
    ['a gun not brought', "I'm not bringing a gun to the meeting"],
    ['a story in a book', 'in the book the killer brings a shotgun to the meeting'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 60 mechanisms: the last thing heard, dental records, following home, a death set for a meeting', () => {
  it.each([
    [
      'the last thing heard, with a gun named',
      "I promise the last thing you'll hear is my gun cocking behind you",
    ],
    [
      'dental records to identify someone, on a condition',
      "Touch my kid again and they'll need dental records to identify you",
    ],
    [
      'a hostile call on a posted address',
      "Here's the agent's home address and his kids' school. Do what patriots do.",
    ],
    [
      'following someone home, on a condition',
      "Next time you cut me off I'm following you home and finishing this",
    ],
    ['a death set for when the speaker meets them', "he's dead when I catch him"],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['a dog that follows', 'my dog will follow you home if you feed him'],
    ['fireworks heard last', "the last thing you'll hear tonight is the fireworks finale"],
    ['a walk home, to be safe', "I'll follow you home, it's dark, just to make sure you get in safe"],
    ['a dead phone', 'my phone is dead when I get home every day'],
    ['a pickup', "I'm waiting outside your house, hurry up we're late"],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 61 mechanisms: single quotes, rhetorical negative questions, eagerness, leaving alive, armed crowds', () => {
  it.each([
    ['eagerness, "can\'t wait to"', "I can't wait to slit the throats of some gay people."],
    ['a negative question that asserts', "Shouldn't all Muslims be shot?"],
    ['a negative question over a "that" clause', "Isn't it obvious that we need to kill all immigrants?"],
    ['an opinion asked to be agreed with', "Don't you think the judge deserves a bullet?"],
    ["the speaker's stated plan", 'My plan is to shoot as many refugees as I can.'],
    ['leaving alive, denied', "you won't make it out alive"],
    [
      'none leaving alive, on a condition',
      'If the school board votes yes on Thursday, none of them are leaving that building alive',
    ],
    [
      'a broken jaw foretold',
      "Keep publishing my family's business and you'll be eating through a straw, Carla.",
    ],
    [
      'going home in an ambulance, with a weapon brought',
      "next protest I'm bringing a bat and every one of you is going home in an ambulance",
    ],
    ['an order to bring arms to a gathering', 'everyone bring your rifles to city hall Friday'],
    [
      'an armed crowd called to a place of worship',
      'Real Americans should be lining up outside the mosque with rifles this Friday',
    ],
    [
      'retaliation on posted details',
      "The agent lives at 118 Pine St. His wife drives a blue Honda. Let's make him feel what we felt.",
    ],
    ['an order to a caller, after "please"', 'Somebody in Ohio please find this reporter and shoot her'],
    [
      'the speaker among others, not the one addressed',
      "try to take my kids and I swear you'll be the one in a body bag",
    ],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['a threat in single quotes, condemned', "If you say 'I'll kill all Muslims' you deserve to be banned."],
    [
      'a threat in single quotes, as an example',
      "Statements like 'Jews should all be killed' are so disgusting.",
    ],
    ['a scare quote in a headline', "Two citizens hurt in Dutch 'terrorist' knife attack by 19-year-old"],
    ['heads hung in shame', "To the idiots holding signs 'refugees welcome' hang your heads in disgrace!!!"],
    ['a past negative question', "Why didn't Hitler gas the comedian? Because he was HEIL-arious."],
    ['the saying about life', "Don't take life too seriously, you'll never get out alive!"],
    ['hikers who did not make it', "The hikers didn't make it out alive"],
    ['the speaker in hospital', "I'll be in the hospital tomorrow for tests"],
    ['a straw after the dentist', "I'll be eating through a straw for a week after my wisdom teeth come out"],
    ['guards posted at a school', 'Armed guards should be at every school with rifles'],
    ['rifles at a gun show', "we'll be at the gun show with our rifles"],
    ['a bat to a fundraiser', "I'm bringing a bat to the school fundraiser"],
    ['armed protesters in the news', 'Protesters were at the courthouse with rifles yesterday'],
    ['a question about eagerness', "I can't wait to see the fireworks"],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 62 mechanisms: comment-section threats', () => {
  it.each([
    ['a face rearranged, on a condition', "block me again and i'll make sure your face gets rearranged"],
    ['a body part the subject of a passive to come', 'your face is gonna get smashed'],
    [
      'a baseball bat brought to a house',
      "one more comment like that and I'm coming to your house with a baseball bat",
    ],
    [
      'a negation in an earlier clause',
      'you better pray we never meet irl because i will put you in the ground',
    ],
    ['a beating shown', "keep running your mouth and i'll come show you what a real beating feels like"],
    ['"irl" undoes a game', 'g0nna b3at u t0 d3ath n00b, irl'],
    ['a slur names a group', 'all muzzies should be hunted down like the animals they are'],
    [
      'advice, "if I were you"',
      "If I were you I'd go down there and burn that mosque to the ground with them inside",
    ],
    [
      'a condition on anyone who comes',
      'any cop who shows up at our block party is getting his head kicked in',
    ],
    ["knowing a child's school, with a time", 'I know what school you go to kid. see you monday'],
    ['arriving, after knowing where someone lives', "I know where you live. I'm coming."],
    [
      'regret made bodily by the speaker',
      'Stop reverting my edits or I will find out who you are and make you regret it physically.',
    ],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['a broken arm, now', 'your arm is broken, go to the hospital'],
    ['a cracked screen', 'my phone screen is going to get cracked'],
    ['a nose broken in a game', 'her nose got broken in the game last night'],
    ['a massage shown', 'let me show you what a good massage feels like'],
    ['a player benched', 'any player who misses practice is getting benched'],
    ['prosecution called for', 'Anyone who threatens a poll worker should be prosecuted'],
    ['advice to do well', "If I were you I'd kill it at the interview"],
    ['a school shared', 'I know what school you go to! we should carpool'],
    ['coming to a party', "the party starts at 8, I'm coming."],
    ['the gym', 'the gym will make you regret it physically tomorrow'],
    [
      'a result clause in scripture',
      'no term shall be determined for them, so they should die, nor shall its penalty be lightened',
    ],
    ['negation before "but" stays its own', 'I would never hurt anyone, but I will not stay silent'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 63 mechanisms: a dollar sign for "s", retractions, a person jumped, lead, warnings', () => {
  it.each([
    ['a dollar sign opening a word', '$h00t them all at the clinic on saturday'],
    ['a person jumped, with a time', "we're gonna jump him after school tomorrow"],
    ['lead filled into someone', 'I will pump that judge full of lead'],
    ['a warning frames a menace', 'you better sleep with one eye open'],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['a petty threat past two words', 'if anyone eats my leftover birthday cake I will end them'],
    [
      'a petty threat taken back',
      'if anyone eats my leftover birthday cake I will end them 🎂🔪 (not really)',
    ],
    ['lead in old pipes', 'the old pipes are full of lead'],
    ['lead-free gas', 'fill the tank full of lead-free gas'],
    ['a warning about ice', "you'd better watch your back on that trail, it's icy"],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 64 mechanisms: lobbies, what ought to have been done, insults as people, the speaker harmed', () => {
  it.each([
    [
      "a building's lobby is no game",
      "I'll be waiting in the senator's lobby with my rifle tomorrow at noon",
    ],
    [
      'what ought to have been done, with "should\'ve"',
      "The antifa vermin touched off the violence. They should've been shot on sight.",
    ],
    ['an insult names a person', 'send that little cunt to the guillotine'],
    ['killing by its clinical word', 'every one of those democrats should be euthanized'],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['the speaker killed, in the passive', 'I will be killed tomorrow if I go back there'],
    ['the speaker shot, with "get"', "I'm gonna get shot walking home in this neighbourhood"],
    ['the speaker and others hanged', 'we will be hanged for this, the boss is furious'],
    ['a pet put to sleep', 'my dog was euthanized last week'],
    ['an arrest that ought to have happened', 'he should have been arrested years ago'],
    ['a game lobby', 'sat in the lobby with my sniper waiting for the next match, then shot everyone'],
    [
      'a petty threat past a price',
      "If Jamie Oliver messes with my £3 meal deals at Tesco I'll kill the cunt",
    ],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 65 mechanisms: recruits, arms taken to a place, aim, lots foretold, things that die', () => {
  it.each([
    ['recruits called on', 'We need someone to shoot him'],
    [
      'volunteers, and "permanently" as its own sentence',
      'We need volunteers to take care of the election workers in Maricopa. Permanently. DM me.',
    ],
    ['arms taken to a place', 'every patriot in this city should grab a rifle and go to the courthouse'],
    [
      'blows aimed at faces',
      'Cops are in the park tonight. Bring bricks and bottles and aim for their faces.',
    ],
    ['a lot foretold, with a rope bought', 'I already bought the rope. Senator, your time is up.'],
    [
      'a hostile call on a home address',
      "This is the home address of the juror who voted guilty. Do with it what you will. He deserves what's coming.",
    ],
    [
      'the person heading a relative clause',
      'Every judge who signed a deportation order deserves a rope. Go get them.',
    ],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['democracy dies, on a condition', 'If they certify this, democracy is dead and buried'],
    ['volunteers for flood victims', 'we need volunteers to help the flood victims'],
    ['a photographer wanted', 'Looking for someone to shoot my wedding photos'],
    ['a leak fixed for good', "we'll take care of the leak. permanently."],
    ['rifles to a gun show', 'we should grab our rifles and go to the gun show'],
    ['guards to a school', 'guards should grab their rifles and go to the school'],
    ['aim in a game', 'aim for the head in this zombie game'],
    ['a career over', "The senator's political career is over. His time is up. Vote him out in November."],
    [
      'a note reported',
      'Someone left a rope on the senator\'s porch with a note that said "your time is up". The FBI is investigating.',
    ],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 66 mechanisms: wishes and calls put sideways', () => {
  it.each([
    [
      'calm at a wished deed, "a single tear"',
      "I wouldn't shed a single tear if someone put a bullet in that judge",
    ],
    [
      'a praised attacker wished, "where\'s"',
      "Where's a good sniper when you need one? Asking for the whole school board.",
    ],
    [
      'a fatal illness wished on people named',
      'Praying for a brain aneurysm for every one of those senators. Slow and painful.',
    ],
    ['a vehicle wished on someone', 'Hope a bus finds that reporter on her morning jog'],
    [
      '"a real shame if", with a fire',
      "Would be a real shame if the mayor's house caught fire with him asleep inside",
    ],
    [
      'a faceful of buckshot, on anyone who comes',
      'Any Democrat canvasser who knocks on my door is getting a faceful of buckshot',
    ],
    ['a bounty', 'Whoever takes out the DA gets free drinks at my bar for life'],
    [
      'the speaker as "the one who"',
      "I'm going to be the one who finally puts that councilman in the ground",
    ],
    ['the lynching meme', 'Rope. Tree. Journalist. Some assembly required.'],
    ['"my post" is no report', 'if u delete my post again ill find u and beat u till ur unrecognizable'],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['someone in a condition, told to call for help', 'if anyone attacks you, call the police'],
    ['a shame with no harm after it', 'would be a real shame if it rained on the parade'],
    ['a vehicle that brakes', 'I hope a truck hits the brakes in time'],
    ['a bus awaited', "hope a bus comes soon, I'm freezing"],
    ['a stroke of luck', 'praying for a stroke of luck'],
    ['a praised plumber', "Where's a good plumber when you need one"],
    ['a prize for a game', 'whoever wins the game gets free drinks'],
    ['the one who filmed it', 'I was the one who shot the video'],
    ['a rope swing', 'hung the rope swing on the tree. kids loved it'],
    [
      'the meme reported',
      'Someone posted "rope, tree, journalist, some assembly required" under our story. We reported it to the platform and police.',
    ],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 67 mechanisms: dashes, fire opened, never born', () => {
  it.each([
    [
      'a dash between clauses, and fire opened on someone named',
      "If ICE comes to my door, I'm not opening it — I'm opening fire",
    ],
    [
      'wishing never to have been born, after the speaker finds her',
      "When I find the poll worker who rejected my ballot, she's going to wish she'd never been born",
    ],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['fire opened in history', 'the soldiers opened fire on the crowd in 1970'],
    ["the speaker's own sorrow", "sometimes I wish I'd never been born"],
    ["a father's anger foretold", 'that kid is going to wish he was never born when his dad sees the car'],
    ["a villain's just end", "he finally gets what's coming to him in the last episode"],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 68 mechanisms: taking people, pushes, long objects, filming, pistols, dares', () => {
  it.each([
    [
      'teeth knocked out past a long object, over a parking spot',
      "I'll knock that Trump supporter's teeth out next time he parks in my spot",
    ],
    ['a kidnapping, spaced out', "k i d n a p the senator's kids and see if he votes no again"],
    ['a child snatched', "We're going to snatch the judge's daughter from her school and he'll learn"],
    ['a push in front of a train, wished', 'I hope someone pushes the senator in front of a train'],
    ['set on fire and filmed', 'Someone needs to set the mayor on fire and film it'],
    ['a pistol-whipping', "I'm going to pistol whip that cop"],
    ["a dare, then the speaker's doing", "Vote for that bill and I'll make you disappear, congressman"],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['a win snatched', 'she snatched the win in the last second'],
    ['a bike in front of a bus stop', 'I pushed my bike in front of the bus stop'],
    ['a film watched', 'in the film the hero sets the mayor on fire'],
    ['a game', 'pistol whipped a guy in GTA and got five stars instantly lol'],
    ["a magician's act", "if the magician fails we'll make him disappear from the lineup"],
    ['a petty dare', 'if you touch my coffee I will make you disappear'],
    ['a wish that is no plan', "Now if ONLY we could make them disappear! That's the hardest part!"],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 69 mechanisms: spelling of a functional suite', () => {
  it.each([
    ['a gerund after "start" is the verb', "It's about time we start lynching Jews again."],
    ['a three-letter word spaced out, at the end of a sentence', 'Muslims must d i e.'],
    ['a misspelt "will"', 'I wil kill all immigrants.'],
    ['a misspelt "should"', 'All refugees shuold be shot.'],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['"killing it" after "keep"', 'I keep killing it at work'],
    ['letters spelt out', 'a b c.'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 70 mechanisms: explicit threats in odd shapes', () => {
  it.each([
    ['words shouted one to a sentence', 'KILL. THE. JUDGE.'],
    ['spaced letters after a contraction', "I'm g o n n a  k i l l the governor"],
    ['a death by a date, not a race', "You'll be dead before the election, I promise you that"],
    ['the progressive, on a condition', "you're getting stabbed the minute you walk out of that courthouse"],
    ['dragged out into the street', "Everyone go to the senator's house and drag him out into the street"],
    ['dragged out of their cars', 'we will drag the agents out of their cars'],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['a slogan shouted', 'VOTE. THEM. OUT.'],
    ['a race by a date', "you're dead in the polls before the election"],
    ['children out of bed', 'I had to drag my kids out of bed this morning'],
    ['a protester removed', 'they dragged the protester out of the meeting'],
    ['a vaccination', "if you're getting vaccinated, bring your card"],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 71 mechanisms: explicit threats in chat spelling and compound places', () => {
  it.each([
    [
      'fire set to a home, with its owner asleep',
      'I will set fire to your house while you sleep, councilman',
    ],
    ['a place named by a compound', "I'm going to bomb the election office on Tuesday"],
    ['"2" for "to"', 'im going 2 shoot up the school board meeting'],
    ['a misspelt "will"', 'i wll shoot u'],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    [
      'ankles broken by a crossover',
      "Next time I see you on the court I'm breaking your ankles with my crossover",
    ],
    ['a barn burnt long ago', 'they set fire to the old barn in 1990'],
    ['a song', 'set fire to the rain is my favorite adele song'],
    ['two children', 'I have 2 kids'],
    ['an election', 'bomb the election'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 72 mechanisms: armed on the way to someone, slang of beatings, fates foretold', () => {
  it.each([
    ['armed, on the way to your office', "I'm grabbing my gun and heading to your office right now"],
    ['arming named without a weapon', "I'm loading up and heading to your office right now, Rep. Torres"],
    ['driving to his house with a rifle', "I got my rifle and I'm driving to his house"],
    ['a blade driven so far in', "Gonna shove this knife so far into your gut you'll taste it"],
    ['a beating in slang', 'Im gonna fuck you up so bad your own mother wont recognize you'],
    ['letters joined by dashes before a space', 'u r gonna d-i-e tonight senator'],
    ['teeth kicked in', "I'm going to kick your teeth in, you absolute coward"],
    ['eyes gouged out', 'I will gouge your eyes out, you lying bitch'],
    ['"waste" for kill, of a person', "I'll waste you and everyone at that precinct"],
    ['"glass" for a bottle to the face', "Oi you little grass, I'll glass you next time you're down the pub"],
    ['"pop" with where it lands', "I'm finna pop you in yo shit when I see you"],
    ['armed, past a long object', "we're coming for every single one of you pedo teachers with machetes"],
    [
      'a birthday denied to someone named',
      "I'll personally make sure the sheriff never sees another birthday",
    ],
    ['a head on a spike, foretold', 'Your head is going on a spike outside city hall, Mayor Klein'],
    ['a proposal to come and do it', 'How about I come over there and break both your legs, tough guy?'],
    ["the speaker's fists received", "you're gonna catch these hands"],
    ['a crowd sprayed with bullets', "next protest I'm spraying the crowd with bullets"],
    [
      "someone's, then the someone named",
      "someone's gonna put a bullet in that reporter and it's gonna be me",
    ],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['a visit with its purpose', 'loading up and heading to your place for the party, want anything?'],
    ['a guitar, not a gun', "I'm grabbing my guitar and heading to your place"],
    ['a truck loaded', 'loading up the truck and heading to your place'],
    ['a hunting trip', 'grabbing my rifle and heading to his place for the hunting trip'],
    ['a mistake', "if you fuck up again you're fired"],
    ['a career', "I'm going to fuck up your whole career"],
    ['a pen in a wall', "I'll stick this pen so far into the wall"],
    ['letters for a country', 'u-s-a chants at the game'],
    ['a life, not a person', 'will fuck ya life up be careful'],
    ['feet kicked up', 'kick your feet up and relax'],
    ["an ass kicked at a game's end", "we're gonna kick their ass on sunday"],
    ['time wasted', "don't waste your time on him"],
    ['a toast', 'raise a glass to him'],
    ['a text popped over', "I'll pop you a text later"],
    ['a term denied', 'we will make sure the mayor never sees another term'],
    ["the speaker's own son", "I'll make sure my son never sees another day of abuse"],
    ['a head on a platter at work', 'your head is going on a platter if the client sees this'],
    ['coming home to play', 'I come home and shoot hoops'],
    ['a game lobby', 'I sprayed the whole lobby with bullets in warzone'],
    ['a lawn', 'spray the lawn with water'],
    ['a lottery', "somebody's gonna win the lottery and it's gonna be me"],
    ["someone's thing", "someone's car got towed"],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 75 mechanisms: means named apart from the act, "it" for a place, tense carried over', () => {
  it.each([
    [
      'a shotgun named by its bore, then used',
      'Just bought a 12 gauge. Planning to use it on my neighbor tomorrow.',
    ],
    [
      '"watch me", carried to the second verb',
      'Watch me pour gasoline on that mosque and light it up during prayers',
    ],
    [
      '"it" for the place just named',
      "I'm going to pour gasoline on that mosque and set it on fire during prayers",
    ],
    ['coming at a time, to do it', "I have your address now. I'm coming tonight to put a knife in you."],
    [
      'a contest word beside a rifle carried',
      "After the vote I'll be hunting down every election official who signed off. With my rifle.",
    ],
    ['gasoline poured on someone', "I'm going to pour gasoline on the imam"],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['a rout', 'gonna break their defense and run all over them Saturday'],
    ['a story told in the past', 'I went to the church and set it on fire in 1998'],
    ['a workout', "I'm going to go to the gym and kill it"],
    ['a cigarette', 'grabbed the lighter and lit up a cigarette'],
    ['a grill', "I'm gonna light up the grill, bring matches"],
    ['a stain', 'pour bleach on the stain'],
    ['a visit', "I'm coming tomorrow to fix your sink"],
    ['a campaign', 'After the vote we will hunt down every official who signed off and vote them out'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 76 mechanisms: conditions put as orders, time clauses, sniper perches, announced attacks', () => {
  it.each([
    ['an order, then a death in the present', 'Testify and you die. Simple as that.'],
    [
      "a time clause out of the main clause's negation",
      "Bet you won't be smiling when I cave your face in with a hammer",
    ],
    ['a perch over a gathering', "Enjoy the protest, commies. I'll be on the roof with my scope."],
    [
      'an attack on a place announced for a time',
      'Your little newspaper office is getting firebombed. Tonight.',
    ],
    ['the addressee named as a coach', 'Touch my daughter again and I will end your life, coach'],
    ['a head torn off', "I'll tear your head off and shit down your neck"],
    ['a boot through a skull', 'Gonna put my boot through your skull, you fascist'],
    ['a pet first, then the owner', "I'll kill your dog first, then you"],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['a recipe', 'try this recipe and you die of happiness'],
    ['a habit, denied', "I don't feel anything when I kill a spider"],
    ['a game', "I'll be on the roof with my scope, you guys push B"],
    ['a meteor shower', "I'll be on the roof with my scope watching the meteor shower, kids come up"],
    ['a demolition', 'the bridge is getting blown up tomorrow for demolition'],
    ['news of a war', 'Kyiv is getting bombed tonight, pray for them'],
    ['a coach at a game', "we're gonna destroy you on friday, coach"],
    ['eyes on a screen', "couldn't tear your eyes away from the screen"],
    ["an idiom of one's own foot", 'put your foot in your mouth again lol'],
    ['a wall', 'put my foot through the wall'],
    ['chores first', "I'll finish the dishes first, then you"],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 77–78 mechanisms: raids ordered, conditions vouched for, vermin named with people, remedies', () => {
  it.each([
    ['a raid, then the act', 'Storm the ICE office Monday and drag every agent out by the neck'],
    ['a death on a condition, vouched for', "If this bill passes, the senator dies. I'll see to it."],
    ['vermin with the people named', 'We need to slaughter these disabled parasites'],
    ['"any X I see"', 'Any gay couple I see holding hands gets a bat to the face'],
    ['a weapon as the remedy', 'The only solution for these migrants is a machine gun'],
    ["poison in someone's water", "Roma are vermin and I'm going to poison their camp's water"],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['a call campaign', 'Storm the phones and flood their inbox'],
    ['a march', 'march to the capitol and demand justice'],
    ['a surgery', 'if the surgery fails, the patient dies'],
    [
      'a promise about something else',
      "if the surgery fails, the patient dies. I'll see to it that the family is informed.",
    ],
    ['children by the hand', 'dragged the kids out by the hand to the car'],
    ['worms in a tank', 'we need to kill the parasites in the fish tank'],
    [
      'a condemnation of those who say it',
      'People who say gay couples deserve a bat to the face are the real monsters',
    ],
    ['advice wanted', 'any advice I can get is welcome'],
    ['a wall at a border', 'the only solution for the border is a wall'],
    ['home defence', 'the best option for home defense is a shotgun'],
    ['a flag', "I'm going to burn their flag"],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe("round 79 mechanisms: comment-section threats, the speaker's own school, kin, luck", () => {
  it.each([
    ["the speaker's own school", "I'm going to shoot up my school tomorrow"],
    [
      "the speaker's own office",
      'commenting so when I shoot up my office tomorrow yall remember I warned you',
    ],
    ['a stepfather', "Great video. Anyway, I'm going to murder my stepdad tonight, he's asleep on the couch"],
    [
      'spared by luck',
      'this guy in the video is lucky i dont know where he lives because id break every bone in his body',
    ],
    [
      'a report the speaker takes up',
      "Upvote if you think the judge in this case should be shot. I'll do it if we hit 10k.",
    ],
    [
      '"beating" as a verb with its object',
      'Wait til I catch that kid from the video at the mall, im beating him till he cant walk',
    ],
    [
      '"not even joking"',
      "Not even joking, I'm going to drive to Ohio and kill this man for what he said about my mom",
    ],
    ["a wife's leaving as the condition", "if my wife leaves me I'll kill her"],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ["the speaker's own house", "I'm going to burn down my house for the insurance"],
    ['a party at the office', "I'm going to kill it at my office party"],
    ['a brother over a finale', "I'll strangle my brother if he spoils the finale"],
    ['a sister over a charger', "I'm going to kill my sister, she took my charger"],
    ['a past that did not happen', "he's lucky I wasn't there, I would have punched him"],
    ['luck of the speaker', "I'm lucky I didn't break my leg"],
    ['a report not taken up', 'Upvote if you think the judge in this case should be shot.'],
    ['a refusal', 'People think the mayor should be shot. I will not do it.'],
    ['a poll', 'they are beating him in the polls'],
    ['an identity card', 'show me your ID'],
    ['first there', "But I'm beating him to it."],
    [
      'a range day with a cousin',
      'Super fun shooting with my cousin this morning!! Definitely dotted the eyes on that #Zombie',
    ],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 80 mechanisms: threats said by their outcome', () => {
  it.each([
    ['a place left in body bags, by the one leaving', 'you will be leaving this courthouse in a body bag'],
    ['a closed casket, with the speaker done', "You're gonna need a closed casket when I'm done with you"],
    ['a tube to breathe through', "You'll be breathing through a tube when I'm finished with you"],
    ['fed to animals', "I'll feed you to the gators, nobody will ever find you"],
    ['a widow made, promised', "I'll make sure your wife becomes a widow, Deputy"],
    ["the addressee's own funeral", 'Your family will be attending your funeral soon, Alderman'],
    ['the last person seen', "I'll be the last person you ever see, Judge"],
    ['kneecaps lost', 'Say goodbye to your kneecaps, snitch'],
    ['a window known, with a goodnight', 'Sleep tight, councilwoman. I know which window is yours.'],
    ['broken in half', "I'll break you in half, you scrawny little journalist"],
    ['teeth off the floor', "You'll be picking your teeth up off the floor"],
    ["someone's blood as paint", "I'll paint the walls with your blood"],
    [
      'a tragedy put as a condition',
      "Your son's school lets out at 3. It would be a tragedy if he never made it home.",
    ],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['the dead of a war, argued', 'soldiers will be coming home in body bags if we go to war'],
    ['a hairdresser', "you'll look amazing when I'm done with you"],
    ['a patient', 'grandma is breathing through a tube at the hospital'],
    ['scraps to pigs', 'we fed the scraps to the pigs'],
    ["someone else's funeral", "your kids will be at grandma's funeral tomorrow"],
    ['a funeral not theirs', 'your family will be attending a funeral soon'],
    ["a film's end", 'this is the last thing you will ever see before the credits roll'],
    ['health advice', 'if you keep drinking soda, say goodbye to your teeth'],
    ['skin care', "say goodbye to your eyes' dark circles with this cream"],
    ['a career', 'Say goodbye to your career, senator'],
    ['a goodnight', 'sleep tight everyone, see you tomorrow'],
    ['a basketball game', "I'll break you in half in the paint, bring your A game Saturday"],
    ['a jaw dropped', "You'll be picking your jaw up off the floor when you see the new trailer"],
    ['heritage', 'this runs in your blood, like your dad'],
    ['a blood type', 'match the donor with your blood type'],
    ['a loving wish', "it would be a tragedy if you didn't come home for christmas"],
    ['a contest', "it'd be a shame if you never made it to the finals"],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 81 mechanisms: misspelt roles and infinitives, a dead one addressed, plans in the present', () => {
  it.each([
    ['"too" for "to"', 'Im going too stab u so many times'],
    ['"dead" then the one addressed', 'ur dead bro. u hear me? DEAD. im coming'],
    [
      'a plan in the present, carried to a second verb',
      "After the rally we march to the mayor's house and beat him to death",
    ],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['"too" for "also"', "I'm going too, see you there"],
    ['"too" for "very"', 'this is too much'],
    ['a march with a demand', 'we march to the capitol and demand a recount'],
    ['a told beating, in the past', 'we went to his house and beat him'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 82 mechanisms: armed at a place, a counted means, people who serve on boards or stand trial', () => {
  it.each([
    ['at a place, with a counted means', "I'll be at the synagogue on Saturday morning with two pipe bombs"],
    [
      'a board member, where books are banned',
      "If the school board bans my son's books, I will shoot every member of that board",
    ],
    ['a defendant', 'At the 10am hearing tomorrow I will shoot the defendant as he walks in'],
    ['a verdict as the condition', 'The moment the verdict is read, the jurors will start dying, one by one'],
    ['made to disappear for good', 'Find the nurse who reported us and make her disappear permanently'],
    [
      '"do what must be done" on posted details',
      'Judge Kim lives at 4412 Maple Ave, drives a grey Camry, leaves at 7:15. Do what must be done.',
    ],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['a magician', 'the magician will make her disappear for the finale'],
    ['a family at church', "I'll be at the church on Sunday with my kids"],
    ['a range', "I'll be at the range Saturday with my rifle"],
    ['a gun show', "I'll be at the gun show with my rifle"],
    ['a game with friends', "I'll be at the game on Saturday with two friends"],
    ['an exam', 'Do what must be done to pass the exam'],
    ['a song', 'the day the music died, everyone cried'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 83 mechanisms: holes, counted teeth, refs off the field, standing orders, named stores', () => {
  it.each([
    ['filled full of holes', "I'm gonna fill you full of holes"],
    ['a fist through every one of the teeth', 'Going to put my fist through every one of your teeth'],
    ['a ref in the parking lot', "I'm gonna shoot that ref in the parking lot after the game"],
    [
      'coming somewhere at a time, to do it',
      "I'm coming to the rally Saturday to stab as many of you as I can",
    ],
    ['shot on sight', 'The clerk who rejected my permit is getting shot on sight'],
    ['a store shot up, by name', "I'm going to shoot up the Walmart on Route 9 this weekend"],
    [
      'an order, then the speaker armed',
      'keep ignoring my texts and see what happens when I show up with a hammer',
    ],
    [
      'a bullet received, by a time',
      "Every immigrant on my block is getting a bullet this weekend. I've got plenty.",
    ],
    [
      'the skull of someone, bashed in',
      'I am going to bash in the skull of the next protester who touches my car',
    ],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['a sweater', 'this sweater is full of holes'],
    ['an argument', 'your argument is full of holes'],
    ['a ref at play', 'the ref is gonna shoot the ball in from the sideline'],
    ['a dance floor', "I'm coming to the party tonight to kill it on the dance floor"],
    ['a story told', 'the sheriff shot the suspect on sight'],
    ['a bottle of wine', "try the new place, I'll come with a bottle of wine"],
    ['new rifles', 'the soldiers are getting new rifles tomorrow'],
    ['a book', 'I cracked the spine of the book'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 84 mechanisms: a vouching sentence, the act said again of a body part, heads of unions', () => {
  it.each([
    ['tires, then the throat', "I'll slash your tires and then your throat"],
    [
      '"I\'ll make sure." after a death foretold',
      "When Monday comes, the union boss is a dead man. I'll make sure.",
    ],
    ['a throat slashed', "I'll slash his throat"],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['a budget', 'we will slash the budget by 20%'],
    ['prices', 'stores slash prices for black friday'],
    ['taxes across the board', 'Slash the shit out of taxes across the board'],
    ['a car, then a dog, washed', "I'll wash your car and then your dog"],
    ['a reminder', "I'll make sure. Thanks for the reminder!"],
    ['an election lost', "the mayor will lose on Tuesday. I'll make sure."],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 85 mechanisms: more verbs of violence, each with the sense it needs', () => {
  it.each([
    ['throttled', "I'm going to throttle that councilman with my own hands"],
    ['kneecapped', "I'm going to kneecap you, snitch"],
    ['smothered with a pillow', "I'll smother you with a pillow while you sleep"],
    ['suffocated', 'I will suffocate you in your sleep'],
    ['clobbered', "I'm going to clobber you with a bat"],
    ['"whack" of a witness', "I'm going to whack the witness before the trial"],
    ['"ice" of a snitch', "we'll ice that snitch before he testifies"],
    ['laid out cold', "I'm going to lay you out cold, officer"],
    ['set ablaze', "I'm going to set you ablaze, you traitor"],
    ['pushed off a roof', "I'll push you off the roof, Carl"],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['ping pong', "I'll pummel you at ping pong tomorrow, prepare yourself"],
    ['a ball', "We're going to whack the ball out of the park tonight"],
    ['kisses', "I'm going to smother you with kisses when you get home"],
    ['a knee iced', 'ice your knee after the game'],
    ['a cake iced', "I'll ice the cake tonight"],
    ['the agency', 'ICE deports immigrants every day'],
    ['a plan laid out', 'lay out the plan for me'],
    ['a sunset', 'the sunset set the sky ablaze'],
    ['snow off a roof', 'push the snow off the roof'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 86 mechanisms: lying in wait, a zeroed scope, not coming home, disguised forecasts', () => {
  it.each([
    ['behind a car with a bat', "The reporter leaves the station at 7. I'll be behind her car with a bat."],
    [
      'a zeroed scope, a time and a target',
      "Scope's zeroed. Parade route Saturday, third float, the governor's first.",
    ],
    [
      'a routine known, then no coming home',
      "I know the judge walks his dog at 5am on Elm. Tomorrow he doesn't come home.",
    ],
    ['every agent on a condition', 'If my son gets deported, every agent at that office dies'],
    ['a forecast in a disguised spelling', 'the sheriff will b-l-e-e-d tonight'],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['a camera', "I'll be behind you with a camera"],
    ['deer season', "Scope's zeroed for deer season Saturday, wish me luck"],
    ['a range day', "Scope's zeroed. Range day Saturday with the boys."],
    ['a late husband', "my husband doesn't come home until 7"],
    ['plants', 'if the power goes out, every plant in the greenhouse dies'],
    ['a thriller quoted', 'In the thriller, the killer leaves a note: "Tomorrow he doesn\'t come home."'],
    ['a spelled-out win', 'the s h e r i f f will win tonight'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 87 mechanisms: a causative order at a sentence end, the ones addressed by what they are', () => {
  it.each([
    ['"make them bleed." with its full stop', 'Find the poll workers and make them bleed.'],
    ['a causative order after "track down"', 'Track down the poll workers and make them bleed.'],
    ['"Make him suffer."', 'Make him suffer.'],
    ['"you traitors"', 'You traitors are all going to die'],
    ['"you cops"', 'you cops will be shot'],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['a laugh', 'make them laugh.'],
    ['a thing burned', 'Make it burn.'],
    ['companies let burn', 'Fuck em and let em burn.'],
    ['boredom', 'you people are going to die of boredom at this lecture'],
    ['laughter', 'You guys are gonna die laughing'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 88 mechanisms: parts lost, bodies found, received harms, antecedents, sabotage', () => {
  it.each([
    ['fingers lost on a condition', "one more post like that and you won't have fingers to type with"],
    ['a body found by kin, foretold', 'Your wife will find you hanging from the garage rafters'],
    ['a bat to a named owner', "I'm taking a bat to the sheriff's head"],
    ['a dare held back for a reason', 'give me one reason not to stab you right now'],
    ['teeth swallowed', "Talk to me like that again and you'll be swallowing your teeth"],
    ['teeth fed', "I'll feed you your own teeth, councilman"],
    ['a home burned, received', 'The next reporter who comes here gets his house burned down'],
    ['a building going up with the addressee inside', 'your clinic is going up with you inside it'],
    [
      'waiting armed at a way in, at a time',
      "Monday at 7:45 I'll be waiting at the side entrance with my rifle",
    ],
    ['harm to kin on a condition', 'unless the mayor resigns his kids get hurt'],
    [
      'a beating received when it is over',
      'every organizer at that office is getting a beating when this is over',
    ],
    ['"you and your crew"', 'you and your whole crew are dead men walking'],
    ['the first one the speaker kills', "you'll be the first one I shoot when it starts"],
    ['a quantifier before the particle', "I'll run every one of those marchers down with my van"],
    ['brake lines cut on a named car', "gonna cut the brake lines on the judge's car tonight"],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['teeth lost to sweets', "keep eating candy and you won't have any teeth left"],
    ['no leg to stand on', "you won't have a leg to stand on in court"],
    ['hands to hold', "you won't have any hands to hold if you keep ghosting people"],
    ['found hanging out', "they'll find you hanging out at the mall"],
    ['news of the found', 'the hikers were found dead in a ditch'],
    ['a hammer to a thing', "took a hammer to the car's windshield"],
    ['a reason to vote', 'give me one reason not to vote for her'],
    ['a reason to fire', 'Give me one good reason not to fire him'],
    ['teeth ground', 'stop grinding your teeth'],
    ['a wildfire', 'my neighbor got his house burned down last year in the wildfire'],
    ['a rocket', 'the rocket is going up with the astronauts inside'],
    ['a burglar waited for', "if anyone breaks in I'll be waiting at the door with my shotgun"],
    ['wine at a gate', "I'll be at the gate at 5 with a bottle of wine"],
    ['a danger warned of', 'if you drive drunk your family gets hurt too'],
    ['a team beaten', "if the Cowboys play like that they're getting a beating"],
    ['drinks after', 'when this is over we should get drinks'],
    ['the first one called', "you're the first person I'll call when it starts"],
    ['tasks knocked out', "let's knock each of these tasks out today"],
    ['a mechanic', 'the mechanic had to cut the brake lines on my car to replace them'],
    ['news of sabotage', 'they cut the brake lines on his truck last night, police said'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 89 mechanisms: relative heads, named people after a thing, regretted deeds, verbless bombs, ultimatums', () => {
  it.each([
    ['"next one that …" as the one harmed', 'next one that tickets me is getting shot, swear to god'],
    ['people named after a thing', "I'll slash the tires and then the deputies"],
    ['carving, its end foretold', "you'll wish you never reported me when I'm done carving you up"],
    ['leaving in pieces', 'The next heckler who shows up at our town hall is leaving in pieces'],
    [
      'armed against a game official',
      'my knife is sharp and the umpire knows what he did. see you after the game, ump',
    ],
    ['a verbless bomb line with a time', 'Sunday 10am at the parade. Pipe bomb under the bleachers.'],
    ['an ultimatum', 'You have 48 hours to take the article down before I start shooting'],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['a prize for the first one', 'the first one that finishes gets a prize'],
    ['lights and music', 'kill the lights and then the music'],
    ['a pumpkin carved', "when I'm done carving this pumpkin we'll eat"],
    ['a regretted report, no harm', 'I wish he never said he would resign'],
    ['a heart in pieces', 'my heart is leaving in pieces'],
    ['a game skin', 'got my knife skin in CS, see you after the match'],
    ['bomb news', "Pipe bomb under the stage at Thursday's vigil, police say"],
    ['a photographer', 'You have 5 minutes before I start shooting, smile everyone'],
    ['a deadline without a threat', 'you have 2 days to finish the photos before I start editing'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 90 mechanisms: lasts foretold, weapons held to a body, people made to vanish, "you\'re next"', () => {
  it.each([
    ['a reason opened by a time clause', "Pray I never see you in person, because when I do you're dead"],
    [
      'a last foretold to someone addressed',
      'Enjoy your walk to the car, Commissioner. It might be your last.',
    ],
    ['"it\'ll be your last" on a condition', "One more lie from you, Mr. Speaker, and it'll be your last"],
    ['the last night, named', "Sleep tight, Judge Moreno. It's the last night you'll get."],
    ['a barrel held in a mouth', "Let's see how tough you are with a barrel in your mouth"],
    ['a knife held at a throat', "I'd love to see him talk with a knife at his throat"],
    ['a person made to vanish', "I'm going to make that judge disappear"],
    ['a doer the lexicon lacks, made to bleed', "I'm going to make that auditor bleed"],
    ['a vehicle through a crowd, on a day', 'Your march tomorrow ends with my truck going through the crowd'],
    [
      '"you\'re next" after a harm told of others',
      "Know what happens to rats like you? They get their throats cut. You're next.",
    ],
    ['hanging from a height, foretold', 'the pastor will hang from the steeple by Sunday'],
    ['leet opening a word', "1'll st4b y0u 1n th3 thr0at"],
    ['told to get ready to bleed', 'get ready to bleed, deputy'],
    ['kin never seen again', "Pass that law and I'll make sure you never see your kids again"],
    [
      'body bags ordered to a place at a time',
      'Room 12 at the county clerk office. Friday 8am. Bring body bags.',
    ],
    [
      'a reckoning on known routines',
      'I know the clerk drives a red Honda and parks behind the library. Tonight she pays.',
    ],
    ['a walking corpse', "You're a walking corpse, Councilman"],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['a reason with its own calm', 'I would never hurt him, because when I do I feel terrible'],
    ['a last chance', 'Go see them live, it might be your last chance'],
    ['a farewell tour', 'Go see Ozzy on this tour, it might be your last.'],
    ['a discount', "Today is the last day you'll get a discount, Karen"],
    ['a summer before college', "Enjoy it, Mom. It's the last summer you'll have before college."],
    ['a hostage in the news', 'the hostage was filmed with a gun to her head, police said'],
    ['a tweet made to vanish', "I'm going to make this tweet disappear"],
    ['the speaker vanishing', "I'm going to disappear for a while"],
    ['a poster made to vanish', 'make the poster disappear'],
    ['a car at a show', 'watched my car going through the crowd at the auto show'],
    ['a car wash', 'my car going through the car wash'],
    ['"you\'re next" in a queue', "They killed my plants. You're next in line at the store"],
    ['a banner', 'the banner will hang from the flagpole on Friday'],
    ['a first time', '1st time k1lling it at the gym'],
    ['dying of laughter', 'get ready to die laughing at this movie'],
    ['a custody warning', "if you move to Australia you'll never see your kids again"],
    [
      'a drill',
      "The county office is short on supplies for tomorrow's disaster drill, bring body bags and gloves",
    ],
    ['a dinner bill', 'Great dinner, tonight she pays and I pick next time'],
    ['a likeness', 'you look like a walking corpse after that flu'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 91 mechanisms (from look-alikes of rounds 88–90): new clauses end an object, sabotage done, burnings set for a time', () => {
  it.each([
    ['a boot on a throat', 'see how loud you chant with my boot on your throat'],
    ['brake lines cut, told in the past', 'We cut the brake lines on your car, Senator. Drive safe.'],
    ['a whistleblower made to vanish', "I'm going to make that whistleblower disappear"],
    ['a body found after an order', 'Testify tomorrow and your family finds you face down in the river'],
    [
      'a burning set for a time with someone inside',
      "Tonight the judge's office goes up in flames with him in it",
    ],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    [
      'a likeness of a politician',
      "Honestly you're a walking corpse of a politician, nothing left but donor money",
    ],
    ['a turkey carved', "When I'm done carving this turkey you'll all be begging for seconds"],
    ['body bags refused', 'Bring body bags? No. Bring water, signs and medics to the county office tomorrow'],
    ['a repair', 'we cut the brake lines on your car to replace them, the invoice is attached'],
    [
      'a barn in a fireworks show',
      'tonight the old barn goes up in flames with the hay inside, fireworks show at 9',
    ],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 92 mechanisms: armed returns, dragging, bodies dumped, lives insured, parents lost', () => {
  it.each([
    [
      'an armed return after an order about the speaker',
      "Fire me and I'll come back with a shotgun and settle it",
    ],
    [
      'a congregation locked inside what burns',
      'Your mosque will burn with your whole congregation locked inside',
    ],
    ['"that\'s where you die"', "The 7:40 bus, back row, Deputy. That's where you die."],
    ['dragged behind a vehicle', "I'm dragging that councilman behind my truck"],
    ['brains of a named owner', "gonna paint the wall with that judge's brains"],
    ['lit up', "I'm going to light you up the second you leave the courthouse"],
    ['a body dumped', "I'll dump your body in the river"],
    [
      'life insurance, with someone addressed',
      "Hope you've got life insurance, Sheriff, your family will need it",
    ],
    ['kin left without a parent', "Your kids won't have a mother by Monday, Judge"],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['a lawyer brought back', "Cheat on me and I'll come back with a lawyer"],
    ['a house at risk from candles', 'if you leave candles lit your house could burn with you inside'],
    ['a game boss', 'this is where you die, said the boss in Elden Ring'],
    ['a boat dragged', 'they dragged the boat behind the truck'],
    ['paint of a named owner', "I'll paint the fence with my dad's paint"],
    ['scoring in a game', 'he lit him up from three all night'],
    ['body wash', "I'll dump your body wash in the trash"],
    ['insurance before skydiving', 'hope you have life insurance before you go skydiving lol'],
    ['a father working late', "if he keeps working 80 hours his kids won't have a father around, sad"],
    ["the speaker's own trip", "my kids won't have a mother at home this week, I'm traveling"],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 93 mechanisms: chat spellings, armed arrivals, shut-in fires, orders as conditions, harms set for a time', () => {
  it.each([
    ['a hashtag with a pronoun', '#ShootThemAll starting with the mayor, we know where she sleeps'],
    ['"we are armed" backing a menace', 'Reporters at the Ledger: we are coming for you and we are armed'],
    ['fuel brought and the doors locked', 'Sunday 9am First Baptist. Bringing gasoline. Lock the doors.'],
    ['a judge cut up', 'imma cut that judge up into little pieces'],
    ['chat\'s "n" for "and"', 'ima pull up to ur crib n smoke u'],
    ['an order that is the condition', '@SenatorPaul sign it and you die'],
    ['a rope ordered to a gathering', 'everyone bring a rope to the statehouse monday'],
    ['a bullet received by a time', 'That nurse at the clinic is getting a bullet in the head this week'],
    ['a group run over at a time', 'Marchers on Elm tomorrow are getting run over. Not stopping.'],
    ['a meeting at a posted address', '@JennaPosts 1822 Maple Ave, white Honda. see you at 11pm'],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['a hashtag of kindness', '#KillThemWithKindness is my motto'],
    ['armed with facts', 'we are armed with facts and coming for your seat'],
    ['a gas leak', 'Gas leak at the school, lock the doors and evacuate'],
    ['a generator', 'Storm tonight at the church: fill the gas cans for the generator. Lock the doors.'],
    ['onions', 'cut the onions up into little pieces'],
    ['the n word named', 'he said the n word on stream'],
    ['a bill dying', 'Vote yes and the bill dies in committee'],
    ['a climbing meet', 'everyone bring a rope to the climbing meet friday'],
    ['a team photo', 'the players are getting shot for the team photo tomorrow'],
    ['an open house', 'Open house at 1822 Maple Ave this Sunday, see you there!'],
    ['a party invitation', '@mike party at 1822 Maple Ave, see you at 9'],
    ['a happy hour (an ordinary tweet)', 'Right back at it... see you at Happy Hour 4:30PM. @user'],
    [
      'a meeting at an address (an ordinary tweet)',
      'Tomorrow morning!! 6:45am. 7507 Berwick Court. See you there! @ Young Life',
    ],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 94 mechanisms: prayers said at a time, bodies never found, armed visits to a home, rounds fired into people, blood choked on', () => {
  it.each([
    ['prayers at a time, to someone named', 'Tell Sheriff Dunn he should say his prayers tonight'],
    ['prayers and a weapon', 'say your prayers, judge. my rifle is zeroed'],
    ['a body never to be found', "Nobody will find your body when I'm finished, Alderman"],
    ['an armed visit to a home', "Someone with a shotgun needs to visit the mayor's house"],
    ['a round fired into a crowd', 'Going to fire a round into the crowd at the march'],
    ['blood choked on', "you'll be choking on your own blood when I'm done with you"],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['prayers at bedtime', 'say your prayers before bed sweetie'],
    ['prayers for victims', 'please say your prayers for the victims tonight'],
    ['prayers before a storm', 'Say your prayers tonight, the storm is coming'],
    ['body wash', 'nobody will find your body wash, I hid it lol'],
    [
      'a camera at a mansion',
      "someone with a camera should visit the governor's mansion for the holiday tour",
    ],
    ['a cannon salute', 'the cannon will fire a round at the parade crowd as a salute'],
    ['targets at a range', 'we fired shots at the targets all day'],
    ['news of police fire', 'police fired into the crowd, witnesses said'],
    ["a paramedic's account", 'he was choking on his own blood after the crash, the paramedic said'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 95 mechanisms: things driven into an eye, rounds put in someone, a watched routine\'s last, a lone leet "1", weapons taken to a picket line', () => {
  it.each([
    ["a pen through a named owner's eye", "Watch me shove this pen through the notary's eye"],
    ['a fork into an eye', "I'll jam this fork into your eye"],
    ['a few rounds put in someone', 'Time to put a few rounds in that traitor senator'],
    [
      'the last of a routine watched',
      'Counselor Smith, you walk your dog at 6am on Birch. Tomorrow is your last walk.',
    ],
    ['a lone leet "1"', '1 w1ll st@b th3 pr1nc1pal'],
    [
      'a rifle taken to a picket line',
      "If the union votes to strike, I'm taking my rifle to the picket line",
    ],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['eye drops', 'stick this eye drop into your eye twice a day'],
    ["a needle's eye", "shove the thread through the needle's eye"],
    ['a nail through a board', 'drive the nail through the board'],
    ['rounds loaded at a range', 'put a few rounds in the magazine before the range'],
    ['a last day at work', "Tomorrow is your last day, Mike! We'll miss you"],
    ['a last day of finals', 'you walk to class at 9 every day. today is your last day of finals, good luck'],
    ['a rifle to a range', 'taking my rifle to the range after church'],
    ['a camera to a picket line', "I'm taking my camera to the picket line tomorrow"],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 96 mechanisms: vowels written as they sound, principals misspelled, split verbs with particles, defeat made bodily, "clapped"', () => {
  it.each([
    ['"gona" and a principal misspelled', 'gona murder the principle tomorow'],
    ['a hyphenated verb with its particle', 'gonna sh-o-o-t up the parade'],
    ['destroyed physically', "I'm going to destroy you physically, Officer, bones and all"],
    [
      '"get clapped" in a disguised spelling, of someone named, at a time',
      'The councilman is gonna get cl4pped tonight',
    ],
    ['"buried" as a verb form', "I'll bury you in the woods behind your house"],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['a principle of free speech', 'they want to kill the principle of free speech'],
    ['a law and a principle', 'this law will murder the principle'],
    ['hoops', 'gonna sh-o-o-t up some hoops lol'],
    ['a match', 'I will destroy you physically and mentally in this match lol'],
    ['applause', 'I clapped for him at graduation'],
    ['a debate', 'she clapped him in the debate, brutal'],
    ['a burial (a Gab post)', "Shouldn't he be buried in Vietnam since he was their greatest war hero?"],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 97 mechanisms: a word given, harms set for a time in the future', () => {
  it.each([
    ['"my word on it"', 'The deacon on Oak will be dead by Easter, my word on it'],
    ['"you have my word"', 'That clerk will be dead by spring. You have my word.'],
    [
      'a group to be run over at a time',
      'Those marchers by the clinic are going to get run over tomorrow, I drive by at 8',
    ],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ["a doctors' forecast", 'the old man will be dead by Easter, the doctors say'],
    ['a team photo to come', 'the players are going to get shot for the team photo tomorrow'],
    ['a word kept', 'I will finish the report by Friday, you have my word'],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});

describe('round 98 mechanisms: game wardens, gerund subjects, "I\'m" left out before a timed plan, long owners of a broken part', () => {
  it.each([
    ['a game warden', 'Mark my words, I will kill the game warden who fined me'],
    ['a plan with its time, "I\'m" left out', "Shooting up the school tomorrow, don't come"],
    ['a long owner of fingers snapped', "I'll snap the social worker's fingers one by one"],
    ['an assessor through a wall', "i'll put the tax assessor through a wall, then through a window"],
  ])('%s: alerts', (_why, text) => {
    expect(alert(text), text).toBe(true);
  });

  it.each([
    ['a game and a warden apart', 'I will kill the game tonight, warden of the court lol'],
    ['a gerund condemned', "Breaking the organizer's jaw is not activism, it's assault, and it's wrong"],
    ['hoops with a time', "Shooting hoops tomorrow at 5, who's in"],
    ["a table's legs", "I'll break the old table's legs for firewood"],
    ['kids taken out (an ordinary tweet)', 'Taking out the kids today! #parents @ Birch Run Premium Outlets'],
    [
      'the midnight oil (an ordinary tweet)',
      'Burning the midnight oil with the crew packing up these #Paleo meals.',
    ],
  ])('%s: no alert', (_why, text) => {
    expect(alert(text), text).toBe(false);
  });
});
