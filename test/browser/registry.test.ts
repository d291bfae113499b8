/**
 * One definition per tag, whichever copy of the widget gets there first, and
 * a warning naming the tag when another library took it.
 */
import { expect } from '@open-wc/testing';
import { safeDefine } from '../../src/internal/registry.js';

let n = 0;
const freshTag = () => `registry-test-${++n}-${Math.random().toString(36).slice(2, 8)}`;

/** Runs `action` and returns what it passed to console.warn. */
function warningsOf(action: () => void): string[] {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void seen.push(args.map(String).join(' '));
  try {
    action();
  } finally {
    console.warn = original;
  }
  return seen;
}

describe('safeDefine', () => {
  it('defines a free tag with the given class, silently', () => {
    const tag = freshTag();
    class Ours extends HTMLElement {}
    expect(warningsOf(() => safeDefine(tag, Ours))).to.deep.equal([]);
    expect(customElements.get(tag)).to.equal(Ours);
  });

  it('stays quiet when another copy of the widget defined the tag first', () => {
    const tag = freshTag();
    class FirstCopy extends HTMLElement {}
    class SecondCopy extends HTMLElement {}
    safeDefine(tag, FirstCopy);
    expect(warningsOf(() => safeDefine(tag, SecondCopy))).to.deep.equal([]);
    expect(customElements.get(tag)).to.equal(FirstCopy);
  });

  it('warns, naming the tag, when another library defined it first, and keeps that definition', () => {
    const tag = freshTag();
    class Theirs extends HTMLElement {}
    class Ours extends HTMLElement {}
    customElements.define(tag, Theirs);
    const warnings = warningsOf(() => safeDefine(tag, Ours));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`<${tag}>`).and.contain('another script');
    expect(customElements.get(tag)).to.equal(Theirs);
  });
});
