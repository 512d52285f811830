import type { Migration } from './index.ts';

export const v1InitialSchema: Migration = {
  version: 1,
  name: 'initial schema',
  up(db) {
    db.exec(`
      CREATE TABLE numbers (
        id INTEGER PRIMARY KEY,
        e164 TEXT NOT NULL UNIQUE,
        country TEXT NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        owner TEXT NOT NULL DEFAULT '',
        carrier TEXT NOT NULL DEFAULT '',
        account_ref TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL CHECK (kind IN ('physical', 'esim', 'virtual')),
        time_zone TEXT NOT NULL,
        plan_name TEXT NOT NULL DEFAULT '',
        plan_cost_minor INTEGER,
        plan_currency TEXT,
        billing_count INTEGER,
        billing_unit TEXT CHECK (billing_unit IN ('days', 'months', 'years')),
        expiry_date TEXT,
        expiry_event_id INTEGER,
        auto_renew INTEGER NOT NULL DEFAULT 0 CHECK (auto_renew IN (0, 1)),
        payment_label TEXT,
        payment_card_expiry TEXT,
        tags TEXT NOT NULL DEFAULT '[]',
        notes TEXT NOT NULL DEFAULT '',
        rules TEXT NOT NULL DEFAULT '[]',
        rule_sources TEXT NOT NULL DEFAULT '[]',
        lapse_phases TEXT NOT NULL DEFAULT '[]',
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        deadline_on TEXT,
        deadline_ends_at TEXT,
        credit_lost_at TEXT,
        number_lost_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((plan_cost_minor IS NULL) = (plan_currency IS NULL)),
        CHECK ((billing_count IS NULL) = (billing_unit IS NULL))
      );
      CREATE INDEX numbers_by_deadline ON numbers (archived, deadline_ends_at);

      CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        number_id INTEGER NOT NULL REFERENCES numbers (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('renewal', 'topup', 'activity', 'plan_change', 'balance_check', 'payment_failed')),
        occurred_on TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        amount_minor INTEGER,
        currency TEXT,
        activity_type TEXT,
        method TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT 'manual',
        details TEXT NOT NULL DEFAULT '{}',
        state_before TEXT NOT NULL,
        state_after TEXT NOT NULL,
        CHECK ((amount_minor IS NULL) = (currency IS NULL))
      );
      CREATE INDEX events_by_number ON events (number_id, id);
      CREATE INDEX events_by_date ON events (occurred_on, currency, amount_minor);
    `);
  },
};
