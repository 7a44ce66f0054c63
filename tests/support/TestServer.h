#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <QVariant>

// A real license-server process on loopback with a database of its own, for tests.
// The backend comes from the environment: LP_TEST_BACKEND=postgres uses a fresh database created in the
// cluster at LP_TEST_PG_URL (and dropped afterwards); anything else uses a temporary SQLite file.
class TestServer
{
public:
    TestServer();
    // A second server on the database of another one (the other keeps owning it).
    explicit TestServer(const QString& sharedDatabaseSpec);
    ~TestServer();
    TestServer(const TestServer&) = delete;
    TestServer& operator=(const TestServer&) = delete;

    // Starts `license-server --db <spec> --port 0 <extraArgs>` and waits until it listens.
    bool start(const QStringList& extraArgs = {});
    // The smallest demo fleet the server takes. Seeding the default 100,000 devices costs 7 s per start
    // (16 s under ASan); only tests about a large fleet need it.
    static constexpr int kSmallDemoFleet = 2500;
    // start() with the demo account (`--demo`) and a fleet license of `fleetSize` devices.
    bool startDemo(int fleetSize = kSmallDemoFleet, const QStringList& extraArgs = {});
    void stop();
    // Environment variables ("NAME=value") added for the server process from the next start() on, e.g.
    // LP_FAILPOINT for the kill tests; an empty list clears them.
    void setEnvironment(const QStringList& variables);
    // Waits until the server process has ended by itself (exited or killed); false if it still runs.
    bool waitForExit(int milliseconds);
    // The process ended by a signal (such as SIGKILL) rather than an exit.
    bool crashed() const { return m_process.exitStatus() == QProcess::CrashExit; }
    // How long start() waits for the server to listen (default 60 s; a benchmark seeding a million
    // devices needs longer).
    void setStartTimeout(int milliseconds) { m_startTimeoutMs = milliseconds; }

    QUrl baseUrl() const { return m_baseUrl; }
    // The --db argument: a SQLite path or a postgresql:// URL.
    QString databaseSpec() const { return m_dbSpec; }
    bool isPostgres() const { return m_postgres; }
    // The --secret-key-file this server is started with; empty when it uses the default beside a SQLite
    // file. A second server on the same PostgreSQL database needs the same one.
    QString secretKeyFile() const { return m_secretKeyFile; }
    // Runs `license-server admin <args> --db <spec>`; returns its exit code and its stdout+stderr.
    int admin(const QStringList& args, QString* output = nullptr) const;
    // Everything the server printed so far (its request log included).
    QString log();
    // Runs one statement on the database past the server (to set up what no API offers, such as an expired
    // license); returns the first column of the first row, if any.
    QVariant sql(const QString& statement, const QVariantList& bindings = {}) const;
    // Creates an account (owner user included) through the admin CLI; true on success.
    bool createAccount(const QString& email, const QString& password, const QString& name) const;
    // Creates a license for the account through the admin CLI (`options` as create-license takes them);
    // returns its handshake code (empty on failure) and sets *id to its id.
    QString createLicense(const QString& accountEmail, const QStringList& options,
                          QString* id = nullptr) const;

    static QString serverBinary();

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_dbSpec;
    QString m_secretKeyFile; // PostgreSQL only; SQLite's default lies beside the database already
    QString m_pgAdminUrl;
    QString m_pgDatabase;
    QString m_log;
    QUrl m_baseUrl;
    bool m_postgres = false;
    int m_startTimeoutMs = 60000;
};
