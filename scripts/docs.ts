// Rewrites README's generated "How it decides" section from the rules' metadata.
import { readFileSync, writeFileSync } from 'node:fs';
import { withRulesSection } from '../src/docs/rules-table';

const path = new URL('../README.md', import.meta.url);
writeFileSync(path, withRulesSection(readFileSync(path, 'utf8')));
console.log('README.md: rules section updated');
