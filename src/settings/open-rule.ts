// "Switch this rule off" in the coach panel: the content script asks the
// background to open Settings at that rule (content scripts cannot open
// extension pages themselves). Only a rule id travels; it is checked for
// shape here because the background does not load the rules engine.

import { isObject } from '../is-object';

export const OPEN_RULE = 'communis:open-rule';

export interface OpenRuleRequest {
  type: typeof OPEN_RULE;
  ruleId: string;
}

const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isOpenRuleRequest(message: unknown): message is OpenRuleRequest {
  return isObject(message) && message.type === OPEN_RULE && typeof message.ruleId === 'string' && message.ruleId.length <= 40 && RULE_ID.test(message.ruleId);
}

/** The options page's path with the rule's row as the fragment. */
export function optionsPathForRule(ruleId: string): string {
  return `/options.html#rule-${ruleId}`;
}

/** The rule id in an options-page fragment ("#rule-urgency"), if any. */
export function ruleFromHash(hash: string): string | undefined {
  const m = /^#rule-([a-z0-9-]{1,40})$/.exec(hash);
  return m?.[1];
}
