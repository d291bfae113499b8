/**
 * Whether "Capture this page" can work here, cheap enough to ask on every
 * render of the form: the capture code itself (capture.ts) loads only when
 * the button is pressed.
 *
 * A fine primary pointer stands for "not a phone or tablet": mobile browsers
 * either lack getDisplayMedia or capture the whole screen, and file upload
 * serves them better.
 */
export function canCapture(): boolean {
  return Boolean(navigator.mediaDevices?.getDisplayMedia) && isSecureContext && matchMedia('(pointer:fine)').matches;
}
