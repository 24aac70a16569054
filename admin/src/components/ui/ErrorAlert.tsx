import * as React from 'react';
import { Alert, Box } from '@strapi/design-system';
import { useT } from '../../hooks/useT';

export interface ErrorAlertProps {
  message: string;
  'data-testid'?: string;
  /** After the editor closed the alert (focus was on its close button: put it somewhere useful). */
  onDismiss?: () => void;
}

/**
 * A refusal or failure, in the design system's danger `Alert` (its message is
 * the `role="alert"` region). The wrapper takes the ref and `tabIndex={-1}` so
 * a dialog can move focus to the outcome; closing hides it until the next one.
 */
export const ErrorAlert = React.forwardRef<HTMLDivElement, ErrorAlertProps>(
  ({ message, 'data-testid': testId, onDismiss }, ref) => {
    const t = useT();
    const [dismissed, setDismissed] = React.useState(false);
    if (dismissed) return null;
    return (
      <Box ref={ref} tabIndex={-1} data-testid={testId}>
        <Alert
          variant="danger"
          closeLabel={t('error.close', 'Close')}
          onClose={() => {
            setDismissed(true);
            onDismiss?.();
          }}
        >
          {message}
        </Alert>
      </Box>
    );
  }
);

ErrorAlert.displayName = 'ErrorAlert';
