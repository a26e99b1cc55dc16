import { describe, expect, it } from 'vitest';
import { checkLibraryDefaults, tierDefaults } from '../src/check.js';
import { buyerDeadlineHours, buyerDuties, checkConsistency, RULES } from '../src/rules.js';
import { fixtureLibrary } from './fixtures/library.js';
import { assertRulesDecide } from './fixtures/rule-property.js';

describe('consistency rules', () => {
  it('are declared once, each with a description in both languages and the parameters it reads', () => {
    expect(RULES.map((r) => r.id)).toEqual([
      'patch-order',
      'rpo-not-below-backup-interval',
      'return-before-deletion',
      'notice-before-buyer-deadline',
      'assessment-before-nis2-notification',
      'final-report-before-nis2-final-report',
      'exploited-before-critical',
      'one-deletion-period',
      'one-subcontractor-notice',
      'objection-within-notice',
      'one-audit-limit',
      'location-allows-agreed-transfers',
      'access-logs-kept-as-long-as-security-logs',
    ]);
    for (const r of RULES) {
      expect(r.description.nl.length).toBeGreaterThan(20);
      expect(r.description.en.length).toBeGreaterThan(20);
      expect(r.reads.length).toBeGreaterThan(0);
    }
  });

  it("pass every tier's defaults", () => {
    expect(checkLibraryDefaults(fixtureLibrary)).toEqual([]);
    expect(tierDefaults(fixtureLibrary, 'strict')['incident-notification']).toEqual({ noticeHours: 4 });
  });

  it('refuse random values that break a rule naming clause, parameter and rule, and accept the rest (property)', () => {
    assertRulesDecide(fixtureLibrary);
  });

  it('name the clause, parameter and rule in path and message', () => {
    const [issue] = checkConsistency({ 'backup-restore': { backupIntervalHours: 24, rpoHours: 4 } });
    expect(issue).toEqual({
      path: 'backup-restore.rpoHours',
      clause: 'backup-restore',
      param: 'rpoHours',
      rule: 'rpo-not-below-backup-interval',
      message: expect.stringContaining(
        'clause backup-restore, parameter rpoHours: a recovery point of 4 hours cannot be met with a backup every 24 hours',
      ),
    });
  });

  it('keep the return of data before its deletion at the end of the contract', () => {
    expect(checkConsistency({ exit: { returnDays: 30, deletionDays: 30 } })).toEqual([]);
    expect(checkConsistency({ exit: { returnDays: 31, deletionDays: 30 } })).toEqual([
      expect.objectContaining({ clause: 'exit', param: 'returnDays', rule: 'return-before-deletion' }),
    ]);
  });

  it('are silent about clauses that are absent, and compare critical to medium when high is absent', () => {
    expect(checkConsistency({})).toEqual([]);
    expect(checkConsistency({ 'vulnerability-patching': { criticalPatchDays: 40, mediumPatchDays: 30 } })).toEqual([
      expect.objectContaining({ param: 'criticalPatchDays', rule: 'patch-order' }),
    ]);
  });

  it('derive the buyer deadline from NIS2 (24 h) and the GDPR (72 h)', () => {
    expect(buyerDuties({ nis2: 'important', gdprController: true })).toEqual(['nis2', 'gdpr-controller']);
    expect(buyerDuties({ nis2: 'none' })).toEqual([]);
    expect(buyerDeadlineHours(['nis2', 'gdpr-controller'])).toBe(24);
    expect(buyerDeadlineHours(['gdpr-controller'])).toBe(72);
    expect(buyerDeadlineHours([])).toBeNull();
  });
});
