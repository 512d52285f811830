// Keepline's bar above a carrier page: its own page with its own two-function preload. Everything it shows
// comes from the main process as plain data and is set as text, never as markup.
import { pickLocale } from '#shared/locale.ts';
import { carriersEn } from '../i18n/carriers.en.ts';
import { carriersZhCN } from '../i18n/carriers.zh-CN.ts';
import './bar.css';

interface BarState {
  number: string;
  label: string;
  deadlineOn: string | null;
  timeZone: string;
  origin: string;
  secure: boolean;
  canGoBack: boolean;
  loading: boolean;
}

interface BarBridge {
  onState(listener: (state: BarState) => void): void;
  act(action: 'back' | 'reload' | 'openInBrowser' | 'record' | 'close'): void;
}

declare global {
  interface Window {
    keeplineBar?: BarBridge;
  }
}

const text = (pickLocale(navigator.language) === 'zh-CN' ? carriersZhCN : carriersEn).bar;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, content = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = content;
  return node;
}

function button(label: string, action: Parameters<BarBridge['act']>[0], className = 'bar-button'): HTMLButtonElement {
  const node = element('button', className, label);
  node.type = 'button';
  node.addEventListener('click', () => window.keeplineBar?.act(action));
  return node;
}

const root = document.getElementById('bar') as HTMLElement;
const back = button(`← ${text.back}`, 'back');
const reload = button(`↻ ${text.reload}`, 'reload');
const lock = element('span', 'bar-lock');
const origin = element('span', 'bar-origin');
const number = element('span', 'bar-number');
const deadline = element('span', 'bar-deadline');
root.append(
  back,
  reload,
  element('span', 'bar-address'),
  element('span', 'bar-who'),
  button(text.openInBrowser, 'openInBrowser'),
  button(text.record, 'record', 'bar-button primary'),
  button(text.close, 'close'),
);
root.children[2]?.append(lock, origin);
root.children[3]?.append(number, deadline);

window.keeplineBar?.onState((state) => {
  back.disabled = !state.canGoBack;
  lock.textContent = state.secure ? '🔒' : '⚠';
  lock.title = state.secure ? text.secure : text.insecure;
  lock.setAttribute('aria-label', lock.title);
  origin.textContent = state.origin;
  number.textContent = [state.label, state.number].filter(Boolean).join(' · ');
  deadline.textContent = state.deadlineOn ? text.deadline.replace('{{date}}', `${state.deadlineOn} (${state.timeZone})`) : text.noDeadline;
  root.setAttribute('aria-busy', String(state.loading));
});
