#include "Database.h"

#include "DatabaseError.h"

#include <QSqlError>
#include <QUuid>

namespace lp::server {

Database::Database(DatabaseConfig config)
    : m_config(std::move(config))
    , m_connectionName(QStringLiteral("lp-server-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

Database::~Database()
{
    // Statements before the connection they belong to.
    m_statements.clear();
    m_direct.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::open(QString* error)
{
    const bool postgres = isPostgres();
    const QString driver = postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        *error = QStringLiteral("The Qt SQL driver %1 is not installed.").arg(driver);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_connectionName);
    if (postgres) {
        db.setHostName(m_config.host);
        db.setPort(m_config.port);
        db.setUserName(m_config.user);
        db.setPassword(m_config.password);
        db.setDatabaseName(m_config.databaseName);
        QString options = QStringLiteral("connect_timeout=10");
        if (!m_config.connectOptions.isEmpty()) {
            options += QLatin1Char(';') + m_config.connectOptions;
        }
        db.setConnectOptions(options);
    } else {
        db.setDatabaseName(m_config.sqlitePath);
        // Several processes (server, admin CLI) may use the file at once: wait for locks instead of failing.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!db.open()) {
        *error = QStringLiteral("Cannot open the database %1: %2")
                     .arg(m_config.describe(), db.lastError().text().trimmed());
        return false;
    }
    try {
        if (postgres) {
            // libpq prints NOTICEs to stderr, e.g. for CREATE TABLE IF NOT EXISTS when another process won.
            exec(QStringLiteral("SET client_min_messages TO WARNING"));
        } else {
            exec(QStringLiteral("PRAGMA journal_mode=WAL"));
            exec(QStringLiteral("PRAGMA foreign_keys=ON"));
            exec(QStringLiteral("PRAGMA busy_timeout=5000"));
            // 64 MiB of page cache instead of SQLite's 2 MiB: the device indexes of a large fleet stay in
            // memory, which makes bulk loads and searches several times faster.
            exec(QStringLiteral("PRAGMA cache_size=-65536"));
        }
    } catch (const std::exception& e) {
        *error = QStringLiteral("Cannot configure the database %1: %2")
                     .arg(m_config.describe(), QString::fromUtf8(e.what()));
        return false;
    }
    return true;
}

QSqlQuery& Database::exec(const QString& sql, const QVariantList& bindings)
{
    if (!m_inTransaction) {
        releaseStatements();
    }
    // PostgreSQL cannot PREPARE DDL, so statements without parameters run directly.
    if (bindings.isEmpty()) {
        m_direct = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connectionName, false));
        m_direct->setForwardOnly(true);
        if (!m_direct->exec(sql)) {
            throw DatabaseError(
                QStringLiteral("query failed: %1 [%2]").arg(m_direct->lastError().text(), sql));
        }
        return *m_direct;
    }
    QSqlQuery& prepared = prepare(sql);
    run(prepared, bindings);
    return prepared;
}

QSqlQuery& Database::prepare(const QString& sql)
{
    const auto cached = m_statements.constFind(sql);
    if (cached != m_statements.constEnd()) {
        QSqlQuery& query = *cached.value();
        query.finish();
        return query;
    }
    auto query = std::make_shared<QSqlQuery>(QSqlDatabase::database(m_connectionName, false));
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        throw DatabaseError(QStringLiteral("prepare failed: %1 [%2]").arg(query->lastError().text(), sql));
    }
    m_statements.insert(sql, query);
    return *query;
}

void Database::releaseStatements()
{
    m_direct.reset();
    for (const auto& query : std::as_const(m_statements)) {
        query->finish();
    }
}

void Database::run(QSqlQuery& prepared, const QVariantList& bindings)
{
    for (qsizetype i = 0; i < bindings.size(); ++i) {
        prepared.bindValue(static_cast<int>(i), bindings.at(i));
    }
    if (!prepared.exec()) {
        throw DatabaseError(
            QStringLiteral("query failed: %1 [%2]").arg(prepared.lastError().text(), prepared.lastQuery()));
    }
}

int Database::execAffected(const QString& sql, const QVariantList& bindings)
{
    return exec(sql, bindings).numRowsAffected();
}

void Database::begin()
{
    releaseStatements();
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"))) {
        throw DatabaseError(QStringLiteral("cannot begin a transaction: %1").arg(query.lastError().text()));
    }
    m_inTransaction = true;
}

void Database::commit()
{
    releaseStatements();
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const QString message = query.lastError().text();
        rollback();
        throw DatabaseError(QStringLiteral("cannot commit: %1").arg(message));
    }
    m_inTransaction = false;
}

void Database::rollback() noexcept
{
    releaseStatements();
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.exec(QStringLiteral("ROLLBACK"));
    m_inTransaction = false;
}

void Database::lockForTransaction(qint64 key)
{
    if (isPostgres()) {
        exec(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {key});
    }
}

} // namespace lp::server
