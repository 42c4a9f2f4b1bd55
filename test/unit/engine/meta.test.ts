// Every rule file is registered, described, tested and documented.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { RULES } from '../../../src/engine/index';
import { RULE_IDS } from '../../../src/engine/rule-ids';
import { RULE_CASES } from './rule-cases';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const ruleFiles = readdirSync(`${root}src/engine/rules`)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.replace(/\.ts$/, ''));
const readme = readFileSync(`${root}README.md`, 'utf8');

describe('rule registry', () => {
  test('every rule file is registered under its file name, and nothing else is', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual([...ruleFiles].sort());
  });

  test('the plain list of ids (used where the engine is not loaded) is the registry, in order', () => {
    expect(RULE_IDS).toEqual(RULES.map((r) => r.id));
  });

  test('ids are unique', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  test.each(RULES.map((r) => [r.id, r] as const))('%s is described, weighted, tested and documented', (id, rule) => {
    expect(rule.description.length).toBeGreaterThan(10);
    expect(rule.message.length).toBeGreaterThan(10);
    expect(rule.weight).not.toBe(0);
    // Promotion costs points, value and reciprocity earn them.
    expect(Math.sign(rule.weight)).toBe(rule.axis === 'promotion' ? -1 : 1);
    if (rule.axis === 'promotion') expect(rule.nudge?.length).toBeGreaterThan(10);
    expect(RULE_CASES[id]?.fires.length).toBeGreaterThanOrEqual(2);
    expect(RULE_CASES[id]?.passes.length).toBeGreaterThanOrEqual(2);
    expect(readme).toContain(`\`${id}\``);
  });

  test('a rule yields its words only to registered rules of its own direction, and never back', () => {
    for (const rule of RULES) {
      for (const id of rule.yieldsTo ?? []) {
        const other = RULES.find((r) => r.id === id);
        expect(other, `${rule.id} yields to ${id}`).toBeDefined();
        expect(Math.sign(other?.weight ?? 0)).toBe(Math.sign(rule.weight));
        // Two rules yielding to each other would both go silent on shared words.
        expect(other?.yieldsTo ?? []).not.toContain(rule.id);
      }
    }
  });

  test('the test table names no rule that does not exist', () => {
    expect(Object.keys(RULE_CASES).filter((id) => !RULES.some((r) => r.id === id))).toEqual([]);
  });
});
