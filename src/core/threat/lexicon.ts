/**
 * Word lists of the threat engine. Each list is a closed class of English (pronouns, modals,
 * roles, weapons) or a lexicon of violent acts with their senses; none is a list of sentences.
 */

export interface ActSense {
  /** Canonical verb, for reasons ("kill"). */
  lemma: string;
  /** How violent the literal sense is, 0..1. */
  weight: number;
  /** Intransitive acts (die, bleed out) whose subject is the one harmed. */
  intransitive?: boolean;
  /** The act is about property or things unless a person is its object (burn, blow up). */
  property?: boolean;
  /** Done only to the living (strangle, behead, gun down): its object is someone, even an unknown noun. */
  personal?: boolean;
}

/** Verb lemma → inflected forms. Regular forms are generated; irregular ones are listed. */
const VERBS: ReadonlyArray<[string, number, string[]?, Partial<ActSense>?]> = [
  ['kill', 1, ['killin', 'kil']],
  ['murder', 1],
  ['shoot', 1, ['shot', 'shootin', 'shoots']],
  ['stab', 1, ['stabbed', 'stabbing']],
  ['strangle', 1, [], { personal: true }],
  ['choke', 0.6],
  ['hang', 0.9, ['hanged', 'hung']],
  ['lynch', 1, [], { personal: true }],
  ['behead', 1, [], { personal: true }],
  ['decapitate', 1, [], { personal: true }],
  ['execute', 0.8],
  ['slaughter', 1],
  ['massacre', 1],
  ['butcher', 1],
  ['bomb', 1, [], { property: true }],
  ['firebomb', 1, [], { property: true }],
  ['burn', 0.7, ['burnt'], { property: true }],
  ['torch', 0.8, [], { property: true }],
  ['beat', 0.7, ['beaten', 'beatin']],
  ['hurt', 0.6, ['hurt', 'hurting']],
  ['harm', 0.5],
  ['attack', 0.7],
  ['assault', 0.7],
  ['punch', 0.5],
  ['slap', 0.5],
  ['stomp', 0.6],
  ['slit', 0.9, ['slitting']],
  ['gut', 0.8, ['gutted', 'gutting']],
  ['torture', 0.9],
  ['rape', 1, [], { personal: true }],
  ['poison', 0.9],
  ['drown', 0.8],
  ['exterminate', 1],
  ['annihilate', 0.8],
  ['eliminate', 0.5],
  ['assassinate', 1, [], { personal: true }],
  ['snipe', 0.8],
  ['shank', 0.9, [], { personal: true }],
  ['unalive', 1, [], { personal: true }],
  ['maim', 1, [], { personal: true }],
  ['cripple', 0.8],
  ['bash', 0.5],
  ['smash', 0.4],
  ['gun', 0, ['gunned', 'gunning']],
  ['headshot', 0.45],
  ['nuke', 0.8, [], { property: true }],
  ['die', 0.9, ['dies', 'died', 'dying', 'die'], { intransitive: true }],
  ['bleed', 0.8, ['bled', 'bleeding'], { intransitive: true }],
  ['destroy', 0.35],
  ['crush', 0.3],
  ['bury', 0.5],
  ['wipe', 0.6],
  ['run', 0.0],
  ['blow', 0.0],
  ['take', 0.0],
  ['put', 0.0],
  ['hunt', 0.6],
  ['knife', 1, ['knifed', 'knifing']],
  ['ram', 0.0],
  ['plow', 0.0],
  ['drive', 0.0, ['drove', 'driven', 'driving']],
  ['end', 0.8],
  // "finish him": only with a person as object (as for "end")
  ['finish', 0.7, ['finished', 'finishing']],
  // "smoke that snitch": slang for kill, only with a person as object
  ['smoke', 0.8, ['smoked', 'smoking']],
  // slang for shooting ("cap that snitch"); only with a person as object (not "cap the costs", "no cap")
  ['cap', 0.9, ['capped', 'capping']],
  // the 2024 killing of an insurance chief, made a verb ("Luigi that CEO"); only with a person as object
  ['luigi', 0.9, ['luigied', 'luigid']],
  // sending armed police on someone by a false report ("we're going to swat you"); a person as object only
  ['swat', 0.9, ['swatted', 'swatting']],
  // "I'm going to make that senator suffer": harm made to be felt (the one who suffers is its subject)
  ['suffer', 0.8, [], { intransitive: true }],
  // ("make the clerk disappear": only as what someone is made to do, read in the engine)
  ['disappear', 0.8, [], { intransitive: true }],
  // "pop that deputy": slang for shoot, only with a person as object
  ['pop', 0.7, ['popped', 'popping']],
  // "slash his throat"; "slash your tires" is a thing's, "slash the budget" no harm at all
  ['slash', 0.7, ['slashed', 'slashing'], { property: true }],
  ['throttle', 0.8, [], { personal: true }],
  ['kneecap', 0.9, ['kneecapped', 'kneecapping'], { personal: true }],
  // ("the councilman is gonna get clapped tonight": slang for shot, of a person only; "clap back",
  // "clap for him" and "clap your hands" are read in the engine)
  ['clap', 0.8, ['clapped', 'clapping', 'claps'], { personal: true }],
  // ("I'll carve you up"; "carve the turkey" is done to a thing)
  ['carve', 0.8, ['carved', 'carving', 'carves'], { personal: true }],
  ['suffocate', 0.9, [], { personal: true }],
  // ("smother you with a pillow"; "with kisses" is love, read below)
  ['smother', 0.8, [], { personal: true }],
  ['clobber', 0.6, [], { personal: true }],
  ['bludgeon', 0.9, [], { personal: true }],
  // "whack the witness", "ice that snitch": mob slang for kill, only with a person as object
  ['whack', 0.8, ['whacked', 'whacking']],
  ['ice', 0.8, ['iced', 'icing']],
  // "I'll waste you": slang for kill, only with a person as object (not "waste your time")
  ['waste', 0.8, ['wasted', 'wasting']],
  // "I'll glass you": to strike with a glass or bottle (British), only with a person as object
  ['glass', 0.8, ['glassed', 'glassing']],
  // "jump that reporter": to assault, only with a person as object
  ['jump', 0.6, ['jumped', 'jumping']],
  // "k i d n a p the senator's kids", "snatch the judge's daughter": taking a person, only a person
  ['kidnap', 0.8, ['kidnapped', 'kidnapping', 'kidnaps'], { personal: true }],
  ['abduct', 0.8, ['abducted', 'abducting', 'abducts'], { personal: true }],
  ['snatch', 0.6, ['snatched', 'snatching'], { personal: true }],
  // "this Demoncrat should be euthanized": killing by its clinical word, only with a person as object
  [
    'euthanize',
    0.8,
    ['euthanized', 'euthanizing', 'euthanise', 'euthanised', 'euthanising'],
    { personal: true },
  ],
  ['sodomize', 0.9, [], { personal: true }],
  ['sodomise', 0.9, [], { personal: true }],
  ['castrate', 0.9, [], { personal: true }],
  ['impale', 1, [], { personal: true }],
  ['waterboard', 0.8, [], { personal: true }],
  ['crucify', 0.9, [], { personal: true }],
  ['skin', 0.0],
  ['gas', 0.0, ['gassed', 'gassing']],
  ['nail', 0.0],
  ['throw', 0.0, ['threw', 'thrown']],
  ['line', 0.0],
  ['string', 0.0, ['strung']],
  ['tar', 0.0],
  ['purge', 0.7],
  ['machinegun', 1],
  ['curbstomp', 1, [], { personal: true }],
  ['disembowel', 1, [], { personal: true }],
  ['dismember', 1, [], { personal: true }],
  ['decapitated', 1, [], { personal: true }],
  ['incinerate', 0.9],
  ['electrocute', 0.8],
  ['mutilate', 1, [], { personal: true }],
  ['pummel', 0.7],
  ['bludgeon', 1, [], { personal: true }],
  ['maul', 0.7],
  ['whip', 0.4],
  ['flog', 0.7],
  ['stone', 0.0],
  ['slice', 0.0],
  ['light', 0.0, ['lit']],
  ['mow', 0.0, ['mown']],
  // ("may her car explode with her in it": what explodes is the subject)
  ['explode', 0.8, ['exploded', 'exploding'], { property: true, intransitive: true }],
  ['knock', 0.0],
  ['cave', 0.0],
  // ("I hope every cop in america gets ambushed and executed")
  ['ambush', 0.9],
  // slang for dying ("the sooner that old bitch croaks the better")
  ['croak', 0.8, [], { intransitive: true }],
  // slang for killing ("ima murk you")
  ['murk', 0.9, [], { personal: true }],
  ['merk', 0.9, [], { personal: true }],
];

/** A verb's forms: the base, -s, -ed and -ing (doubling a final consonant where English does), and any listed. */
export function inflect(base: string, extra: readonly string[] = []): string[] {
  const forms = new Set<string>([base, ...extra]);
  const cvc = /[^aeiou][aeiou][bdgmnprt]$/.test(base) && base.length <= 5;
  const stem = cvc ? base + base[base.length - 1] : base;
  if (/[^aeiou]y$/.test(base)) {
    // ("bury": "buried", "buries")
    forms
      .add(base.slice(0, -1) + 'ies')
      .add(base.slice(0, -1) + 'ied')
      .add(base + 'ing');
  } else if (base.endsWith('e')) {
    forms
      .add(base + 's')
      .add(base + 'd')
      .add(base.slice(0, -1) + 'ing');
  } else if (/(sh|ch|s|x|z)$/.test(base)) {
    forms
      .add(base + 'es')
      .add(base + 'ed')
      .add(base + 'ing');
  } else {
    forms
      .add(base + 's')
      .add(stem + 'ed')
      .add(stem + 'ing');
  }
  return [...forms];
}

/** Inflected form → sense. */
export const ACTS: ReadonlyMap<string, ActSense> = (() => {
  const m = new Map<string, ActSense>();
  for (const [lemma, weight, extra, more] of VERBS) {
    for (const f of inflect(lemma, extra)) if (!m.has(f)) m.set(f, { lemma, weight, ...more });
  }
  // "gas" alone is mostly fuel; its inflections are the verb ("should be gassed")
  m.set('gassed', { lemma: 'gas', weight: 0.9 });
  m.set('gassing', { lemma: 'gas', weight: 0.9 });
  return m;
})();

/** Body parts: "break your neck", "a knife in the gut" aim at the person they belong to. */
/** ("slit their throats": each part in the plural too; not "heart" or "back", which are mostly idioms) */
export const BODY_PARTS: ReadonlySet<string> = new Set(
  'neck head skull face jaw tooth leg arm knee kneecap rib spine throat gut stomach chest eye nose finger hand bone wrist brain ass mouth tongue ear foot toe ankle shin elbow shoulder lung liver kidney windpipe forehead belly eyeball fingernail toenail nail scalp limb eyelid'
    .split(' ')
    .flatMap((p) => [p, p === 'tooth' ? 'teeth' : p === 'foot' ? 'feet' : /s$/.test(p) ? `${p}es` : `${p}s`]),
);

/** Phrasal acts: particle-dependent senses of light verbs (run over, blow up, take out, put down). */
export const PHRASAL: ReadonlyMap<
  string,
  {
    particles: readonly string[];
    lemma: string;
    weight: number;
    property?: boolean;
    personal?: boolean;
    objectAfter?: boolean;
    /** The particle only after an object ("fuck you up"; "if you fuck up again" is a mistake). */
    split?: boolean;
    /** A word that must follow the particle ("set … on fire"). */
    then?: string;
  }
> = new Map([
  ['drive', { particles: ['into', 'through'], lemma: 'drive into', weight: 0.9, objectAfter: true }],
  ['plow', { particles: ['into', 'through'], lemma: 'plow into', weight: 0.9, objectAfter: true }],
  ['plough', { particles: ['into', 'through'], lemma: 'plow into', weight: 0.9, objectAfter: true }],
  ['ram', { particles: ['into', 'through'], lemma: 'ram into', weight: 0.9, objectAfter: true }],
  ['crash', { particles: ['into', 'through'], lemma: 'crash into', weight: 0.6, objectAfter: true }],
  ['run', { particles: ['over', 'down', 'off'], lemma: 'run over', weight: 0.9 }],
  [
    'blow',
    { particles: ['up', 'away', 'out', 'sky', 'apart'], lemma: 'blow up', weight: 0.9, property: true },
  ],
  ['take', { particles: ['out'], lemma: 'take out', weight: 0.6 }],
  ['put', { particles: ['down'], lemma: 'put down', weight: 0.6 }],
  // ("wipe them off the face of the earth")
  ['wipe', { particles: ['out', 'off'], lemma: 'wipe out', weight: 0.8 }],
  ['hunt', { particles: ['down'], lemma: 'hunt down', weight: 0.8 }],
  ['gun', { particles: ['down'], lemma: 'gun down', weight: 1, personal: true }],
  ['beat', { particles: ['up', 'down'], lemma: 'beat up', weight: 0.8 }],
  // ("I'm gonna fuck you up": a beating; "don't fuck this up" has a thing for its object)
  ['fuck', { particles: ['up'], lemma: 'beat up', weight: 0.7, personal: true, split: true }],
  ['burn', { particles: ['down', 'alive'], lemma: 'burn down', weight: 0.8, property: true }],
  ['shoot', { particles: ['up'], lemma: 'shoot up', weight: 1 }],
  [
    'gas',
    {
      particles: ['the', 'them', 'all', 'those', 'these', 'every', 'him', 'her', 'you'],
      lemma: 'gas',
      weight: 0.9,
    },
  ],
  ['nail', { particles: ['to'], lemma: 'nail to a cross', weight: 0.8 }],
  ['throw', { particles: ['off', 'from', 'under'], lemma: 'throw off', weight: 0.5 }],
  ['line', { particles: ['up'], lemma: 'line up', weight: 0.3 }],
  ['string', { particles: ['up'], lemma: 'string up', weight: 1, personal: true }],
  ['tar', { particles: ['and'], lemma: 'tar and feather', weight: 0.8 }],
  ['skin', { particles: ['alive'], lemma: 'skin alive', weight: 1, personal: true }],
  ['stone', { particles: ['to'], lemma: 'stone to death', weight: 1, personal: true }],
  ['choke', { particles: ['out'], lemma: 'choke the life out of', weight: 1, personal: true }],
  // ("set you ablaze": a particle that is the fire itself, with no "fire" to follow)
  ['set', { particles: ['on', 'ablaze', 'alight'], then: 'fire', lemma: 'set on fire', weight: 1 }],
  ['light', { particles: ['on'], then: 'fire', lemma: 'set on fire', weight: 1 }],
  // ("lay you out cold")
  ['lay', { particles: ['out'], then: 'cold', lemma: 'knock out', weight: 0.7, personal: true }],
  ['mow', { particles: ['down'], lemma: 'mow down', weight: 1 }],
  // ("knock him out cold"; "knock him out of the tournament" is sport: the particle before "of" is not it)
  ['knock', { particles: ['out'], lemma: 'knock out', weight: 0.7 }],
  ['cave', { particles: ['in'], lemma: 'cave in', weight: 0.9 }],
  ['slice', { particles: ['open', 'up'], lemma: 'slice open', weight: 1, personal: true }],
  ['slit', { particles: ['open'], lemma: 'slice open', weight: 1, personal: true }],
  ['cut', { particles: ['into'], then: 'pieces', lemma: 'cut into pieces', weight: 1 }],
  ['pick', { particles: ['off'], lemma: 'pick off', weight: 0.9 }],
  ['picking', { particles: ['off'], lemma: 'pick off', weight: 0.9 }],
  // ("start thinning them out": of people, killing some of them)
  ['thin', { particles: ['out'], lemma: 'thin out', weight: 0.8, personal: true }],
  ['thinning', { particles: ['out'], lemma: 'thin out', weight: 0.8, personal: true }],
  ['open', { particles: ['fire'], lemma: 'open fire', weight: 1, objectAfter: true }],
  ['unload', { particles: ['into', 'on'], lemma: 'unload into', weight: 1, objectAfter: true }],
  ['unloading', { particles: ['into', 'on'], lemma: 'unload into', weight: 1, objectAfter: true }],
]);

/** Nouns whose mention is an act of violence in itself when aimed at someone (a bullet, a rope). */
export const HARM_NOUNS: ReadonlyMap<string, number> = new Map([
  ['bullet', 1],
  ['bullets', 1],
  ['rope', 0.8],
  ['noose', 1],
  ['bodybag', 1],
  ['coffin', 0.8],
  ['casket', 0.8],
  ['grave', 0.6],
  ['blood', 0.5],
  ['beating', 0.6],
  ['massacre', 1],
  ['bloodbath', 1],
  ['guillotine', 1],
  ['lynching', 1],
  ['execution', 0.7],
  ['death', 0.8],
  ['hospital', 0.4],
  ['morgue', 1],
  ['dead', 0.8],
  ['gallows', 1],
  ['guillotines', 1],
  ['nooses', 1],
  ['ropes', 0.8],
  ['pikes', 0.8],
  ['oven', 0.5],
  ['ovens', 0.8],
  ['woodchipper', 1],
  ['wrath', 0.4],
  ['firing', 0.4],
  ['wall', 0.0],
  ['bloodshed', 1],
  ['genocide', 0.8],
  ['beheading', 1],
  ['beheadings', 1],
  ['helicopter', 0.5],
  ['helicopters', 0.5],
  ['grenade', 0.8],
]);

export const WEAPONS: ReadonlySet<string> = new Set([
  'gun',
  'guns',
  'pistol',
  'pistols',
  'rifle',
  'rifles',
  'shotgun',
  'ar15',
  'ar',
  'glock',
  'revolver',
  'handgun',
  'knife',
  'knives',
  'machete',
  'blade',
  'sword',
  'axe',
  'hatchet',
  'bomb',
  'bombs',
  'explosive',
  'explosives',
  'ied',
  'grenade',
  'grenades',
  'molotov',
  'molotovs',
  'ammo',
  'ammunition',
  'rounds',
  'mag',
  'magazine',
  'gasoline',
  'acid',
  'poison',
  'noose',
  'crossbow',
  'bullets',
  'bullet',
  'sniper',
  'scope',
  'truck',
  'car',
  'tnt',
  'dynamite',
  '9mm',
  'shells',
  'buckshot',
  'bat',
  'fertilizer',
  'jerry',
  'jerrycans',
  'accelerant',
  '45',
  '38',
  '357',
  '308',
  '223',
  '556',
  'mags',
  'magazines',
  'vest',
  'armor',
  'armour',
  'thermite',
  'napalm',
  'taser',
  'pipebomb',
  // the plurals of those above that a crowd carries ("we're coming for you with machetes")
  'shotguns',
  'handguns',
  'revolvers',
  'glocks',
  'machetes',
  'blades',
  'swords',
  'axes',
  'hatchets',
  'crossbows',
  'tasers',
  'pipebombs',
  'ieds',
]);
/** Vehicles count as means only with a harm act ("run over by my truck"). */
export const VEHICLE_WEAPONS: ReadonlySet<string> = new Set([
  'truck',
  'car',
  'bat',
  'scope',
  'mag',
  'magazine',
  'rounds',
  'shells',
]);

/** Preparation verbs: acquiring, readying or carrying means ("bought", "sighted in", "bringing"). */
export const PREPARATION: ReadonlySet<string> = new Set([
  'bring',
  'bought',
  'buying',
  'loaded',
  'loading',
  'sighted',
  'cleaned',
  'cleaning',
  'sharpened',
  'sharpening',
  'bringing',
  'brought',
  'packing',
  'packed',
  'carrying',
  'stocked',
  'stockpiling',
  'built',
  'building',
  'mixed',
  'practicing',
  'practising',
  'got',
  'have',
  'grabbed',
  'grabbing',
  'ordered',
  'picked',
]);

export const TIME_WORDS: ReadonlySet<string> = new Set([
  'tonight',
  'tomorrow',
  'today',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'weekend',
  'night',
  'morning',
  'midnight',
  'noon',
  'dawn',
  'week',
  'soon',
  'tmrw',
]);
export const TIME_RE = /^(?:\d{1,2}(?::\d\d)?(?:am|pm)|\d{1,2}:\d\d)$/;

/**
 * Peoples named by nation or region, in the plural (the singular is as often an adjective: "an
 * African elephant"). Every one is a group a threat can name; in the "defeat" sense of beat, crush or
 * destroy they are as often national teams ("Beat the Americans!"), which assessAct weighs.
 */
export const NATIONALITIES: ReadonlySet<string> = new Set(
  (
    'africans americans europeans asians latinos latinas hispanics mexicans indians pakistanis bangladeshis ' +
    'koreans filipinos indonesians iranians persians iraqis syrians afghans palestinians israelis turks kurds ' +
    'russians ukrainians germans brits scots italians spaniards greeks swedes norwegians danes finns somalis ' +
    'somalians nigerians ethiopians eritreans kenyans ghanaians congolese sudanese haitians jamaicans cubans ' +
    'guatemalans hondurans salvadorans venezuelans colombians brazilians argentinians argentines peruvians ' +
    'canadians australians arabs caucasians chicanos slavs serbs croats bosnians albanians romanians ' +
    'bulgarians hungarians czechs armenians egyptians moroccans algerians libyans saudis yemenis ' +
    'jordanians uyghurs tibetans rohingya roma gypsies aboriginals natives chinamen frenchmen englishmen ' +
    'irishmen dutchmen westerners easterners southerners northerners'
  ).split(' '),
);
/** Faiths, orientations and other identities in the plural; each a group. */
const FAITHS_AND_IDENTITIES = (
  'hindus sikhs buddhists catholics protestants mormons atheists evangelicals baptists quakers jains ' +
  'pagans bisexuals queers homosexuals lesbians transgenders transsexuals females males feminists ' +
  'immigrants migrants refugees minorities'
).split(' ');

/** People by role, office or relation: the targets a threat names without a name. */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(
  (
    'agent officer cop police policeman policewoman sheriff deputy trooper marshal judge justice magistrate ' +
    'prosecutor attorney lawyer senator congressman congresswoman congressperson representative rep governor mayor ' +
    'councilman councilwoman councilmember councillor commissioner president vp minister official clerk ' +
    'registrar reporter journalist editor anchor host columnist photographer protester protestor activist ' +
    'organizer demonstrator migrant immigrant refugee asylum illegal alien teacher principal doctor nurse guard ' +
    'warden ranger soldier trooper pastor priest rabbi imam worker staffer volunteer voter juror witness ' +
    'landlord boss neighbor neighbour ex wife husband girlfriend boyfriend mother father mom dad son daughter kid ' +
    'child baby man woman guy girl boy bitch bastard person people folks family dude lady gentleman individual ' +
    // (insults name a person as well: "send that little cunt to the guillotine")
    'cunt cunts fucker fuckers motherfucker motherfuckers asshole assholes prick pricks douchebag retard retards ' +
    'supporter supporters ' +
    'student students fed feds ice cbp fbi atf dea cops pigs pig leader leaders chief commander candidate ' +
    'politician politicians liberal liberals conservative conservatives democrat democrats republican republicans ' +
    'leftist leftists rightwinger antifa maga nazi nazis communist communists commie commies traitor traitors ' +
    'jew jews muslim muslims christian christians black blacks white whites gay gays trans mexican mexicans ' +
    'arab arabs asian asians faggot faggots nigger niggers kike kikes spic spics tranny trannies homo homos ' +
    'invader invaders globalist globalists elite elites degenerate degenerates scum vermin rat rats animal animals ' +
    'savage savages thug thugs crowd crowds mob mobs rioters rioter marchers ' +
    'subhuman subhumans lowlife lowlifes couple couples freak freaks weirdo weirdos ' +
    // (kin: "I'm going to murder my stepdad tonight")
    'brother sister uncle aunt cousin nephew niece grandma grandpa grandmother grandfather stepdad stepmom ' +
    'stepfather stepmother stepson stepdaughter stepbrother stepsister sibling siblings in-law ' +
    'defendant defendants plaintiff plaintiffs member members juror jurors witnesses ' +
    'performer dancer singer artist musician cyclist rider jogger shopper customer client patient tenant ' +
    'coworker colleague manager employee employer ceo executive banker professor librarian coach ref referee ' +
    'umpire worshipper worshippers congregation parishioner preacher bishop nun monk scientist researcher ' +
    'firefighter paramedic medic inspector chairman chairwoman trustee lawmaker legislator delegate secretary ' +
    'diplomat ambassador cashier waiter waitress bartender janitor mailman courier trucker farmer snitch opp ' +
    'superintendent da carrier jury canvasser surveyor observer watcher crew staff friend whistleblower auditor deacon vicar rector cantor assessor appraiser ' +
    'looter trespasser rapist pedophile paedophile pedo terrorist poacher dealer junkie addict bum gangbanger ' +
    'smuggler tourist billionaire lib scab podcaster streamer youtuber influencer commentator pundit ' +
    'vlogger tiktoker foreman forewoman lifeguard caseworker taker jumpers crossers infidel kafir kuffar heretic apostate crusader ' +
    // more people by what they do or are, found by nearest neighbours of the nouns above in GloVe
    // word vectors and kept by hand (not adjectives, not relations)
    'accountant acquaintance actor administrator adviser aldermen anarchist aristocrat ' +
    'assailant assassin assemblyman assistant athlete attacker attendant attendee believer biker ' +
    'biologist blogger bodyguard bolshevik bricklayer broker bureaucrat businessman ' +
    'businessmen bystander campaigner cardiologist caregiver caterer catholic celebrity chairmen ' +
    'chairperson chaplain chef chemist choreographer churchgoer citizen classmate clergyman clergymen ' +
    'cleric clinician comedian commuter congregant congressmen constable consultant contractor coroner ' +
    'councilor counselor criminal curator deadbeat dentist designer detective dignitary diner director ' +
    'dispatcher dissident doorman driver educator elder electrician emigrant entertainer entrepreneur ' +
    'evangelist exec expatriate farmworker fascist feminist filmmaker financier fireman firemen ' +
    'foreigner gangster geneticist gentlemen geologist goon gunman gypsy hairdresser heterosexual ' +
    'hipster homosexual hoodlum hooligan hotelier housekeeper housewife hypocrite idiot ' +
    'industrialist informant inmate intellectual intern investigator jailer jurist ' +
    'killer laborer labourer landowner laymen lecturer lesbian lobbyist maid marketer member ' +
    'merchant midwife miner missionary mobster motorcyclist motorist mullah murderer nanny ' +
    'occupier onlooker operative operator oppressor organiser outsider owner painter paramilitary ' +
    'parliamentarian participant partisan passerby patrolman peasant pediatrician pharmacist ' +
    'photojournalist physician picketer pimp plaintiff plumber poet policemen pollster pollworker ' +
    'prelate presenter producer proprietor prostitute psychiatrist psychologist psychopath punk rancher ' +
    'rapper receptionist renter resident responder restaurateur retiree revolutionary robber roommate ' +
    'sailor salesmen schoolchildren schoolmate schoolteacher sculptor seeker sergeant servant shopkeeper ' +
    'smuggler sociologist solicitor specialist squatter stockbroker supervisor supplier surgeon ' +
    'sympathizer technician teen teenager therapist thief thieves trader trainee trainer traveler ' +
    'traveller treasurer triathlete troublemaker unionist usher veteran veterinarian vigilante villager ' +
    'wannabe whore worshiper writer youngster youth ' +
    // people by an insult ("run over these climate clowns")
    'clown moron loser freak lunatic maniac'
  )
    .split(' ')
    .flatMap((w) =>
      w.endsWith('s') || w.endsWith('ice')
        ? [w]
        : /[^aeiou]y$/.test(w)
          ? [w, w.slice(0, -1) + 'ies']
          : w.endsWith('man')
            ? [w, w.slice(0, -3) + 'men']
            : [w, w + 's', w + 'es'],
    )
    .concat([
      // (forum moderators; "mod" takes no "-es": "modes" are no one)
      'mod',
      'mods',
      'moderator',
      'moderators',
      'men',
      'women',
      'children',
      'kids',
      'guys',
      'wives',
      'deputies',
      'attorneys',
      'everyone',
      'everybody',
      'anyone',
      'anybody',
      'somebody',
    ])
    .concat([...NATIONALITIES, ...FAITHS_AND_IDENTITIES]),
);

/**
 * Slurs for a group of people, whichever group (the trained models read each as one token, see
 * features.ts). Words that groups use of themselves in ordinary talk ("nigga", "dyke", "queer") are
 * left out: reading them as slurs would make the score depend on the speaker's dialect.
 */
export const SLURS: ReadonlySet<string> = new Set(
  (
    'faggot faggots fag fags nigger niggers kike kikes spic spics chink chinks wetback wetbacks raghead ' +
    'ragheads towelhead towelheads beaner beaners gook gooks tranny trannies muzzie muzzies sandnigger ' +
    'sandniggers paki pakis'
  ).split(' '),
);

/** Group nouns that are institutions; a threat against one is a threat against its staff. */
export const INSTITUTIONS: ReadonlySet<string> = new Set([
  'ice',
  'fbi',
  'cbp',
  'atf',
  'dea',
  'police',
  'congress',
  'senate',
  'government',
  'administration',
  'council',
  'board',
  'jury',
  'legislature',
  'parliament',
  'commission',
  'cabinet',
  'newsroom',
]);

/** Places where people are: an attack on one puts people in danger. */
export const OCCUPIED_PLACES: ReadonlySet<string> = new Set([
  'newsroom',
  'classroom',
  'studio',
  'library',
  'nightclub',
  'daycare',
  'airport',
  'courthouse',
  'court',
  'office',
  'offices',
  'building',
  'school',
  'church',
  'mosque',
  'synagogue',
  'temple',
  'clinic',
  'hospital',
  'capitol',
  'precinct',
  'station',
  'center',
  'centre',
  'facility',
  'headquarters',
  'hq',
  'rally',
  'meeting',
  'hearing',
  'trial',
  'march',
  'protest',
  'parade',
  'concert',
  'mall',
  'store',
  'embassy',
  'consulate',
  'campus',
  'polls',
  'polling',
  'house',
  'home',
  'apartment',
  'restaurant',
  'bar',
  'club',
  'shelter',
  'camp',
  'gate',
  'gates',
]);

export const PERSON_PRONOUNS: ReadonlySet<string> = new Set([
  'you',
  'him',
  'her',
  'them',
  // ("nuke 'em")
  'em',
  'yall',
  'ya',
  'u',
  'everyone',
  'everybody',
  'anyone',
  'somebody',
  'whoever',
]);

/** Things: the object of an act that makes it figurative or about property. */
export const THING_NOUNS: ReadonlySet<string> = new Set(
  (
    'it this that video videos film movie scene shot shots photo photos pic pics picture pictures selfie episode ' +
    'commercial clip interview exam test quiz presentation speech performance set show song songs track album ' +
    'game games match round level boss bill bills law laws policy policies plan plans idea ideas script scripts ' +
    'code bug bugs migration query deploy job task order orders command commands strategy trade deal ' +
    'business businesses economy market budget debate competition ball hoops breeze messenger mood vibe ' +
    'time buzz lights engine process stand joint place popsicle email emails message messages text dm ' +
    'nap sandwich burger pizza beer coffee drink drinks taco tacos cigarette cigarettes smoke weed joint ' +
    'battery phone laptop computer printer weeds grass lawn garden thing things stuff something everything ' +
    'nothing mic stage role look glance question questions argument case proposal amendment motion ' +
    'ratings numbers polls midterms election elections primary primaries race campaign vote votes ballot ' +
    'dreams hopes chances career reputation argument narrative myth lie lies rumor rumors fire fires ' +
    'enemy base tower turret zombie zombies monster monsters dragon dragons villain npc mob mobs creeper ' +
    'opponent opponents team teams defense offense ' +
    // (what politics can kill: "if they certify this, democracy is dead")
    'democracy freedom republic constitution movement industry'
  ).split(' '),
);

/** Words that place a post in games, sport or competition. */
export const GAME_SPORT: ReadonlySet<string> = new Set(
  (
    'crossover crossovers dribble layup dunk dunked ' +
    'game games gaming gamer gamers play playing played player players team teammate teammates ' +
    'squad season playoff playoffs league tournament finals pvp laser paintball airsoft nerf chess poker scrabble monopoly checkers tennis golf basketball football soccer hockey baseball bowling darts trivia keeper pve fps mmo boss lobby server respawn ' +
    'ping pong pingpong badminton volleyball softball racquetball pickleball cornhole foosball billiards ' +
    'spawn noob noobs headshot headshots loot level valorant fortnite minecraft roblox overwatch apex cod ' +
    'warzone halo gta csgo cs2 dota eldenring elden ring zelda mario pokemon smash tekken mortal kombat ' +
    'nba nfl mlb nhl mls fifa ufc wwe score scored goal goals inning innings pitcher batter quarterback ' +
    'qb striker goalie coach referee ref touchdown homerun pitch stadium rematch opponents range hunting deer elk ' +
    'cowboys eagles packers bears lions vikings steelers ravens browns bengals chiefs raiders ' +
    'chargers broncos jets dolphins texans colts titans jaguars saints falcons panthers buccaneers bucs ' +
    'rams 49ers niners seahawks cardinals commanders lakers celtics warriors knicks nets bulls spurs ' +
    'yankees mets dodgers sox cubs astros braves phillies mariners bruins canucks leafs flyers ' +
    'penguins arsenal chelsea liverpool madrid barcelona barca juventus champ boxing boxer mma sparring ' +
    'undercard knockout camping campers respawned threes rebounds dunks buckets touchdowns ' +
    'playoff innings quarter halftime awp deagle frag fragged nade nades clutch ranked elo pubg gg ggs'
  ).split(' '),
);

/** Words that place a post in fiction, film, music or role-play. */
export const FICTION: ReadonlySet<string> = new Set(
  (
    'film movie movies novel book books chapter chapters character characters villain villains antagonist ' +
    'protagonist episode episodes series sitcom song songs lyric lyrics album verse chorus scene plot ' +
    'fanfic fanfiction roleplay rp dnd screenplay trailer hook banger catchy tune karaoke sequel netflix hbo ' +
    'anime manga comic comics poem poetry musical actor actress novelist remix playlist thriller thrillers ' +
    'documentary documentaries podcast'
  ).split(' '),
);

/** Elections and politics as a contest: where "bury" and "slaughter" mean "defeat". */
export const CONTEST: ReadonlySet<string> = new Set(
  'midterms midterm election elections polls poll ballot ballots vote votes voting primary primaries debate debates race campaign november politically electorally ratings'.split(
    ' ',
  ),
);

/** Verbs and nouns of reporting: what follows is someone else's words or an account of events. */
export const ATTRIBUTION: ReadonlySet<string> = new Set(
  (
    'said says say saying posted posts wrote writes tweeted tweets told telling tells reported reports ' +
    'claimed claims alleged allegedly allegation allegations charged charges arrested indicted indictment ' +
    'convicted sentenced pleaded threatened threatening threat threats received receiving dmed messaged ' +
    'screenshotted screenshot according documents document court officials police investigators authorities ' +
    'prosecutors testified testimony shouted yelled chanted chanting quote quoted quoting headline headlines ' +
    'article news letter voicemail email texted texting text sent emailed dm dms screamed'
  ).split(' '),
);

/** Condemnation and calls for lawful consequences. */
export const CONDEMN: ReadonlySet<string> = new Set(
  (
    'crime criminal illegal wrong unacceptable condemn condemns condemned disgusting dangerous horrific horrible ' +
    'terrible evil sick shameful appalling outrageous stop arrested charged prosecuted jailed punished ' +
    'answer never violence calling'
  ).split(' '),
);

export const JOKE_MARKERS: ReadonlySet<string> = new Set([
  'lol',
  'lmao',
  'lmfao',
  'rofl',
  'haha',
  'hahaha',
  'hahahaha',
  'jk',
  'jokes',
  'joking',
  'kidding',
  'lovingly',
  'jokingly',
  'lolol',
  'xd',
  'smh',
]);

export const NEGATORS: ReadonlySet<string> = new Set([
  'not',
  'never',
  'no',
  'nobody',
  'none',
  'neither',
  'nor',
  'noone',
  'nothing',
]);

export const CALLERS: ReadonlySet<string> = new Set([
  'man',
  'patriot',
  'someone',
  'somebody',
  'anyone',
  'anybody',
  'everyone',
  'everybody',
  'people',
  'yall',
  'folks',
  'guys',
  'patriots',
  'brothers',
  'men',
  'citizens',
  'somone',
  'sombody',
  'who',
]);
/** Quantifiers and determiners skipped while looking for a target's head word. */
export const DETERMINERS: ReadonlySet<string> = new Set(
  'the a an that this those these every each all some any my your his her their our its of one few more most first last whole entire damn fucking fuckin dirty stupid little fat old young same other such both single'.split(
    ' ',
  ),
);

/** Self-harm: the speaker as the one at risk. */
export const SELF_HARM_PATTERNS: readonly RegExp[] = [
  /\b(?:kill|killing|hurt|hurting|cut|cutting|harm|harming|hang|hanging|shoot|shooting|end) (?:myself|me self)\b/,
  /\b(?:end|ending|take|taking) (?:my|my own) life\b/,
  /\b(?:want|wanna|wish|going) (?:to )?(?:die|be dead|disappear forever)\b/,
  /\bdo not want to (?:be alive|live|exist|wake up|be here)\b/,
  /\b(?:suicide|suicidal|kms|unalive myself)\b/,
  /\b(?:better off dead|no reason to live|not worth living|can not go on|end it all|ending it all)\b/,
  /\b(?:overdose|od) (?:tonight|on)\b/,
];
/** Joking idioms that look like self-harm ("kill me now, it's Monday"). */
export const SELF_HARM_IDIOM =
  /\b(?:put me out of my misery|kill me now|shoot me now|i want to die (?:laughing|of)|literally dying|dying of (?:laughter|embarrassment)|i am dead|im dead)\b/;
