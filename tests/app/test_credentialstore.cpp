// CredentialStore against the real Secret Service (run through with-keyring.sh), and, as
// test_credentialstore_nokeychain (LP_TEST_NO_KEYCHAIN=1, no D-Bus session), with no keychain at all.
#include "CredentialStore.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace lp;
using Status = CredentialStore::Status;

namespace {
const QString kService = QStringLiteral("LicensePortalTest");
const QUrl kServerA(QStringLiteral("https://portal-a.example.com"));
const QUrl kServerB(QStringLiteral("http://127.0.0.1:8080"));
const QString kEmail = QStringLiteral("Demo@Example.com");

bool noKeychainMode()
{
    return qEnvironmentVariableIsSet("LP_TEST_NO_KEYCHAIN");
}

// Files under `dir` whose bytes contain `needle`.
QStringList filesContaining(const QString& dir, const QByteArray& needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle)) {
            hits << file.fileName();
        }
    }
    return hits;
}

QStringList allFiles(const QString& dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files << it.next();
    }
    return files;
}
} // namespace

// A macro, because QSKIP only leaves the function it is written in.
#define REQUIRE_KEYCHAIN()                                                                                   \
    if (noKeychainMode())                                                                                    \
    QSKIP("needs the Secret Service (runs as test_credentialstore)")

class TestCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (noKeychainMode()) {
            // A HOME of our own, so that "nothing was written" can be checked exhaustively.
            QVERIFY(m_home.isValid());
            qputenv("HOME", QFile::encodeName(m_home.path()));
            qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
            qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
            qputenv("XDG_CACHE_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("cache"))));
        }
    }

    void keyForScopesByServerAndAccount()
    {
        QCOMPARE(CredentialStore::keyFor(QUrl(QStringLiteral("HTTPS://Portal.Example.com/path")), kEmail),
                 QStringLiteral("https://portal.example.com:443 demo@example.com"));
        QCOMPARE(CredentialStore::keyFor(kServerB, kEmail),
                 QStringLiteral("http://127.0.0.1:8080 demo@example.com"));
        QVERIFY(CredentialStore::keyFor(kServerA, kEmail) != CredentialStore::keyFor(kServerB, kEmail));
    }

    void roundTrip()
    {
        REQUIRE_KEYCHAIN();
        CredentialStore store(kService);
        const QString token = QStringLiteral("rt-round-trip-4f1d2c9a7b");
        QCOMPARE(write(store, kServerA, kEmail, token).status, Status::Ok);
        const auto read = this->read(store, kServerA, kEmail.toLower());
        QCOMPARE(read.status, Status::Ok);
        QCOMPARE(read.secret, token);

        // Really in the Secret Service, and nowhere on disk in clear.
        QProcess secretTool;
        secretTool.start(
            QStringLiteral("secret-tool"),
            {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), kService});
        QVERIFY(secretTool.waitForFinished(10000));
        const QString found
            = QString::fromUtf8(secretTool.readAllStandardOutput() + secretTool.readAllStandardError());
        QVERIFY2(found.contains(token), qPrintable(found));
        QVERIFY2(found.contains(CredentialStore::keyFor(kServerA, kEmail)), qPrintable(found));
        for (const char* variable : {"HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME"}) {
            const QString dir = qEnvironmentVariable(variable);
            if (!dir.isEmpty()) {
                QCOMPARE(filesContaining(dir, token.toUtf8()), QStringList());
            }
        }

        QCOMPARE(remove(store, kServerA, kEmail).status, Status::Ok);
        QCOMPARE(this->read(store, kServerA, kEmail).status, Status::NotFound);
    }

    void entriesAreScopedByServerAndAccount()
    {
        REQUIRE_KEYCHAIN();
        CredentialStore store(kService);
        const QString other = QStringLiteral("other@example.com");
        QCOMPARE(write(store, kServerA, kEmail, QStringLiteral("token-a")).status, Status::Ok);
        QCOMPARE(write(store, kServerB, kEmail, QStringLiteral("token-b")).status, Status::Ok);
        QCOMPARE(write(store, kServerA, other, QStringLiteral("token-other")).status, Status::Ok);
        QCOMPARE(read(store, kServerA, kEmail).secret, QStringLiteral("token-a"));
        QCOMPARE(read(store, kServerB, kEmail).secret, QStringLiteral("token-b"));
        QCOMPARE(read(store, kServerA, other).secret, QStringLiteral("token-other"));

        // Overwriting replaces, deleting one leaves the others.
        QCOMPARE(write(store, kServerA, kEmail, QStringLiteral("token-a2")).status, Status::Ok);
        QCOMPARE(read(store, kServerA, kEmail).secret, QStringLiteral("token-a2"));
        QCOMPARE(remove(store, kServerB, kEmail).status, Status::Ok);
        QCOMPARE(read(store, kServerB, kEmail).status, Status::NotFound);
        QCOMPARE(read(store, kServerA, kEmail).secret, QStringLiteral("token-a2"));
        remove(store, kServerA, kEmail);
        remove(store, kServerA, other);
    }

    void readingAMissingEntryIsNotFound()
    {
        REQUIRE_KEYCHAIN();
        CredentialStore store(kService);
        QCOMPARE(read(store, kServerB, QStringLiteral("nobody@example.com")).status, Status::NotFound);
    }

    void noKeychainIsUnavailableAndWritesNothing()
    {
        if (!noKeychainMode()) {
            QSKIP("runs as test_credentialstore_nokeychain");
        }
        CredentialStore store(kService);
        const QString token = QStringLiteral("rt-must-not-land-on-disk");
        const auto written = write(store, kServerA, kEmail, token);
        QVERIFY2(written.status == Status::Unavailable, qPrintable(written.errorText));
        QVERIFY(!written.errorText.isEmpty());
        QCOMPARE(read(store, kServerA, kEmail).status, Status::Unavailable);
        QCOMPARE(allFiles(m_home.path()), QStringList());
    }

private:
    // Calls one store operation and waits for its answer on the event loop.
    template<typename Call>
    CredentialStore::Result wait(Call call)
    {
        std::optional<CredentialStore::Result> result;
        call([&result](const CredentialStore::Result& answer) { result = answer; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000)) {
            return {Status::Failed, {}, QStringLiteral("timed out")};
        }
        return *result;
    }
    CredentialStore::Result write(CredentialStore& store, const QUrl& server, const QString& email,
                                  const QString& token)
    {
        return wait([&](auto done) { store.writeRefreshToken(server, email, token, this, done); });
    }
    CredentialStore::Result read(CredentialStore& store, const QUrl& server, const QString& email)
    {
        return wait([&](auto done) { store.readRefreshToken(server, email, this, done); });
    }
    CredentialStore::Result remove(CredentialStore& store, const QUrl& server, const QString& email)
    {
        return wait([&](auto done) { store.deleteRefreshToken(server, email, this, done); });
    }

    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "test_credentialstore.moc"
