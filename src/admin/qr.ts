/**
 * A QR code as an SVG drawing, made here (the page loads nothing from elsewhere and the secret
 * never leaves the server in a URL). Dark on light with a quiet zone, as scanners expect.
 */
export async function qrSvg(text: string, size = 200): Promise<string> {
  // Loaded when first drawn (setting up two-factor sign-in), not at every start.
  const { default: QRCode } = await import('qrcode');
  const svg = await QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
    color: { dark: '#000000', light: '#ffffff' },
  });
  // A fixed size, whatever the page's styles; the drawing scales within it (viewBox).
  return svg.replace(/^<svg /, `<svg width="${size}" height="${size}" `);
}
