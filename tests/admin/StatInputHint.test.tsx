import * as React from 'react';
import { screen } from '@testing-library/react';
import { STAT_MAX } from '../../shared/stats';
import { StatInput } from '../../admin/src/components/StatInput';
import { localizeReportEditLayout } from '../../admin/src/components/FieldHelp';
// The Content Manager's own hint maker: the attribute's min/max, then the field's description.
import { useFieldHint } from '../../node_modules/@strapi/content-manager/dist/admin/pages/EditView/components/InputRenderer.mjs';
import { renderInForm } from './render';

type Field = { name: string; hint?: React.ReactNode; attribute: Record<string, unknown> };

const statField = (hint?: string): Field => ({
  name: 'arrests',
  hint,
  attribute: { type: 'integer', customField: 'plugin::operation-reports.stat', min: 0, max: STAT_MAX },
});

/** Renders the field as the edit view does: layout hook, then the CM's useFieldHint, then the input. */
function EditViewStat({ field }: { field: Field }) {
  const [[[hooked]]] = localizeReportEditLayout({ layout: { layout: [[[field]]] } }).layout.layout as Field[][][];
  const hint = useFieldHint(hooked.hint, hooked.attribute);
  return <StatInput name={hooked.name} label="Arrests" hint={hint} />;
}

describe('StatInput hint', () => {
  it('shows no schema min/max under a figure in the edit view', () => {
    const { container } = renderInForm(<EditViewStat field={statField()} />, { values: { arrests: 5 } });
    expect(container.textContent).not.toMatch(/min\.|max\.|2147483647/);
  });

  it("keeps an editor's own description, and only that", () => {
    renderInForm(<EditViewStat field={statField('As announced by the agency')} />, { values: { arrests: 5 } });
    const hint = screen.getByText('As announced by the agency');
    expect(hint.textContent).toBe('As announced by the agency');
  });

  it('the same field without the hook gets the raw limits (what the hook removes)', () => {
    function Raw() {
      const field = statField();
      return <StatInput name="arrests" label="Arrests" hint={useFieldHint(field.hint, field.attribute)} />;
    }
    const { container } = renderInForm(<Raw />, { values: { arrests: 5 } });
    expect(container.textContent).toContain('max. 2147483647');
  });
});
