/**
 * The OpenAPI 3.1 document of every route vg serves, built from vg's own route table ({@link vg.web.ApiRoutes}) and
 * the records its routes read and answer, and the Swagger UI page that shows it.
 */
package vg.openapi;
