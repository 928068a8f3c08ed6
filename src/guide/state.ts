/** The answers given so far and where they lead: the unit of a guide page. */

export interface Answer {
  question: string;
  option: string;
}

/** A page of a guide: either the next question to answer, or the result after the last answer. */
export type GuideState = { kind: 'question'; answers: Answer[]; question: string } | { kind: 'result'; answers: Answer[] };
