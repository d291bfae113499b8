// Read by `npm run analyze` and by the manifest check in `npm test`.
//
// The analyzer lists modules in the order the file system returns them, which
// differs between machines: the same sources gave a manifest with another
// module order on a clean clone, and the check failed. Sorting by path makes
// the output depend on the sources alone.
//
// The form's implementation (dialog-impl.ts and its parts in form/) is not a
// custom element and has no public API: its functions listed in the manifest
// would make every internal change look like an API change.
export default {
  exclude: ['src/elements/report-concern-dialog/dialog-impl.ts', 'src/elements/report-concern-dialog/form/**'],
  plugins: [
    {
      name: 'report-concern:stable-module-order',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) =>
          a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
        );
      },
    },
  ],
};
