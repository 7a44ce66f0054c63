#include "Migrations.h"

#include "Clock.h"
#include "Database.h"
#include "LogCategories.h"
#include "Transaction.h"

#include <QSet>
#include <QStringList>
#include <vector>

namespace lp::server {

namespace {
// Arbitrary, but fixed forever: every server process must take the same advisory lock.
constexpr qint64 kMigrationLockKey = 0x4c50'4d49'4752'0001LL;

struct Step
{
    int version;
    QStringList statements;
};

const std::vector<Step>& steps()
{
    static const std::vector<Step> all {
        {1,
         {
             QStringLiteral("CREATE TABLE accounts ("
                            " id TEXT PRIMARY KEY,"
                            " name TEXT NOT NULL,"
                            " created_at BIGINT NOT NULL)"),
             QStringLiteral("CREATE TABLE users ("
                            " id TEXT PRIMARY KEY,"
                            " account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                            " email TEXT NOT NULL UNIQUE,"
                            " name TEXT NOT NULL,"
                            " password_hash TEXT NOT NULL,"
                            " created_at BIGINT NOT NULL)"),
             QStringLiteral("CREATE INDEX users_account_idx ON users(account_id)"),
             QStringLiteral("CREATE TABLE sessions ("
                            " id TEXT PRIMARY KEY,"
                            " user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                            " created_at BIGINT NOT NULL,"
                            " revoked_at BIGINT)"),
             QStringLiteral("CREATE TABLE refresh_tokens ("
                            " hash TEXT PRIMARY KEY,"
                            " session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
                            " expires_at BIGINT NOT NULL,"
                            " used_at BIGINT)"),
             QStringLiteral("CREATE INDEX refresh_tokens_session_idx ON refresh_tokens(session_id)"),
             QStringLiteral("CREATE TABLE access_tokens ("
                            " hash TEXT PRIMARY KEY,"
                            " session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
                            " expires_at BIGINT NOT NULL)"),
             QStringLiteral("CREATE INDEX access_tokens_session_idx ON access_tokens(session_id)"),
             QStringLiteral("CREATE TABLE licenses ("
                            " id TEXT PRIMARY KEY,"
                            " account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                            " product TEXT NOT NULL,"
                            " handshake_code TEXT NOT NULL UNIQUE,"
                            " license_key TEXT NOT NULL,"
                            " license_key_hint TEXT NOT NULL,"
                            " type TEXT NOT NULL CHECK (type IN ('per_device', 'per_scan')),"
                            " suspended INTEGER NOT NULL DEFAULT 0,"
                            " term_start BIGINT NOT NULL,"
                            " term_end BIGINT NOT NULL,"
                            " device_allowance BIGINT,"
                            " device_refresh_months INTEGER CHECK (device_refresh_months IN (3, 6, 12)),"
                            " last_device_refresh BIGINT,"
                            " scan_quota BIGINT,"
                            " quota_period TEXT,"
                            " created_at BIGINT NOT NULL)"),
             QStringLiteral("CREATE INDEX licenses_account_idx ON licenses(account_id)"),
             // A value sealed with the secret key when the first server started on this database: a
             // server given another key file notices at start instead of failing on every reveal.
             QStringLiteral("CREATE TABLE secret_key_check ("
                            " name TEXT PRIMARY KEY,"
                            " sealed TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE devices ("
                            " id TEXT PRIMARY KEY,"
                            " license_id TEXT NOT NULL REFERENCES licenses(id) ON DELETE CASCADE,"
                            " device_hash CHAR(64) NOT NULL,"
                            " name TEXT NOT NULL,"
                            " platform TEXT NOT NULL,"
                            " sdk_version TEXT NOT NULL,"
                            " first_seen BIGINT NOT NULL,"
                            " last_seen BIGINT NOT NULL,"
                            " released_at BIGINT)"),
             QStringLiteral("CREATE INDEX devices_license_idx ON devices(license_id, released_at)"),
             // One row per device and license: a device registering again takes no second seat.
             QStringLiteral("CREATE UNIQUE INDEX devices_hash_idx ON devices(license_id, device_hash)"),
             QStringLiteral("CREATE TABLE scan_usage_daily ("
                            " license_id TEXT NOT NULL REFERENCES licenses(id) ON DELETE CASCADE,"
                            " day BIGINT NOT NULL,"
                            " format TEXT NOT NULL,"
                            " count BIGINT NOT NULL,"
                            " PRIMARY KEY (license_id, day, format))"),
             QStringLiteral("CREATE TABLE login_failures ("
                            " key TEXT NOT NULL,"
                            " at BIGINT NOT NULL)"),
             QStringLiteral("CREATE INDEX login_failures_key_idx ON login_failures(key, at)"),
         }},
        // The devices pane at a million devices: keyset paging over one index per sort, prefix search on
        // case-folded copies of names and platforms, and the seat count kept on the license instead of
        // counted on every heartbeat.
        {2,
         {
             QStringLiteral("ALTER TABLE licenses ADD COLUMN devices_in_use BIGINT NOT NULL DEFAULT 0"),
             QStringLiteral("UPDATE licenses SET devices_in_use = (SELECT COUNT(*) FROM devices d"
                            " WHERE d.license_id = licenses.id AND d.released_at IS NULL)"),
             QStringLiteral("ALTER TABLE devices ADD COLUMN name_folded TEXT {binary} NOT NULL DEFAULT ''"),
             QStringLiteral(
                 "ALTER TABLE devices ADD COLUMN platform_folded TEXT {binary} NOT NULL DEFAULT ''"),
             // Rows written from now on are folded by the server (full Unicode case folding); lower() is
             // close enough for the rows of a version-1 database.
             QStringLiteral(
                 "UPDATE devices SET name_folded = lower(name), platform_folded = lower(platform)"),
             QStringLiteral("CREATE INDEX devices_last_seen_idx ON devices(license_id, last_seen, id)"),
             QStringLiteral("CREATE INDEX devices_first_seen_idx ON devices(license_id, first_seen, id)"),
             QStringLiteral("CREATE INDEX devices_name_idx ON devices(license_id, name_folded, id)"),
             QStringLiteral("CREATE INDEX devices_platform_idx ON devices(license_id, platform_folded)"),
             // Released devices are few and all long silent: walking the last-seen index to find them would
             // cross every active one first.
             QStringLiteral("CREATE INDEX devices_released_idx ON devices(license_id, last_seen, id)"
                            " WHERE released_at IS NOT NULL"),
             QStringLiteral("DROP INDEX devices_license_idx"),
             // The devices holding a seat, by last check-in: counts by status and the refresh preview read
             // only this index.
             QStringLiteral("CREATE INDEX devices_seated_idx ON devices(license_id, last_seen)"
                            " WHERE released_at IS NULL"),
         }},
        // Scan usage reported by heartbeats: per device and day beside the per-license aggregate, and the
        // ids of heartbeats already counted, so that a replay after a timeout counts once.
        {3,
         {
             QStringLiteral("CREATE TABLE device_usage_daily ("
                            " device_id TEXT NOT NULL REFERENCES devices(id) ON DELETE CASCADE,"
                            " day BIGINT NOT NULL,"
                            " count BIGINT NOT NULL,"
                            " PRIMARY KEY (device_id, day))"),
             QStringLiteral("CREATE TABLE heartbeat_receipts ("
                            " license_id TEXT NOT NULL REFERENCES licenses(id) ON DELETE CASCADE,"
                            " heartbeat_id TEXT NOT NULL,"
                            " received_at BIGINT NOT NULL,"
                            " PRIMARY KEY (license_id, heartbeat_id))"),
             QStringLiteral("CREATE INDEX heartbeat_receipts_time_idx ON heartbeat_receipts(received_at)"),
         }},
        // Pre-scan settings, per license, as their wire JSON (validated before it is stored); a license
        // without a row has the defaults.
        {4,
         {
             QStringLiteral("CREATE TABLE scan_settings ("
                            " license_id TEXT PRIMARY KEY REFERENCES licenses(id) ON DELETE CASCADE,"
                            " settings TEXT NOT NULL,"
                            " updated_at BIGINT NOT NULL)"),
         }},
        // Checkout: the account's currency, quotes, orders (one per Idempotency-Key and account), the
        // numbering of invoices and receipts, and the tables of the sandbox payment provider (which stands
        // for an external system and keeps its own SQL in SandboxProvider).
        {5,
         {
             QStringLiteral("ALTER TABLE accounts ADD COLUMN currency TEXT NOT NULL DEFAULT 'EUR'"),
             QStringLiteral("CREATE TABLE quotes ("
                            " id TEXT PRIMARY KEY,"
                            " account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                            " license_id TEXT NOT NULL REFERENCES licenses(id) ON DELETE CASCADE,"
                            " lines TEXT NOT NULL,"
                            " total BIGINT NOT NULL,"
                            " currency TEXT NOT NULL,"
                            " current_terms TEXT NOT NULL,"
                            " result_terms TEXT NOT NULL,"
                            " created_at BIGINT NOT NULL,"
                            " expires_at BIGINT NOT NULL)"),
             QStringLiteral("CREATE INDEX quotes_expiry_idx ON quotes(expires_at)"),
             QStringLiteral("CREATE TABLE orders ("
                            " id TEXT PRIMARY KEY,"
                            " account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                            " license_id TEXT NOT NULL REFERENCES licenses(id) ON DELETE CASCADE,"
                            " quote_id TEXT NOT NULL REFERENCES quotes(id),"
                            " idempotency_key TEXT NOT NULL,"
                            " request_hash TEXT NOT NULL,"
                            " status TEXT NOT NULL CHECK (status IN ('awaiting_payment', 'paid', 'fulfilled',"
                            " 'declined', 'cancelled', 'expired')),"
                            " payment_method TEXT NOT NULL CHECK (payment_method IN ('card', 'paypal',"
                            " 'wire_transfer', 'check')),"
                            " payment_state TEXT,"
                            " card_token TEXT,"
                            " provider_reference TEXT,"
                            " lines TEXT NOT NULL,"
                            " total BIGINT NOT NULL,"
                            " currency TEXT NOT NULL,"
                            " created_at BIGINT NOT NULL,"
                            " updated_at BIGINT NOT NULL,"
                            " expires_at BIGINT,"
                            " invoice TEXT,"
                            " payment_reference TEXT,"
                            " receipt TEXT,"
                            " failure_code TEXT,"
                            " failure_message TEXT,"
                            " result_terms TEXT,"
                            " payment_note TEXT,"
                            " created_ms BIGINT NOT NULL DEFAULT 0)"),
             // The same key never makes a second order: this index settles races between processes.
             QStringLiteral(
                 "CREATE UNIQUE INDEX orders_idempotency_idx ON orders(account_id, idempotency_key)"),
             QStringLiteral("CREATE INDEX orders_account_idx ON orders(account_id, created_at)"),
             QStringLiteral("CREATE INDEX orders_license_idx ON orders(license_id, status)"),
             QStringLiteral("CREATE INDEX orders_quote_idx ON orders(quote_id)"),
             QStringLiteral("CREATE UNIQUE INDEX orders_payment_reference_idx ON orders(payment_reference)"),
             QStringLiteral(
                 "CREATE INDEX orders_due_idx ON orders(expires_at) WHERE status = 'awaiting_payment'"),
             QStringLiteral("CREATE INDEX orders_unfinished_idx ON orders(payment_state)"
                            " WHERE payment_state IS NOT NULL"),
             // Invoice and receipt numbers, one series per prefix and year (PF-2026, RC-2026).
             QStringLiteral("CREATE TABLE document_counters ("
                            " series TEXT PRIMARY KEY,"
                            " last_value BIGINT NOT NULL)"),
             QStringLiteral("CREATE TABLE sandbox_settings ("
                            " name TEXT PRIMARY KEY,"
                            " value TEXT NOT NULL)"),
             // Only what a provider may keep of a card: brand, last four digits and expiry; never the number
             // or the CVC. `outcome` is what the test card number stands for.
             QStringLiteral("CREATE TABLE sandbox_card_tokens ("
                            " id TEXT PRIMARY KEY,"
                            " brand TEXT NOT NULL,"
                            " last4 TEXT NOT NULL,"
                            " exp_month INTEGER NOT NULL,"
                            " exp_year INTEGER NOT NULL,"
                            " outcome TEXT NOT NULL,"
                            " created_at BIGINT NOT NULL,"
                            " used_by TEXT)"),
             QStringLiteral("CREATE TABLE sandbox_charges ("
                            " id TEXT PRIMARY KEY,"
                            " idempotency_key TEXT NOT NULL UNIQUE,"
                            " token_id TEXT NOT NULL,"
                            " amount BIGINT NOT NULL,"
                            " currency TEXT NOT NULL,"
                            " status TEXT NOT NULL,"
                            " failure_code TEXT,"
                            " failure_message TEXT,"
                            " paid_with TEXT NOT NULL,"
                            " created_at BIGINT NOT NULL)"),
             QStringLiteral("CREATE TABLE sandbox_paypal_approvals ("
                            " token TEXT PRIMARY KEY,"
                            " reference TEXT NOT NULL UNIQUE,"
                            " amount BIGINT NOT NULL,"
                            " currency TEXT NOT NULL,"
                            " description TEXT NOT NULL,"
                            " state TEXT NOT NULL,"
                            " created_at BIGINT NOT NULL,"
                            " expires_at BIGINT NOT NULL,"
                            " decided_at BIGINT)"),
         }},
        // Offline licenses: a device that holds one keeps its seat until the file expires, since it never
        // checks in to show it is still in use.
        {6,
         {
             QStringLiteral("ALTER TABLE devices ADD COLUMN offline_until BIGINT"),
         }},
    };
    return all;
}
} // namespace

int Migrations::latestVersion()
{
    return steps().back().version;
}

bool Migrations::apply(Database& database, const Clock& clock, QString* error)
{
    try {
        Transaction transaction(database);
        database.lockForTransaction(kMigrationLockKey);
        database.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                     " version INTEGER PRIMARY KEY,"
                                     " applied_at BIGINT NOT NULL)"));
        QSet<int> applied;
        int newest = 0;
        auto& query = database.exec(QStringLiteral("SELECT version FROM schema_migrations"));
        while (query.next()) {
            const int version = query.value(0).toInt();
            applied.insert(version);
            newest = std::max(newest, version);
        }
        if (newest > latestVersion()) {
            *error = QStringLiteral(
                         "The database schema is at version %1, newer than this server understands (%2); "
                         "upgrade the server.")
                         .arg(newest)
                         .arg(latestVersion());
            return false;
        }
        for (const Step& step : steps()) {
            if (applied.contains(step.version)) {
                continue;
            }
            for (QString statement : step.statements) {
                // Byte-wise comparison, so that prefix ranges mean the same on both engines.
                statement.replace(QLatin1String("{binary}"),
                                  database.isPostgres() ? QLatin1String("COLLATE \"C\"") : QLatin1String(""));
                database.exec(statement);
            }
            database.exec(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"),
                          {step.version, clock.nowSeconds()});
            qCInfo(lcServer) << "applied schema migration" << step.version;
        }
        transaction.commit();
        return true;
    } catch (const std::exception& e) {
        *error = QStringLiteral("The database schema could not be migrated: %1")
                     .arg(QString::fromUtf8(e.what()));
        return false;
    }
}

} // namespace lp::server
