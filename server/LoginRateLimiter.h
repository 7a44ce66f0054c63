#pragma once

#include <QString>
#include <optional>

namespace lp::server {

class Clock;
class Storage;

// Limits failed sign-ins per account (lowercased email) and per remote address over a sliding window.
// The counts live in the database so that every server process behind the load balancer agrees.
class LoginRateLimiter
{
public:
    static constexpr int kMaxFailuresPerEmail = 5;
    static constexpr int kMaxFailuresPerAddress = 20;
    static constexpr qint64 kWindowSeconds = 15 * 60;

    LoginRateLimiter(Storage& storage, const Clock& clock);

    // Seconds until another attempt is allowed, or nullopt when an attempt may go ahead now.
    std::optional<qint64> retryAfter(const QString& email, const QString& address);
    void recordFailure(const QString& email, const QString& address);
    // A correct password clears the account's failures (not the address's: one good login must not
    // reset a guessing attack spread over many accounts).
    void recordSuccess(const QString& email);

    static QString emailKey(const QString& email);
    static QString addressKey(const QString& address);

private:
    std::optional<qint64> retryAfterFor(const QString& key, int maxFailures, qint64 now);

    Storage& m_storage;
    const Clock& m_clock;
};

} // namespace lp::server
