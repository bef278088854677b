import QRCode from "qrcode";

/**
 * Draws `text` as a QR code (error correction M) of `size` points at the current position,
 * with vector squares only: no image, the same bytes every time, nothing PDF/A forbids.
 */
export function drawQrCode(doc: PDFKit.PDFDocument, text: string, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const cell = size / modules.size;
  const x = doc.x;
  const y = doc.y;
  doc.save().fillColor("#000000");
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) doc.rect(x + col * cell, y + row * cell, cell, cell);
    }
  }
  doc.fill().restore();
  doc.x = x;
  doc.y = y + size;
}
