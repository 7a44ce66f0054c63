#include "DatabaseConfig.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace lp::server {

std::optional<DatabaseConfig> DatabaseConfig::parse(const QString& spec, QString* error)
{
    DatabaseConfig config;
    const bool looksLikeUrl
        = spec.startsWith(QLatin1String("postgresql://")) || spec.startsWith(QLatin1String("postgres://"));
    if (!looksLikeUrl) {
        if (spec.contains(QLatin1String("://"))) {
            *error = QStringLiteral("The database \"%1\" is neither a file path nor a postgresql:// URL.")
                         .arg(spec);
            return std::nullopt;
        }
        config.sqlitePath = spec;
        return config;
    }
    const QUrl url(spec, QUrl::StrictMode);
    const QString name = url.path().mid(1);
    if (!url.isValid() || url.host().isEmpty() || name.isEmpty() || name.contains(QLatin1Char('/'))) {
        *error
            = QStringLiteral("The database URL must look like postgresql://user:password@host:5432/dbname.");
        return std::nullopt;
    }
    config.engine = Engine::Postgres;
    config.host = url.host();
    config.port = url.port(5432);
    config.user = url.userName();
    config.password = url.password();
    config.databaseName = name;
    QStringList options;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto& item : items) {
        options << item.first + QLatin1Char('=') + item.second;
    }
    config.connectOptions = options.join(QLatin1Char(';'));
    return config;
}

QString DatabaseConfig::defaultSqlitePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("license-server.sqlite"));
}

QString DatabaseConfig::describe() const
{
    if (engine == Engine::Sqlite) {
        return sqlitePath;
    }
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(databaseName);
}

} // namespace lp::server
