import * as React from 'react';
import { Dialog, Flex, Loader } from '@strapi/design-system';
import { Magic } from '@strapi/icons';
import { REPORT_UID } from '../../../shared/constants';
import { useT } from '../hooks/useT';

/** The props the Content Manager gives an edit-view header action. */
export interface HeaderActionProps {
  model: string;
  activeTab?: 'draft' | 'published' | null;
  collectionType?: string;
  documentId?: string;
}

/** What a header action describes; `dialog.content` may be a component given `onClose`. */
export interface FillFromReleaseDescription {
  label: string;
  icon: React.ReactNode;
  disabled: boolean;
  dialog: { type: 'dialog'; title: string; content: React.ComponentType<{ onClose: () => void }> };
}

// One element for every render: the Content Manager deep-compares descriptions.
const ICON = <Magic />;

/**
 * The dialog's body loads when an editor opens it, not with every admin page:
 * the eager chunk stays small (tests/api/admin-bundle.test.ts).
 */
const DialogBody = React.lazy(() =>
  import('./fill-from-release/FillFromReleaseDialogBody').then((module) => ({
    default: module.FillFromReleaseDialogBody,
  }))
);

/** The dialog's content: its body once loaded, a spinner for the moment it takes. */
export function FillFromReleaseDialogContent({ onClose }: { onClose: () => void }) {
  const t = useT();
  return (
    <React.Suspense
      fallback={
        <Dialog.Body>
          <Flex justifyContent="center" padding={6}>
            <Loader small>{t('fill.loading', 'Loading…')}</Loader>
          </Flex>
        </Dialog.Body>
      }
    >
      <DialogBody onClose={onClose} />
    </React.Suspense>
  );
}

/**
 * Edit-view header action "Fill from press release" (the magic-wand button
 * beside the "More actions" menu), on operation reports only. Disabled on the
 * published tab, whose form is read-only.
 */
export const FillFromReleaseAction = ({ model, activeTab }: HeaderActionProps): FillFromReleaseDescription | null => {
  const t = useT();
  if (model !== REPORT_UID) return null;
  return {
    label: t('fill.action', 'Fill from press release'),
    icon: ICON,
    disabled: activeTab === 'published',
    dialog: {
      type: 'dialog',
      title: t('fill.title', 'Fill from press release'),
      content: FillFromReleaseDialogContent,
    },
  };
};
