// Small helpers that drive the VS Code workbench in the browser the way a person would:
// keyboard shortcuts, the command palette, the mouse. They read state back from the DOM.

/** The editor draws spaces as non-breaking spaces; compare text only after this. */
export const normalise = (s) => s.replace(/\u00a0/g, ' ');

export class Workbench {
  /** @param {import('playwright-core').Page} page */
  constructor(page) {
    this.page = page;
  }

  /** The editor of the active editor group. */
  get editor() {
    return this.page.locator('.editor-group-container.active .monaco-editor').first();
  }

  async waitReady() {
    await this.page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    // The explorer lists the workspace once the file service is up.
    await this.page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
  }

  /** Quick Open (Ctrl+P) a workspace file by name and wait for its tab to be active. */
  async openFile(name) {
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill(name);
    // Wait until the first result is this very file, not a stale list from before typing.
    await this.page
      .locator('.quick-input-list .monaco-list-row.focused', { hasText: name })
      .first()
      .waitFor({ timeout: 10_000 });
    await this.page.keyboard.press('Enter');
    await this.page
      .locator('.editor-group-container.active .tab.active', { hasText: name })
      .waitFor({ timeout: 10_000 });
    await this.editor.locator('.view-lines .view-line').first().waitFor({ timeout: 10_000 });
    await this.focusEditor();
  }

  async focusEditor() {
    // Clicking the text would move the cursor; the command keeps it where it is.
    await this.command('View: Focus Active Editor Group');
  }

  /** Runs a command from the palette (F1) by its exact label. */
  async command(label) {
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill(`>${label}`);
    const row = this.page.locator('.quick-input-list .monaco-list-row', {
      has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }),
    });
    await row.first().waitFor({ timeout: 10_000 });
    await row.first().click();
    await input.waitFor({ state: 'hidden', timeout: 10_000 });
  }

  /** Go to Line/Column (Ctrl+G), 1-based like the status bar. */
  async goto(line, column = 1) {
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden', timeout: 10_000 });
    await this.waitForCursor(line, column);
  }

  /** Cursor position as shown in the status bar ("Ln 12, Col 5"). */
  async cursor() {
    const text = await this.page.locator('[id="status.editor.selection"]').innerText();
    const m = /Ln (\d+), Col (\d+)/.exec(text);
    return m ? { line: Number(m[1]), column: Number(m[2]) } : null;
  }

  async waitForCursor(line, column, timeout = 5000) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const c = await this.cursor();
      if (c && c.line === line && (column === undefined || c.column === column)) return c;
      if (Date.now() > deadline) return c;
      await this.page.waitForTimeout(50);
    }
  }

  /** The language shown in the status bar for the active editor. */
  async languageMode() {
    return (await this.page.locator('[id="status.editor.mode"]').innerText()).trim();
  }

  /**
   * Spans of the rendered line that contains `needle`, each with its text, class and colour.
   * The line must be on screen (use goto first).
   */
  async lineTokens(needle) {
    return this.editor.evaluate((ed, needle) => {
      const lines = [...ed.querySelectorAll('.view-lines .view-line')];
      const line = lines.find((l) => l.textContent.replace(/\u00a0/g, ' ').includes(needle));
      if (!line) return null;
      return [...line.querySelectorAll(':scope > span > span')].map((s) => ({
        text: s.textContent.replace(/\u00a0/g, ' '),
        cls: s.className,
        color: getComputedStyle(s).color,
      }));
    }, needle);
  }

  /** Screen box of character `offset` within the first occurrence of `needle` on a rendered line. */
  async charBox(needle, offset = 0) {
    return this.editor.evaluate(
      (ed, { needle, offset }) => {
        const lines = [...ed.querySelectorAll('.view-lines .view-line')];
        const line = lines.find((l) => l.textContent.replace(/\u00a0/g, ' ').includes(needle));
        if (!line) return null;
        let target = line.textContent.replace(/\u00a0/g, ' ').indexOf(needle) + offset;
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (target < node.length) {
            const range = document.createRange();
            range.setStart(node, target);
            range.setEnd(node, target + 1);
            const r = range.getBoundingClientRect();
            return { x: r.x, y: r.y, width: r.width, height: r.height };
          }
          target -= node.length;
        }
        return null;
      },
      { needle, offset },
    );
  }

  /** Moves the mouse over a character and returns the hover widget's text ('' if none shows). */
  async hover(needle, offset = 0, timeout = 5000) {
    await this.page.mouse.move(5, 5);
    await this.page.keyboard.press('Escape');
    const hover = this.page.locator('.monaco-editor .monaco-hover:not(.hidden) .monaco-hover-content');
    await hover.first().waitFor({ state: 'hidden', timeout: 3000 }).catch(() => undefined);
    const box = await this.charBox(needle, offset);
    if (!box) throw new Error(`text not on screen: ${needle}`);
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
    try {
      await hover.first().waitFor({ state: 'visible', timeout });
    } catch {
      return '';
    }
    // The content may arrive a moment after the frame ("Loading...").
    const deadline = Date.now() + timeout;
    let text = '';
    while (Date.now() < deadline) {
      text = normalise(await hover.first().innerText());
      if (text.trim() && !/^Loading\.\.\.$/.test(text.trim())) break;
      await this.page.waitForTimeout(100);
    }
    return text;
  }

  async hoverBox() {
    return this.page.locator('.monaco-editor .monaco-hover:not(.hidden)').first().boundingBox();
  }

  /** Text of the Problems panel (innerText: textContent also holds a style block). */
  async problems() {
    const panel = this.page.locator('.markers-panel');
    if (!(await panel.isVisible().catch(() => false))) await this.command('View: Focus Problems (Errors, Warnings, Infos)');
    await panel.waitFor({ state: 'visible', timeout: 10_000 });
    return normalise(await panel.innerText());
  }

  /** Counts of error squiggles in the active editor. */
  async errorSquiggles() {
    return this.editor.locator('.squiggly-error').count();
  }

  /** Waits until `probe()` returns a truthy value; returns the last value either way. */
  async until(probe, timeout = 10_000, every = 150) {
    const deadline = Date.now() + timeout;
    let value;
    for (;;) {
      value = await probe();
      if (value || Date.now() > deadline) return value;
      await this.page.waitForTimeout(every);
    }
  }
}

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
