// Read by `npm run analyze` and by the manifest check in `npm test`.
//
// The analyzer lists modules in the order the file system returns them, which
// differs between machines: the same sources gave a manifest with another
// module order on a clean clone, and the check failed. Sorting by path makes
// the output depend on the sources alone.
export default {
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
