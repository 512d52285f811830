// The settings page (issue 4); other features add their own sections and strings.
export const settingsPageEn = {
  title: 'Settings',
  nav: 'Settings',
  saved: 'Settings saved.',
  general: {
    title: 'Appearance and language',
    language: 'Language',
    languageSystem: 'Same as the system',
    theme: 'Theme',
    themes: { system: 'Same as the system', light: 'Light', dark: 'Dark' },
  },
  reminders: {
    title: 'Reminders',
    leadTimes: 'Remind me this many days before a deadline',
    leadTimesHint: 'Whole days, separated by commas; 0 is the day itself. The largest also marks a number “due soon”.',
    scanInterval: 'Check for due reminders every (minutes)',
    quietHours: 'Quiet hours',
    quietHoursHint: 'Reminders falling in this time wait until it ends. It may span midnight (22:00 to 07:00).',
    quietStart: 'Quiet from',
    quietEnd: 'Quiet until',
  },
  backups: {
    title: 'Backups',
    folder: 'Backup folder',
    folderHint: 'Leave empty to keep backups in a “backups” folder beside the database.',
    keep: 'Backups to keep',
  },
  save: 'Save',
  saving: 'Saving…',
};
