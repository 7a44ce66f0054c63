#pragma once

#include "ApiError.h"

#include <QDateTime>
#include <QObject>
#include <functional>

namespace lp {

class ApiClient;
class Clock;
class LicenseModel;

// Loads the account's licenses into a LicenseModel without blocking: refresh() returns at once, busy()
// tells whether a load is under way, and a refresh while one is running is folded into it.
class LicenseService : public QObject
{
    Q_OBJECT
public:
    LicenseService(ApiClient* api, LicenseModel* model, const Clock* clock, QObject* parent = nullptr);

    bool isBusy() const { return m_busy; }
    QDateTime lastRefreshed() const { return m_lastRefreshed; }

    void refresh();
    // Fetches the clear license key (never cached, never written to disk) and hands it to `done`;
    // on failure `done` gets an empty key and the error.
    void revealKey(const QString& licenseId, QObject* context,
                   std::function<void(const QString& key, const lp::ApiError& error)> done);
    // Forgets the loaded licenses (sign-out).
    void clear();

signals:
    void busyChanged(bool busy);
    void refreshed(const QDateTime& at);
    void refreshFailed(const lp::ApiError& error);

private:
    ApiClient* m_api;
    LicenseModel* m_model;
    const Clock* m_clock;
    bool m_busy = false;
    QDateTime m_lastRefreshed;

    void setBusy(bool busy);
    // clear() starts a new generation, so that an answer still under way is not shown after sign-out.
    int m_generation = 0;
};

} // namespace lp
