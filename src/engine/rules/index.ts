// The registry: every rule the engine runs. A meta-test checks that each
// file in this folder is listed here, documented in README and tested.
import type { Rule } from '../rule';
import announcementOpener from './announcement-opener';
import callToAction from './call-to-action';
import congratulate from './congratulate';
import creditOthers from './credit-others';
import curiosity from './curiosity';
import engageReply from './engage-reply';
import engagementBait from './engagement-bait';
import genuineQuestion from './genuine-question';
import gratitude from './gratitude';
import hashtagStuffing from './hashtag-stuffing';
import linkPitch from './link-pitch';
import offerHelp from './offer-help';
import offerPricing from './offer-pricing';
import ownProduct from './own-product';
import puffery from './puffery';
import selfFocus from './self-focus';
import shouting from './shouting';
import specificInfo from './specific-info';
import teaching from './teaching';
import urgency from './urgency';
import youPitch from './you-pitch';

export const RULES: readonly Rule[] = [
  // promotion
  callToAction,
  urgency,
  offerPricing,
  puffery,
  announcementOpener,
  selfFocus,
  youPitch,
  hashtagStuffing,
  shouting,
  engagementBait,
  linkPitch,
  ownProduct,
  // value
  genuineQuestion,
  specificInfo,
  creditOthers,
  teaching,
  // reciprocity
  gratitude,
  congratulate,
  curiosity,
  offerHelp,
  engageReply,
];
