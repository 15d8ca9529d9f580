// Server-side PDFs (pdfkit, no browser): the document frame (document.ts), the blocks pages are made of
// (blocks.ts), and the PDFs themselves, each drawn from plain data its owning module hands over — the module
// has applied its permission and anonymity rules before anything reaches this folder.
export { createPdf, finishPdf, type Pdf, type PdfOptions } from './document';
export { heading, paragraph, list, fields, table, qrCode, keepSpace, type Column } from './blocks';
export { printable } from './text';
export { boardSummaryPdf, type BoardSummaryData } from './board-summary';
export { certificatePdf, type CertificateData } from './certificate';
export { dialogueBoardPdf, type DialogueBoardData } from './dialogue-board';
export { biteModulePdf, type BiteModuleData } from './bite-module';
