import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Principal } from '../principal';

/** Injects the authenticated {@link Principal} of the request. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, ctx: ExecutionContext): Principal => {
  return ctx.switchToHttp().getRequest().principal;
});
