#include "TestServer.h"

#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>
#include <QtTest>

namespace {
// A connection named `name` to a postgresql:// URL or a SQLite file (not opened yet).
QSqlDatabase connectionTo(const QString& spec, const QString& name)
{
    if (!spec.startsWith(QLatin1String("postgresql://"))) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(spec);
        return db;
    }
    const QUrl url(spec);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setDatabaseName(url.path().mid(1));
    return db;
}

// Runs one statement on the cluster's maintenance database (CREATE/DROP DATABASE cannot run in a
// transaction, so this uses its own short-lived connection).
bool runOnCluster(const QString& adminUrl, const QString& statement)
{
    const QString name = QStringLiteral("lp_test_admin_%1").arg(QRandomGenerator::global()->generate());
    bool ok = false;
    {
        QSqlDatabase db = connectionTo(adminUrl, name);
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(statement);
            if (!ok) {
                qWarning() << "cluster statement failed:" << statement << query.lastError().text();
            }
        } else {
            qWarning() << "cannot connect to the test cluster:" << db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}
} // namespace

TestServer::TestServer()
{
    m_postgres = qEnvironmentVariable("LP_TEST_BACKEND") == QLatin1String("postgres");
    if (m_postgres) {
        m_pgAdminUrl = qEnvironmentVariable("LP_TEST_PG_URL");
        m_pgDatabase = QStringLiteral("lp_test_%1").arg(QRandomGenerator::global()->generate());
        if (m_pgAdminUrl.isEmpty()
            || !runOnCluster(m_pgAdminUrl, QStringLiteral("CREATE DATABASE ") + m_pgDatabase)) {
            qFatal("LP_TEST_BACKEND=postgres needs a reachable cluster at LP_TEST_PG_URL");
        }
        QUrl url(m_pgAdminUrl);
        url.setPath(QLatin1Char('/') + m_pgDatabase);
        m_dbSpec = url.toString();
        // The server's default key files for PostgreSQL live in the user's data directory: each test
        // server keeps its own (and its signing keys beside it) in its temporary directory instead.
        m_secretKeyFile = m_dir.filePath(QStringLiteral("license-server.key"));
    } else {
        m_dbSpec = m_dir.filePath(QStringLiteral("license-server.sqlite"));
    }
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

TestServer::TestServer(const QString& sharedDatabaseSpec)
    : m_dbSpec(sharedDatabaseSpec)
    , m_postgres(sharedDatabaseSpec.startsWith(QLatin1String("postgresql://")))
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

TestServer::~TestServer()
{
    stop();
    if (m_postgres && !m_pgDatabase.isEmpty()) {
        runOnCluster(m_pgAdminUrl, QStringLiteral("DROP DATABASE IF EXISTS ") + m_pgDatabase);
    }
}

QString TestServer::serverBinary()
{
    const QString binary = qEnvironmentVariable("LP_SERVER_BINARY");
    if (binary.isEmpty()) {
        qFatal("LP_SERVER_BINARY is not set: run the tests through ctest");
    }
    return binary;
}

bool TestServer::startDemo(int fleetSize, const QStringList& extraArgs)
{
    return start(QStringList {QStringLiteral("--demo"), QStringLiteral("--demo-fleet-size"),
                              QString::number(fleetSize)}
                 + extraArgs);
}

bool TestServer::start(const QStringList& extraArgs)
{
    // Test servers take card and PayPal payments through the sandbox, as the demo does.
    QStringList args {QStringLiteral("--db"), m_dbSpec, QStringLiteral("--port"), QStringLiteral("0"),
                      QStringLiteral("--payment-sandbox")};
    if (!m_secretKeyFile.isEmpty()) {
        args += {QStringLiteral("--secret-key-file"), m_secretKeyFile};
    }
    // Later options win: a test's own --secret-key-file replaces the one above.
    args += extraArgs;
    m_process.start(serverBinary(), args);
    if (!m_process.waitForStarted(10000)) {
        return false;
    }
    // The server announces its address on one line once it accepts connections.
    static const QRegularExpression listening(QStringLiteral(R"(listening on (http://127\.0\.0\.1:\d+))"));
    // Only this run's output counts: after a restart the log still holds the previous address.
    const qsizetype logStart = m_log.size();
    QDeadlineTimer deadline(m_startTimeoutMs);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(200);
        m_log += QString::fromUtf8(m_process.readAll());
        const auto match = listening.match(m_log, logStart);
        if (match.hasMatch()) {
            m_baseUrl = QUrl(match.captured(1));
            return true;
        }
    }
    m_log += QString::fromUtf8(m_process.readAll());
    qWarning().noquote() << "license-server did not start:\n" << m_log;
    return false;
}

void TestServer::setEnvironment(const QStringList& variables)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& variable : variables) {
        const qsizetype equals = variable.indexOf(QLatin1Char('='));
        environment.insert(variable.left(equals), variable.mid(equals + 1));
    }
    m_process.setProcessEnvironment(environment);
}

bool TestServer::waitForExit(int milliseconds)
{
    const bool ended = m_process.state() == QProcess::NotRunning || m_process.waitForFinished(milliseconds);
    m_log += QString::fromUtf8(m_process.readAll());
    return ended;
}

void TestServer::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    m_log += QString::fromUtf8(m_process.readAll());
}

QString TestServer::log()
{
    m_log += QString::fromUtf8(m_process.readAll());
    return m_log;
}

int TestServer::admin(const QStringList& args, QString* output) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QStringList arguments {QStringLiteral("admin"), args.value(0)};
    if (!m_secretKeyFile.isEmpty()) {
        arguments += {QStringLiteral("--secret-key-file"), m_secretKeyFile};
    }
    // After the default key file, so that a test's own --secret-key-file wins.
    process.start(serverBinary(), arguments + args.mid(1) + QStringList {QStringLiteral("--db"), m_dbSpec});
    process.waitForFinished(60000);
    if (output) {
        *output = QString::fromUtf8(process.readAll());
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

bool TestServer::createAccount(const QString& email, const QString& password, const QString& name) const
{
    QString output;
    const int code = admin({QStringLiteral("create-account"), QStringLiteral("--email"), email,
                            QStringLiteral("--password"), password, QStringLiteral("--name"), name},
                           &output);
    if (code != 0) {
        qWarning().noquote() << "create-account failed:" << output;
    }
    return code == 0;
}

QString TestServer::createLicense(const QString& accountEmail, const QStringList& options, QString* id) const
{
    QString output;
    const int code = admin(
        QStringList {QStringLiteral("create-license"), QStringLiteral("--account-email"), accountEmail}
            + options,
        &output);
    const auto handshake = QRegularExpression(QStringLiteral(R"(handshake_code: (\S+))")).match(output);
    const auto licenseId = QRegularExpression(QStringLiteral(R"(license_id: (\S+))")).match(output);
    if (code != 0 || !handshake.hasMatch() || !licenseId.hasMatch()) {
        qWarning().noquote() << "create-license failed:" << output;
        return {};
    }
    if (id) {
        *id = licenseId.captured(1);
    }
    return handshake.captured(1);
}

QVariant TestServer::sql(const QString& statement, const QVariantList& bindings) const
{
    const QString connection
        = QStringLiteral("test-server-sql-%1").arg(QRandomGenerator::global()->generate());
    QVariant result;
    {
        QSqlDatabase db = connectionTo(m_dbSpec, connection);
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(statement);
            for (const QVariant& value : bindings) {
                query.addBindValue(value);
            }
            if (!query.exec()) {
                qWarning() << "statement failed:" << statement << query.lastError().text();
            } else if (query.next()) {
                result = query.value(0);
            }
        } else {
            qWarning() << "cannot open the test database:" << db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}
