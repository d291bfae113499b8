/**
 * Where Trusted Types are enforced, the worker's URL goes through the
 * `report-concern-worker` policy and the worker still runs.
 */
import { expect } from '@open-wc/testing';
import { cameraJpeg } from '../support/images.js';
import { prepareScreenshot } from '../../src/evidence/screenshots.js';

describe('evidence under Trusted Types', () => {
  before(() => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "require-trusted-types-for 'script'; trusted-types report-concern-worker";
    document.head.append(meta);
  });

  it('starts the worker through the report-concern-worker policy', async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    // Enforced: a plain string is refused as a worker URL.
    expect(() => new Worker(new URL('../support/images.ts', import.meta.url).href)).to.throw(TypeError);
    const result = await prepareScreenshot(new File([await cameraJpeg(60, 40, 6)], 'photo.jpg'));
    if (!result.ok) throw new Error(`refused: ${result.reason}`);
    const { lastPath } = await import('../../src/evidence/image-pipeline.js');
    expect(lastPath).to.equal('worker');
    expect([result.shot.width, result.shot.height]).to.deep.equal([40, 60]);
  });
});
