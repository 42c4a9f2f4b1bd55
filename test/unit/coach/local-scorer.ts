// The scorer the coach uses in unit tests: the background's own service,
// called directly and synchronously (in the extension it is a message).
import type { DraftScore } from '../../../src/engine/types';
import { SCORE_REQUEST, type Scorer } from '../../../src/scoring/request';
import { handleScoreRequest } from '../../../src/scoring/service';

export const localScore = (request: Parameters<Scorer>[0]): DraftScore => handleScoreRequest({ type: SCORE_REQUEST, ...request });
