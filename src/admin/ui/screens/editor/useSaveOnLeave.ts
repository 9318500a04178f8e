import { useEffect } from 'preact/hooks';
import type { Autosaver } from '../../autosave.ts';
import { t } from '../../i18n.ts';
import { setLeaveGuard } from '../../router.ts';

/**
 * Leaving the editor: a pending save goes out now (closing the tab, another screen, Ctrl+S saves
 * at once); unsaved text after a conflict needs a confirmation before another screen opens.
 */
export function useSaveOnLeave(saver: Autosaver): void {
  useEffect(() => {
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (saver.unsaved || saver.isStopped) {
        void saver.flush();
        e.preventDefault();
      }
    };
    const keys = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void saver.flush();
      }
    };
    window.addEventListener('beforeunload', beforeUnload);
    window.addEventListener('keydown', keys);
    setLeaveGuard(() => {
      if (saver.isStopped) return window.confirm(t('editor.leaveConflict'));
      void saver.flush();
      return true;
    });
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      window.removeEventListener('keydown', keys);
      setLeaveGuard(null);
    };
  }, []);
}
