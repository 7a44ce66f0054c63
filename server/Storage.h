#pragma once

#include "AccountSummary.h"
#include "LicenseRecord.h"
#include "OrderRecord.h"
#include "QuoteRecord.h"
#include "UserRecord.h"

#include <Device.h>
#include <DeviceListQuery.h>
#include <DevicePage.h>
#include <QList>
#include <QVariant>
#include <ScanSettings.h>
#include <optional>

namespace lp::server {

class Database;
class SecretBox;

// All SQL of the server. Routes and services call these methods and never see a query; every method
// throws DatabaseError when the database fails. License keys are sealed with the SecretBox on the way in
// and opened on the way out, so no other layer handles them encrypted.
class Storage
{
public:
    Storage(Database& database, const SecretBox& secrets);

    Database& database() { return m_database; }

    // Accounts and users. Emails are stored lowercased, so lookups are case-insensitive.
    // `currency` is the ISO 4217 code the account is priced and invoiced in.
    void insertAccount(const QString& id, const QString& name, qint64 now,
                       const QString& currency = QStringLiteral("EUR"));
    QString accountCurrency(const QString& accountId);
    void insertUser(const UserRecord& user, qint64 now);
    std::optional<UserRecord> userByEmail(const QString& email);
    QList<AccountSummary> accountSummaries();

    // Sessions and tokens; only SHA-256 hashes of tokens are stored.
    void insertSession(const QString& id, const QString& userId, qint64 now);
    void revokeSession(const QString& id, qint64 now);
    void insertAccessToken(const QString& hash, const QString& sessionId, qint64 expiresAt);
    void insertRefreshToken(const QString& hash, const QString& sessionId, qint64 expiresAt);
    // The user of a live access token: not expired, session not revoked.
    std::optional<UserRecord> userByAccessToken(const QString& hash, qint64 now);

    struct RefreshToken
    {
        QString sessionId;
        qint64 expiresAt = 0;
        std::optional<qint64> usedAt;
        bool sessionRevoked = false;
    };
    std::optional<RefreshToken> refreshToken(const QString& hash);
    // Marks the token used; false if it already was (another request won the race).
    bool markRefreshTokenUsed(const QString& hash, qint64 now);
    // Deletes expired tokens and the sessions left without a refresh token; returns the rows removed.
    qint64 purgeExpiredSessions(qint64 now);

    // Licenses, always scoped to an account so that no route can reach another account's rows.
    void insertLicense(const LicenseRecord& license);
    QList<LicenseRecord> licensesOfAccount(const QString& accountId);
    std::optional<LicenseRecord> licenseOfAccount(const QString& accountId, const QString& licenseId);
    // The license key in clear (for reveal); throws if it cannot be decrypted.
    QString licenseKey(const LicenseRecord& license);
    bool handshakeCodeExists(const QString& code);

    // The value that proves which secret key this database's license keys are sealed with.
    std::optional<QString> secretKeyCheck();
    void insertSecretKeyCheck(const QString& sealed);
    // Scans counted on days in [fromDay, toDay), both unix seconds at UTC midnight.
    qint64 scansUsed(const QString& licenseId, qint64 fromDay, qint64 toDay);

    struct Device
    {
        QString id;
        QString licenseId;
        QString deviceHash;
        QString name;
        QString platform;
        QString sdkVersion;
        qint64 firstSeen = 0;
        qint64 lastSeen = 0;
        std::optional<qint64> releasedAt;
    };
    // Inserts devices (one prepared statement for all) and counts the seats they take on their license.
    void insertDevices(const QList<Device>& devices);
    void insertDevice(const Device& device) { insertDevices({device}); }
    std::optional<LicenseRecord> licenseByHandshakeCode(const QString& code);
    // The device with this hash under the license, released or not.
    std::optional<Device> deviceOf(const QString& licenseId, const QString& deviceHash);
    // A registration of a known device: details as the device reports them, last seen now, and a seat
    // again if it had been released.
    void registerDeviceAgain(const Device& device, bool takesSeatAgain);
    // A heartbeat: only the last check-in of the device (registered, not released) changes, so the other
    // indexes are left alone. The device's id, or nullopt when there is no such device.
    std::optional<QString> touchDevice(const QString& licenseId, const QString& deviceHash, qint64 now);
    // Records that a heartbeat was counted; false if this license already had one with this id (a replay).
    bool recordHeartbeat(const QString& licenseId, const QString& heartbeatId, qint64 now);
    void addDeviceUsage(const QString& deviceId, qint64 day, qint64 count);
    // Heartbeat ids are kept long enough to catch any replay; returns the rows removed.
    qint64 purgeHeartbeatReceipts(qint64 before);
    qint64 devicesInUse(const QString& licenseId);
    // Serialises seat-taking per license across server processes until the transaction ends (a no-op
    // write takes the row lock on PostgreSQL; SQLite has one writer anyway).
    void lockLicense(const QString& licenseId);

    // One page of a license's devices (see lp::proto::DeviceListQuery for the meaning of the fields).
    struct DeviceQuery
    {
        QString licenseId;
        QString search;
        std::optional<lp::proto::DeviceStatus> status;
        lp::proto::DeviceSort sort = lp::proto::DeviceSort::LastSeen;
        bool descending = true;
        // Keyset paging: only rows after this sort key and id.
        std::optional<QVariant> afterKey;
        QString afterId;
        int limit = 100;
        qint64 now = 0;
    };
    struct DevicePage
    {
        QList<Device> devices;
        std::optional<qint64> total; // see lp::proto::DevicePage::total
    };
    DevicePage devices(const DeviceQuery& query);
    // The key a device has in the given sort, as DeviceQuery::afterKey expects it.
    static QVariant sortKey(const Device& device, lp::proto::DeviceSort sort);

    // Device refresh: the per-device licenses, and releasing the devices of one not seen since `since`.
    QList<LicenseRecord> perDeviceLicenses();
    std::optional<LicenseRecord> licenseById(const QString& licenseId);
    // Marks the license's unreleased devices last seen before `since` released at `at`, frees their seats
    // and records `at` as the license's last refresh; returns how many were released. A device with an
    // offline license still valid at `at` keeps its seat: it never checks in.
    qint64 runDeviceRefresh(const QString& licenseId, qint64 since, qint64 at);
    // The devices a refresh at `at` would release (see runDeviceRefresh): the first `limit` (least recently
    // seen first) and how many there are.
    QList<Device> devicesNotSeenSince(const QString& licenseId, qint64 since, qint64 at, int limit);
    qint64 countDevicesNotSeenSince(const QString& licenseId, qint64 since, qint64 at);
    // An operator recorded the payment of a wire transfer or check order: an order awaiting it, or one
    // expired only for being overdue, awaits it again with no due date, to be fulfilled in the same
    // transaction. False for any other order.
    bool reopenForRecordedPayment(const QString& orderId, qint64 now);
    // The device holds an offline license until `until`: its seat is kept until then (or until the end of
    // a longer file issued before).
    void setDeviceOfflineUntil(const QString& deviceId, qint64 until);
    // Updates the query planner's statistics (after bulk loads).
    void analyze();

    void addScanUsage(const QString& licenseId, qint64 day, const QString& format, qint64 count);
    struct UsageRow
    {
        qint64 day = 0;
        QString format;
        qint64 count = 0;
    };
    // The license's scans per day and format on days in [fromDay, toDay), by day.
    QList<UsageRow> scanUsage(const QString& licenseId, qint64 fromDay, qint64 toDay);
    // How many of the license's devices were first seen (and how many released) on each day, as
    // (UTC midnight, count) in day order: the history of its seat count.
    QList<std::pair<qint64, qint64>> devicesFirstSeenPerDay(const QString& licenseId);
    QList<std::pair<qint64, qint64>> devicesReleasedPerDay(const QString& licenseId);
    // The pre-scan settings saved for the license, or the defaults when none are.
    lp::proto::ScanSettings scanSettings(const QString& licenseId);
    void saveScanSettings(const QString& licenseId, const lp::proto::ScanSettings& settings, qint64 now);

    // Checkout: quotes, orders and the license changes they make. Orders change state only while they await
    // payment (each such method answers whether it applied), so that a payment is never applied twice.
    void insertQuote(const QuoteRecord& quote);
    std::optional<QuoteRecord> quoteOfAccount(const QString& accountId, const QString& quoteId);
    // Deletes quotes that expired before `before` and were never ordered; returns how many.
    qint64 purgeUnorderedQuotes(qint64 before);
    // Inserts the order unless the account has one under its idempotency key already (false then).
    bool insertOrder(const OrderRecord& order);
    std::optional<OrderRecord> orderById(const QString& orderId);
    std::optional<OrderRecord> orderOfAccount(const QString& accountId, const QString& orderId);
    std::optional<OrderRecord> orderByIdempotencyKey(const QString& accountId, const QString& key);
    std::optional<OrderRecord> orderByPaymentReference(const QString& reference);
    // The account's newest orders first, at most `limit`.
    QList<OrderRecord> ordersOfAccount(const QString& accountId, int limit);
    // An order of the quote that is awaiting payment, paid or fulfilled.
    std::optional<QString> liveOrderOfQuote(const QString& quoteId);
    std::optional<QString> awaitingOrderOfLicense(const QString& licenseId);
    bool paymentReferenceExists(const QString& reference);
    // Orders awaiting payment past their expires_at (of one account, or of all for an empty id).
    QList<OrderRecord> dueOrders(qint64 now, const QString& accountId = {});
    // Orders whose provider step (a charge, an approval) may not have been recorded: see OrderRecord.
    QStringList unfinishedOrders();
    // Records the provider's reference (charge id, approval token) and clears the payment state.
    void setOrderProviderReference(const QString& orderId, const QString& reference, qint64 now);
    // awaiting_payment (and not past its expires_at) → fulfilled, with the receipt and the new terms.
    bool fulfilOrder(const QString& orderId, const lp::proto::Receipt& receipt,
                     const lp::proto::LicenseTerms& result, const QString& note, qint64 now);
    // awaiting_payment → declined, cancelled or expired, with the reason.
    bool closeOrder(const QString& orderId, lp::proto::OrderStatus status,
                    const lp::proto::PaymentFailure& failure, qint64 now);
    // The next number of a document series ("PF-2026"): 1, 2, … without gaps in committed transactions.
    qint64 nextDocumentNumber(const QString& series);
    void updateLicenseTerms(const QString& licenseId, const lp::proto::LicenseTerms& terms);

    // Failed sign-ins, per key ("email:…" or "address:…"), for the rate limiter.
    void insertLoginFailure(const QString& key, qint64 at);
    // Times of the key's failures after `since`, oldest first.
    QList<qint64> loginFailuresSince(const QString& key, qint64 since);
    void deleteLoginFailures(const QString& key);
    void deleteLoginFailuresBefore(qint64 before);

private:
    Database& m_database;
    const SecretBox& m_secrets;
};

} // namespace lp::server
