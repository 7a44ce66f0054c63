#pragma once

#include "DatabaseConfig.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace lp::server {

// One open connection (SQLite or PostgreSQL) and the few engine differences the rest of the server must
// not know about: connection setup, how a writing transaction starts, and cross-process locks.
class Database
{
public:
    explicit Database(DatabaseConfig config);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens the connection; on failure returns false and sets *error to a sentence for the user.
    bool open(QString* error);
    bool isPostgres() const { return m_config.engine == DatabaseConfig::Engine::Postgres; }
    const DatabaseConfig& config() const { return m_config; }

    // Prepares and runs one statement with positional (?) bindings; throws DatabaseError on failure.
    QSqlQuery exec(const QString& sql, const QVariantList& bindings = {});
    // A statement prepared once and run many times with run(), for bulk loads.
    QSqlQuery prepare(const QString& sql);
    void run(QSqlQuery& prepared, const QVariantList& bindings);
    // As exec(), for statements of which only the affected row count matters.
    int execAffected(const QString& sql, const QVariantList& bindings = {});

    // Raw transaction control, used through Transaction. SQLite starts with BEGIN IMMEDIATE so that two
    // processes never both hold a read lock and then deadlock trying to upgrade it.
    void begin();
    void commit();
    void rollback() noexcept;
    // Serialises a section across server processes for the rest of the current transaction (PostgreSQL
    // advisory lock; SQLite's BEGIN IMMEDIATE already locks the whole file).
    void lockForTransaction(qint64 key);

private:
    DatabaseConfig m_config;
    QString m_connectionName;
};

} // namespace lp::server
