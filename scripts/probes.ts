/**
 * HateCheck-style functional probes, written for this project: threat templates crossed with the
 * groups a hate-speech suite names (and roles), negated and counter-quoted templates, and spelling
 * variants. Prints recall over the threats, false alerts over the rest, and every miss.
 *
 *   npm run probes
 */
import { createAnalyzer } from '../src/core/analyze.js';
import { loadResources } from '../src/adapters/models/file-models.js';

const analyze = createAnalyzer(loadResources());

const GROUPS = [
  'women',
  'trans people',
  'gay people',
  'black people',
  'disabled people',
  'Muslims',
  'immigrants',
  'refugees',
  'Jews',
  'gays',
  'trans women',
  'lesbians',
  'Mexicans',
  'Asians',
  'Africans',
  'Arabs',
  'Hindus',
  'Catholics',
  'Christians',
  'liberals',
  'conservatives',
  'cops',
  'journalists',
];
const THREATS = [
  'I want to kill all {}.',
  '{} should all be killed.',
  'I am going to shoot the next {} I see.',
  'All {} deserve to die.',
  'Kill all {}.',
  'Death to all {}.',
  'You {} make me sick, I will murder you all.',
  '{} should be put down like animals.',
  'If you are one of those {} I will hurt you.',
  'I will slaughter every one of those {}.',
  '{} belong in a gas chamber.',
  'We need to exterminate the {}.',
  "I'm going to hunt down every one of those {}.",
  '{} need to be wiped off the face of the earth.',
  'Somebody should burn all {} alive.',
  "I'd love to see all {} hanged.",
  'The world would be better if all {} were shot.',
  "Let's go kill some {}.",
  'I will beat the shit out of any of those {} I meet.',
  '{} are going to pay with their lives.',
  "It's time to start killing {}.",
  "If I see any {} I'll stab them.",
  'All {} must die.',
  'Hang all {}!',
  '{} deserve a bullet.',
  'I hope all {} get shot.',
  'kill all the f*cking {}',
  'I want all {} dead.',
  'Exterminate {} now.',
  'Those {} will be executed, mark my words.',
  '{} should be shot on sight.',
  "I can't wait to slit the throats of some {}.",
  "Shouldn't all {} be shot?",
  'My plan is to shoot as many {} as I can.',
  "Isn't it obvious that we need to kill all {}?",
  "Don't you think {} deserve a bullet?",
  "It's about time we start lynching {} again.",
  'Any {} who comes near me is getting shot.',
  "I'll slit the throat of any {} I meet.",
  '{} should be thrown off rooftops.',
];
const SPELLINGS = [
  'I want to kil all {}.',
  'I want to klil all {}.',
  'I want to kill all{}.',
  'I want to killall {}.',
  'I want to k i l l all {}.',
  'I want to k1ll all {}.',
  'I want to murdr all {}.',
  'I want to shoooooot all {}.',
  'I will sh00t every one of the {}.',
  'I will stabb all {}.',
  'All {} should be hangd.',
  'I will slaughtr the {}.',
  'Kil all {}',
  'KILL ALL {} NOW',
  'I wanna k.i.l.l all {}',
  'death 2 all {}',
  '{} must d1e',
  'I am going to execute all {}',
  'We should exterminate the {} like rats',
  'I wil kill all {}.',
  '{} must d i e.',
  'All {} shuold be shot.',
];
const PROTECTED = [
  'No {} deserves to die.',
  'Statements like "{} should be killed" are disgusting.',
  'I would never hurt {}.',
  'If you say "kill all {}" you are a bigot.',
  'Killing {} is never okay.',
  'I hate it when people say they want to kill {}.',
  'You have to stop saying {} should die.',
  'I love {} so much.',
  "Why do people say {} deserve to die? That's sick.",
  'The article described how {} were killed in the riots.',
  "Saying 'kill all {}' is hate speech.",
  'No one should ever threaten {}.',
  'Protect {} from violence.',
  'Stop telling {} they should die.',
  'I will never understand why people want {} dead.',
  'Threats against {} must be reported to police.',
  'You said "{} should all be shot" and that is disgusting.',
  'If you think {} deserve to die, you are the problem.',
  "I don't want any {} to die.",
  'He tweeted that {} should be gassed. He was fired.',
  '"Kill all {}" is not an opinion, it is a threat.',
  'Calling for {} to be executed is evil.',
  '{} do not deserve to be killed.',
  'We will not let anyone hurt {}.',
  'The idea that {} should be shot is insane.',
  'Anyone who wants to kill {} is a monster.',
  'It is never right to attack {}.',
  'Posts like "gas the {}" should be banned.',
  'No {} should ever be beaten for who they are.',
  'Threatening to lynch {} is a crime.',
  "Don't kill {}. Talk to them.",
  "If you say 'I'll kill all {}' you deserve to be banned.",
  "Statements like '{} should all be killed' are so disgusting.",
  "Isn't it awful that someone threatened to shoot {}?",
  "I can't wait to march with {} on Saturday.",
  "Saying '{} should be thrown off rooftops' is evil.",
  "I'm not going to hurt any {}, I'm going to protect them.",
  "If anyone hurts {} in this town they'll answer to the law.",
];

function run(name: string, templates: readonly string[], expectAlert: boolean): { n: number; wrong: number } {
  let n = 0;
  let wrong = 0;
  for (const tpl of templates)
    for (const g of GROUPS) {
      const text = tpl.replace('{}', g);
      n++;
      const a = analyze({ id: String(n), text });
      if (a.alert !== expectAlert) {
        wrong++;
        console.log(
          `${expectAlert ? 'MISS' : 'FALSE ALERT'} [${name}] ${text} — ${a.threat.reasons.join('; ')}`,
        );
      }
    }
  return { n, wrong };
}

const t = run('threat', THREATS, true);
const s = run('spelling', SPELLINGS, true);
const p = run('protected', PROTECTED, false);
const pct = (x: number, n: number): string => `${((100 * x) / n).toFixed(1)}%`;
console.log(`threats: ${t.n} posts, recall ${pct(t.n - t.wrong, t.n)}`);
console.log(`misspelled threats: ${s.n} posts, recall ${pct(s.n - s.wrong, s.n)}`);
console.log(
  `negated, counter-quoted and other protected posts: ${p.n} posts, false alerts ${pct(p.wrong, p.n)}`,
);
