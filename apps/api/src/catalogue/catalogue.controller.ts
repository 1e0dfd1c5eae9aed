import { Controller, Param, Query } from '@nestjs/common';
import type { z } from 'zod';
import type { CatalogueProcedure, Versioned } from '@motcua/store';
import { ApiError } from '../errors/api-error';
import { Route } from '../http/route';
import { ZodPipe } from '../validation';
import { CATALOGUE_ROUTES, catalogueQuery } from './catalogue.routes';
import { PROCEDURE_CODE } from './catalogue.schemas';
import { CatalogueService } from './catalogue.service';

/** The public procedure catalogue. */
@Controller()
export class CatalogueController {
  constructor(private readonly catalogue: CatalogueService) {}

  @Route(CATALOGUE_ROUTES.procedures)
  async procedures(
    @Query(new ZodPipe(catalogueQuery)) query: z.infer<typeof catalogueQuery>,
  ): Promise<Versioned<CatalogueProcedure>[]> {
    const all = await this.catalogue.store.procedures();
    return query.agency ? all.filter((p) => p.value.agencyCodes.includes(query.agency!)) : all;
  }

  @Route(CATALOGUE_ROUTES.procedure)
  async procedure(
    @Param('procedureCode', new ZodPipe(PROCEDURE_CODE)) code: string,
  ): Promise<Versioned<CatalogueProcedure>> {
    const found = await this.catalogue.store.procedure(code);
    if (!found) throw ApiError.of('NOT_FOUND', `procedure ${code} is not in the catalogue`);
    return found;
  }
}
