// The LMS package standards a bite module goes out and comes in as (issue 23): shared by the server, the pages and
// the tests.
export const PACKAGE_STANDARDS = ['scorm12', 'scorm2004', 'cmi5'] as const;
export type PackageStandard = (typeof PACKAGE_STANDARDS)[number];

/** Where an imported package's files are served: a path of their own, sandboxed (see package-files route). */
export const PACKAGE_PATH = '/bites/packages';

/** Where a cmi5 AU finds the LMS inside Samspil: its fetch URL and its xAPI endpoint (bites/cmi5.ts). */
export const CMI5_PATH = '/api/cmi5';
