#include "DemoAccount.h"

#include <LicenseList.h>
#include <QSignalSpy>

bool DemoAccount::start()
{
    if (!m_server.startDemo()) {
        qWarning().noquote() << m_server.log();
        return false;
    }
    if (!signIn(m_api)) {
        return false;
    }
    lp::ApiJob* job = m_api.fetchLicenses();
    QSignalSpy licenses(job, &lp::ApiJob::finished);
    if (!licenses.wait(kWait) || !job->succeeded()) {
        qWarning("The demo licenses did not load");
        return false;
    }
    m_licenses = job->value<lp::proto::LicenseList>()->items;
    return true;
}

lp::proto::License DemoAccount::license(const QString& product) const
{
    for (const lp::proto::License& license : m_licenses) {
        if (license.product == product) {
            return license;
        }
    }
    return {};
}

bool DemoAccount::signIn(lp::ApiClient& client)
{
    client.setBaseUrl(m_server.baseUrl());
    QSignalSpy login(client.login(QStringLiteral("demo@example.com"), QStringLiteral("demo-portal-2026")),
                     &lp::ApiJob::finished);
    if (!login.wait(kWait) || !client.hasRefreshToken()) {
        qWarning("The demo sign-in failed");
        return false;
    }
    return true;
}
