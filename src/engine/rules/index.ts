// The registry: every rule the engine runs. A meta-test checks that each
// file in this folder is listed here, documented in README and tested.
import type { Rule } from '../rule';
import questionThenPitch from './question-then-pitch';
import problemThenSolution from './problem-then-solution';
import wrappedBrag from './wrapped-brag';
import commerceCues from './commerce-cues';
import politePitch from './polite-pitch';
import commentPlug from './comment-plug';
import giveaway from './giveaway';
import thanksThenOffer from './thanks-then-offer';
import valueBeforeAsk from './value-before-ask';
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
import learnedWords from './learned-words';
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
import companyOffer from './company-offer';
import shopNews from './shop-news';
import contactLure from './contact-lure';
import tipsThenOffer from './tips-then-offer';
import passingPlug from './passing-plug';

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
  questionThenPitch,
  problemThenSolution,
  wrappedBrag,
  commerceCues,
  politePitch,
  commentPlug,
  giveaway,
  thanksThenOffer,
  companyOffer,
  shopNews,
  contactLure,
  tipsThenOffer,
  passingPlug,
  // learned (both directions, capped; see learned/model.ts)
  learnedWords,
  // value
  genuineQuestion,
  specificInfo,
  creditOthers,
  teaching,
  valueBeforeAsk,
  // reciprocity
  gratitude,
  congratulate,
  curiosity,
  offerHelp,
  engageReply,
];
