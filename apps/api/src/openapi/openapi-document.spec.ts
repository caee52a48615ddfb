import { OpenAPIObject } from '@nestjs/swagger';
import { contractProblems, operationId } from './openapi-document';

describe('the OpenAPI document’s own rules', () => {
  it('names operations area_method from the controller and handler', () => {
    expect(operationId('SuggestionsController', 'submit')).toBe('suggestions_submit');
    expect(operationId('DeliveryCopiesController', 'copySuperior')).toBe('deliveryCopies_copySuperior');
  });

  const doc = (op: Record<string, unknown>) => ({ paths: { '/api/v1/x/{id}': { get: op } } }) as unknown as OpenAPIObject;
  const good = {
    operationId: 'x_get',
    summary: '查看 / Read one',
    responses: { 200: { description: '', content: { 'application/json': {} } }, 404: { description: '' } },
  };

  it('accepts a complete operation', () => {
    expect(contractProblems(doc(good))).toEqual([]);
  });

  it('names what is missing: the id, a bilingual summary, an error response, a success body', () => {
    expect(contractProblems(doc({ ...good, operationId: undefined }))).toEqual(['GET /api/v1/x/{id}: no operationId']);
    expect(contractProblems(doc({ ...good, summary: 'Read one' }))[0]).toMatch(/summary must read/);
    expect(contractProblems(doc({ ...good, summary: '查看' }))[0]).toMatch(/summary must read/);
    expect(contractProblems(doc({ ...good, responses: { 200: good.responses[200] } }))).toEqual(['GET /api/v1/x/{id}: no error response']);
    expect(contractProblems(doc({ ...good, responses: { 200: { description: '' }, 404: { description: '' } } }))).toEqual([
      'GET /api/v1/x/{id}: 200 documents no body',
    ]);
  });
});
