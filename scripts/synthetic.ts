/**
 * Synthetic training posts for the threat model, composed from grammar parts (speaker stance,
 * violent act, target, specifics) and from the contexts that are not threats (negation, report,
 * idiom, game, criticism). They teach the model the structure; the public sets teach it real
 * language. Deterministic for a given seed.
 */
const TARGETS = [
  'the judge',
  'that judge',
  'the senator',
  'the mayor',
  'that cop',
  'every cop',
  'the officers',
  'the sheriff',
  'that deputy',
  'the agents',
  'every ICE agent',
  'the border agents',
  'the reporter',
  'that journalist',
  'the poll workers',
  'the election clerk',
  'the governor',
  'the protesters',
  'those activists',
  'the migrants',
  'the immigrants',
  'the refugees',
  'the organizers',
  'you',
  'him',
  'her',
  'them',
  'your family',
  'my boss',
  'my neighbor',
  'the teacher',
  'the principal',
  'the landlord',
  'the councilman',
  'the prosecutor',
  'the nurses',
  'the doctor at the clinic',
  'the pastor',
  'the guards',
  'the feds',
  'the congresswoman',
  'the president',
  'the school board',
  'the union leaders',
  'the liberals',
  'the conservatives',
  'the democrats',
  'the republicans',
  'the trans activists',
  'the muslims',
  'the jews',
  'the christians',
  'the black lives matter crowd',
  'the maga crowd',
];
const INTENT = [
  "I'm going to",
  'I will',
  "I'm gonna",
  'gonna',
  "I'll",
  "we're going to",
  'we will',
  "I'm about to",
  'I am going to',
  'imma',
  'I swear I will',
  "I'm coming to",
];
const ACTS = [
  'kill',
  'shoot',
  'stab',
  'murder',
  'strangle',
  'hang',
  'beat',
  'hurt',
  'behead',
  'lynch',
  'gut',
  'choke',
  'run over',
  'slit the throat of',
  'put a bullet in',
  'blow the head off',
  'bash the skull of',
  'torch',
  'execute',
  'slaughter',
  'k1ll',
  'sh00t',
  'unalive',
];
const SPECIFICS = [
  '',
  '',
  '',
  ' tonight',
  ' tomorrow',
  ' at the rally',
  ' when he gets home',
  ' with my rifle',
  ', I swear',
  ' and nobody will stop me',
  ' first chance I get',
  ' this weekend',
  ' at 6pm',
  ' outside the courthouse',
  ' with a knife',
  ' on Monday',
  '. I know where they live',
  '. bought the ammo already',
];
const CALL = [
  'someone should',
  'somebody needs to',
  'we need to',
  'everyone should',
  "y'all should",
  'someone go',
  'somebody please',
  'people need to',
  'patriots must',
  'it is time to',
];
const WISH = [
  'deserves to die',
  'should be shot',
  'should hang',
  'needs to be killed',
  'must die',
  'should be executed',
  'deserves a bullet',
  'should be lynched',
  'needs a rope',
  'should be put down',
  'should burn alive',
];
const FATE = [
  "you're going to die",
  'you will bleed',
  'you are a dead man',
  "you'll be leaving in a body bag",
  'your days are numbered',
  "you won't make it home",
  'watch your back',
  'you are going to get hurt',
];

const NEG_INTENT = [
  'I would never',
  'nobody should',
  'no one should ever',
  'we are not going to',
  "I don't want to",
  'do not',
  'never',
  "I'd never",
];
const REPORT = [
  'he said he would',
  'police say the man threatened to',
  'the suspect was charged after posting that he would',
  'she told reporters someone wanted to',
  'the indictment says he planned to',
  'according to court records he wrote that he would',
  'they received a letter threatening to',
];
const PAST = ['was shot', 'was stabbed', 'was killed', 'was attacked', 'were injured', 'was beaten', 'died'];
const PLACES = [
  'near the station',
  'last night',
  'during the protest',
  'on Tuesday',
  'in a crash',
  'at the border',
  'outside the courthouse',
];
const IDIOMS = [
  "I'm going to kill it at the {e}",
  'this {t} is killing me',
  'I could murder a {f} right now',
  "we're going to shoot the {v} downtown",
  'that {t} destroyed me',
  'I would kill for a {f}',
  'time to execute the {p}',
  "let's blow this {s}",
  'my mom is going to kill me when she sees this',
  'you are killing me with these puns',
  'she slayed that {e}',
  'he absolutely murdered that {e}',
  'we bombed the {e} lol',
  'dead tired after the {e}',
  'I nearly died laughing at the {v}',
];
const EVENTS = [
  'interview',
  'exam',
  'presentation',
  'gig',
  'audition',
  'talent show',
  'karaoke night',
  'job fair',
];
const THINGS = ['heat', 'commute', 'traffic', 'homework', 'deadline', 'workout', 'week', 'meeting'];
const FOODS = ['burger', 'pizza', 'coffee', 'taco', 'nap', 'beer', 'steak'];
const VIDEOS = ['music video', 'short film', 'photos', 'scene', 'commercial'];
const PLANS = ['plan', 'migration script', 'trade', 'deploy', 'query', 'strategy'];
const STANDS = ['popsicle stand', 'joint', 'place'];
const GAMES = [
  'in Valorant',
  'in Fortnite',
  'in the playoffs',
  'on the court',
  'in Call of Duty',
  'in ranked',
  'in chess',
  'at Mario Kart',
  'in the derby',
  'in Elden Ring',
];
const TEAMS = ['the Cowboys', 'the Lakers', 'the Yankees', 'the other team', 'them', 'the defense'];
const CRITICISM = [
  'should be fired',
  'should resign',
  'should be impeached',
  'must be voted out',
  'should be prosecuted',
  'is a disgrace',
  'is a coward',
  'needs to be investigated',
  'should lose their job',
  'has blood on their hands',
  'is a liar and a crook',
];
const CONDEMN = [
  'Threatening to {a} {t} is a crime.',
  'Anyone who wants to {a} {t} should be arrested.',
  'Calls to {a} {t} are disgusting and dangerous.',
  'No one deserves to be threatened, not even {t}.',
  'Violence against {t} is never the answer.',
];
const FICTION = [
  'In the movie the villain plans to {a} {t}.',
  'Chapter 9 of my novel: the assassin waits to {a} {t}.',
  'The song goes "I\'m gonna {a} {t}" and it slaps',
  'In the show the hitman tries to {a} {t}.',
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Example {
  text: string;
  label: 0 | 1;
}

/** Composes `n` positive and `n` negative threat examples. */
export function syntheticThreatExamples(n: number, seed = 7): Example[] {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)]!;
  const fill = (s: string): string =>
    s
      .replace('{e}', pick(EVENTS))
      .replace('{t}', pick(THINGS))
      .replace('{f}', pick(FOODS))
      .replace('{v}', pick(VIDEOS))
      .replace('{p}', pick(PLANS))
      .replace('{s}', pick(STANDS));
  const out: Example[] = [];
  for (let i = 0; i < n; i++) {
    const t = pick(TARGETS);
    const kind = r();
    let text: string;
    if (kind < 0.4) text = `${pick(INTENT)} ${pick(ACTS)} ${t}${pick(SPECIFICS)}`;
    else if (kind < 0.6) text = `${pick(CALL)} ${pick(ACTS)} ${t}${pick(SPECIFICS)}`;
    else if (kind < 0.75) text = `${t} ${pick(WISH)}`;
    else if (kind < 0.88) text = `${pick(ACTS)} ${t}${pick(SPECIFICS)}`;
    else text = `${pick(FATE)}${pick(SPECIFICS)}`;
    out.push({ text: r() < 0.3 ? text.toLowerCase() : text, label: 1 });
  }
  for (let i = 0; i < n; i++) {
    const t = pick(TARGETS);
    const kind = r();
    let text: string;
    if (kind < 0.15) text = `${pick(NEG_INTENT)} ${pick(ACTS)} ${t}`;
    else if (kind < 0.3) text = `${pick(REPORT)} ${pick(ACTS)} ${t}`;
    else if (kind < 0.42) text = `${t} ${pick(PAST)} ${pick(PLACES)}`;
    else if (kind < 0.57) text = fill(pick(IDIOMS));
    else if (kind < 0.67)
      text = `${pick(INTENT)} ${pick(['destroy', 'kill', 'murder', 'crush', 'bury'])} ${pick(TEAMS)} ${pick(GAMES)}`;
    else if (kind < 0.8) text = `${t} ${pick(CRITICISM)}`;
    else if (kind < 0.9) text = pick(CONDEMN).replace('{a}', pick(ACTS)).replace('{t}', t);
    else text = pick(FICTION).replace('{a}', pick(ACTS)).replace('{t}', t);
    out.push({ text: r() < 0.3 ? text.toLowerCase() : text, label: 0 });
  }
  return out;
}

export { rng };
