// OfflineCache: which answers are kept, sealed per account, tampering refused; and with a real license-server
// on loopback and the real Secret Service (with-keyring.sh): the ApiClient answering from it only when the
// server cannot be reached, a silent sign-in that starts offline and reconnects by itself, no secret in clear
// in the file, and sign-out deleting the file and its key. Run without a keychain
// (LP_TEST_NO_KEYCHAIN=1), it checks that nothing is kept at all.
#include "ApiClient.h"
#include "AppSettings.h"
#include "Clock.h"
#include "CredentialStore.h"
#include "LicenseList.h"
#include "MeResponse.h"
#include "OfflineCache.h"
#include "Session.h"
#include "TestServer.h"

#include <DeviceListQuery.h>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <UsageQuery.h>

using namespace lp;

namespace {
const QString kEmail = QStringLiteral("offline@example.com");
const QString kPassword = QStringLiteral("offline-cache-2026");
const QString kProduct = QStringLiteral("Offline Cache Test Product");
const QString kService = QStringLiteral("LicensePortalOfflineCacheTest");
constexpr int kWait = 20000;

const QUrl kServerA(QStringLiteral("https://portal-a.example.com"));
const QUrl kServerB(QStringLiteral("https://portal-b.example.com"));

QString usagePath(const QString& licenseId, const QDate& from, const QDate& to,
                  proto::UsageGranularity granularity)
{
    proto::UsageQuery query;
    query.from = from;
    query.to = to;
    query.granularity = granularity;
    return QStringLiteral("/v1/licenses/%1/usage?%2")
        .arg(licenseId, query.toQuery().toString(QUrl::FullyEncoded));
}

QString devicesPath(const QString& licenseId, const proto::DeviceListQuery& query)
{
    return QStringLiteral("/v1/licenses/%1/devices?%2")
        .arg(licenseId, query.toQuery().toString(QUrl::FullyEncoded));
}

// Runs one statement on a SQLite file past the cache (the tampering of the tests).
bool tamper(const QString& file, const QString& statement)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(statement) && query.numRowsAffected() > 0;
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    return ok;
}

QByteArray rawBytes(const QString& file)
{
    QByteArray bytes;
    for (const QString& suffix : {QString(), QStringLiteral("-journal"), QStringLiteral("-wal")}) {
        QFile part(file + suffix);
        if (part.open(QIODevice::ReadOnly)) {
            bytes += part.readAll();
        }
    }
    return bytes;
}
} // namespace

// One client as the application wires it, with the offline cache in a directory of the test.
struct Client
{
    Client(const QString& iniPath, const QString& cacheDir)
        : settings(iniPath)
        , credentials(kService)
        , cache(&clock, cacheDir)
        , session(&api, &credentials, &settings)
    {
        api.setOfflineCache(&cache);
    }
    SystemClock clock;
    ApiClient api;
    AppSettings settings;
    CredentialStore credentials;
    OfflineCache cache;
    Session session;
};

class TestOfflineCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keepsOnlyTheCachedKinds_data();
    void keepsOnlyTheCachedKinds();
    void storedAnswersComeBackWithTheirTime();
    void usageIsFoundByItsSpanOrFirstDay();
    void tamperedRowsAreRefused();
    void anotherKeyFindsNothing();
    void accountsAreSeparate();
    void answersFromTheCacheOnlyWhenTheServerCannotBeReached();
    void rememberedSignInStartsOfflineAndReconnects();
    void theFileHoldsNoSecretInClear();
    void signOutDeletesTheCacheAndItsKey();
    void withoutAKeychainNothingIsKept();

private:
    bool restartServer();
    CredentialStore::Result readCacheKey(CredentialStore& store);
    CredentialStore::Result readRefreshToken(CredentialStore& store);
    static bool noKeychain() { return qEnvironmentVariableIsSet("LP_TEST_NO_KEYCHAIN"); }

    TestServer m_server;
    QTemporaryDir m_dir;
    QString m_cacheDir;
    QString m_ini;
    QString m_perDevice;
    QString m_perScan;
    QString m_revealedKey;
    QStringList m_tokens;
};

void TestOfflineCache::initTestCase()
{
    m_cacheDir = m_dir.filePath(QStringLiteral("cache"));
    m_ini = m_dir.filePath(QStringLiteral("settings.ini"));
    QVERIFY2(m_server.start(), qPrintable(m_server.log()));
    QVERIFY(m_server.createAccount(kEmail, kPassword, QStringLiteral("Offline Test Ltd")));
    QVERIFY(
        !m_server
             .createLicense(kEmail,
                            {QStringLiteral("--product"), kProduct, QStringLiteral("--type"),
                             QStringLiteral("per_device"), QStringLiteral("--devices"), QStringLiteral("5")},
                            &m_perDevice)
             .isEmpty());
    QVERIFY(!m_server
                 .createLicense(kEmail,
                                {QStringLiteral("--product"), kProduct, QStringLiteral("--type"),
                                 QStringLiteral("per_scan"), QStringLiteral("--scan-quota"),
                                 QStringLiteral("10000")},
                                &m_perScan)
                 .isEmpty());
}

void TestOfflineCache::keepsOnlyTheCachedKinds_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("kept");
    proto::DeviceListQuery firstPage;
    proto::DeviceListQuery nextPage;
    nextPage.cursor = QStringLiteral("opaque-cursor");
    proto::DeviceListQuery typedSearch;
    typedSearch.search = QStringLiteral("handheld-04");
    proto::DeviceListQuery thisComputer;
    thisComputer.search = QString(64, QLatin1Char('a'));
    thisComputer.limit = 1;

    QTest::newRow("me") << "/v1/me" << true;
    QTest::newRow("licenses") << "/v1/licenses" << true;
    QTest::newRow("license") << "/v1/licenses/L1" << true;
    QTest::newRow("revealed key") << "/v1/licenses/L1?reveal=license_key" << false;
    QTest::newRow("any query on a license") << "/v1/licenses/L1?x=1" << false;
    QTest::newRow("devices, first page") << devicesPath(QStringLiteral("L1"), firstPage) << true;
    QTest::newRow("devices, next page") << devicesPath(QStringLiteral("L1"), nextPage) << false;
    QTest::newRow("devices, typed search") << devicesPath(QStringLiteral("L1"), typedSearch) << false;
    QTest::newRow("devices, this computer") << devicesPath(QStringLiteral("L1"), thisComputer) << true;
    QTest::newRow("refresh preview") << "/v1/licenses/L1/devices/refresh-preview" << true;
    QTest::newRow("usage") << usagePath(QStringLiteral("L1"), QDate(2026, 1, 1), QDate(2026, 3, 31),
                                        proto::UsageGranularity::Week)
                           << true;
    QTest::newRow("usage without a range") << "/v1/licenses/L1/usage" << false;
    QTest::newRow("quota") << "/v1/licenses/L1/quota" << true;
    QTest::newRow("scan settings") << "/v1/licenses/L1/scan-settings" << true;
    QTest::newRow("offline licenses") << "/v1/licenses/L1/offline-licenses" << false;
    QTest::newRow("orders") << "/v1/orders" << true;
    QTest::newRow("orders, next page") << "/v1/orders?cursor=abc" << false;
    QTest::newRow("order") << "/v1/orders/O1" << true;
    QTest::newRow("order cancel") << "/v1/orders/O1/cancel" << false;
    QTest::newRow("signing keys") << "/v1/signing-keys" << true;
    QTest::newRow("quotes") << "/v1/quotes" << false;
    QTest::newRow("payment config") << "/v1/payment-config" << false;
    QTest::newRow("login") << "/v1/auth/login" << false;
    QTest::newRow("refresh") << "/v1/auth/refresh" << false;
}

void TestOfflineCache::keepsOnlyTheCachedKinds()
{
    QFETCH(QString, path);
    QFETCH(bool, kept);
    QCOMPARE(OfflineCache::isCached(path), kept);
    if (kept) {
        QCOMPARE(OfflineCache::keysFor(path).first(), path);
    }
}

void TestOfflineCache::storedAnswersComeBackWithTheirTime()
{
    ManualClock clock(QDateTime(QDate(2026, 11, 28), QTime(13, 58), Qt::UTC));
    QTemporaryDir dir;
    OfflineCache cache(&clock, dir.path());
    const QByteArray key = SealedBox::randomKey();
    QSignalSpy openChanged(&cache, &OfflineCache::openChanged);
    QVERIFY(cache.open(kServerA, kEmail, key));
    QVERIFY(cache.isOpen());
    QCOMPARE(openChanged.count(), 1);
    QVERIFY(!cache.lastStored().isValid());

    cache.store(QStringLiteral("/v1/licenses"), QByteArrayLiteral("{\"items\":[]}"));
    clock.advance(60);
    cache.store(QStringLiteral("/v1/me"), QByteArrayLiteral("{\"user\":{}}"));
    // Never a revealed key, whatever the caller hands over.
    cache.store(QStringLiteral("/v1/licenses/L1?reveal=license_key"), QByteArrayLiteral("{\"secret\":1}"));

    auto licenses = cache.lookup(QStringLiteral("/v1/licenses"));
    QVERIFY(licenses);
    QCOMPARE(licenses->body, QByteArrayLiteral("{\"items\":[]}"));
    QCOMPARE(licenses->fetchedAt, QDateTime(QDate(2026, 11, 28), QTime(13, 58), Qt::UTC));
    QCOMPARE(cache.lastStored(), QDateTime(QDate(2026, 11, 28), QTime(13, 59), Qt::UTC));
    QVERIFY(!cache.lookup(QStringLiteral("/v1/licenses/L1?reveal=license_key")));
    QVERIFY(!cache.lookup(QStringLiteral("/v1/licenses/L2")));

    // Kept across a restart, in a file only its owner may read.
    cache.close();
    QVERIFY(!cache.isOpen());
    QVERIFY(!cache.lookup(QStringLiteral("/v1/licenses")));
    QCOMPARE(QFileInfo(cache.fileFor(kServerA, kEmail)).permissions() & 0x0077, QFileDevice::Permissions());
    QVERIFY(cache.open(kServerA, kEmail, key));
    QVERIFY(cache.lookup(QStringLiteral("/v1/me")));

    cache.remove(kServerA, kEmail);
    QVERIFY(!cache.isOpen());
    QVERIFY(!QFile::exists(cache.fileFor(kServerA, kEmail)));
}

void TestOfflineCache::usageIsFoundByItsSpanOrFirstDay()
{
    ManualClock clock(QDateTime(QDate(2026, 3, 31), QTime(12, 0), Qt::UTC));
    QTemporaryDir dir;
    OfflineCache cache(&clock, dir.path());
    QVERIFY(cache.open(kServerA, kEmail, SealedBox::randomKey()));
    const auto day = proto::UsageGranularity::Day;
    cache.store(usagePath(QStringLiteral("L1"), QDate(2026, 1, 1), QDate(2026, 3, 31), day), "ninety days");
    cache.store(usagePath(QStringLiteral("L1"), QDate(2026, 3, 1), QDate(2026, 3, 31), day), "this period");

    // The next day, the pane asks for the same 90 days, one later; the quota for its period up to today.
    QCOMPARE(cache.lookup(usagePath(QStringLiteral("L1"), QDate(2026, 1, 2), QDate(2026, 4, 1), day))->body,
             QByteArrayLiteral("ninety days"));
    QCOMPARE(cache.lookup(usagePath(QStringLiteral("L1"), QDate(2026, 3, 1), QDate(2026, 4, 1), day))->body,
             QByteArrayLiteral("this period"));
    // Another license, granularity or range is not answered.
    QVERIFY(!cache.lookup(usagePath(QStringLiteral("L2"), QDate(2026, 1, 1), QDate(2026, 3, 31), day)));
    QVERIFY(!cache.lookup(usagePath(QStringLiteral("L1"), QDate(2026, 1, 1), QDate(2026, 3, 31),
                                    proto::UsageGranularity::Week)));
    QVERIFY(!cache.lookup(usagePath(QStringLiteral("L1"), QDate(2025, 1, 1), QDate(2026, 3, 31), day)));
}

void TestOfflineCache::tamperedRowsAreRefused()
{
    ManualClock clock(QDateTime(QDate(2026, 11, 28), QTime(13, 58), Qt::UTC));
    QTemporaryDir dir;
    OfflineCache cache(&clock, dir.path());
    QVERIFY(cache.open(kServerA, kEmail, SealedBox::randomKey()));
    const QString file = cache.fileFor(kServerA, kEmail);
    const QString me = QStringLiteral("/v1/me");
    const QString licenses = QStringLiteral("/v1/licenses");
    const QString orders = QStringLiteral("/v1/orders");
    cache.store(me, "me");
    cache.store(licenses, "licenses");
    cache.store(orders, "orders");
    QVERIFY(cache.lookup(me) && cache.lookup(licenses) && cache.lookup(orders));

    // A flipped byte in a sealed body (its last one, the tag), a body moved to another row, another time.
    QVERIFY(tamper(file,
                   QStringLiteral("UPDATE answers SET body = substr(body, 1, length(body) - 1) || "
                                  "CASE WHEN substr(body, -1) = x'00' THEN x'01' ELSE x'00' END "
                                  "WHERE body = (SELECT body FROM answers ORDER BY slot LIMIT 1)")));
    int refused = 0;
    for (const QString& path : {me, licenses, orders}) {
        refused += cache.lookup(path) ? 0 : 1;
    }
    QCOMPARE(refused, 1);
    cache.store(me, "me");
    cache.store(licenses, "licenses");
    cache.store(orders, "orders");
    QVERIFY(tamper(file,
                   QStringLiteral("UPDATE answers SET body = (SELECT body FROM answers ORDER BY slot LIMIT "
                                  "1) WHERE slot = (SELECT slot FROM answers ORDER BY slot DESC LIMIT 1)")));
    refused = 0;
    for (const QString& path : {me, licenses, orders}) {
        refused += cache.lookup(path) ? 0 : 1;
    }
    QCOMPARE(refused, 1);
    cache.store(me, "me");
    cache.store(licenses, "licenses");
    cache.store(orders, "orders");
    QVERIFY(tamper(file, QStringLiteral("UPDATE answers SET fetched_at = fetched_at + 86400000")));
    QVERIFY(!cache.lookup(me) && !cache.lookup(licenses) && !cache.lookup(orders));
    QVERIFY(!cache.lastStored().isValid()); // the refused rows are gone
}

void TestOfflineCache::anotherKeyFindsNothing()
{
    ManualClock clock(QDateTime(QDate(2026, 11, 28), QTime(13, 58), Qt::UTC));
    QTemporaryDir dir;
    OfflineCache cache(&clock, dir.path());
    QVERIFY(cache.open(kServerA, kEmail, SealedBox::randomKey()));
    cache.store(QStringLiteral("/v1/me"), "me");
    // The keychain lost the key (or the file came from elsewhere): the file starts afresh.
    QVERIFY(cache.open(kServerA, kEmail, SealedBox::randomKey()));
    QVERIFY(!cache.lookup(QStringLiteral("/v1/me")));
    QVERIFY(!cache.lastStored().isValid());
    QVERIFY(!cache.open(kServerA, kEmail, QByteArray(16, 'k')));
    QVERIFY(!cache.isOpen());

    // A damaged file is replaced by a new one.
    const QByteArray key = SealedBox::randomKey();
    QFile file(cache.fileFor(kServerA, kEmail));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QByteArray(8192, 'x'));
    file.close();
    QVERIFY(cache.open(kServerA, kEmail, key));
    cache.store(QStringLiteral("/v1/me"), "me");
    QVERIFY(cache.lookup(QStringLiteral("/v1/me")));
}

void TestOfflineCache::accountsAreSeparate()
{
    ManualClock clock(QDateTime(QDate(2026, 11, 28), QTime(13, 58), Qt::UTC));
    QTemporaryDir dir;
    OfflineCache cache(&clock, dir.path());
    const QString other = QStringLiteral("other@example.com");
    QCOMPARE(cache.fileFor(kServerA, kEmail), cache.fileFor(kServerA, kEmail.toUpper()));
    QVERIFY(cache.fileFor(kServerA, kEmail) != cache.fileFor(kServerA, other));
    QVERIFY(cache.fileFor(kServerA, kEmail) != cache.fileFor(kServerB, kEmail));
    // The name tells nobody whose file it is.
    const QString name = QFileInfo(cache.fileFor(kServerA, kEmail)).fileName();
    QVERIFY(!name.contains(QLatin1String("offline")));
    QVERIFY(!name.contains(QLatin1String("portal-a")));

    const QByteArray key = SealedBox::randomKey();
    QVERIFY(cache.open(kServerA, kEmail, key));
    cache.store(QStringLiteral("/v1/me"), "a");
    QVERIFY(cache.open(kServerA, other, key));
    QVERIFY(!cache.lookup(QStringLiteral("/v1/me")));
    cache.store(QStringLiteral("/v1/me"), "other");
    QVERIFY(cache.open(kServerA, kEmail, key));
    QCOMPARE(cache.lookup(QStringLiteral("/v1/me"))->body, QByteArrayLiteral("a"));
    // Removing one account's file leaves the other's.
    cache.remove(kServerA, other);
    QVERIFY(cache.isOpen());
    QVERIFY(QFile::exists(cache.fileFor(kServerA, kEmail)));
    QVERIFY(!QFile::exists(cache.fileFor(kServerA, other)));
}

bool TestOfflineCache::restartServer()
{
    const int port = m_server.baseUrl().port();
    m_server.stop();
    // The same port and database: the client finds its server again where it was.
    return m_server.start({QStringLiteral("--port"), QString::number(port)})
        && m_server.baseUrl().port() == port;
}

void TestOfflineCache::answersFromTheCacheOnlyWhenTheServerCannotBeReached()
{
    ManualClock clock(QDateTime::currentDateTimeUtc());
    QTemporaryDir dir;
    OfflineCache cache(&clock, dir.path());
    ApiClient api;
    api.setBaseUrl(m_server.baseUrl());
    api.setOfflineCache(&cache);
    const QByteArray key = SealedBox::randomKey();
    QVERIFY(cache.open(m_server.baseUrl(), kEmail, key));

    QSignalSpy login(api.login(kEmail, kPassword), &ApiJob::finished);
    QVERIFY(login.wait(kWait));
    ApiJob* live = api.fetchLicenses();
    QSignalSpy liveDone(live, &ApiJob::finished);
    QVERIFY(liveDone.wait(kWait));
    QVERIFY(live->succeeded() && !live->fromCache());
    QCOMPARE(live->value<proto::LicenseList>()->items.size(), 2);
    const QDateTime fetched = clock.now();

    // An answer to a request made before the cache changed hands (a sign-out, another account signed in)
    // is not kept in the new one.
    ApiJob* earlier = api.fetchLicenses();
    QVERIFY(cache.open(m_server.baseUrl(), QStringLiteral("someone-else@example.com"), key));
    QSignalSpy earlierDone(earlier, &ApiJob::finished);
    QVERIFY(earlierDone.wait(kWait));
    QVERIFY(earlier->succeeded());
    QVERIFY(!cache.lookup(QStringLiteral("/v1/licenses")));
    cache.remove(m_server.baseUrl(), QStringLiteral("someone-else@example.com"));
    QVERIFY(cache.open(m_server.baseUrl(), kEmail, key));
    QVERIFY(cache.lookup(QStringLiteral("/v1/licenses"))); // kept before

    QSignalSpy offline(&api, &ApiClient::offlineChanged);
    // A live server's refusal is the answer, even with something kept for the same request.
    const QString unknown = QStringLiteral("/v1/licenses/no-such-license");
    cache.store(unknown, QByteArrayLiteral("{}"));
    ApiJob* refused = api.fetchLicense(QStringLiteral("no-such-license"), false);
    QSignalSpy refusedDone(refused, &ApiJob::finished);
    QVERIFY(refusedDone.wait(kWait));
    QCOMPARE(refused->error().status, 404);
    QVERIFY(!refused->fromCache());
    QCOMPARE(offline.count(), 0);
    QVERIFY(!api.isOffline());

    m_server.stop();
    clock.advance(300);
    ApiJob* cached = api.fetchLicenses();
    QSignalSpy cachedDone(cached, &ApiJob::finished);
    QVERIFY(cachedDone.wait(kWait));
    QVERIFY(cached->succeeded());
    QVERIFY(cached->fromCache());
    QCOMPARE(cached->cachedAt(), fetched);
    QCOMPARE(cached->value<proto::LicenseList>()->items.size(), 2);
    QCOMPARE(offline.count(), 1);
    QCOMPARE(offline.first().at(0).toBool(), true);
    QCOMPARE(offline.first().at(1).toDateTime(), clock.now());
    QVERIFY(api.isOffline());
    QCOMPARE(api.offlineSince(), clock.now());

    // Offline, a kept answer comes at once; what is not kept, a revealed key, writes, still fail.
    ApiJob* again = api.fetchLicenses();
    QVERIFY(again->fromCache());
    ApiJob* reveal = api.fetchLicense(m_perDevice, true);
    QSignalSpy revealDone(reveal, &ApiJob::finished);
    QVERIFY(revealDone.wait(kWait));
    QCOMPARE(reveal->error().kind, ApiError::Kind::Unreachable);
    ApiJob* save = api.saveScanSettings(m_perScan, proto::ScanSettings::defaults());
    QSignalSpy saveDone(save, &ApiJob::finished);
    QVERIFY(saveDone.wait(kWait));
    QCOMPARE(save->error().kind, ApiError::Kind::Unreachable);
    ApiJob* probe = api.checkConnection();
    QSignalSpy probeDone(probe, &ApiJob::finished);
    QVERIFY(probeDone.wait(kWait));
    QVERIFY(!probe->succeeded());
    QCOMPARE(offline.count(), 1);

    // The server is back: the first answer ends the offline state, and answers are live again.
    QVERIFY2(restartServer(), qPrintable(m_server.log()));
    ApiJob* back = api.checkConnection();
    QSignalSpy backDone(back, &ApiJob::finished);
    QVERIFY(backDone.wait(kWait));
    QVERIFY(back->succeeded());
    QCOMPARE(offline.count(), 2);
    QCOMPARE(offline.last().at(0).toBool(), false);
    QVERIFY(!api.isOffline());
    ApiJob* fresh = api.fetchLicenses();
    QSignalSpy freshDone(fresh, &ApiJob::finished);
    QVERIFY(freshDone.wait(kWait));
    QVERIFY(fresh->succeeded() && !fresh->fromCache());

    // Closing the cache (sign-out) ends an offline state too.
    m_server.stop();
    ApiJob* down = api.fetchLicenses();
    QSignalSpy downDone(down, &ApiJob::finished);
    QVERIFY(downDone.wait(kWait));
    QVERIFY(api.isOffline());
    cache.close();
    QVERIFY(!api.isOffline());
    QVERIFY2(restartServer(), qPrintable(m_server.log()));
}

void TestOfflineCache::rememberedSignInStartsOfflineAndReconnects()
{
    if (noKeychain()) {
        QSKIP("needs the Secret Service");
    }
    {
        Client client(m_ini, m_cacheDir);
        QSignalSpy signedIn(&client.session, &Session::signedIn);
        QSignalSpy tokens(&client.api, &ApiClient::tokensChanged);
        client.session.signIn(m_server.baseUrl(), kEmail, kPassword, true);
        QVERIFY(signedIn.wait(kWait));
        QVERIFY(client.session.isRemembered());
        QVERIFY(client.cache.isOpen());
        QVERIFY(QFile::exists(client.cache.fileFor(m_server.baseUrl(), kEmail)));
        for (const QList<QVariant>& emitted : std::as_const(tokens)) {
            const auto pair = emitted.first().value<proto::TokenPair>();
            m_tokens << pair.accessToken << pair.refreshToken;
        }

        // What the panes load: the keys, a key, the devices' first page, usage, quota, settings.
        QList<ApiJob*> jobs {client.api.fetchLicenses(),
                             client.api.fetchLicense(m_perDevice, false),
                             client.api.fetchDevices(m_perDevice, {}),
                             client.api.fetchRefreshPreview(m_perDevice),
                             client.api.fetchQuota(m_perScan),
                             client.api.fetchScanSettings(m_perScan)};
        proto::UsageQuery usage;
        usage.to = QDate::currentDate();
        usage.from = usage.to.addDays(-89);
        jobs << client.api.fetchUsage(m_perScan, usage);
        // And the key in clear, which must never reach the file.
        ApiJob* reveal = client.api.fetchLicense(m_perDevice, true);
        connect(reveal, &ApiJob::finished, this, [this](ApiJob* job) {
            if (const auto* license = job->value<proto::License>()) {
                m_revealedKey = license->licenseKey;
            }
        });
        int done = 0;
        for (ApiJob* job : std::as_const(jobs)) {
            connect(job, &ApiJob::finished, this, [&done](ApiJob* finished) {
                QVERIFY2(finished->succeeded(), qPrintable(finished->error().userMessage()));
                ++done;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, int(jobs.size()), kWait);
        QTRY_VERIFY_WITH_TIMEOUT(!m_revealedKey.isEmpty(), kWait);
        for (const QList<QVariant>& emitted : std::as_const(tokens)) {
            const auto pair = emitted.first().value<proto::TokenPair>();
            m_tokens << pair.accessToken << pair.refreshToken;
        }
    }

    // A new start while the server is down: signed in from the keychain and the cache, offline.
    m_server.stop();
    Client restarted(m_ini, m_cacheDir);
    restarted.session.setReconnectInterval(std::chrono::milliseconds(200));
    QSignalSpy finished(&restarted.session, &Session::silentSignInFinished);
    QSignalSpy offline(&restarted.session, &Session::offlineChanged);
    QSignalSpy reconnected(&restarted.session, &Session::reconnected);
    restarted.session.trySilentSignIn();
    QVERIFY(finished.wait(kWait));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(restarted.session.state(), Session::State::SignedIn);
    QVERIFY(restarted.session.isOffline());
    QCOMPARE(offline.count(), 1);
    QCOMPARE(restarted.session.me().user.email, kEmail);
    QCOMPARE(restarted.session.me().account.name, QStringLiteral("Offline Test Ltd"));
    QVERIFY(restarted.session.cachedDataTime().isValid());
    QVERIFY(restarted.session.cachedDataTime() <= restarted.session.offlineSince());
    ApiJob* licenses = restarted.api.fetchLicenses();
    QVERIFY(licenses->fromCache());
    QSignalSpy licensesDone(licenses, &ApiJob::finished);
    QVERIFY(licensesDone.wait(kWait));
    QCOMPARE(licenses->value<proto::LicenseList>()->items.size(), 2);
    // Its attempts to reach the server fail meanwhile, and change nothing.
    QTest::qWait(700);
    QCOMPARE(reconnected.count(), 0);
    QVERIFY(restarted.session.isOffline());

    // The server comes back on its address: the session finds it by itself.
    QVERIFY2(restartServer(), qPrintable(m_server.log()));
    QVERIFY(reconnected.wait(kWait));
    QVERIFY(!restarted.session.isOffline());
    QCOMPARE(offline.count(), 2);
    QCOMPARE(restarted.session.me().user.email, kEmail);
    ApiJob* live = restarted.api.fetchLicenses();
    QSignalSpy liveDone(live, &ApiJob::finished);
    QVERIFY(liveDone.wait(kWait));
    QVERIFY(live->succeeded() && !live->fromCache());
    // The refresh token the reconnection rotated is the one in the keychain.
    QTRY_COMPARE_WITH_TIMEOUT(readRefreshToken(restarted.credentials).secret, restarted.api.refreshToken(),
                              kWait);
    m_tokens << restarted.api.refreshToken();
}

void TestOfflineCache::theFileHoldsNoSecretInClear()
{
    if (noKeychain()) {
        QSKIP("needs the Secret Service");
    }
    Client client(m_ini, m_cacheDir);
    const QString file = client.cache.fileFor(m_server.baseUrl(), kEmail);
    const QByteArray bytes = rawBytes(file);
    QVERIFY(bytes.size() > 4096);
    QVERIFY(!m_revealedKey.isEmpty());
    QVERIFY(!bytes.contains(m_revealedKey.toUtf8()));
    QVERIFY(m_tokens.size() >= 3);
    for (const QString& token : std::as_const(m_tokens)) {
        QVERIFY(!token.isEmpty());
        QVERIFY2(!bytes.contains(token.toUtf8()), "a token is in the offline cache");
    }
    // Every body is sealed whole, so even what is no secret (the handshake codes are public) is not in clear.
    QVERIFY(!bytes.contains(kProduct.toUtf8()));
    QVERIFY(!bytes.contains(kEmail.toUtf8()));
    QVERIFY(!bytes.contains(m_perDevice.toUtf8()));
    QVERIFY(!bytes.contains("license_key"));
    // The key is in the keychain, not beside the file.
    const CredentialStore::Result key = readCacheKey(client.credentials);
    QCOMPARE(key.status, CredentialStore::Status::Ok);
    const QByteArray rawKey = QByteArray::fromBase64(key.secret.toLatin1());
    QCOMPARE(rawKey.size(), SealedBox::kKeyBytes);
    QVERIFY(!bytes.contains(rawKey));
    QVERIFY(!bytes.contains(key.secret.toLatin1()));
    QCOMPARE(QDir(m_cacheDir).entryList(QDir::Files).size(), 1);
}

void TestOfflineCache::signOutDeletesTheCacheAndItsKey()
{
    if (noKeychain()) {
        QSKIP("needs the Secret Service");
    }
    Client client(m_ini, m_cacheDir);
    QSignalSpy finished(&client.session, &Session::silentSignInFinished);
    client.session.trySilentSignIn();
    QVERIFY(finished.wait(kWait));
    QCOMPARE(finished.first().first().toBool(), true);
    const QString file = client.cache.fileFor(m_server.baseUrl(), kEmail);
    QVERIFY(QFile::exists(file));
    client.session.signOut();
    QVERIFY(!client.cache.isOpen());
    QVERIFY(!QFile::exists(file));
    QVERIFY(QDir(m_cacheDir).entryList(QDir::Files).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(readCacheKey(client.credentials).status, CredentialStore::Status::NotFound,
                              kWait);
    QTRY_COMPARE_WITH_TIMEOUT(readRefreshToken(client.credentials).status, CredentialStore::Status::NotFound,
                              kWait);

    // Signed in again without "remember me": nothing is kept.
    QSignalSpy signedIn(&client.session, &Session::signedIn);
    client.session.signIn(m_server.baseUrl(), kEmail, kPassword, false);
    QVERIFY(signedIn.wait(kWait));
    QVERIFY(!client.cache.isOpen());
    QSignalSpy done(client.api.fetchLicenses(), &ApiJob::finished);
    QVERIFY(done.wait(kWait));
    QVERIFY(QDir(m_cacheDir).entryList(QDir::Files).isEmpty());
}

void TestOfflineCache::withoutAKeychainNothingIsKept()
{
    if (!noKeychain()) {
        QSKIP("runs as test_offlinecache_nokeychain");
    }
    Client client(m_ini, m_cacheDir);
    QSignalSpy signedIn(&client.session, &Session::signedIn);
    QSignalSpy unavailable(&client.session, &Session::keychainUnavailable);
    client.session.signIn(m_server.baseUrl(), kEmail, kPassword, true);
    QVERIFY(signedIn.wait(kWait));
    QCOMPARE(unavailable.count(), 1);
    QVERIFY(unavailable.first().first().toString().contains(QLatin1String("offline")));
    QVERIFY(!client.session.isRemembered());
    QVERIFY(!client.cache.isOpen());
    QSignalSpy done(client.api.fetchLicenses(), &ApiJob::finished);
    QVERIFY(done.wait(kWait));
    QVERIFY(!QDir(m_cacheDir).exists() || QDir(m_cacheDir).entryList(QDir::Files).isEmpty());
    // And without the server, nothing stands in for it.
    m_server.stop();
    ApiJob* down = client.api.fetchLicenses();
    QSignalSpy downDone(down, &ApiJob::finished);
    QVERIFY(downDone.wait(kWait));
    QCOMPARE(down->error().kind, ApiError::Kind::Unreachable);
    QVERIFY(!client.session.isOffline());
    QVERIFY2(restartServer(), qPrintable(m_server.log()));
}

CredentialStore::Result TestOfflineCache::readCacheKey(CredentialStore& store)
{
    std::optional<CredentialStore::Result> result;
    store.readCacheKey(m_server.baseUrl(), kEmail, this,
                       [&](const CredentialStore::Result& r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, kWait)) {
        qWarning("the keychain did not answer");
    }
    return result.value_or(CredentialStore::Result {});
}

CredentialStore::Result TestOfflineCache::readRefreshToken(CredentialStore& store)
{
    std::optional<CredentialStore::Result> result;
    store.readRefreshToken(m_server.baseUrl(), kEmail, this,
                           [&](const CredentialStore::Result& r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, kWait)) {
        qWarning("the keychain did not answer");
    }
    return result.value_or(CredentialStore::Result {});
}

QTEST_GUILESS_MAIN(TestOfflineCache)
#include "test_offlinecache.moc"
