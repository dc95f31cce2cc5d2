import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useBlocker, useTranslate } from 'react-admin';

/**
 * Leaving the designer inside the console (menu, link, back) with unsaved edits asks first; closing the tab or
 * reloading is the browser's own beforeunload prompt (DesignerWorkspace).
 */
export const UnsavedChangesGuard = ({ dirty }: { dirty: boolean }) => {
  const translate = useTranslate();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  const blocked = blocker.state === 'blocked';
  return (
    <Dialog open={blocked} onClose={() => blocked && blocker.reset()} data-testid="unsaved-guard">
      <DialogTitle>{translate('ow.designer.leave.title')}</DialogTitle>
      <DialogContent>{translate('ow.designer.leave.text')}</DialogContent>
      <DialogActions>
        <Button onClick={() => blocked && blocker.reset()} autoFocus data-testid="unsaved-stay">
          {translate('ow.designer.leave.stay')}
        </Button>
        <Button color="error" onClick={() => blocked && blocker.proceed()} data-testid="unsaved-leave">
          {translate('ow.designer.leave.discard')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
