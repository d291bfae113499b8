/**
 * "Capture this page" is not offered on a phone or tablet: the page is made
 * a touch device with a coarse primary pointer by Chromium's own touch
 * emulation (the `emulate-touch` command in web-test-runner.config.mjs).
 * A file of its own: once turned off, that emulation leaves the page with
 * no pointer at all rather than the fine one it had, so it cannot be undone
 * for the tests after it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { maybeInDialog, openFrom, resetPage } from '../support/dom.js';
import { configure } from '../../src/config.js';

describe('capture on a coarse-pointer device', () => {
  afterEach(resetPage);

  it('offers no capture, and screenshots can still be added', async () => {
    await executeServerCommand('emulate-touch', { touch: true });
    expect(matchMedia('(pointer: coarse)').matches, 'a coarse primary pointer').to.equal(true);
    expect(typeof navigator.mediaDevices.getDisplayMedia, 'capture exists in this browser').to.equal('function');
    configure({ endpoint: '/nowhere' });
    const wrap = await fixture(html`<div lang="en"><flag-button content-id="c-1" content-type="message"></flag-button></div>`);
    await openFrom(wrap.querySelector('flag-button')!);
    expect(maybeInDialog('#files') !== null, 'screenshots can still be added').to.equal(true);
    expect(maybeInDialog('button.capture') === null, 'no capture button').to.equal(true);
  });
});
