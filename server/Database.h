#pragma once

#include "DatabaseConfig.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <memory>

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
    // The query stays valid until the next exec() of the same statement; read it before that.
    QSqlQuery& exec(const QString& sql, const QVariantList& bindings = {});
    // The prepared statement for `sql`, from a cache: each distinct statement is parsed once per
    // connection, not once per request. run() binds and executes it.
    QSqlQuery& prepare(const QString& sql);
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

    // Ends the result sets of all statements. An unfinished SELECT outside a transaction keeps SQLite's read
    // snapshot open: a later write on this connection would then fail once another process has written,
    // and the WAL could not be checkpointed. Called at transaction boundaries, before each statement run
    // outside a transaction, and after each request.
    void releaseStatements();

private:
    DatabaseConfig m_config;
    QString m_connectionName;
    // QSqlQuery is move-only; the pointers keep references handed out stable while the hash grows.
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    std::unique_ptr<QSqlQuery> m_direct; // the last statement run without bindings
    bool m_inTransaction = false;
};

} // namespace lp::server
