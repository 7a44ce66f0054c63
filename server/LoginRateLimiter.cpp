#include "LoginRateLimiter.h"

#include "Clock.h"
#include "Storage.h"

#include <algorithm>

namespace lp::server {

LoginRateLimiter::LoginRateLimiter(Storage& storage, const Clock& clock)
    : m_storage(storage)
    , m_clock(clock)
{ }

QString LoginRateLimiter::emailKey(const QString& email)
{
    return QStringLiteral("email:") + email.trimmed().toLower();
}

QString LoginRateLimiter::addressKey(const QString& address)
{
    return QStringLiteral("address:") + address;
}

std::optional<qint64> LoginRateLimiter::retryAfterFor(const QString& key, int maxFailures, qint64 now)
{
    const QList<qint64> failures = m_storage.loginFailuresSince(key, now - kWindowSeconds);
    if (failures.size() < maxFailures) {
        return std::nullopt;
    }
    // Attempts resume once enough of the oldest failures have left the window to go below the limit.
    const qint64 freeingFailure = failures.at(failures.size() - maxFailures);
    return std::max<qint64>(1, freeingFailure + kWindowSeconds - now + 1);
}

std::optional<qint64> LoginRateLimiter::retryAfter(const QString& email, const QString& address)
{
    const qint64 now = m_clock.nowSeconds();
    const auto byEmail = retryAfterFor(emailKey(email), kMaxFailuresPerEmail, now);
    const auto byAddress = retryAfterFor(addressKey(address), kMaxFailuresPerAddress, now);
    if (byEmail && byAddress) {
        return std::max(*byEmail, *byAddress);
    }
    return byEmail ? byEmail : byAddress;
}

void LoginRateLimiter::recordFailure(const QString& email, const QString& address)
{
    const qint64 now = m_clock.nowSeconds();
    // Old rows are useless to every process; dropping them here keeps the table small without a job.
    m_storage.deleteLoginFailuresBefore(now - kWindowSeconds);
    m_storage.insertLoginFailure(emailKey(email), now);
    m_storage.insertLoginFailure(addressKey(address), now);
}

void LoginRateLimiter::recordSuccess(const QString& email)
{
    m_storage.deleteLoginFailures(emailKey(email));
}

} // namespace lp::server
