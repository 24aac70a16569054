import * as React from 'react';
import { Typography } from '@strapi/design-system';
import type { ReleaseLanguage } from '../../../../shared/types';
import { useT } from '../../hooks/useT';
import type { ReadLanguage } from '../../utils/release';

type Message = { id: string; defaultMessage: string };

/** The languages' names, as the middle of "Read as {language}" in the admin's language. */
const LANGUAGE_NAMES: Record<ReleaseLanguage, Message> = {
  en: { id: 'fill.language.en', defaultMessage: 'English' },
  fr: { id: 'fill.language.fr', defaultMessage: 'French' },
  es: { id: 'fill.language.es', defaultMessage: 'Spanish' },
};

/**
 * "Read as French": the language the server read the release in, and, when
 * the release's own words did not decide it, what did (the edit view's locale,
 * or the default).
 */
export function ReleaseLanguageLine({ read }: { read: ReadLanguage }) {
  const t = useT();
  const name = LANGUAGE_NAMES[read.language];
  const language = t(name.id, name.defaultMessage);
  const line =
    read.source === 'hint'
      ? t('fill.language.hint', "Read as {language}, from this locale's language", { language })
      : read.source === 'default'
        ? t('fill.language.default', 'Read as {language} by default: the text does not show its language', {
            language,
          })
        : t('fill.language.text', 'Read as {language}', { language });
  return (
    <Typography
      variant="pi"
      textColor="neutral600"
      tag="p"
      data-testid="fill-release-language"
      data-language={read.language}
      data-source={read.source}
    >
      {line}
    </Typography>
  );
}
