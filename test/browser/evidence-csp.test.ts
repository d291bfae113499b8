/**
 * A page whose CSP forbids workers still gets its screenshots processed, on
 * the main thread, with the same result. (The CSP is added before the first
 * worker is started; it stays for this test file's page only.)
 */
import { expect } from '@open-wc/testing';
import { cameraJpeg, metadataIn, near, pixelAt } from '../support/images.js';
import { prepareScreenshot } from '../../src/evidence/screenshots.js';
import { trustedScriptUrl } from '../../src/internal/trusted-types.js';

describe('evidence under a CSP that forbids workers', () => {
  before(() => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "worker-src 'none'";
    document.head.append(meta);
  });

  it('falls back to the main thread: upright, scaled, no metadata', async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    const result = await prepareScreenshot(new File([await cameraJpeg(60, 40, 6)], 'photo.jpg'), trustedScriptUrl);
    if (!result.ok) throw new Error(`refused: ${result.reason}`);
    const { lastPath } = await import('../../src/evidence/image-pipeline.js');
    expect(lastPath).to.equal('main');
    expect(violations, 'the worker really was refused').to.include('worker-src');
    expect([result.shot.width, result.shot.height]).to.deep.equal([40, 60]);
    expect(metadataIn(new Uint8Array(await result.shot.blob.arrayBuffer()))).to.deep.equal([]);
    expect(near(await pixelAt(result.shot.blob, 20, 8), [255, 0, 0])).to.equal(true);
  });
});
