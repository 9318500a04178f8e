import { describe, expect, it } from 'vitest';
import { ruGovernedCases, ruRunOnStop } from './name-case.ts';

describe('the case a word sets for the name after it', () => {
  it.each([
    // Role nouns in apposition share their case with the name.
    ['послом', ['ins']],
    ['заместителем', ['ins']],
    ['главой', ['ins']],
    ['командующего', ['gen', 'acc']],
    ['посла', ['gen', 'acc']],
    ['советника', ['gen', 'acc']],
    ['послу', ['dat']],
    ['главу', ['acc']],
    ['главы', ['gen']],
    ['посол', ['nom']],
    ['глава', ['nom']],
    // Prepositions govern theirs.
    ['с', ['ins', 'gen']],
    ['к', ['dat']],
    ['у', ['gen']],
    ['о', ['pre']],
    ['словам', ['gen']],
  ])('%s → %j', (word, cases) => expect(ruGovernedCases(word)).toEqual(cases));

  it.each(['замминистра', 'атташе', 'встреча', 'вчера', 'компании'])('%s tells nothing', (word) =>
    expect(ruGovernedCases(word)).toBeNull(),
  );
});

describe('the words that end a role’s complements', () => {
  it.each(['провёл', 'встретился', 'заявила', 'сообщает', 'с', 'после', 'который'])('%s ends it', (w) =>
    expect(ruRunOnStop(w)).toBe(true),
  );
  it.each(['иностранных', 'дел', 'сил', 'по', 'в', 'при', 'и', 'журнала', 'совета', 'обороны'])(
    '%s goes on',
    (w) => expect(ruRunOnStop(w)).toBe(false),
  );
});
