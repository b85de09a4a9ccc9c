// pdf.js's worker, bundled by Vite as a plain .js chunk (served with a JavaScript type by every host).
import 'pdfjs-dist/build/pdf.worker.min.mjs';
