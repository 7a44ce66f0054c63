#pragma once

#include "SealedBox.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace lp {

class Clock;

// The last-known answers of the server for one account, in a local SQLite file, so that the client can
// start and show them read-only while the server cannot be reached (see ApiClient).
//
// Kept: the answers to GETs of the account (/v1/me), its licenses (list and each one), the first page of
// each license's devices, the refresh preview, usage, quota and pre-scan settings, the orders, and the
// signing keys. Never kept: a revealed license key (any query on a single license), later device pages,
// device searches other than for a whole device hash, and everything that is not a GET.
//
// Every answer is sealed with AES-256-GCM under a key the caller keeps in the OS keychain (Session does);
// the row's lookup slot is an HMAC of the request, so the file holds neither a body nor a path in clear.
// The file of an account is named after a hash of server and account, under the cache directory.
class OfflineCache : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        QByteArray body; // the JSON body as the server sent it
        QDateTime fetchedAt; // when it was received (UTC)
    };

    // `directory` empty: "offline" under QStandardPaths::CacheLocation.
    explicit OfflineCache(const Clock* clock, QString directory = {}, QObject* parent = nullptr);
    ~OfflineCache() override;

    QString directory() const { return m_directory; }
    // The file of one account (email) on one server.
    QString fileFor(const QUrl& server, const QString& email) const;

    // Opens the account's file (creating it) with `key` (SealedBox::kKeyBytes). A file sealed under another
    // key, or one that cannot be read, is emptied first. Closes whatever was open before. False (and
    // closed) when the key is invalid or SQLite cannot open the file.
    bool open(const QUrl& server, const QString& email, const QByteArray& key);
    void close();
    bool isOpen() const { return m_open; }
    // Changes at every open and close: an answer to a request made under another epoch (another account,
    // before a sign-out) must not be stored (see ApiClient).
    quint64 epoch() const { return m_epoch; }
    // Closes the account's file if it is open, and deletes it (sign-out).
    void remove(const QUrl& server, const QString& email);

    // The slots an answer to GET `pathAndQuery` (as ApiClient builds it, from "/v1/…") is kept under, the
    // exact one first; empty when such answers are not kept. A usage report is also found by the same span
    // of days and by the same first day: the ranges the panes ask for move with the date.
    static QStringList keysFor(const QString& pathAndQuery);
    static bool isCached(const QString& pathAndQuery) { return !keysFor(pathAndQuery).isEmpty(); }

    // Keeps the body of a successful GET, replacing an older answer. Ignored when closed or not kept.
    void store(const QString& pathAndQuery, const QByteArray& body);
    // The kept answer to a GET, if any. A row that does not open (altered, swapped) is dropped.
    std::optional<Entry> lookup(const QString& pathAndQuery);
    // When the newest kept answer was received; invalid when nothing is kept.
    QDateTime lastStored() const;
    const Clock* clock() const { return m_clock; }

signals:
    void openChanged(bool open);

private:
    bool openFile(const QUrl& server, const QString& email, const QByteArray& key);
    QByteArray slotOf(const QString& key) const;
    static QByteArray associatedData(const QByteArray& slot, qint64 fetchedAtMs);
    bool prepareSchema();

    const Clock* m_clock;
    QString m_directory;
    QString m_connection;
    bool m_open = false;
    quint64 m_epoch = 0;
    SealedBox m_box {QByteArray()};
    QByteArray m_slotKey;
};

} // namespace lp
