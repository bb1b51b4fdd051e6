import type { ActionName, ActionRequest, ActionResponse } from '../../../../types/actions';
import type { CallerContext } from '../context';
import type { Parser } from '../validate';

export interface ActionDefinition<A extends ActionName> {
  parse: Parser<ActionRequest<A>>;
  /** A write needs a request id; replaying it returns the recorded outcome and writes nothing. */
  write?: true;
  handle(input: ActionRequest<A>, caller: CallerContext): Promise<ActionResponse<A>>;
}

export type ActionTable = { [A in ActionName]: ActionDefinition<A> };
