/**
 * Errors as Office.js raises them: an object with `code` (Excel.ErrorCodes string), `message` and
 * `debugInfo`, named "RichApi.Error". The gateway must recognise them by code, never by message.
 */
export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, errorLocation };
  }
}

/** What Office.js throws when a property is read before load() + sync(). */
export function propertyNotLoaded(typeName: string, prop: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${typeName}.${prop}`
  );
}

export const accessDenied = (where: string) =>
  new FakeOfficeError("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.", where);
export const itemNotFound = (where: string) =>
  new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.", where);
export const invalidArgument = (where: string, why = "The argument is invalid or missing or has an incorrect format.") =>
  new FakeOfficeError("InvalidArgument", why, where);
