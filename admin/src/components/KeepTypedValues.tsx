import { REPORT_UID } from '../../../shared/constants';
import { useKeepTypedOnRefusal } from '../hooks/useKeepTyped';

/**
 * An edit-view side panel that shows nothing: it sits inside the edit view's
 * form so that, on operation reports, a refused save keeps what the editor typed.
 */
export const KeepTypedValues = ({ model }: { model: string }) => {
  useKeepTypedOnRefusal(model === REPORT_UID);
  return null;
};
