import type { Input, Output } from '#shared/contract.ts';
import type { MethodName } from '#shared/methods.ts';
import type { HandlerContext } from '../context.ts';

export type Handler<M extends MethodName> = (input: Input<M>, ctx: HandlerContext) => Output<M> | Promise<Output<M>>;

/** One handler per contract method: a missing or misspelled one is a compile error. */
export type Handlers = { [M in MethodName]: Handler<M> };
