// One renewal window: Keepline's bar above the carrier's page, built through a small kit so that which
// window gets which preferences, session and rules is decided here and tested without Electron.
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import type { RenewalWindowOutcome, RenewalWindowRequest } from '#core/carriers/carrier-shell.ts';
import type { DownloadedReceipt } from '#shared/carriers.ts';
import { barState, type BarAction, type BarState } from './bar-state.ts';
import { planDownload, type CompletedDownload, type DownloadPlan } from './downloads.ts';
import { carrierNavigationAllowed, carrierPermissionAllowed, decideWindowOpen, type WindowOpenDecision } from './url-rules.ts';
import { barWebPreferences, carrierPageWebPreferences, carrierWindowOptions } from './web-preferences.ts';

export interface CarrierWindowPaths {
  barPreload: string;
  /** Keepline's own bar page (file:// in the packaged app). */
  barUrl: string;
}

export interface CarrierWindowPlan {
  window: BrowserWindowConstructorOptions;
  bar: { webPreferences: WebPreferences; url: string };
  page: { webPreferences: WebPreferences; url: string };
  /** Payment pop-ups: same session, same locked preferences, no preload. */
  child: BrowserWindowConstructorOptions;
}

export function planCarrierWindow(request: RenewalWindowRequest, paths: CarrierWindowPaths): CarrierWindowPlan {
  const title = [request.label, request.number].filter(Boolean).join(' · ');
  return {
    window: carrierWindowOptions(title),
    bar: { webPreferences: barWebPreferences(paths.barPreload), url: paths.barUrl },
    page: { webPreferences: carrierPageWebPreferences(request.partition), url: request.url },
    child: { width: 520, height: 720, show: true, webPreferences: carrierPageWebPreferences(request.partition) },
  };
}

/** The rules every carrier page (and each payment pop-up it opens) runs under. */
export interface PageRules {
  navigationAllowed(url: string): boolean;
  windowOpen(url: string, openerUrl: string): WindowOpenDecision;
  permissionAllowed(permission: string): boolean;
  download(suggestedName: string, mimeType: string): DownloadPlan;
  /** Certificate errors are never bypassed. */
  acceptCertificateError(): false;
  child: BrowserWindowConstructorOptions;
}

export function pageRules(plan: CarrierWindowPlan): PageRules {
  return {
    navigationAllowed: carrierNavigationAllowed,
    windowOpen: decideWindowOpen,
    permissionAllowed: carrierPermissionAllowed,
    download: planDownload,
    acceptCertificateError: () => false,
    child: plan.child,
  };
}

export interface KitPage {
  url(): string;
  canGoBack(): boolean;
  isLoading(): boolean;
  goBack(): void;
  reload(): void;
  load(url: string): void;
  /** Calls back after each navigation or load change, to refresh the bar. */
  onChange(listener: () => void): void;
  /** Calls back when a download this page (or a pop-up of it) started is saved and complete. */
  onDownloaded(listener: (download: CompletedDownload) => void): void;
}

export interface KitBar {
  load(url: string): void;
  show(state: BarState): void;
}

export interface KitWindow {
  layout(): void;
  show(): void;
  close(): void;
  onClosed(listener: () => void): void;
}

export interface CarrierWindowKit {
  createWindow(options: BrowserWindowConstructorOptions): KitWindow;
  /** The bar view; `onAction` receives what the bar's own page asks for, after the IPC sender check. */
  createBar(window: KitWindow, webPreferences: WebPreferences, onAction: (action: BarAction) => void): KitBar;
  /** The carrier page view, with every rule installed before anything loads. */
  createPage(window: KitWindow, webPreferences: WebPreferences, rules: PageRules): KitPage;
  openExternal(url: string): void;
}

/**
 * Opens a renewal window; settles with 'record' when the user presses Record renewal, else 'closed', and
 * the receipts its page downloaded meanwhile (newest first), each as `keep` registered it.
 * `onWindow` receives the window, to bring it to the front later.
 */
export function openCarrierWindow(
  kit: CarrierWindowKit,
  paths: CarrierWindowPaths,
  request: RenewalWindowRequest,
  onWindow: (win: KitWindow) => void = () => {},
  keep: (download: CompletedDownload) => DownloadedReceipt | null = () => null,
): Promise<RenewalWindowOutcome> {
  const plan = planCarrierWindow(request, paths);
  return new Promise((resolve) => {
    let outcome: 'record' | 'closed' = 'closed';
    const receipts: DownloadedReceipt[] = [];
    const win = kit.createWindow(plan.window);
    onWindow(win);
    const onAction = (action: BarAction) => {
      if (action === 'back' && page.canGoBack()) page.goBack();
      else if (action === 'reload') page.reload();
      else if (action === 'openInBrowser') {
        const decision = decideWindowOpen(page.url(), page.url());
        if (decision.action !== 'drop') kit.openExternal(decision.url);
      } else if (action === 'record' || action === 'close') {
        outcome = action === 'record' ? 'record' : 'closed';
        win.close();
      }
    };
    const bar = kit.createBar(win, plan.bar.webPreferences, onAction);
    const page = kit.createPage(win, plan.page.webPreferences, pageRules(plan));
    const number = { number: request.number, label: request.label, deadlineOn: request.deadlineOn, timeZone: request.timeZone };
    const refresh = () => bar.show(barState(number, page.url() || request.url, page.canGoBack(), page.isLoading()));
    page.onChange(refresh);
    page.onDownloaded((download) => {
      const receipt = keep(download);
      if (receipt) receipts.unshift(receipt);
    });
    win.onClosed(() => resolve({ outcome, receipts }));
    win.layout();
    bar.load(plan.bar.url);
    page.load(plan.page.url);
    refresh();
    win.show();
  });
}
