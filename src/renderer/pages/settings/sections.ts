// The settings page is a list of sections: a feature adds its own by adding its component here (one line).
import type { ComponentType } from 'react';
import { BackupSection } from './BackupSection.tsx';
import { BackupListSection } from './BackupListSection.tsx';
import { ExchangeRatesSection } from './ExchangeRatesSection.tsx';
import { GeneralSection } from './GeneralSection.tsx';
import { ReminderTimingSection } from './ReminderTimingSection.tsx';
import { CarrierSessions } from '../carriers/CarrierSessions.tsx';

export interface SettingsSection {
  /** Stable id, also the section's anchor. */
  id: string;
  Component: ComponentType;
}

export const SETTINGS_SECTIONS: SettingsSection[] = [
  { id: 'general', Component: GeneralSection },
  { id: 'reminders', Component: ReminderTimingSection },
  { id: 'backups', Component: BackupSection },
  { id: 'backup-list', Component: BackupListSection },
  { id: 'exchange-rates', Component: ExchangeRatesSection },
  { id: 'carrier-sessions', Component: CarrierSessions },
];
