/**
 * Where Trusted Types are enforced, the worker's URL goes through the
 * package's one policy, `report-concern`, and the worker still runs: a page
 * that allows that name (and `lit-html`, for the page's own Lit) and no other
 * sees no violation.
 */
import { expect } from '@open-wc/testing';
import { cameraJpeg } from '../support/images.js';
import { prepareScreenshot } from '../../src/evidence/screenshots.js';
import { trustedScriptUrl } from '../../src/internal/trusted-types.js';

describe('evidence under Trusted Types', () => {
  const violations: string[] = [];
  before(() => {
    document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.sample}`));
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "require-trusted-types-for 'script'; trusted-types report-concern lit-html";
    document.head.append(meta);
  });

  it('starts the worker through the report-concern policy, with no violation', async () => {
    // Enforced: a plain string is refused as a worker URL (and reported).
    expect(() => new Worker(new URL('../support/images.ts', import.meta.url).href)).to.throw(TypeError);
    await new Promise((r) => setTimeout(r, 0));
    expect(violations, 'the policy is enforced').to.have.length(1);
    violations.length = 0;
    const result = await prepareScreenshot(new File([await cameraJpeg(60, 40, 6)], 'photo.jpg'), trustedScriptUrl);
    if (!result.ok) throw new Error(`refused: ${result.reason}`);
    const { lastPath } = await import('../../src/evidence/image-pipeline.js');
    expect(lastPath).to.equal('worker');
    expect([result.shot.width, result.shot.height]).to.deep.equal([40, 60]);
    await new Promise((r) => setTimeout(r, 0));
    expect(violations).to.deep.equal([]);
  });
});
