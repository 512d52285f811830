// Page objects: what a test does on each screen, by accessible names (English unless a test says
// otherwise) and by the form's stable input ids (`f-<api path>`), which do not change with the language.
import type { Locator, Page } from 'playwright-core';

const inputId = (path: string) => `#f-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;

export class NumbersList {
  private readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  /** The rows in view (the grid is virtualized: far-off rows are not in the DOM). */
  get rows(): Locator {
    return this.page.locator('.grid-body [role="row"]');
  }

  /** Goes to the list with the header's navigation (the app starts on the dashboard). */
  async show(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('button', { name: 'Numbers', exact: true }).click();
  }

  /** The rows' texts, for polling until a search has settled. */
  async rowTexts(): Promise<string[]> {
    return this.rows.allInnerTexts();
  }

  row(text: string): Locator {
    return this.rows.filter({ hasText: text });
  }

  get searchBox(): Locator {
    return this.page.locator('#numbers-search');
  }

  get emptyState(): Locator {
    return this.page.locator('.empty-state');
  }

  async search(text: string): Promise<void> {
    await this.searchBox.fill(text);
  }

  async showArchived(on: boolean): Promise<void> {
    await this.page.getByRole('checkbox', { name: 'Show archived' }).setChecked(on);
  }

  async open(text: string): Promise<void> {
    await this.row(text).locator('.number-link').click();
  }
}

export class NumberForm {
  private readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  input(path: string): Locator {
    return this.page.locator(inputId(path));
  }

  /** Types into text, date and number inputs, by API path. */
  async fill(values: Record<string, string>): Promise<void> {
    for (const [path, value] of Object.entries(values)) await this.input(path).fill(value);
  }

  /** Types into a date input key by key, as a person does: fill() takes only a real date. */
  async typeDate(path: string, keys: string): Promise<void> {
    await this.input(path).pressSequentially(keys);
  }

  async choose(path: string, value: string): Promise<void> {
    await this.input(path).selectOption(value);
  }

  /** The text of the error the input points to with aria-describedby, and whether it is marked invalid. */
  async errorBeside(path: string): Promise<{ invalid: boolean; text: string }> {
    const input = this.input(path);
    const invalid = (await input.getAttribute('aria-invalid')) === 'true';
    const ids = ((await input.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
    const texts: string[] = [];
    for (const id of ids) {
      const described = this.page.locator(`[id="${id}"].field-error`);
      if ((await described.count()) > 0) texts.push(await described.innerText());
    }
    return { invalid, text: texts.join('\n') };
  }

  async addRule(kind: 'activity' | 'topup' | 'validity' | 'fee'): Promise<void> {
    await this.page.locator('#rule-kind-to-add').selectOption(kind);
    await this.page.getByRole('button', { name: 'Add rule' }).click();
  }

  async addPhase(): Promise<void> {
    await this.page.getByRole('button', { name: 'Add phase' }).click();
  }

  async save(name = 'Save'): Promise<void> {
    await this.page.getByRole('button', { name, exact: true }).click();
  }
}

export class NumberDetail {
  private readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** The value shown beside a term in the Details card. */
  detail(term: string): Locator {
    return this.page.locator('.details-list > div').filter({ has: this.page.locator('dt', { hasText: term }) }).locator('dd');
  }

  get history(): Locator {
    return this.page.getByRole('region', { name: 'History' });
  }

  get historyItems(): Locator {
    return this.history.locator('.history-list > li');
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async recordRenewal(): Promise<void> {
    await this.page.getByRole('button', { name: 'Record renewal' }).click();
  }

  async undo(): Promise<void> {
    await this.history.getByRole('button', { name: 'Undo' }).click();
  }

  async backToList(): Promise<void> {
    await this.page.getByRole('button', { name: 'All numbers' }).click();
  }
}

export function appPages(page: Page) {
  return { list: new NumbersList(page), form: new NumberForm(page), detail: new NumberDetail(page) };
}
