import { expect, test } from '@playwright/test';
import { ct1d, estimateOk, expected, hydrated, PAGE, quantities } from './helpers.ts';

test('the calculator is usable with the keyboard alone', async ({ page }) => {
  await page.goto(PAGE);
  await hydrated(page);
  // Reach the first field by tabbing from the element before the calculator.
  await page.locator('#calc-batch').focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(page.locator('#calc-batch')).toBeFocused();
  await page.keyboard.type('4');
  // Tab order follows the table: batch, unbatched option, in_channels, out_channels, …
  await page.keyboard.press('Tab');
  await expect(page.locator('#calc-batch-none')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('#calc-in_channels')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('6');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('9');
  for (const name of ['length_in', 'kernel_size', 'stride', 'padding', 'output_padding', 'dilation', 'groups']) await page.keyboard.press('Tab');
  await expect(page.locator('#calc-groups')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('3');
  await page.keyboard.press('Tab');
  await expect(page.locator('#calc-bias')).toBeFocused();
  await page.keyboard.press('Space');
  const p = ct1d.withDefaults({ batch: 4n, in_channels: 6n, out_channels: 9n, groups: 3n, bias: false });
  await expect.poll(() => quantities(page)).toEqual(expected(estimateOk(p)));

  // A preset button works from the keyboard, and the results are announced politely.
  await page.getByRole('button', { name: 'Vocoder upsampler, batch 16' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#calc-in_channels')).toHaveValue('512');
  await expect(page.locator('[data-headline]')).toHaveAttribute('aria-live', 'polite');
});

test('every calculator field has a label and help text, and an error is tied to its field', async ({ page }) => {
  await page.goto(`${PAGE}?stride=0`);
  await hydrated(page);
  for (const spec of ct1d.params) {
    const field = page.locator(`#calc-${spec.name}`);
    await expect(page.locator(`label[for="calc-${spec.name}"]`)).toHaveCount(1);
    const described = (await field.getAttribute('aria-describedby')) ?? '';
    expect(described.split(' ')).toContain(`calc-${spec.name}-help`);
    // The help is typeset: C_in reads C<sub>in</sub>, whose text is "Cin".
    await expect(page.locator(`#calc-${spec.name}-help`)).toContainText(spec.help.replace(/\b([A-Za-z])_(in|out)\b/g, '$1$2'));
    // PyTorch's default sits beside the name, and is part of the field's description.
    if (spec.kind === 'int' && spec.torchDefault !== undefined) {
      expect(described.split(' ')).toContain(`calc-${spec.name}-default`);
      await expect(page.locator(`#calc-${spec.name}-default`)).toHaveText(`default ${spec.torchDefault}`);
    }
  }
  await expect(page.locator('#calc-stride')).toHaveAttribute('aria-invalid', 'true');
  expect(await page.locator('#calc-stride').getAttribute('aria-describedby')).toContain('calc-error');
  await expect(page.locator('#calc-error')).toHaveAttribute('role', 'alert');
  // The message sits at the field at fault, and the held results point to it.
  await expect(page.locator('[data-field="stride"] #calc-error')).toHaveCount(1);
  await expect(page.locator('[data-headline] a[href="#calc-stride"]')).toHaveCount(1);
  // An invalid layer offers no link to copy (it would reproduce an error).
  await expect(page.locator('[data-copy-name="permalink"]')).toHaveCount(0);
});
