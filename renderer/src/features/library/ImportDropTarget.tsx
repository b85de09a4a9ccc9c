// Files dropped anywhere on the window are imported: an overlay while dragging, then the import
// dialog with the progress and results.
import { useEffect, useState } from 'react';
import { useApp } from '../../store/hooks.ts';
import { toBrowserFiles } from './browserFiles.ts';
import { ImportDialog } from './ImportDialog.tsx';
import './import.css';

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

export function ImportDropTarget() {
  const importBrowserFiles = useApp((s) => s.importBrowserFiles);
  const [dragging, setDragging] = useState(false);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (e: DragEvent) => {
      // Without this the browser would open the dropped file in place of Briefbook.
      if (hasFiles(e)) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      depth = 0;
      setDragging(false);
      if (!hasFiles(e)) return;
      e.preventDefault();
      const files = toBrowserFiles(e.dataTransfer?.files ?? []);
      if (files.length === 0) return;
      // Another dialog open (the import dialog shows the job itself): do not stack a second one.
      if (!document.querySelector('dialog[open]')) setOpen(true);
      void importBrowserFiles(files);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [importBrowserFiles]);

  return (
    <>
      {dragging && (
        <div className="app-drop-overlay" aria-hidden="true">
          <span>Drop records to import them</span>
        </div>
      )}
      <ImportDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}
