#pragma once

#include <QString>
#include <optional>

namespace lp::server {

// Where the data lives, as given by --db: a SQLite file path, or a postgresql:// URL for several server
// processes sharing one database.
struct DatabaseConfig
{
    enum class Engine { Sqlite, Postgres };

    Engine engine = Engine::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;
    QString connectOptions; // from the URL query, e.g. "sslmode=require"

    // Parses --db; on failure returns nullopt and sets *error to a sentence for the user.
    static std::optional<DatabaseConfig> parse(const QString& spec, QString* error);
    // The default SQLite file in the per-user application data directory (created if needed).
    static QString defaultSqlitePath();
    // For logs: the URL without its password.
    QString describe() const;
};

} // namespace lp::server
