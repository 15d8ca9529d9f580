// People import (CSV with a preview) and SCIM provisioning for an organisation's identity provider.
export { uploadImport, importPreview, applyImport, pendingImports } from './imports';
export { MAX_FILE_BYTES, MAX_ROWS } from './csv';
export { ImportUploadInput } from './schemas';
export { importAccess } from './imports';
export { scimRequest, type ScimResource } from './scim/endpoint';
export { rotateScimToken, revokeScimToken, scimSettings } from './scim/tokens';
